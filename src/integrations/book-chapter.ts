/**
 * One chapter adjusted for the whole book's page. A chapter's text moves to another address and
 * shares the page with every other chapter, so each is adjusted on the way in:
 * - nothing runs unless the page is opened with a link: scripts (page state, glossary) are left
 *   out, and form controls are disabled; islands stay, asleep, showing the build's rendering
 *   (the chapter's worked example), and wake only when their store moves (`client:state`, with
 *   the value `moved`);
 * - each chapter keeps its own stores, under its slug (`forward-pass--network`): the islands'
 *   `store` prop and the equations' `data-store` say so, and the chapters' declarations, so
 *   named, go into the page's own (`#page-stores`), with Astro's island code kept as text
 *   (`#book-islands`) for the page to start when a link moves a store (src/state/book-state.ts);
 * - every id gets the chapter's slug in front (`forward-pass--a-simple-network`), and so does
 *   every reference to one (`for`, `aria-*`, `headers`, `url(#…)`), so no id repeats;
 * - a link to a chapter of the book, or to a section of one, points inside this page, unless it
 *   carries a widget's state (that needs the chapter itself); other links to the site become
 *   absolute paths, since relative ones would resolve from another folder;
 * - headings go one level down, under the chapter's title, and a named landmark (the source
 *   note, a diagram's region) adds the chapter's title to its name, which every chapter repeats.
 */
import type { Element, ElementContent, Properties, Root } from 'hast';
import { select } from 'hast-util-select';
import { toString } from 'hast-util-to-string';
import { visit } from 'unist-util-visit';
import { WAKE_WHEN_MOVED } from '../state/moved-stores.ts';
import { DECLARATIONS_ID } from '../state/page-stores.ts';
import { scopedStoreName } from '../state/scoped-names.ts';

/** A built chapter page: its slug ("forward-pass") and its HTML. */
export interface ChapterPage {
  slug: string;
  html: string;
}

/** An origin for resolving the site's own links; any link to another origin is external. */
const SITE = 'http://book.invalid';

/** Elements that only run or style on their own page. */
const DROP = new Set(['script', 'style']);
/** Astro's island code in a chapter's text: the island element's and its client directives'. */
const ISLAND_CODE = /\bself\.Astro\b|\bastro-island\b/;
/** Island props that hold an element's id, or the start of several. */
const ID_PROPS = ['id', 'idPrefix', 'anchor'];
/** Properties (hast names) whose value is one id or a list of ids. */
const ID_REFERENCES = [
  'htmlFor',
  'headers',
  'list',
  'form',
  'popoverTarget',
  'commandFor',
  'anchor',
  'itemRef',
  'ariaLabelledBy',
  'ariaDescribedBy',
  'ariaControls',
  'ariaOwns',
  'ariaFlowTo',
  'ariaActiveDescendant',
  'ariaDetails',
  'ariaErrorMessage',
];
const CONTROLS = new Set(['input', 'select', 'textarea', 'button']);
/** Landmarks, by element and by role: named by aria-label, their names repeat across chapters. */
const LANDMARKS = new Set(['aside', 'nav', 'section', 'form', 'search']);
const LANDMARK_ROLES = new Set(['region', 'complementary', 'navigation', 'form', 'search']);
const HEADING = /^h([1-6])$/;

/** The id an element of a chapter takes in the book. The chapter's own top is its section. */
export function bookId(slug: string, id: string): string {
  return id === '' || id === '_top' ? slug : `${slug}--${id}`;
}

/**
 * Where a link in a chapter points from the book's page.
 * @param href the link as the chapter wrote it
 * @param slug the chapter it is in
 * @param chapters the slugs of every chapter in the book
 * @param base the site's base path, with its slashes ("/" or "/course/nn/")
 */
export function bookHref(
  href: string,
  slug: string,
  chapters: ReadonlySet<string>,
  base: string,
): string {
  const page = new URL(`${base}${slug}/`, SITE);
  let target: URL;
  try {
    target = new URL(href, page);
  } catch {
    return href;
  }
  if (target.origin !== SITE) return href;
  const path = target.pathname;
  const linked = path.startsWith(base) ? path.slice(base.length).replace(/\/$/, '') : undefined;
  if (linked !== undefined && chapters.has(linked) && target.search === '') {
    return `#${bookId(linked, decodeURIComponent(target.hash.slice(1)))}`;
  }
  return `${path}${target.search}${target.hash}`;
}

/** What the chapters' islands need on the book's page, gathered chapter by chapter. */
export interface BookIslands {
  /** Every chapter's store declarations, under the names the stores take in the book. */
  declarations: Record<string, unknown>;
  /** Astro's inline island code, each script's text once. */
  code: Set<string>;
}

/** The children of a node with scripts and styles left out; Astro's island code is kept aside. */
function withoutMachinery(children: ElementContent[], islands: BookIslands): ElementContent[] {
  return children.flatMap((child): ElementContent[] => {
    if (child.type !== 'element') return [child];
    if (DROP.has(child.tagName)) {
      const text = toString(child);
      const inline = child.tagName === 'script' && !child.properties['src'];
      if (inline && !child.properties['type'] && ISLAND_CODE.test(text)) islands.code.add(text);
      return [];
    }
    child.children = withoutMachinery(child.children, islands);
    return [child];
  });
}

