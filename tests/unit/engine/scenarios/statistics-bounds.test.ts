/**
 * The statistics' edges: a value on a bin edge or one double beside it, the uniform distribution
 * off zero, and what each refusal names.
 */
import { describe, expect, it } from 'vitest';
import {
  histogram,
  summarize,
  uniformBinCounts,
  uniformMoments,
} from '../../../../src/engine/index';

/** The double next to x towards +∞ (direction 1) or −∞ (direction −1), for finite x ≠ 0. */
function nextDouble(x: number, direction: 1 | -1): number {
  const bits = new BigInt64Array(Float64Array.of(x).buffer);
  bits[0] = bits[0]! + BigInt(x > 0 ? direction : -direction);
  return new Float64Array(bits.buffer)[0]!;
}

describe('a histogram at its edges', () => {
  it('counts a value on an inner edge eᵢ in bin i, the double below it in bin i − 1, as its edges define', () => {
    for (const [low, high] of [
      [-1, 1],
      [0, 1],
      [-0.7, 0.7],
      [0.1, 0.7],
    ] as const) {
      for (let bins = 2; bins <= 20; bins++) {
        // Bin i holds edges[i] ≤ v < edges[i + 1], whatever rounding put the edges at.
        const { edges } = histogram([], bins, low, high);
        for (let i = 1; i < bins; i++) {
          const edge = edges[i]!;
          if (edge === 0) continue;
          const expected = new Array<number>(bins).fill(0);
          expected[i - 1] = 1;
          expected[i] = 2;
          const values = [nextDouble(edge, -1), edge, nextDouble(edge, 1)];
          const { counts } = histogram(values, bins, low, high);
          expect(Array.from(counts), `edge ${i} of ${bins} on [${low}, ${high}]`).toEqual(expected);
        }
      }
    }
  });

  it('names what it refuses: the bins, and low and high', () => {
    expect(() => histogram([0], 0, -1, 1)).toThrow(/^bins must be an integer from 1 to 10000/);
    expect(() => histogram([0], 2, Number.NaN, 1)).toThrow(/^low must be a finite number/);
    expect(() => histogram([0], 2, 0, Number.NaN)).toThrow(/^high must be a finite number/);
    expect(() => histogram([0], 2, 1, 1)).toThrow(/^low must be below high, got 1 and 1$/);
  });
});

describe('the uniform distribution off zero', () => {
  it('U[1, 3] has mean 2, standard deviation 2/√12 and density 1/2', () => {
    const moments = uniformMoments(1, 3);
    expect(moments.mean).toBe(2);
    expect(moments.standardDeviation).toBeCloseTo(2 / Math.sqrt(12), 15);
    expect(moments.density).toBe(0.5);
  });

  it('expects no draws in a bin wholly outside [low, high]', () => {
    // 100 draws of U[−1, 1]: half in [−2, 0], half in [0, 2], none in [−3, −2] or [2, 3].
    expect(Array.from(uniformBinCounts(100, [-3, -2, 0, 2, 3], -1, 1))).toEqual([0, 50, 50, 0]);
  });

  it('refuses an interval that is empty or reversed, and a count that is not finite', () => {
    expect(() => uniformBinCounts(10, [0, 1], 1, 1)).toThrow(/^low must be below high/);
    expect(() => uniformBinCounts(10, [0, 1], 1, 0)).toThrow(/^low must be below high/);
    expect(() => uniformBinCounts(Number.NaN, [0, 1], 0, 1)).toThrow(
      /^count must be a finite number/,
    );
  });
});

describe('summarize names what it refuses', () => {
  it('an empty list, and the first value that is not finite by its index', () => {
    expect(() => summarize([])).toThrow(/^summarize needs at least one value$/);
    expect(() => summarize([1, 2, Number.POSITIVE_INFINITY])).toThrow(
      /^values\[2\] must be a finite number/,
    );
  });
});
