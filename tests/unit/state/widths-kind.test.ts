import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { kindOf } from '../../../src/components/kinds.ts';
import {
  MAX_LAYERS,
  formatCount,
  widthsCodec,
  widthsKind,
} from '../../../src/components/parameters/widths.kind.ts';
import { SOURCE_NETWORK_FACTS } from '../../../src/state/kind-parts/source-networks.ts';
import { readStoreLink, writeLink } from '../../../src/state/link.ts';
import { createStore } from '../../../src/state/store.ts';

const LABEL = 'layer widths';

/** The widths a text reads as, or its refusal. */
function parsed(text: string): readonly number[] | string {
  const result = widthsCodec.parse(text, LABEL);
  return result.ok ? result.value : result.message;
}

describe('the widths codec', () => {
  it.each([
    '3, 2, 1',
    '3 2 1',
    '[3,2,1]',
    '  3 ,  2 ,1  ',
    '3, 2, 1,',
    '[ 3, 2, 1, ]',
    '3;2;1',
    '3,\t2\n1',
  ])('reads "%s" as 3, 2, 1', (text) => {
    expect(parsed(text)).toEqual([3, 2, 1]);
  });

  it.each([
    ['empty', '', /Type the width of each layer/],
    ['only spaces and brackets', ' [ ] ', /Type the width of each layer/],
    ['letters', '3, two, 1', /“two” is not a number/],
    ['a negative width', '3, -2, 1', /Layer 2 is negative/],
    ['a zero width', '3, 0, 1', /Layer 2 has 0 nodes/],
    ['a fraction', '3, 2.5, 1', /Layer 2 has 2\.5 nodes: a layer holds a whole number/],
    ['a single layer', '3', /One layer is not a network/],
    [
      'a lone negative fraction, typed with a minus sign',
      '\u22120.5',
      /^The width is negative: the widths must be whole positive/,
    ],
    [
      'a lone negative fraction',
      '-0.5',
      /^The width is negative: the widths must be whole positive/,
    ],
    ['a lone fraction', '0.5', /^The width has 0\.5 nodes: .*whole positive numbers/],
    ['a lone zero', '0', /^The width has 0 nodes: the widths must be whole positive numbers/],
    ['a width over ten million', '3, 20000000, 1', /Layer 2 is wider than the counter takes/],
    ['a width beyond any double', '3, 1e400, 1', /Layer 2 is wider than the counter takes/],
    ['too many layers', Array(65).fill(2).join(','), /65 layers; the counter takes at most 64/],
    ['too long a text', `3, ${' '.repeat(1000)}1`, /too long to read/],
  ])('refuses %s with its own message', (_name, text, message) => {
    const result = parsed(text);
    expect(typeof result).toBe('string');
    expect(result).toMatch(message);
  });

  it('refuses a total beyond 2⁵³ − 1 when the widths are checked as numbers', () => {
    const huge = Array.from({ length: 64 }, () => 10_000_000);
    expect(widthsCodec.check(huge, LABEL).ok).toBe(true); // 6.3·10¹⁵ still counts exactly
    const result = widthsCodec.check([3, 2 ** 52, 3], LABEL);
    expect(result.ok).toBe(false);
  });

  it('reads links written with dashes, commas or underscores, and writes dashes', () => {
    expect(widthsCodec.fromLink('3,2,1')).toEqual([3, 2, 1]);
    expect(widthsCodec.fromLink('10_20_3')).toEqual([10, 20, 3]);
    expect(widthsCodec.fromLink('10-8-6-4-2-1')).toEqual([10, 8, 6, 4, 2, 1]);
    expect(widthsCodec.toLink([784, 128, 10])).toBe('784-128-10');
  });

  it('reads hostile links as nothing, or clamps widths into 1 … 10⁷', () => {
    for (const text of ['', '3', 'a,b', '3,,1', '3,-2,1', '3,2.5,1', '1e3,2', 'x'.repeat(5000)]) {
      expect(widthsCodec.fromLink(text)).toBeUndefined();
    }
    expect(widthsCodec.fromLink('3,0,99999999')).toEqual([3, 1, 10_000_000]);
    fc.assert(
      fc.property(fc.string({ maxLength: 80 }), (text) => {
        const value = widthsCodec.fromLink(text);
        if (value !== undefined) expect(widthsCodec.check(value, LABEL).ok).toBe(true);
      }),
    );
  });

  it('reads back what it writes, for any allowed widths', () => {
    fc.assert(
      fc.property(
        fc.array(fc.integer({ min: 1, max: 10_000_000 }), { minLength: 2, maxLength: MAX_LAYERS }),
        (widths) => {
          expect(widthsCodec.fromLink(widthsCodec.toLink(widths))).toEqual(widths);
          expect(parsed(widthsCodec.format(widths))).toEqual(widths);
        },
      ),
    );
  });
});

