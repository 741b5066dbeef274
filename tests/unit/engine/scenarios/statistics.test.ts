import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  BY_HAND_PARAM_KEYS,
  binCentres,
  drawWeights,
  histogram,
  initByHand,
  initLimit,
  numpyRandom,
  summarize,
  uniformBinCounts,
  uniformMoments,
  type InitScheme,
} from '../../../../src/engine/index';
import { expectRelClose, loadFixture } from '../helpers';

interface DrawCase {
  scheme: InitScheme;
  p: number;
  k: number;
  count: number;
  seed: number;
  limit: number;
  first: number[];
  last: number;
  counts: number[];
  edges: number[];
  min: number;
  max: number;
  mean: number;
  std: number;
}

/** The weights into H₄ and H₅, in the order the chapter draws them: λ₁,₄ … λ₃,₅. */
const HIDDEN_KEYS = BY_HAND_PARAM_KEYS.slice(0, 6);

const fixture = loadFixture<{ bins: number; cases: DrawCase[] }>('init-draws.json');

/** Bin counts by brute force: value v is in bin i when eᵢ ≤ v < eᵢ₊₁, the last bin closed. */
function referenceCounts(values: number[], edges: number[]): number[] {
  const bins = edges.length - 1;
  return Array.from(
    { length: bins },
    (_, i) =>
      values.filter(
        (v) => v >= edges[i]! && (i === bins - 1 ? v <= edges[i + 1]! : v < edges[i + 1]!),
      ).length,
  );
}

describe('drawing initial weights', () => {
  it.each(
    fixture.cases.map((c) => ({ ...c, label: `${c.scheme} p=${c.p} k=${c.k} N=${c.count}` })),
  )(
    'draws what NumPy draws with np.random.uniform(−L, L) ($label)',
    ({ scheme, p, k, count, seed, limit, first, last }) => {
      expect(initLimit(scheme, p, k)).toBe(limit);
      const draws = drawWeights(scheme, p, k, count, numpyRandom(seed));
      expect(draws).toHaveLength(count);
      expect(Array.from(draws.subarray(0, first.length))).toEqual(first);
      expect(draws[count - 1]).toBe(last);
    },
  );

  it('draws the chapter’s six hidden-layer weights first, for seed 13 and p = 3', () => {
    const chapter = initByHand(13);
    const draws = drawWeights('xavier', 3, 2, 6, numpyRandom(13));
    expect(Array.from(draws)).toEqual(HIDDEN_KEYS.map((key) => chapter[key]));
  });

  it('keeps every draw inside ±L, for any scheme, layer and seed', () => {
    fc.assert(
      fc.property(
        fc.constantFrom<InitScheme>('xavier', 'normalizedXavier'),
        fc.integer({ min: 1, max: 5000 }),
        fc.integer({ min: 1, max: 5000 }),
        fc.integer({ min: 0, max: 999_999 }),
        fc.integer({ min: 0, max: 300 }),
        (scheme, p, k, seed, count) => {
          const limit = scheme === 'xavier' ? 1 / Math.sqrt(p) : Math.sqrt(6 / (p + k));
          expectRelClose(initLimit(scheme, p, k), limit, 1e-15, 'L');
          for (const value of drawWeights(scheme, p, k, count, numpyRandom(seed))) {
            expect(Math.abs(value)).toBeLessThanOrEqual(initLimit(scheme, p, k));
          }
        },
      ),
      { numRuns: 60 },
    );
  });

  it('refuses an unknown scheme, layers that are not whole and positive, and bad counts', () => {
    const rng = numpyRandom(0);
    expect(() => initLimit('he' as InitScheme, 3, 2)).toThrow(RangeError);
    for (const [p, k] of [
      [0, 2],
      [3, 0],
      [2.5, 1],
      [Number.NaN, 1],
    ]) {
      expect(() => initLimit('normalizedXavier', p!, k!), `p=${p} k=${k}`).toThrow(RangeError);
    }
    for (const count of [-1, 1.5, Number.POSITIVE_INFINITY, 1e9]) {
      expect(() => drawWeights('xavier', 3, 2, count, rng), String(count)).toThrow(RangeError);
    }
  });
});

