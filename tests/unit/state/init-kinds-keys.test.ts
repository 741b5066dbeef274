/**
 * The initialisation chapter's two kinds beyond their first numbers: each setting as a reader
 * meets it, the groups a page may name, every key a page may read and nothing else, and the
 * numbers behind each key worked by hand (the chapter's forward pass at θ₀, the draws' mean and
 * standard deviation over all N).
 */
import { describe, expect, it } from 'vitest';
import { drawWeights, initByHand, numpyRandom } from '../../../src/engine/index.ts';
import { initScaleKind } from '../../../src/components/initialisation/init-scale.kind.ts';
import { weightDrawsKind } from '../../../src/components/initialisation/weight-draws.kind.ts';
import { createStore, type Store } from '../../../src/state/store.ts';
import { settingsTable } from './settings-table.ts';

const read = (store: Store, key: string) => store.quantity(key).value!;
const sigmoid = (z: number) => 1 / (1 + Math.exp(-z));
/** `prefix.0` … `prefix.(count − 1)`. */
const seriesKeys = (prefix: string, count: number) =>
  Array.from({ length: count }, (_, i) => `${prefix}.${i}`);

/** The seed's setting, shared by both kinds: NumPy's seeds below a million, the chapter's 13. */
const SEED_ROW =
  'seed · seed · seed · the NumPy seed of the random draws · whole 0 … 999999, slider 0 … 100 · 13';

describe('the init-scale kind’s settings and keys', () => {
  // The chapter: 300 epochs of gradient descent from s times the seed's draw, s from 0 to 20.
  const EPOCHS = 300;
  const PARAMETERS = ['w14', 'w24', 'w34', 'w15', 'w25', 'w35', 'b4', 'b5', 'w46', 'w56', 'b6'];

  it('are the scale, 0 to 20 in steps of 0.1, and the seed, grouped as the start', () => {
    expect(settingsTable(initScaleKind)).toEqual([
      'scale · scale · scale · every starting weight and bias is this many times the seed’s draw · 0 … 20, slider 0 … 20 by 0.1, 2 digits · 1',
      SEED_ROW,
    ]);
    expect(initScaleKind.groups).toEqual({ start: ['scale', 'seed'] });
  });

  it('answers the documented keys, one entry per epoch in each series, and no other', () => {
    const scalars = [
      ['scale', 'seed', 'epochs', 'learningRate', 'lastEpoch'],
      ['H4in', 'H5in', 'H4', 'H5', 'dH4/dH4in', 'dH5/dH5in', 'O6', 'dL/dw14'],
      ['hiddenGradient', 'outputGradient', 'loss', 'finalH4', 'finalH5', 'finalLoss', 'gap'],
    ].flat();
    const series = ['epochAt', 'H4At', 'H5At', 'lossAt'].flatMap((p) => seriesKeys(p, EPOCHS));
    expect([...initScaleKind.quantityKeys].sort()).toEqual(
      [...scalars, ...PARAMETERS, ...series].sort(),
    );
  });

  it('reads the chapter’s forward and backward pass at θ₀, worked by hand', () => {
    const store = createStore(initScaleKind, 'start');
    const p = initByHand(13);
    const [x1, x2, x3, y] = [0.5, 0.2, 0.7, 0.3];
    const h4in = p.w14 * x1 + p.w24 * x2 + p.w34 * x3 + p.b4;
    const h5in = p.w15 * x1 + p.w25 * x2 + p.w35 * x3 + p.b5;
    const [h4, h5] = [sigmoid(h4in), sigmoid(h5in)];
    const o6 = p.w46 * h4 + p.w56 * h5 + p.b6;
    // L = ½(O₆ − y)², so ∂L/∂O₆ = O₆ − y, and ∂L/∂λ₄,₆ = (O₆ − y)H₄.
    const dO6 = o6 - y;
    expect(read(store, 'H4in')).toBeCloseTo(h4in, 15);
    expect(read(store, 'H5in')).toBeCloseTo(h5in, 15);
    expect(read(store, 'H5')).toBeCloseTo(h5, 15);
    expect(read(store, 'O6')).toBeCloseTo(o6, 15);
    expect(read(store, 'loss')).toBeCloseTo(0.5 * dO6 ** 2, 15);
    expect(read(store, 'dL/dw14')).toBeCloseTo(dO6 * p.w46 * h4 * (1 - h4) * x1, 15);
    expect(read(store, 'outputGradient')).toBeCloseTo(Math.abs(dO6) * Math.hypot(h4, h5), 15);
  });

  it('reads its settings, the epochs, and the last epoch’s H₅ and loss from their series', () => {
    const store = createStore(initScaleKind, 'start');
    store.setMany({ scale: 0.5, seed: 42 });
    expect(read(store, 'scale')).toBe(0.5);
    expect(read(store, 'seed')).toBe(42);
    expect(read(store, 'epochs')).toBe(EPOCHS);
    expect(read(store, 'w14')).toBe(0.5 * initByHand(42).w14);
    expect(read(store, 'finalH5')).toBe(read(store, `H5At.${EPOCHS - 1}`));
    expect(read(store, 'finalLoss')).toBe(read(store, `lossAt.${EPOCHS - 1}`));
    expect(read(store, 'finalLoss')).toBeLessThan(read(store, 'lossAt.0'));
    expect(read(store, 'lossAt.0')).toBe(read(store, 'loss'));
    expect([0, 1, 299].map((epoch) => read(store, `epochAt.${epoch}`))).toEqual([0, 1, 299]);
  });
});

