/**
 * The training chapters' comparison kinds and their table of samples: the table as readers type
 * and paste it and as links carry it (hostile input), and the kinds' numbers against the engine.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  compareTraining,
  createByHandNetwork,
  initializeByHand,
  type ComparisonRun,
} from '../../../src/engine/index.ts';
import { batchModesKind } from '../../../src/components/comparison/batch-modes.kind.ts';
import { kindOf } from '../../../src/components/kinds.ts';
import { optimizersKind } from '../../../src/components/comparison/optimizers.kind.ts';
import { readStoreLink, writeLink } from '../../../src/state/link.ts';
import {
  CHAPTER_SAMPLES,
  DEFAULT_SAMPLES,
  MAX_SAMPLES,
} from '../../../src/state/kind-parts/comparison-samples.ts';
import { shuffleOf } from '../../../src/state/kind-parts/comparison.ts';
import { createStore, type Store } from '../../../src/state/store.ts';
import { refusal } from './refusal.ts';

const {
  maxText: MAX_SAMPLES_TEXT,
  check: checkSamples,
  parseCell,
  parseText: parseSamplesText,
  codec: samplesCodec,
  toText: samplesToText,
  withCell,
  withSample,
  withoutSample,
} = CHAPTER_SAMPLES;

describe('the table of samples', () => {
  it('holds ten samples, the chapter’s first, y = x₁x₃ − x₂/2 + 0.05 to two decimals', () => {
    expect(DEFAULT_SAMPLES).toHaveLength(40);
    expect(DEFAULT_SAMPLES.slice(0, 4)).toEqual([0.5, 0.2, 0.7, 0.3]);
    for (let s = 0; s < 10; s++) {
      const [x1, x2, x3, y] = DEFAULT_SAMPLES.slice(4 * s, 4 * s + 4);
      expect(y).toBe(Math.round((x1! * x3! - x2! / 2 + 0.05) * 100) / 100);
    }
    expect(checkSamples(DEFAULT_SAMPLES).ok).toBe(true);
  });

  it.each([
    ['0.5', 0.5],
    ['0,5', 0.5],
    [' -1,25 ', -1.25],
    ['−3', -3],
    ['10', 10],
    ['1e-3', 0.001],
  ])('reads a typed cell “%s” as %d', (text, value) => {
    expect(parseCell(text, 0, 0)).toEqual({ ok: true, value });
  });

  it.each([
    ['', 'Sample 3, x2 is empty and needs a number'],
    ['abc', 'Sample 3, x2 (“abc”) needs a number'],
    ['0,', 'Sample 3, x2'],
    ['10.5', 'Sample 3, x2 must be between −10 and 10.'],
    ['1,000', 'could mean 1.000 or 1000'],
    ['1e400', 'too large'],
  ])('refuses the cell “%s”, naming where: %s', (text, start) => {
    const result = parseCell(text, 2, 1);
    if (text === '0,') {
      expect(result).toEqual({ ok: true, value: 0 }); // a half-typed "0," reads as 0 once applied
      return;
    }
    expect(refusal(result)).toContain(start);
  });

  it('reads pasted text with or without a header, by commas, semicolons or tabs', () => {
    const expected = [0.5, 0.2, 0.7, 0.3, 1, -2, 3.5, 0];
    for (const text of [
      '0.5, 0.2, 0.7, 0.3\n1, -2, 3.5, 0',
      'x1,x2,x3,y\n0.5,0.2,0.7,0.3\n1,-2,3.5,0\n',
      'x1;x2;x3;y\r\n0,5;0,2;0,7;0,3\r\n1;-2;3,5;0',
      '0,5\t0,2\t0,7\t0,3\n\n1\t-2\t3.5\t0',
      'a\tb\tc\td\n0.5\t0.2\t0.7\t0.3\n1\t−2\t3.5\t0',
    ]) {
      expect(parseSamplesText(text), JSON.stringify(text)).toEqual({ ok: true, value: expected });
    }
  });

  it.each([
    ['0.5, 0.2, 0.7, 0.3', 'The text holds 1 sample; the table needs 2 to 64'],
    ['x1, x2, x3, y', 'The text holds 0 samples'],
    ['', 'The text holds 0 samples'],
    ['1, 2, 3, 4\n1, 2, 3', 'Sample 2 (line 2) has 3 values; each sample needs 4'],
    ['x1,x2,x3,y\n1,2,3,4\n1,2,x,4', 'Sample 2 (line 3), x3 (“x”) needs a number'],
    ['1;2;3;4\n1;2;3;40', 'Sample 2 (line 2), y must be between −10 and 10.'],
    ['0,5, 0,2, 0,7, 0,3\n1, 2, 3, 4', 'separate the values with semicolons or tabs'],
    [`${'1, 2, 3, 4\n'.repeat(65)}`, 'The text holds 65 samples'],
    ['1,2,3,4\n'.repeat(2) + ' '.repeat(MAX_SAMPLES_TEXT), 'characters long'],
  ])('refuses pasted text %#, saying where', (text, message) => {
    expect(refusal(parseSamplesText(text))).toContain(message);
  });

  it('writes itself as text that reads back to the same table', () => {
    expect(samplesToText([0.5, 0.2, 0.7, 0.3, -1, 0, 2.25, 1e-7])).toBe(
      'x1, x2, x3, y\n0.5, 0.2, 0.7, 0.3\n-1, 0, 2.25, 1e-7',
    );
    expect(parseSamplesText(samplesToText(DEFAULT_SAMPLES))).toEqual({
      ok: true,
      value: DEFAULT_SAMPLES,
    });
  });

  it('edits a cell, adds a sample of zeros and removes one, leaving the table it was given', () => {
    const table = [1, 2, 3, 4, 5, 6, 7, 8];
    expect(withCell(table, 1, 2, 0.5)).toEqual([1, 2, 3, 4, 5, 6, 0.5, 8]);
    expect(withSample(table)).toEqual([...table, 0, 0, 0, 0]);
    expect(withoutSample(table, 0)).toEqual([5, 6, 7, 8]);
    expect(table).toEqual([1, 2, 3, 4, 5, 6, 7, 8]);
  });

  it('goes through a link and back, six significant digits, clamped to ±10', () => {
    const link = samplesCodec.toLink(DEFAULT_SAMPLES);
    expect(link).toBe(DEFAULT_SAMPLES.join('_'));
    expect(samplesCodec.fromLink(link)).toEqual(DEFAULT_SAMPLES);
    expect(samplesCodec.fromLink('1_2_3_400_0_0_0_-1e9')).toEqual([1, 2, 3, 10, 0, 0, 0, -10]);
    expect(samplesCodec.toLink([1 / 3, 0, 0, 0, 0, 0, 0, 0])).toBe('0.333333_0_0_0_0_0_0_0');
  });

  it.each([
    ['', 'empty'],
    ['1_2_3', 'not whole samples'],
    ['1_2_3_4', 'one sample'],
    [
      Array(MAX_SAMPLES * 4 + 4)
        .fill('1')
        .join('_'),
      'too many samples',
    ],
    ['1_2_3_4_5_6_7_NaN', 'not a number'],
    ['1_2_3_4_5_6_7_Infinity', 'not finite'],
    ['1_2_3_4_5_6_7_0x10', 'not a plain decimal'],
    ['1,2,3,4,5,6,7,8', 'another separator'],
    [`1_2_3_4_5_6_7_${'9'.repeat(30)}`, 'a value too long'],
    ['1_'.repeat(3000) + '1', 'a text too long'],
  ])('ignores a link %#', (text) => {
    expect(samplesCodec.fromLink(text)).toBeUndefined();
  });

  it('reads any link text without throwing, to a valid table or to nothing', () => {
    fc.assert(
      fc.property(
        fc.oneof(
          fc.string(),
          fc.array(fc.oneof(fc.double(), fc.string({ maxLength: 6 })), { maxLength: 300 }),
        ),
        (input) => {
          const text = typeof input === 'string' ? input : input.map(String).join('_');
          const value = samplesCodec.fromLink(text);
          if (value !== undefined) expect(checkSamples(value).ok).toBe(true);
        },
      ),
    );
  });
});

/** The runs of a kind's defaults, trained by the engine here. */
function engineRuns(runs: ComparisonRun[], epochs: number, samples = DEFAULT_SAMPLES) {
  const network = createByHandNetwork();
  initializeByHand(network, 13);
  const inputs: number[][] = [];
  const targets: number[][] = [];
  for (let i = 0; i < samples.length; i += 4) {
    inputs.push(samples.slice(i, i + 3));
    targets.push([samples[i + 3]!]);
  }
  return compareTraining(network, { inputs, targets }, runs, epochs);
}