describe('a histogram', () => {
  it('puts each value in the bin [eᵢ, eᵢ₊₁), the top edge in the last bin, and counts the rest outside', () => {
    const counted = histogram([-1, -0.5, 0, 0.49, 0.5, 1, 1.5, -2, Number.NaN], 4, -1, 1);
    expect(Array.from(counted.edges)).toEqual([-1, -0.5, 0, 0.5, 1]);
    expect(Array.from(counted.counts)).toEqual([1, 1, 2, 2]);
    expect(counted.outside).toBe(3);
    expect(Array.from(binCentres(counted.edges))).toEqual([-0.75, -0.25, 0.25, 0.75]);
  });

  it.each(fixture.cases.map((c) => ({ ...c, label: `${c.scheme} p=${c.p} N=${c.count}` })))(
    'counts NumPy’s draws as np.histogram does, over the same edges ($label)',
    ({ scheme, p, k, count, seed, limit, counts, edges }) => {
      const draws = drawWeights(scheme, p, k, count, numpyRandom(seed));
      const counted = histogram(draws, fixture.bins, -limit, limit);
      expect(Array.from(counted.edges)).toEqual(edges);
      expect(Array.from(counted.counts)).toEqual(counts);
      expect(counted.outside).toBe(0);
    },
  );

  it('counts every value in range exactly once, in the bin a brute-force count puts it in', () => {
    fc.assert(
      fc.property(
        fc.double({ min: -1e3, max: 1e3, noNaN: true }),
        fc.double({ min: 1e-3, max: 1e3, noNaN: true }),
        fc.integer({ min: 1, max: 40 }),
        fc.array(fc.double({ min: 0, max: 1, noNaN: true }), { maxLength: 200 }),
        fc.array(fc.double({ noNaN: false }), { maxLength: 10 }),
        (low, span, bins, fractions, strays) => {
          const high = low + span;
          // Values inside [low, high], the edges themselves among them, and strays anywhere.
          const inside = fractions.map((f) => Math.min(high, low + f * span));
          const values = [...inside, low, high, ...strays];
          const counted = histogram(values, bins, low, high);
          const edges = Array.from(counted.edges);
          expect(edges).toHaveLength(bins + 1);
          expect(edges[0] === low && edges[bins] === high).toBe(true);
          const reference = referenceCounts(values, edges);
          expect(Array.from(counted.counts)).toEqual(reference);
          const total = reference.reduce((sum, c) => sum + c, 0);
          expect(total + counted.outside).toBe(values.length);
          expect(total).toBeGreaterThanOrEqual(inside.length + 2);
        },
      ),
      { numRuns: 200 },
    );
  });

  it('refuses no bins, an empty or reversed interval, and ends that are not finite', () => {
    expect(() => histogram([0], 0, -1, 1)).toThrow(RangeError);
    expect(() => histogram([0], 2.5, -1, 1)).toThrow(RangeError);
    expect(() => histogram([0], 4, 1, 1)).toThrow(RangeError);
    expect(() => histogram([0], 4, 1, -1)).toThrow(RangeError);
    expect(() => histogram([0], 4, -1, Number.POSITIVE_INFINITY)).toThrow(RangeError);
  });
});