describe('the weight-draws kind’s settings and keys', () => {
  // The chapter: 20 bins, the first six draws listed, 10 to 100,000 draws, layers of 1 to 4096.
  const BINS = 20;

  it('are the scheme and the layer’s p and k, then N and the seed', () => {
    expect(settingsTable(weightDrawsKind)).toEqual([
      'scheme · scheme · scheme · the range the weights are drawn from · xavier (common heuristic, ±1/√p), normalizedXavier (Glorot (Xavier), ±√6/√(p + k)) · xavier',
      'p · p · p · the inputs of each node the weights lead into (its fan-in) · whole 1 … 4096, slider 1 … 512 · 3',
      'k · k · k · the nodes of the layer the weights lead into (the fan-out); the heuristic ±1/√p ignores it · whole 1 … 4096, slider 1 … 512 · 2',
      'count · N · N · how many weights are drawn · whole 10 … 100000, slider 10 … 100000 · 1000',
      SEED_ROW,
    ]);
    expect(weightDrawsKind.groups).toEqual({
      layer: ['scheme', 'p', 'k'],
      draws: ['count', 'seed'],
    });
  });

  it('answers the documented keys: BINS + 1 edges, BINS counts, six draws, and no other', () => {
    const scalars = ['limit', 'low', 'high', 'count', 'p', 'k', 'seed', 'bins', 'binWidth'];
    const summary = ['min', 'max', 'mean', 'sd', 'expectedMean', 'expectedSd', 'expectedCount'];
    const counts = ['outside', 'fullestBin', 'emptiestBin'];
    const series = [
      ...seriesKeys('edge', BINS + 1),
      ...['binCount', 'binExpected', 'binCentre'].flatMap((p) => seriesKeys(p, BINS)),
      ...seriesKeys('draw', 6),
    ];
    expect([...weightDrawsKind.quantityKeys].sort()).toEqual(
      [...scalars, ...summary, ...counts, ...series].sort(),
    );
  });

  it('reads p, k, the bins and their width, and the mean and sd of all N draws by hand', () => {
    const store = createStore(weightDrawsKind, 'draws');
    store.setMany({ scheme: 'normalizedXavier', p: 8, k: 4, count: 500, seed: 7 });
    expect(read(store, 'p')).toBe(8);
    expect(read(store, 'k')).toBe(4);
    expect(read(store, 'bins')).toBe(BINS);
    // Glorot and Bengio: a = √6/√(p + k) = √(6/12) = √0.5; BINS equal bins over [−a, a].
    const a = Math.sqrt(0.5);
    expect(read(store, 'binWidth')).toBeCloseTo((2 * a) / BINS, 15);
    const draws = Array.from(drawWeights('normalizedXavier', 8, 4, 500, numpyRandom(7)));
    const mean = draws.reduce((sum, w) => sum + w, 0) / 500;
    const sd = Math.sqrt(draws.reduce((sum, w) => sum + (w - mean) ** 2, 0) / 500);
    expect(read(store, 'mean')).toBeCloseTo(mean, 15);
    expect(read(store, 'sd')).toBeCloseTo(sd, 15);
    // U[−a, a] has mean 0 and standard deviation a/√3.
    expect(read(store, 'expectedMean')).toBe(0);
    expect(read(store, 'expectedSd')).toBeCloseTo(a / Math.sqrt(3), 15);
    expect(read(store, 'binExpected.0')).toBeCloseTo(500 / BINS, 12);
  });
});