const read = (store: Store, key: string) => store.kind.read(store.view.value, key);

describe('the batch-modes kind', () => {
  const makeStore = () => createStore(batchModesKind, 'train');

  it('is registered under the id pages name it by, and every key it reads is listed', () => {
    expect(kindOf('batch-modes')).toBe(batchModesKind);
    const store = makeStore();
    for (const key of [
      'samples',
      'learningRate',
      'batch.loss.300',
      'miniBatch.updates.300',
      'stochastic.finalLoss',
      'dL/dw46.9',
      'x1.9',
      'H4.9',
      'gd.next.w46',
      'w46',
      'dL/dw46',
    ]) {
      expect(batchModesKind.quantityKeys.has(key), key).toBe(true);
      expect(read(store, key), key).toBeTypeOf('number');
    }
    expect(read(store, 'batch.loss.301')).toBeUndefined();
    expect(read(store, 'x1.10')).toBeUndefined();
    expect(read(store, 'nothing')).toBeUndefined();
  });

  it('trains batch, stochastic and mini-batch runs as the engine does, 1, n and ⌈n/b⌉ updates per epoch', () => {
    const store = makeStore();
    const runs = engineRuns(
      [
        { mode: 'batch', learningRate: 0.2 },
        { mode: 'stochastic', learningRate: 0.2 },
        { mode: 'miniBatch', batchSize: 4, learningRate: 0.2 },
      ],
      300,
    );
    ['batch', 'stochastic', 'miniBatch'].forEach((id, r) => {
      expect(read(store, `${id}.updatesPerEpoch`)).toBe([1, 10, 3][r]);
      expect(read(store, `${id}.totalUpdates`)).toBe([300, 3000, 900][r]);
      expect(read(store, `${id}.samplesPerUpdate`)).toBe([10, 1, 4][r]);
      for (const epoch of [0, 1, 150, 300]) {
        expect(read(store, `${id}.loss.${epoch}`)).toBe(runs[r]!.loss[epoch]);
      }
      expect(read(store, `${id}.finalLoss`)).toBeLessThan(read(store, `${id}.startLoss`)!);
    });
  });

  it('works the first batch update: θ₁ = θ₀ − η·mean of the per-sample ∂Lₛ/∂λ₄,₆', () => {
    const store = makeStore();
    const each = Array.from({ length: 10 }, (_, s) => read(store, `dL/dw46.${s}`)!);
    const mean = each.reduce((sum, value) => sum + value, 0) / 10;
    expect(read(store, 'dL/dw46')).toBeCloseTo(mean, 15);
    expect(read(store, 'gd.next.w46')).toBeCloseTo(read(store, 'w46')! - 0.2 * mean, 15);
    // ∂Lₛ/∂λ₄,₆ = H₄·(ŷ − y) for each sample.
    for (let s = 0; s < 10; s++) {
      const expected = read(store, `H4.${s}`)! * (read(store, `O6.${s}`)! - read(store, `y.${s}`)!);
      expect(each[s]).toBeCloseTo(expected, 15);
    }
  });

  it('retrains on a new table and refuses a bad one, or one that makes a run diverge', () => {
    const store = makeStore();
    const edited = withCell(DEFAULT_SAMPLES, 1, 3, 0.5);
    expect(store.set('samples', edited).ok).toBe(true);
    expect(read(store, 'y.1')).toBe(0.5);
    const runs = engineRuns([{ mode: 'batch', learningRate: 0.2 }], 300, edited);
    expect(read(store, 'batch.loss.300')).toBe(runs[0]!.loss[300]);

    expect(refusal(store.set('samples', [1, 2, 3, 4]))).toContain('2 to 64 samples');
    expect(refusal(store.set('samples', [1, 2, 3, 4, 5, 6, 7, 80]))).toContain(
      'Sample 2, y must be a number between −10 and 10.',
    );
    expect(refusal(store.set('learningRate', 5))).toMatch(
      /^With η = 5\.000 the (batch|stochastic|mini-batch) run diverges: from epoch \d+ on its numbers are no longer finite\. Try a smaller η\.$/,
    );
    expect(store.settings.value['learningRate']).toBe(0.2);
    expect(store.settings.value['samples']).toEqual(edited);
  });

  it('carries its table in a link and ignores a hostile one', () => {
    const store = makeStore();
    const table = withSample(withCell(DEFAULT_SAMPLES, 0, 0, -0.25));
    store.setMany({ samples: table, shuffle: true, batchSize: 3 });
    const link = writeLink([store]);
    expect(link).toContain('train.samples=-0.25_0.2_0.7_0.3_');
    expect(link).toContain('train.shuffle=1');
    const reopened = makeStore();
    const values = readStoreLink(link, reopened);
    expect(values).toEqual({ samples: table, batchSize: 3, shuffle: true });
    expect(readStoreLink('?train.samples=1_2_3&train.shuffle=maybe', reopened)).toEqual({});
  });
});