describe('the widths store kind', () => {
  it('is registered under the id pages name it by', () => {
    expect(kindOf('widths')).toBe(widthsKind);
  });

  it('starts at the book’s network and reads its counts and terms', () => {
    const store = createStore(widthsKind, 'counter');
    const read = (key: string) => widthsKind.read(store.view.value, key);
    expect(['weights', 'biases', 'parameters', 'layers', 'hiddenLayers'].map(read)).toEqual([
      8, 3, 11, 3, 1,
    ]);
    expect(['l0', 'l1', 'l2', 'l3'].map(read)).toEqual([3, 2, 1, undefined]);
    expect(['weights1', 'weights2', 'parameters1', 'parameters2'].map(read)).toEqual([6, 2, 8, 3]);
    expect(read('weights0')).toBeUndefined();
    expect(read('H4')).toBeUndefined();
  });

  it('keeps its widths when a write is refused, and counts the source’s deep network', () => {
    const store = createStore(widthsKind, 'counter');
    expect(store.set('widths', [3, 0, 1]).ok).toBe(false);
    expect(store.settings.value['widths']).toEqual([3, 2, 1]);
    expect(store.set('widths', [10, 8, 6, 4, 2, 1])).toEqual({ ok: true });
    expect(widthsKind.read(store.view.value, 'parameters')).toBe(183);
    expect(writeLink([store])).toBe('?counter.widths=10-8-6-4-2-1');
  });

  it('opens from a link, and ignores a broken one', () => {
    const store = createStore(widthsKind, 'counter');
    expect(readStoreLink('?counter.widths=3,2,1', store)).toEqual({ widths: [3, 2, 1] });
    expect(readStoreLink('?counter.widths=10%2C20%2C3', store)).toEqual({ widths: [10, 20, 3] });
    expect(readStoreLink('?counter.widths=3,abc', store)).toEqual({});
  });

  it('answers every key it lists for the longest network', () => {
    const store = createStore(widthsKind, 'counter');
    expect(
      store.set(
        'widths',
        Array.from({ length: MAX_LAYERS }, (_, i) => i + 1),
      ).ok,
    ).toBe(true);
    for (const key of widthsKind.quantityKeys) {
      expect(Number.isSafeInteger(widthsKind.read(store.view.value, key)), key).toBe(true);
    }
  });
});

describe('the counter’s numbers and facts', () => {
  it('writes counts with every digit, in groups of three', () => {
    expect(formatCount(11)).toBe('11');
    expect(formatCount(101_770)).toBe('101\u202f770');
    expect(formatCount(1_234_567_890)).toBe('1\u202f234\u202f567\u202f890');
    expect(formatCount(Number.NaN)).toBe('—');
    expect(formatCount(0.5)).toBe('—');
  });

  it('states the source’s three counts term by term', () => {
    const facts = SOURCE_NETWORK_FACTS as Record<string, string>;
    expect([facts['chapterW1'], facts['chapterW2'], facts['chapterParameters']]).toEqual([
      '6',
      '2',
      '11',
    ]);
    expect([
      facts['wideW1'],
      facts['wideW2'],
      facts['wideBiases'],
      facts['wideParameters'],
    ]).toEqual(['200', '60', '23', '283']);
    expect(
      [1, 2, 3, 4, 5].map((i) => [facts[`deepW${i}`], facts[`deepIn${i}`], facts[`deepP${i}`]]),
    ).toEqual([
      ['80', '11', '88'],
      ['48', '9', '54'],
      ['24', '7', '28'],
      ['8', '5', '10'],
      ['2', '3', '3'],
    ]);
    expect([facts['deepWeights'], facts['deepBiases'], facts['deepParameters']]).toEqual([
      '162',
      '21',
      '183',
    ]);
  });
});
