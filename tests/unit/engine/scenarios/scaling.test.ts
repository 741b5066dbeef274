import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  featureRange,
  minMaxRestore,
  minMaxScale,
  rangeProblem,
  type ScaleTarget,
} from '../../../../src/engine/index';

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
    expect(() => featureRange([])).toThrow(/^a feature needs at least one value$/);
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