describe('the optimizers kind', () => {
  const makeStore = () => createStore(optimizersKind, 'rules');

  it('is registered under the id pages name it by', () => {
    expect(kindOf('optimizers')).toBe(optimizersKind);
    expect(optimizersKind.runs.map((run) => run.id)).toEqual(['gd', 'momentum', 'adam']);
  });

  it('trains gradient descent, momentum and Adam as the engine does, each with its own η', () => {
    const store = makeStore();
    expect(store.set('mode', 'miniBatch').ok).toBe(true);
    expect(store.set('beta', 0.8).ok).toBe(true);
    const batching = { mode: 'miniBatch' as const, batchSize: 4 };
    const runs = engineRuns(
      [
        { ...batching, learningRate: 0.2 },
        { ...batching, learningRate: 0.2, optimizer: { kind: 'momentum', beta: 0.8 } },
        { ...batching, learningRate: 0.05, optimizer: { kind: 'adam' } },
      ],
      200,
    );
    ['gd', 'momentum', 'adam'].forEach((id, r) => {
      expect(read(store, `${id}.updatesPerEpoch`)).toBe(3);
      for (const epoch of [0, 1, 100, 200]) {
        expect(read(store, `${id}.loss.${epoch}`)).toBe(runs[r]!.loss[epoch]);
      }
    });
  });

  it('works each rule’s first update: v₁ = g; m̂₁ = g, v̂₁ = g²', () => {
    const store = makeStore();
    const g = read(store, 'dL/dw46')!;
    const w46 = read(store, 'w46')!;
    expect(read(store, 'gd.next.w46')).toBeCloseTo(w46 - 0.2 * g, 15);
    expect(read(store, 'momentum.velocity.w46')).toBeCloseTo(g, 15);
    expect(read(store, 'momentum.next.w46')).toBeCloseTo(w46 - 0.2 * g, 15);
    expect(read(store, 'adam.m.w46')).toBeCloseTo(0.1 * g, 15);
    expect(read(store, 'adam.v.w46')).toBeCloseTo(0.001 * g * g, 15);
    expect(read(store, 'adam.mHat.w46')).toBeCloseTo(g, 14);
    expect(read(store, 'adam.vHat.w46')).toBeCloseTo(g * g, 14);
    expect(read(store, 'adam.next.w46')).toBeCloseTo(w46 - (0.05 * g) / (Math.abs(g) + 1e-8), 12);
    expect(read(store, 'gd.velocity.w46')).toBeUndefined();
  });

  it('takes its mode from an allow-list, in a setting and in a link', () => {
    const store = makeStore();
    expect(refusal(store.set('mode', 'rmsprop'))).toBe(
      'mode must be one of: batch, stochastic, mini-batch.',
    );
    expect(refusal(store.set('beta', 1))).toContain('between 0 and 0.999');
    expect(readStoreLink('?rules.mode=stochastic&rules.beta2=2', store)).toEqual({
      mode: 'stochastic',
      beta2: 0.9999,
    });
    expect(readStoreLink('?rules.mode=__proto__&rules.optimizer=adam', store)).toEqual({});
  });
});

describe('the shuffle of a comparison’s runs', () => {
  it('gives the runs the shuffle seed when the shuffle is on, and no seed when it is off', () => {
    expect(shuffleOf({ shuffle: true, shuffleSeed: 7 })).toEqual({ shuffleSeed: 7 });
    expect(shuffleOf({ shuffle: false, shuffleSeed: 7 })).toEqual({});
  });
});
