/**
 * The registry of embeddable widgets against the chapters themselves: each entry's chapter,
 * section and store exist, its widget is the chapter's (same component, id, store and props), its
 * page would declare exactly the chapter's store, and every chapter widget with a closing row of
 * its own is embeddable or listed here with the reason it is not.
 */
import { readFileSync, readdirSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import {
  EMBEDS,
  chapterPath,
  declarationsOf,
  embedHeights,
  embedOf,
  embedPath,
  normalizeBase,
} from '../../../src/content/embeds.ts';
import { EMBED_WIDTHS } from '../../../src/state/embed-message.ts';
import type { StoreDeclaration } from '../../../src/state/page-stores.ts';

const DOCS = new URL('../../../src/content/docs/', import.meta.url);

interface Chapter {
  stores: Record<string, StoreDeclaration>;
  headings: Set<string>;
  /** Every island in the chapter: its component and attributes (expressions other than {true} left out). */
  islands: { name: string; attributes: Record<string, string | boolean> }[];
}

/** A heading's id as the site writes it (GitHub's slugs: lower case, punctuation dropped). */
function slugOf(heading: string): string {
  return heading
    .toLowerCase()
    .replace(/[^\p{L}\p{N}\s-]/gu, '')
    .replace(/\s/g, '-');
}

function readChapter(slug: string): Chapter {
  const source = readFileSync(new URL(`${slug}.mdx`, DOCS), 'utf8');
  const frontMatter = /^---\n([\s\S]*?)\n---\n/.exec(source)?.[1] ?? '';
  const data = parse(frontMatter) as { stores?: Record<string, StoreDeclaration> };
  const body = source.slice(frontMatter.length);
  const headings = new Set(
    [...body.matchAll(/^#{2,6} (.+)$/gm)].map(([, text]) => slugOf(text!.trim())),
  );
  headings.add('_top'); // the page title's id
  const islands = [...body.matchAll(/<([A-Z]\w*)\s([^<>]*?client:[^<>]*?)\/>/g)].map(
    ([, name, text]) => {
      const attributes: Record<string, string | boolean> = {};
      for (const [, key, quoted, expression] of text!.matchAll(
        /([\w:]+)(?:="([^"]*)"|=\{([^}]*)\})?/g,
      )) {
        if (key!.startsWith('client:')) continue;
        if (quoted !== undefined) attributes[key!] = quoted;
        else if (expression === undefined || expression === 'true') attributes[key!] = true;
      }
      return { name: name!, attributes };
    },
  );
  return { stores: data.stores ?? {}, headings, islands };
}

const chapterSlugs = readdirSync(DOCS)
  .filter((file) => file.endsWith('.mdx'))
  .map((file) => file.replace(/\.mdx$/, ''));
const chapters = new Map(chapterSlugs.map((slug) => [slug, readChapter(slug)]));

/**
 * Chapter widgets with a closing row (they take an `anchor`) that have no embed, and why: each
 * is a second copy of a widget that has one, or controls of a store another widget draws.
 */
const NOT_EMBEDDED: Record<string, string> = {
  'forward-pass attempt': 'a second copy of the forward-pass network (the forward-pass embed)',
  'concepts linear': 'the approximation widget with its activation fixed (the approximation embed)',
  'forward-pass path': 'five controls of the network the forward-pass embed shows',
  'training-steps update': 'three controls of the chapter’s network',
  'updating-parameters update': 'five controls of the chapter’s network',
};

describe('the embed registry', () => {
  it('has unique slugs of lower-case letters, digits and hyphens', () => {
    const slugs = EMBEDS.map((embed) => embed.slug);
    expect(new Set(slugs).size).toBe(slugs.length);
    for (const slug of slugs) expect(slug).toMatch(/^[a-z0-9]+(-[a-z0-9]+)*$/);
    expect(embedOf('forward-pass')?.chapter).toBe('forward-pass');
    expect(embedOf('no-such-widget')).toBeUndefined();
  });

  describe.each(EMBEDS.map((embed) => [embed.slug, embed] as const))('%s', (_slug, embed) => {
    const chapter = chapters.get(embed.chapter);

    it('names a chapter of the book and a section heading of it', () => {
      expect(chapter, embed.chapter).toBeDefined();
      expect([...chapter!.headings]).toContain(embed.anchor);
    });

    it('is the chapter’s own widget: same component, store and props', () => {
      const island = chapter!.islands.find(
        (candidate) =>
          candidate.name === embed.widget && candidate.attributes['id'] === embed.props.id,
      );
      expect(island, `<${embed.widget} id="${embed.props.id}"> in ${embed.chapter}`).toBeDefined();
      expect(island!.attributes).toEqual({ ...embed.props, store: embed.store });
    });

    it('declares exactly its store as the chapter’s front matter does', () => {
      const declared = chapter!.stores[embed.store];
      expect(declared).toBeDefined();
      expect(declared!.kind).toBe(embed.kind);
      expect(declarationsOf(embed, chapter!.stores)).toEqual({ [embed.store]: declared });
    });

    it('has a title, a one-sentence description and a measured height at each course page width', () => {
      expect(embed.title.length).toBeGreaterThan(5);
      expect(embed.description).toMatch(/^[A-Z][^.]*[^.\s]\.$/u);
      const heights = embedHeights(embed.slug);
      expect(Object.keys(heights).map(Number)).toEqual([...EMBED_WIDTHS]);
      for (const width of EMBED_WIDTHS) {
        expect(heights[width]).toBeGreaterThanOrEqual(300);
        expect(heights[width]).toBeLessThanOrEqual(8000);
      }
      // A narrower page stacks more: it never needs less height than a wider one.
      expect(heights[360]).toBeGreaterThanOrEqual(heights[1000]!);
    });
  });

  it('covers every chapter widget with a closing row of its own', () => {
    const missing: string[] = [];
    const seen = new Set<string>();
    for (const [slug, chapter] of chapters) {
      for (const island of chapter.islands) {
        if (island.attributes['anchor'] === undefined) continue;
        const id = String(island.attributes['id'] ?? island.attributes['idPrefix']);
        seen.add(`${slug} ${id}`);
        const embedded = EMBEDS.some((embed) => embed.chapter === slug && embed.props.id === id);
        if (!embedded && !NOT_EMBEDDED[`${slug} ${id}`]) missing.push(`${slug} ${id}`);
      }
    }
    expect(missing).toEqual([]);
    // The exceptions are widgets that exist: the list cannot hide a typo.
    for (const exception of Object.keys(NOT_EMBEDDED)) expect([...seen]).toContain(exception);
  });

  it('refuses to make a page for a store its chapter does not declare', () => {
    const embed = embedOf('forward-pass')!;
    expect(() => declarationsOf(embed, {})).toThrow(/declares no store "network"/);
    expect(() => declarationsOf(embed, undefined)).toThrow(/forward-pass/);
  });

  it('refuses to make a page for a store its chapter declares of another kind', () => {
    const embed = embedOf('forward-pass')!;
    const otherKind = { network: { kind: 'chain' } } as Record<string, StoreDeclaration>;
    expect(() => declarationsOf(embed, otherKind)).toThrow(/of the kind "chain", not "network"/);
  });
});

describe.each([
  ['/', '/embed/softmax/', '/forward-pass/'],
  ['', '/embed/softmax/', '/forward-pass/'],
  [
    '/course/neural-networks/',
    '/course/neural-networks/embed/softmax/',
    '/course/neural-networks/forward-pass/',
  ],
  [
    'course/neural-networks',
    '/course/neural-networks/embed/softmax/',
    '/course/neural-networks/forward-pass/',
  ],
])('under the base path "%s"', (base, embed, chapter) => {
  it('puts embeds and chapters under it', () => {
    expect(embedPath(base, 'softmax')).toBe(embed);
    expect(chapterPath(base, 'forward-pass')).toBe(chapter);
    expect(normalizeBase(base)).toMatch(/^\/(.+\/)?$/);
  });
});
