/**
 * How the build finds the embeds: declarations paired with their renderers, refused when malformed,
 * doubled or unpaired, and put in the book's order whatever order the files come in.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { EMBEDS } from '../../../src/content/embeds.ts';
import { discoverEmbeds, type EmbedSources } from '../../../src/content/embed-discovery.ts';
import { chapterSlugs } from '../../../src/content/sidebar.ts';
import { EMBEDS as FOUND_ON_DISK } from '../../e2e/book-embeds.ts';

const DOCS = new URL('../../../src/content/docs/', import.meta.url);

/** A declaration as a widget's folder writes one. */
function declaration(slug: string, chapter: string, id: string) {
  return {
    slug,
    title: `The ${slug} widget`,
    description: 'Move a slider and read a number.',
    chapter,
    anchor: 'a-section',
    props: { id, anchor: 'a-section' },
    store: 'numbers',
    kind: 'network',
  };
}

/** Two chapters: the first has a Dial below its Gauge, the second a Dial of its own. */
const CHAPTERS = {
  first:
    '## A section\n\n<Gauge id="gauge" client:load />\n\nText.\n\n<Dial id="dial" client:load />\n',
  second: '## A section\n\n<Dial id="second-dial" client:load />\n',
};

function sources(declarations: Record<string, unknown>, renderers?: string[]): EmbedSources {
  return {
    declarations,
    renderers: renderers ?? Object.keys(declarations).map((path) => path.replace(/ts$/, 'astro')),
    chapters: CHAPTERS,
    chapterOrder: ['first', 'second'],
  };
}

describe('discovering the embeds', () => {
  it('orders them by chapter as the book does, then by where the widget stands in its chapter', () => {
    const found = discoverEmbeds(
      sources({
        './a/Dial.embed.ts': [
          declaration('second-dial', 'second', 'second-dial'),
          declaration('dial', 'first', 'dial'),
        ],
        './b/Gauge.embed.ts': declaration('gauge', 'first', 'gauge'),
      }),
    );
    expect(found.map((embed) => embed.slug)).toEqual(['gauge', 'dial', 'second-dial']);
    expect(found.map((embed) => embed.widget)).toEqual(['Gauge', 'Dial', 'Dial']);
  });

  it('refuses two embeds with one slug, naming both files', () => {
    const twice = sources({
      './a/Dial.embed.ts': declaration('dial', 'first', 'dial'),
      './b/Gauge.embed.ts': declaration('dial', 'first', 'gauge'),
    });
    expect(() => discoverEmbeds(twice)).toThrow(
      /\.\/b\/Gauge\.embed\.ts and \.\/a\/Dial\.embed\.ts both declare the embed "dial"/,
    );
  });

  it('refuses a declaration without its renderer, and a renderer without its declaration', () => {
    const declared = { './a/Dial.embed.ts': declaration('dial', 'first', 'dial') };
    expect(() => discoverEmbeds(sources(declared, []))).toThrow(
      /\.\/a\/Dial\.embed\.ts has no \.\/a\/Dial\.embed\.astro beside it/,
    );
    const extra = ['./a/Dial.embed.astro', './b/Gauge.embed.astro'];
    expect(() => discoverEmbeds(sources(declared, extra))).toThrow(
      /\.\/b\/Gauge\.embed\.astro has no \.\/b\/Gauge\.embed\.ts beside it/,
    );
  });

  it('refuses a malformed declaration, naming its file and what is missing', () => {
    const valid = declaration('dial', 'first', 'dial');
    const cases: [unknown, RegExp][] = [
      [undefined, /is not an object/],
      [{ ...valid, slug: 'Dial Two' }, /has no slug of lower-case letters/],
      [{ ...valid, title: '' }, /has no title/],
      [{ ...valid, kind: undefined }, /has no kind/],
      [{ ...valid, props: { anchor: 'a-section' } }, /has no props with an id/],
      [[], /declares no embed/],
    ];
    for (const [value, message] of cases) {
      const found = () => discoverEmbeds(sources({ './a/Dial.embed.ts': value }));
      expect(found).toThrow(/\.\/a\/Dial\.embed\.ts/);
      expect(found).toThrow(message);
    }
  });

  it('refuses an embed whose chapter is not in the book or has no such widget', () => {
    const elsewhere = sources({ './a/Dial.embed.ts': declaration('dial', 'third', 'dial') });
    expect(() => discoverEmbeds(elsewhere)).toThrow(/names no chapter of the book \("third"\)/);
    const missing = sources({ './a/Dial.embed.ts': declaration('dial', 'second', 'dial') });
    expect(() => discoverEmbeds(missing)).toThrow(/the chapter second has no <Dial id="dial">/);
  });

  it('refuses one component name in two folders', () => {
    const twice = sources({
      './a/Dial.embed.ts': declaration('dial', 'first', 'dial'),
      './b/Dial.embed.ts': declaration('second-dial', 'second', 'second-dial'),
    });
    expect(() => discoverEmbeds(twice)).toThrow(/both declare embeds of a Dial/);
  });
});

describe("the book's embeds", () => {
  it('are the same for the browser tests, read from the files, as for the build', () => {
    expect(FOUND_ON_DISK).toEqual(EMBEDS);
    expect(EMBEDS.length).toBeGreaterThan(10);
  });

  /** Where a section's heading stands in its chapter's source (the page's top is 0). */
  function headingPosition(chapter: string, anchor: string): number {
    if (anchor === '_top') return 0;
    const source = readFileSync(new URL(`${chapter}.mdx`, DOCS), 'utf8');
    const headings = [...source.matchAll(/^#{2,6} (.+)$/gm)];
    const slug = (text: string) =>
      text
        .toLowerCase()
        .replace(/[^\p{L}\p{N}\s-]/gu, '')
        .replace(/\s/g, '-');
    const heading = headings.find(([, text]) => slug(text!.trim()) === anchor);
    expect(heading, `${chapter}#${anchor}`).toBeDefined();
    return heading!.index;
  }

  it('come in the order a reader meets their sections: chapter by chapter, heading by heading', () => {
    const places = EMBEDS.map((embed) => [
      chapterSlugs.indexOf(embed.chapter),
      headingPosition(embed.chapter, embed.anchor),
    ]);
    for (const [chapter] of places) expect(chapter).toBeGreaterThanOrEqual(0);
    for (let i = 1; i < places.length; i += 1) {
      const [before, here] = [places[i - 1]!, places[i]!];
      const inOrder = before[0]! < here[0]! || (before[0] === here[0] && before[1]! < here[1]!);
      expect(inOrder, `${EMBEDS[i - 1]!.slug} before ${EMBEDS[i]!.slug}`).toBe(true);
    }
  });
});
