/**
 * The network-parts chapter's three kinds beyond their starting numbers: each setting as a reader
 * meets it, the groups a page may name, every key a page may read up to the largest column, list
 * or output layer (and nothing else), read at that largest size; and the facies list's limits,
 * each with its neighbour.
 */
import { describe, expect, it } from 'vitest';
import { classOutputKind } from '../../../src/components/parts/class-output.kind.ts';
import { encodingKind } from '../../../src/components/parts/encoding.kind.ts';
import { scalingKind } from '../../../src/components/parts/scaling.kind.ts';
import { createStore, type Store } from '../../../src/state/store.ts';
import { settingsTable } from './settings-table.ts';

const read = (store: Store, key: string) => store.quantity(key).value;
/** `prefix1` … `prefixN`. */
const numbered = (prefix: string, count: number) =>
  Array.from({ length: count }, (_, i) => `${prefix}${i + 1}`);

describe('the class-output kind', () => {
  it('takes 2 to 6 output inputs within ±1000 (slider ±5), starting at (2, 1, 0.1)', () => {
    expect(settingsTable(classOutputKind)).toEqual([
      'z · Oj,in · O_j,in · the inputs of the output nodes, one per class · 2 to 6 of -1000 … 1000, slider -5 … 5 by 0.1, 3 digits · 2_1_0.1',
    ]);
    expect(classOutputKind.groups).toEqual({ inputs: ['z'] });
  });

  it('answers the count, the total, the predicted class and z and p of six classes', () => {
    expect([...classOutputKind.quantityKeys].sort()).toEqual(
      ['classes', 'sum', 'predicted', ...numbered('z', 6), ...numbered('p', 6)].sort(),
    );
  });

  it('reads the sixth class: z = (0, 0, 0, 0, 0, 1) gives p₆ = e/(5 + e), predicted 6', () => {
    const store = createStore(classOutputKind, 'outputs');
    expect(store.set('z', [0, 0, 0, 0, 0, 1])).toEqual({ ok: true });
    expect(read(store, 'classes')).toBe(6);
    expect(read(store, 'z6')).toBe(1);
    expect(read(store, 'p6')).toBeCloseTo(Math.E / (5 + Math.E), 15);
    expect(read(store, 'p5')).toBeCloseTo(1 / (5 + Math.E), 15);
    expect(read(store, 'predicted')).toBe(6);
  });
});

