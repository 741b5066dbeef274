/**
 * Composes the whole book's page from the built chapters: each chapter's title and text
 * (`.sl-markdown-content`) in a section of the page Astro built as the book's shell, in the order
 * given.
 *
 * A chapter's text is adjusted on the way in (src/integrations/book-chapter.ts: ids, links,
 * headings, landmarks, sleeping islands, each chapter's stores under its slug).
 * Stylesheets, font preloads and inline styles a chapter's head has and the book's lacks are
 * added, with the styles' hashes in the page's Content Security Policy.
 */
import type { Element, ElementContent, Root, RootContent } from 'hast';
import { fromHtml } from 'hast-util-from-html';
import { select, selectAll } from 'hast-util-select';
import { toHtml } from 'hast-util-to-html';
import { toString } from 'hast-util-to-string';
import { BOOK_ISLANDS_ID } from '../state/moved-stores.ts';
import { DECLARATIONS_ID } from '../state/page-stores.ts';
import { chapterSection, type BookIslands, type ChapterPage } from './book-chapter.ts';
import { addInlineScriptHashes, scriptHash } from './csp-inline-hashes.ts';

/** Where the placeholder page wants the chapters. */
export const CHAPTERS_SELECTOR = '[data-book-chapters]';

/** The head elements a chapter's text may need: stylesheets, preloaded fonts, inline styles. */
function headNeeds(page: Root): Element[] {
  return selectAll('head > link[rel~=stylesheet], head > link[rel~=preload], head > style', page);
}

/** A policy with these sources added to its style-src directive, if they are missing. */
export function withStyleSources(policy: string, sources: readonly string[]): string {
  return withSources(policy, 'style-src', sources);
}

/** A policy with these sources added to one of its directives, if they are missing. */
function withSources(policy: string, name: string, sources: readonly string[]): string {
  return policy
    .split(';')
    .map((directive) => {
      const trimmed = directive.trim();
      if (!trimmed.startsWith(`${name} `)) return directive;
      const missing = sources.filter((source) => !trimmed.split(/\s+/).includes(source));
      return missing.length ? ` ${trimmed} ${missing.join(' ')}` : directive;
    })
    .join(';');
}

/** A data script holding a value as JSON; `<` is escaped so no text can end the element early. */
function jsonScript(id: string, value: unknown): Element {
  return {
    type: 'element',
    tagName: 'script',
    properties: { type: 'application/json', id },
    children: [{ type: 'text', value: JSON.stringify(value).replace(/</g, '\\u003c') }],
  };
}

/**
 * The whole book's page: the placeholder page (the book's shell, with an element matching
 * {@link CHAPTERS_SELECTOR}) with every chapter put in that element, in order.
 * @param base the site's base path, with its slashes
 */
export function composeBook(
  placeholder: string,
  chapters: readonly ChapterPage[],
  base: string,
): string {
  const book = fromHtml(placeholder);
  const holder = select(CHAPTERS_SELECTOR, book);
  const head = select('head', book);
  if (!holder || !head) throw new Error(`The book's page has no head or no ${CHAPTERS_SELECTOR}`);
  const slugs = new Set(chapters.map((chapter) => chapter.slug));
  const inHead = new Set(headNeeds(book).map((element) => toHtml(element)));
  const added: RootContent[] = [];
  const styleSources: string[] = [];
  const islands: BookIslands = { declarations: {}, code: new Set() };
  holder.children = chapters.map((chapter) => {
    const page = fromHtml(chapter.html);
    for (const element of headNeeds(page)) {
      const text = toHtml(element);
      if (inHead.has(text)) continue;
      inHead.add(text);
      added.push(element);
      if (element.tagName === 'style') styleSources.push(scriptHash(toString(element)));
    }
    return chapterSection(chapter, page, slugs, base, islands);
  });
  head.children.push(...(added as ElementContent[]));
  head.children.push(
    jsonScript(DECLARATIONS_ID, islands.declarations),
    jsonScript(BOOK_ISLANDS_ID, [...islands.code]),
  );
  const policy = select('meta[http-equiv="content-security-policy"]', head);
  if (policy && typeof policy.properties['content'] === 'string') {
    let content = withStyleSources(policy.properties['content'], styleSources);
    // The island code runs only when the page starts it (a link moved a store): its hashes.
    content = withSources(content, 'script-src', [...islands.code].map(scriptHash));
    policy.properties['content'] = content;
  }
  // Quotes inside attribute values stay as they are (the policy's 'self' among them), as Astro
  // wrote them: every byte of this page comes from our own build, none from outside.
  return addInlineScriptHashes(toHtml(book, { allowDangerousCharacters: true }));
}
