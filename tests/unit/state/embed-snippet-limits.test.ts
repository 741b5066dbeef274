/**
 * The embed code's limits and edges: each length or count a pasted link may reach and its
 * neighbour past it, the forms of a book's address (a chapter, or `embed/<slug>`, nothing else),
 * a link that carries a user name, and the measured height picked for a course page's width.
 * Expected sentences and heights are written from the rules the module states.
 */
import { describe, expect, it } from 'vitest';
import {
  MAX_LINK_LENGTH,
  MAX_PAIRS,
  heightAt,
  heightScript,
  iframeCode,
  snippetFromLink,
  type BookPlace,
  type EmbedTarget,
} from '../../../src/state/embed-snippet.ts';
import { MAX_QUERY_LENGTH } from '../../../src/state/link.ts';
import { refusal } from './refusal.ts';

const EMBEDS: readonly EmbedTarget[] = [
  {
    slug: 'forward-pass',
    title: 'The network’s forward pass',
    chapter: 'forward-pass',
    anchor: 'a-simple-network',
    heights: { 360: 2175, 700: 1424, 1000: 1300 },
    store: 'network',
    keys: ['x1', 'w14'],
  },
  {
    slug: 'activation-functions',
    title: 'Activation functions',
    chapter: 'activation-functions',
    anchor: 'the-functions-and-their-slopes',
    heights: { 700: 1100 },
    store: 'curves',
    keys: ['function'],
  },
  {
    // A widget at the top of its chapter, with no heading of its own to anchor it.
    slug: 'softmax',
    title: 'Softmax, term by term',
    chapter: 'activation-functions',
    anchor: '',
    heights: { 700: 800 },
    store: 'outputs',
    keys: ['z1'],
  },
];

const ORIGIN = 'https://courses.example.edu';
const BOOK: BookPlace = { origins: [ORIGIN], base: '/ml/nn/' };
const CHAPTER = `${ORIGIN}/ml/nn/forward-pass/`;

const read = (text: string) => snippetFromLink(text, BOOK, EMBEDS);

describe('what a pasted link may hold', () => {
  it(`reads a link of ${MAX_LINK_LENGTH} characters, and not one of a character more`, () => {
    const fill = (length: number) => `${CHAPTER}#${'a'.repeat(length - CHAPTER.length - 1)}`;
    expect(fill(MAX_LINK_LENGTH)).toHaveLength(MAX_LINK_LENGTH);
    expect(read(fill(MAX_LINK_LENGTH))).toMatchObject({ ok: true, leftOut: 0 });
    expect(refusal(read(fill(MAX_LINK_LENGTH + 1)))).toBe(
      'That text is too long to be a link to one widget’s state.',
    );
  });

  it(`reads a query of ${MAX_QUERY_LENGTH} characters with its “?”, the most a page reads, and not one more`, () => {
    const query = (length: number) => `?note=${'a'.repeat(length - '?note='.length)}`;
    expect(query(MAX_QUERY_LENGTH)).toHaveLength(MAX_QUERY_LENGTH);
    expect(read(`${CHAPTER}${query(MAX_QUERY_LENGTH)}`)).toMatchObject({ ok: true, leftOut: 1 });
    expect(refusal(read(`${CHAPTER}${query(MAX_QUERY_LENGTH + 1)}`))).toBe(
      'The state in that link is longer than any widget’s, so a page would not read it.',
    );
  });

  it(`reads ${MAX_PAIRS} settings in a link, and not ${MAX_PAIRS + 1}`, () => {
    const pairs = (count: number) =>
      Array.from({ length: count }, (_, i) => `other.k${i}=1`).join('&');
    expect(read(`${CHAPTER}?${pairs(MAX_PAIRS)}`)).toMatchObject({ ok: true, leftOut: MAX_PAIRS });
    expect(refusal(read(`${CHAPTER}?${pairs(MAX_PAIRS + 1)}`))).toBe(
      'That link holds more settings than any widget has.',
    );
  });

  it.each([
    `https://reader@courses.example.edu/ml/nn/forward-pass/`,
    `https://:secret@courses.example.edu/ml/nn/forward-pass/`,
    `https://reader:secret@courses.example.edu/ml/nn/forward-pass/`,
  ])('refuses %s, which carries a user name or a password', (text) => {
    expect(refusal(read(text))).toBe(
      'That link goes to another site. Paste a link to a page of this book.',
    );
  });

  it('gives the embed’s address with no query when the link keeps no setting', () => {
    const src = `${ORIGIN}/ml/nn/embed/forward-pass/`;
    expect(read(CHAPTER)).toMatchObject({ ok: true, src });
    expect(read(`${CHAPTER}?other.x1=1`)).toMatchObject({ ok: true, src, leftOut: 1 });
  });
});

describe('the address of a page of the book', () => {
  it.each([
    ['embed/Softmax/', 'a slug with a capital letter'],
    ['forward-passX/', 'a chapter with a capital letter'],
    [`${'a'.repeat(65)}/`, 'a part of 65 characters'],
    ['embed/softmax/more/', 'three parts'],
    ['forward-pass/softmax/', 'two parts not under embed/'],
  ])('is not %s (%s)', (path) => {
    expect(refusal(read(`${ORIGIN}/ml/nn/${path}`))).toBe(
      'That link is not to a page of this book.',
    );
  });

  it('reads an anchor it cannot decode as no anchor at all', () => {
    // The chapter's widget without an anchor is picked by a link with none.
    expect(read(`${ORIGIN}/ml/nn/activation-functions/`)).toMatchObject({
      ok: true,
      embed: { slug: 'softmax' },
    });
    expect(read(`${ORIGIN}/ml/nn/activation-functions/#%E0%A4%A`)).toMatchObject({
      ok: true,
      embed: { slug: 'softmax' },
    });
  });
});

describe('the height the code gives a frame', () => {
  it('takes the nearest width measured at or above the page’s, else the widest, else 800', () => {
    const heights = { 360: 2175, 700: 1424, 1000: 1300 };
    expect(heightAt(heights, 360)).toBe(2175);
    expect(heightAt(heights, 361)).toBe(1424);
    expect(heightAt(heights, 1000)).toBe(1300);
    expect(heightAt(heights, 1400)).toBe(1300);
    expect(heightAt({}, 700)).toBe(800);
  });

  it('orders the widths by size, whatever order they were measured in', () => {
    // Widths that are not whole numbers keep the order they were written in as keys.
    const heights = { '1000.5': 1300, '360.5': 2175, '700.5': 1424, '500.5': 1700 };
    expect(heightAt(heights, 400)).toBe(1700);
    expect(heightAt(heights, 600)).toBe(1424);
    expect(heightAt(heights, 100)).toBe(2175);
    expect(heightAt(heights, 2000)).toBe(1300);
  });
});

describe('the script that follows the height', () => {
  it.each(['file:///home/reader/page.html', 'ftp://files.example.edu/nn/'])(
    'is left out for %s, which is no web origin',
    (src) => {
      expect(heightScript(src)).toBeUndefined();
      expect(iframeCode(src, 'A widget', 500)).not.toContain('<script>');
    },
  );
});