describe('the encoding kind', () => {
  it('takes the facies of each sample, starting at the chapter’s five', () => {
    expect(settingsTable(encodingKind)).toEqual([
      'facies · Facies · facies · the facies of each sample, in order · a list of its own · shale_sandstone_siltstone_sandstone_shale',
    ]);
    expect(encodingKind.groups).toEqual({ samples: ['facies'] });
  });

  it('answers counts, six codes, eight ranks and each sample’s six one-hot entries', () => {
    const entries = numbered('s', 8).flatMap((sample) => numbered(`${sample}c`, 6));
    expect([...encodingKind.quantityKeys].sort()).toEqual(
      ['samples', 'categories', ...numbered('code', 6), ...numbered('rank', 8), ...entries].sort(),
    );
  });

  it('reads the eighth sample and the sixth category of the largest list', () => {
    const store = createStore(encodingKind, 'facies');
    const list = ['a', 'b', 'c', 'd', 'e', 'f', 'b', 'f'];
    expect(store.set('facies', list)).toEqual({ ok: true });
    expect(read(store, 'samples')).toBe(8);
    expect(read(store, 'categories')).toBe(6);
    expect(read(store, 'code6')).toBe(6);
    expect(read(store, 'rank7')).toBe(2);
    expect(read(store, 'rank8')).toBe(6);
    expect(numbered('s8c', 6).map((key) => read(store, key))).toEqual([0, 0, 0, 0, 0, 1]);
  });

  it('takes a name of 20 letters, not 21, and refuses a sample that is not text', () => {
    const codec = encodingKind.settings[0]!.codec;
    expect(codec.parse('a'.repeat(20), 'Facies')).toEqual({ ok: true, value: ['a'.repeat(20)] });
    expect(codec.parse('a'.repeat(21), 'Facies')).toEqual({
      ok: false,
      message: 'Sample 1 must be a word of letters or digits (at most 20).',
    });
    expect(codec.check(['shale', 7], 'Facies')).toEqual({
      ok: false,
      message: 'Sample 2 has no name.',
    });
    expect(codec.check('shale', 'Facies')).toEqual({
      ok: false,
      message: 'Facies needs at least one name, such as shale.',
    });
  });

  it('takes words joined by single spaces or hyphens, digits too, and nothing at either end', () => {
    const codec = encodingKind.settings[0]!.codec;
    expect(codec.parse('zone 1, sand-2', 'Facies')).toEqual({
      ok: true,
      value: ['zone 1', 'sand-2'],
    });
    const word = 'Sample 1 must be a word of letters or digits (at most 20).';
    for (const name of ['-shale', 'shale-', 'sand-<b>', 'sand - shale']) {
      expect(codec.parse(name, 'Facies'), name).toEqual({ ok: false, message: word });
    }
    // Given as a list, each name is trimmed and its inner spaces made one.
    expect(codec.check([' Tight \t sand ', 'coal'], 'Facies')).toEqual({
      ok: true,
      value: ['tight sand', 'coal'],
    });
    expect(codec.parse('  \n ', 'Facies')).toEqual({
      ok: false,
      message: 'Facies needs at least one name, such as shale.',
    });
  });

  it('reads a link of eight names of 20 letters, the longest list, and shows a list with commas', () => {
    const codec = encodingKind.settings[0]!.codec;
    // Six facies over eight samples, every name 20 letters: 8 · 20 + 7 separators = 167 characters.
    const names = 'abcdefab'.split('').map((letter) => letter.repeat(20));
    const link = names.join('_');
    expect(codec.fromLink(link)).toEqual(names);
    expect(codec.fromLink(`${link}_x`)).toBeUndefined();
    expect(codec.format(['coal', 'shale'])).toBe('coal, shale');
    expect(codec.equals(['coal', 'shale'], ['coal', 'shale'])).toBe(true);
    expect(codec.equals(['coal', 'shale'], ['coal', 'sand'])).toBe(false);
    expect(codec.equals(['coal'], ['coal', 'shale'])).toBe(false);
  });
});

describe('the scaling kind', () => {
  it('takes 2 to 8 raw values within ±100000, the target range and O₆ within ±2 (slider ±1)', () => {
    expect(settingsTable(scalingKind)).toEqual([
      'raw · porosity · x · the raw values of the feature, porosity in percent · 2 to 8 of -100000 … 100000, slider -100000 … 100000 by 0.01, 3 digits · 12.5_18_24.2_8.1_20.6',
      'target · range · range · the range the feature is scaled onto · unit ([0, 1]), symmetric ([−1, 1]) · unit',
      'O6 · O6 · O_6 · the output node’s value, on the scaled range · -2 … 2, slider -1 … 1 by 0.01, 3 digits · 0.5',
    ]);
    expect(scalingKind.groups).toEqual({ column: ['raw', 'target'], output: ['O6'] });
  });

  it('answers the column’s size, range, O₆ and its response, and eight rows of each column', () => {
    const rows = ['raw', 'scaled', 'restored'].flatMap((prefix) => numbered(prefix, 8));
    expect([...scalingKind.quantityKeys].sort()).toEqual(
      ['rows', 'min', 'max', 'O6', 'response', ...rows].sort(),
    );
  });

  it('reads the eighth row of the largest column: 0 … 70 scaled by tens onto [0, 1]', () => {
    const store = createStore(scalingKind, 'scaling');
    expect(store.set('raw', [0, 10, 20, 30, 40, 50, 60, 70])).toEqual({ ok: true });
    expect(store.set('O6', -0.5)).toEqual({ ok: true });
    expect(read(store, 'rows')).toBe(8);
    expect(read(store, 'raw8')).toBe(70);
    expect(read(store, 'scaled8')).toBe(1);
    expect(read(store, 'scaled2')).toBeCloseTo(1 / 7, 15);
    expect(read(store, 'restored8')).toBeCloseTo(70, 12);
    // O₆ = −0.5 on [0, 1] lies half a range below the minimum: 0 − 0.5 · 70.
    expect(read(store, 'O6')).toBe(-0.5);
    expect(read(store, 'response')).toBeCloseTo(-35, 12);
  });
});