describe('summary statistics', () => {
  it('gives the count, extremes, mean and population standard deviation of a small list', () => {
    expect(summarize([1, 2, 3, 4])).toEqual({
      count: 4,
      min: 1,
      max: 4,
      mean: 2.5,
      standardDeviation: Math.sqrt(1.25),
    });
    expect(summarize([-0.25])).toEqual({
      count: 1,
      min: -0.25,
      max: -0.25,
      mean: -0.25,
      standardDeviation: 0,
    });
    expect(() => summarize([])).toThrow(RangeError);
    expect(() => summarize([1, Number.NaN])).toThrow(RangeError);
  });

  it.each(fixture.cases.map((c) => ({ ...c, label: `${c.scheme} p=${c.p} N=${c.count}` })))(
    'agrees with np.min, np.max, np.mean and np.std on NumPy’s draws ($label)',
    ({ scheme, p, k, count, seed, min, max, mean, std }) => {
      const summary = summarize(drawWeights(scheme, p, k, count, numpyRandom(seed)));
      expect(summary.count).toBe(count);
      expect(summary.min).toBe(min);
      expect(summary.max).toBe(max);
      // NumPy sums pairwise, the engine in order: the last digits may differ.
      expect(Math.abs(summary.mean - mean)).toBeLessThan(1e-14);
      expectRelClose(summary.standardDeviation, std, 1e-12, 'standard deviation');
    },
  );

  it('of U[−L, L] are mean 0, standard deviation L/√3 and density 1/(2L)', () => {
    for (const limit of [0.25, 1 / Math.sqrt(3), Math.sqrt(2), 7]) {
      const moments = uniformMoments(-limit, limit);
      expect(moments.mean).toBe(0);
      expectRelClose(moments.standardDeviation, limit / Math.sqrt(3), 1e-15, `sd for L=${limit}`);
      expectRelClose(moments.density, 1 / (2 * limit), 1e-15, `density for L=${limit}`);
    }
    expect(() => uniformMoments(1, 1)).toThrow(RangeError);
  });

  it('of 100 000 draws come within a few standard errors of the uniform distribution’s', () => {
    const count = 100_000;
    for (const [scheme, p, k, seed] of [
      ['xavier', 3, 2, 13],
      ['normalizedXavier', 3, 2, 5],
      ['normalizedXavier', 256, 256, 99],
    ] as const) {
      const limit = initLimit(scheme, p, k);
      const draws = drawWeights(scheme, p, k, count, numpyRandom(seed));
      const summary = summarize(draws);
      const sigma = limit / Math.sqrt(3);
      // Standard errors: of the mean σ/√N; of the variance √((μ₄ − σ⁴)/N) with μ₄ = L⁴/5.
      expect(Math.abs(summary.mean)).toBeLessThan((5 * sigma) / Math.sqrt(count));
      const varianceError = Math.sqrt((limit ** 4 / 5 - sigma ** 4) / count);
      expect(Math.abs(summary.standardDeviation ** 2 - sigma ** 2)).toBeLessThan(5 * varianceError);
      expect(summary.min).toBeGreaterThanOrEqual(-limit);
      expect(summary.max).toBeLessThanOrEqual(limit);
      expect(summary.min).toBeLessThan(-limit * 0.999);
      expect(summary.max).toBeGreaterThan(limit * 0.999);
      // Each bin's count is binomial(N, 1/20): within five of its standard deviations of N/20.
      const counted = histogram(draws, 20, -limit, limit);
      const expected = uniformBinCounts(count, counted.edges, -limit, limit);
      const spread = Math.sqrt(count * (1 / 20) * (19 / 20));
      counted.counts.forEach((observed, i) => {
        expectRelClose(expected[i]!, count / 20, 1e-12, `expected count ${i}`);
        expect(Math.abs(observed - expected[i]!), `bin ${i}`).toBeLessThan(5 * spread);
      });
    }
  });

  it('predicts counts in proportion to how much of each bin lies inside [low, high]', () => {
    const expected = uniformBinCounts(100, [-2, -1, 0, 0.5, 1, 3], -1, 1);
    expect(Array.from(expected)).toEqual([0, 50, 25, 25, 0]);
    expect(expected.reduce((sum, c) => sum + c, 0)).toBe(100);
  });
});