/**
 * An island's props (Astro's JSON, each value as `[type, value]`) for the book: the store it draws
 * under its chapter's name for it in the book, and its ids with the chapter's slug in front, as
 * the ids of its HTML have, so that what it renders once awake matches them.
 */
export function bookIslandProps(json: string, slug: string): string {
  const props = JSON.parse(json) as Record<string, [number, unknown]>;
  const text = (name: string): string | undefined => {
    const [type, value] = props[name] ?? [];
    return type === 0 && typeof value === 'string' ? value : undefined;
  };
  const store = text('store');
  if (store !== undefined) props['store'] = [0, scopedStoreName(slug, store)];
  for (const name of ID_PROPS) {
    const id = text(name);
    if (id !== undefined) props[name] = [0, bookId(slug, id)];
  }
  return JSON.stringify(props);
}

/** An island of a chapter, asleep in the book until its store moves. */
function adjustIsland(island: Element, slug: string) {
  const props = island.properties;
  if (typeof props['props'] === 'string') props['props'] = bookIslandProps(props['props'], slug);
  props['client'] = 'state';
  const opts = typeof props['opts'] === 'string' ? (JSON.parse(props['opts']) as object) : {};
  props['opts'] = JSON.stringify({ ...opts, value: WAKE_WHEN_MOVED });
}

function prefixIds(value: Properties[string], slug: string): Properties[string] {
  if (Array.isArray(value)) return value.map((id) => bookId(slug, String(id)));
  return typeof value === 'string' ? bookId(slug, value) : value;
}

/** The names of landmarks (regions, asides) in a chapter: each says which chapter it is in. */
function nameLandmark(element: Element, title: string) {
  const props = element.properties;
  const roles = String(props['role'] ?? '').split(/\s+/);
  const landmark = LANDMARKS.has(element.tagName) || roles.some((role) => LANDMARK_ROLES.has(role));
  if (landmark && typeof props['ariaLabel'] === 'string') {
    props['ariaLabel'] = `${props['ariaLabel']} (${title})`;
  }
}

/** Rewrites one element of a chapter for the book (ids, references, links, level, controls). */
function adjust(element: Element, slug: string, chapters: ReadonlySet<string>, base: string) {
  const props = element.properties;
  if (typeof props['id'] === 'string') props['id'] = bookId(slug, props['id']);
  for (const name of ID_REFERENCES) {
    if (props[name] !== undefined) props[name] = prefixIds(props[name], slug);
  }
  for (const [name, value] of Object.entries(props)) {
    if (typeof value === 'string' && value.includes('url(#')) {
      props[name] = value.replace(
        /url\(#([^)\s]+)\)/g,
        (_, id: string) => `url(#${bookId(slug, id)})`,
      );
    }
  }
  for (const name of ['href', 'xLinkHref']) {
    const href = props[name];
    if (typeof href === 'string') props[name] = bookHref(href, slug, chapters, base);
  }
  if (typeof props['src'] === 'string') {
    const src = new URL(props['src'], new URL(`${base}${slug}/`, SITE));
    if (src.origin === SITE) props['src'] = `${src.pathname}${src.search}`;
  }
  if (typeof props['dataStore'] === 'string') {
    props['dataStore'] = scopedStoreName(slug, props['dataStore']);
  }
  if (element.tagName === 'astro-island') adjustIsland(element, slug);
  const level = HEADING.exec(element.tagName);
  if (level) element.tagName = `h${Math.min(Number(level[1]) + 1, 6)}`;
  const classes = props['className'];
  if (Array.isArray(classes)) {
    props['className'] = classes.map((name) =>
      String(name).replace(/^level-h([1-5])$/, (_, n: string) => `level-h${Number(n) + 1}`),
    );
  }
  if (CONTROLS.has(element.tagName)) props['disabled'] = true;
}

/** One chapter as a section of the book: its title, then its text, adjusted for the book. */
export function chapterSection(
  chapter: ChapterPage,
  page: Root,
  chapters: ReadonlySet<string>,
  base: string,
  islands: BookIslands = { declarations: {}, code: new Set() },
): Element {
  const title = select('h1#_top', page);
  const content = select('.sl-markdown-content', page);
  if (!title || !content) {
    throw new Error(
      `The built page of "${chapter.slug}" has no title or no text to put in the book`,
    );
  }
  const declared = select(`script#${DECLARATIONS_ID}`, content);
  if (declared) {
    const stores = JSON.parse(toString(declared)) as Record<string, unknown>;
    for (const [name, declaration] of Object.entries(stores)) {
      islands.declarations[scopedStoreName(chapter.slug, name)] = declaration;
    }
  }
  const children = withoutMachinery(content.children, islands);
  const body: Element = { type: 'element', tagName: 'div', properties: {}, children };
  const name = toString(title).trim();
  visit(body, 'element', (element) => {
    adjust(element, chapter.slug, chapters, base);
    nameLandmark(element, name);
  });
  return {
    type: 'element',
    tagName: 'section',
    properties: { className: ['book-chapter'], ariaLabelledBy: [chapter.slug] },
    children: [
      {
        type: 'element',
        tagName: 'h2',
        properties: { id: chapter.slug, className: ['book-chapter-title'] },
        children: [{ type: 'text', value: name }],
      },
      ...children,
    ],
  };
}
