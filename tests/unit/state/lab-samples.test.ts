/**
 * The lab's own samples (data `custom`): the run trains on exactly the table's rows, the task and
 * the output follow its y column, the bounds count its rows, the settings that draw a set change
 * nothing, and a link carries the largest table within the characters a page reads.
 */
import { describe, expect, it } from 'vitest';
import { labKind } from '../../../src/components/lab/lab.kind.ts';
import { LAB_SAMPLES } from '../../../src/components/lab/lab-samples.ts';
import { MAX_QUERY_LENGTH, readStoreLink, writeLink } from '../../../src/state/link.ts';
import { createStore } from '../../../src/state/store.ts';

const lab = () => createStore(labKind, 'lab');

/** Rows of a flat table x₁, x₂, y as strings, sorted: a multiset to compare. */
function rowsOf(x1: ArrayLike<number>, x2: ArrayLike<number>, y: ArrayLike<number>): string[] {
  return Array.from(y, (target, s) => `${x1[s]} ${x2[s]} ${target}`).sort();
}

/** Ten rows, every y 0 or 1: two classes. */
const CLASSES = [
  ...[0.1, 0.2, 0, 0.9, 0.8, 1, -0.3, 0.4, 0, 0.75, -0.6, 1, -1.25, -0.5, 0],
  ...[0.05, 0.95, 1, 2, -2, 1, -0.4, -0.45, 0, 0.3, 0.6, 1, -0.8, 0.1, 0],
];

describe('the lab on a reader’s own table', () => {
  it('trains on exactly its rows: 7 of the 9 starting ones, 2 held out at a share of 0.2', () => {
    const store = lab();
    expect(store.set('data', 'custom')).toEqual({ ok: true });
    const { train, test } = store.run.value.split;
    // ⌊0.2 · 9 + ½⌋ = 2 held out.
    expect([train.y.length, test.y.length]).toEqual([7, 2]);
    const table = store.settings.value['custom'] as number[];
    const expected: string[] = [];
    for (let i = 0; i < table.length; i += 3)
      expected.push(`${table[i]} ${table[i + 1]} ${table[i + 2]}`);
    expect(
      [...rowsOf(train.x1, train.x2, train.y), ...rowsOf(test.x1, test.x2, test.y)].sort(),
    ).toEqual(expected.sort());
    expect(store.run.value.network.widths[0]).toBe(2);
  });

  it('is a regression on the saddle and two classes on a table of 0s and 1s; softmax follows', () => {
    const store = lab();
    store.set('data', 'custom');
    expect(store.run.value.split.train.task).toBe('regression');
    expect(store.set('output', 'softmax')).toEqual({
      ok: false,
      message:
        'Your table’s target is a real number, not a class: its output is identity or sigmoid, as softmax gives class probabilities.',
    });
    expect(store.setMany({ custom: CLASSES, output: 'softmax' })['output']).toEqual({ ok: true });
    expect(store.run.value.split.train.task).toBe('classes');
    expect(store.settings.value['widths']).toEqual([2, 4, 3, 2]);
    // One y of 0.5 makes the target real again: the kept softmax turns to identity.
    const real = CLASSES.slice();
    real[2] = 0.5;
    expect(store.set('custom', real)).toEqual({ ok: true });
    expect(store.settings.value['output']).toBe('identity');
    expect(store.settings.value['widths']).toEqual([2, 4, 3, 1]);
  });

  it('counts its rows for the sample on view: 7 of 10 train at a share of 0.3', () => {
    const store = lab();
    store.setMany({ data: 'custom', custom: CLASSES, testShare: 0.3 });
    expect(store.set('sampleOnView', 7)).toEqual({
      ok: false,
      message: 'sample must be between 0 and 6.',
    });
    expect(store.set('sampleOnView', 6)).toEqual({ ok: true });
  });

  it('trains the same run whatever n and σ, which only a drawn set uses', () => {
    const store = lab();
    store.set('data', 'custom');
    const before = Array.from(store.run.value.trace.parameters, (column) => column[499]);
    expect(store.setMany({ samples: 320, noise: 0.7 })).toEqual({
      samples: { ok: true },
      noise: { ok: true },
    });
    expect(Array.from(store.run.value.trace.parameters, (column) => column[499])).toEqual(before);
  });

  it('refuses a table that is not whole rows of 4 to 80 samples within ±10', () => {
    const store = lab();
    expect(store.set('custom', CLASSES.slice(0, 9))).toEqual({
      ok: false,
      message: 'The table needs 4 to 80 samples.',
    });
    expect(store.set('custom', CLASSES.slice(0, 13))).toEqual({
      ok: false,
      message: 'The table needs three values per sample: x1, x2 and y.',
    });
    const far = CLASSES.slice();
    far[4] = -10.5;
    expect(store.set('custom', far)).toEqual({
      ok: false,
      message: 'Sample 2, x2 must be a number between −10 and 10.',
    });
  });

  it('writes 80 rows of the longest values, with every other setting long, within 4,096 characters, and reads them back', () => {
    // −0.0000123457 is a value's longest form at six significant digits (13 characters).
    const table = Array.from({ length: 80 * 3 }, (_, i) => (i % 3 === 2 ? 1 : -0.0000123457));
    const store = lab();
    // First, so each run the changes below make (one a setting, in the kind's order) is one epoch
    // long and the test stays quick. The most this network may train, about 1,200 epochs, takes
    // three characters more, counted below.
    expect(store.set('epochs', 1)).toEqual({ ok: true });
    const answers = store.setMany({
      data: 'custom',
      custom: table,
      widths: [2, 8, 8, 8, 8, 1],
      act1: 'leakyRelu',
      act2: 'leakyRelu',
      act3: 'leakyRelu',
      act4: 'leakyRelu',
      output: 'sigmoid',
      dataSeed: 4294967295,
      testShare: 0.35,
      learningRate: 0.00123457,
      decay: 0.00123457,
      mode: 'miniBatch',
      batchSize: 17,
      optimizer: 'momentum',
      seed: 4294967295,
      node: 33,
      from: 25,
    });
    expect(Object.values(answers).every((answer) => answer.ok)).toBe(true);
    const query = `?${writeLink([store])}`;
    expect(query.length + 3).toBeLessThanOrEqual(MAX_QUERY_LENGTH);
    expect(readStoreLink(query, lab())['custom']).toEqual(table);
  });

  it('ignores a linked table of 81 rows or of rows cut short, and clamps values to ±10', () => {
    const ones = (count: number) => Array(count).fill('1').join('_');
    expect(LAB_SAMPLES.codec.fromLink(ones(81 * 3))).toBeUndefined();
    expect(LAB_SAMPLES.codec.fromLink(ones(80 * 3))).toHaveLength(240);
    expect(LAB_SAMPLES.codec.fromLink(ones(4 * 3 + 1))).toBeUndefined();
    expect(LAB_SAMPLES.codec.fromLink(ones(3 * 3))).toBeUndefined();
    expect(LAB_SAMPLES.codec.fromLink(`25_-40_1_${ones(9)}`)?.slice(0, 3)).toEqual([10, -10, 1]);
  });
});
