import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  categoriesOf,
  classProbabilities,
  featureRange,
  minMaxRestore,
  minMaxScale,
  oneHot,
  ordinalRanks,
  rangeProblem,
  softmax,
  type ScaleTarget,
} from '../../../src/engine/index';

describe('min/max scaling', () => {
  // Porosity 10, 15, 30 (%): min 10, max 30, range 20, worked out by hand.
  const porosity = [10, 15, 30];
  const range = { min: 10, max: 30 };

  it('finds the column’s min and max', () => {
    expect(featureRange(porosity)).toEqual(range);
    expect(featureRange([-2.5, 7, 0])).toEqual({ min: -2.5, max: 7 });
  });

  it.each([
    ['unit', [0, 0.25, 1]],
    ['symmetric', [-1, -0.5, 1]],
  ] as const)('scales onto the %s range as worked by hand', (target, expected) => {
    const scaled = minMaxScale(porosity, range, target);
    expected.forEach((value, i) => expect(scaled[i]).toBeCloseTo(value, 15));
  });

  it.each([
    ['unit', [0.5, 0.1], [20, 12]],
    ['symmetric', [0, 0.5], [20, 25]],
  ] as const)('back-transforms from the %s range as worked by hand', (target, scaled, raw) => {
    const restored = minMaxRestore(scaled, range, target);
    raw.forEach((value, i) => expect(restored[i]).toBeCloseTo(value, 13));
  });

  it('refuses a constant column with a sentence, not a division by zero', () => {
    const constant = featureRange([4, 4, 4]);
    expect(rangeProblem(constant)).toMatch(/min = max/);
    expect(() => minMaxScale([4, 4, 4], constant, 'unit')).toThrow(/no range to divide by/);
    expect(() => minMaxRestore([0.5], constant, 'symmetric')).toThrow(RangeError);
  });

  it('refuses an empty column, a value that is not finite, and a range beyond a double', () => {
    expect(() => featureRange([])).toThrow(RangeError);
    expect(() => featureRange([1, Number.NaN])).toThrow(/value 2/);
    expect(rangeProblem({ min: -1.5e308, max: 1.5e308 })).toMatch(/too far apart/);
  });

  it('brings every value back: restored equals raw to 1e-12 of the column’s size', () => {
    const value = fc.double({ min: -1e9, max: 1e9, noNaN: true });
    fc.assert(
      fc.property(
        fc.array(value, { minLength: 2, maxLength: 12 }),
        fc.constantFrom<ScaleTarget>('unit', 'symmetric'),
        (raw, target) => {
          const range = featureRange(raw);
          fc.pre(range.min !== range.max);
          const scaled = minMaxScale(raw, range, target);
          const restored = minMaxRestore(scaled, range, target);
          const size = Math.max(Math.abs(range.min), Math.abs(range.max));
          const [a, b] = target === 'unit' ? [0, 1] : [-1, 1];
          raw.forEach((x, i) => {
            expect(Math.abs(restored[i]! - x)).toBeLessThanOrEqual(1e-12 * size);
            expect(scaled[i]).toBeGreaterThanOrEqual(a - 1e-15);
            expect(scaled[i]).toBeLessThanOrEqual(b + 1e-15);
          });
        },
      ),
    );
  });
});

describe('categorical encodings', () => {
  const facies = ['shale', 'sandstone', 'shale', 'siltstone'];

  it('numbers the categories in order of first appearance', () => {
    expect(categoriesOf(facies)).toEqual(['shale', 'sandstone', 'siltstone']);
    expect(categoriesOf([])).toEqual([]);
  });

  it('one-hot: a 1 in the column of each sample’s category, 0 elsewhere', () => {
    const rows = oneHot(facies, ['shale', 'sandstone', 'siltstone']);
    expect(rows.map((row) => Array.from(row))).toEqual([
      [1, 0, 0],
      [0, 1, 0],
      [1, 0, 0],
      [0, 0, 1],
    ]);
  });

  it('ordinal: each sample’s category rank, 1-based', () => {
    expect(Array.from(ordinalRanks(facies, ['shale', 'sandstone', 'siltstone']))).toEqual([
      1, 2, 1, 3,
    ]);
    expect(Array.from(ordinalRanks(facies, ['siltstone', 'shale', 'sandstone']))).toEqual([
      2, 3, 2, 1,
    ]);
  });

  it('refuses a sample of no listed category and a category listed twice', () => {
    expect(() => oneHot(['coal'], ['shale'])).toThrow(/"coal" is not one of/);
    expect(() => ordinalRanks(['shale'], ['shale', 'shale'])).toThrow(/twice/);
  });
});

describe('softmax read as class probabilities', () => {
  it('matches a hand computation for z = (2, 1, 0.1)', () => {
    const e = [Math.exp(2), Math.exp(1), Math.exp(0.1)];
    const total = e[0]! + e[1]! + e[2]!;
    const { probabilities, total: sum, predicted } = classProbabilities([2, 1, 0.1]);
    e.forEach((value, j) => expect(probabilities[j]).toBeCloseTo(value / total, 15));
    expect(sum).toBeCloseTo(1, 15);
    expect(predicted).toBe(1);
  });

  it('does not overflow at z = 1000: the max is subtracted before exponentiating', () => {
    expect(Math.exp(1000)).toBe(Infinity);
    const { probabilities, total, predicted } = classProbabilities([1000, 999, -1000]);
    // e^0 / (e^0 + e^−1 + e^−2000) and e^−1 / (…), by hand.
    const denominator = 1 + Math.exp(-1);
    expect(probabilities[0]).toBeCloseTo(1 / denominator, 15);
    expect(probabilities[1]).toBeCloseTo(Math.exp(-1) / denominator, 15);
    expect(probabilities[2]).toBe(0);
    expect(total).toBeCloseTo(1, 15);
    expect(predicted).toBe(1);
    const raw = softmax(Float64Array.from([1000, 1000]), new Float64Array(2));
    expect(Array.from(raw)).toEqual([0.5, 0.5]);
  });

  it('gives non-negative probabilities summing to one for any inputs', () => {
    fc.assert(
      fc.property(
        fc.array(fc.double({ min: -1000, max: 1000, noNaN: true }), {
          minLength: 1,
          maxLength: 8,
        }),
        (z) => {
          const { probabilities, total, predicted } = classProbabilities(z);
          for (const p of probabilities) {
            expect(p).toBeGreaterThanOrEqual(0);
            expect(p).toBeLessThanOrEqual(1);
          }
          expect(Math.abs(total - 1)).toBeLessThan(1e-12);
          // The first class of the largest probability (inputs closer than rounding tie).
          const list = Array.from(probabilities);
          expect(predicted).toBe(list.indexOf(Math.max(...list)) + 1);
          expect(z[predicted - 1]).toBeGreaterThanOrEqual(Math.max(...z) - 1e-12);
        },
      ),
    );
  });

  it('refuses no classes and inputs that are not finite', () => {
    expect(() => classProbabilities([])).toThrow(RangeError);
    expect(() => classProbabilities([1, Number.POSITIVE_INFINITY])).toThrow(/not finite/);
  });
});
