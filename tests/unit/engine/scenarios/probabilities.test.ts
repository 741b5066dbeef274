import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { classProbabilities, softmax } from '../../../../src/engine/index';

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
    expect(() => classProbabilities([])).toThrow(/^softmax needs at least one output node$/);
    expect(() => classProbabilities([1, Number.POSITIVE_INFINITY])).toThrow(/not finite/);
  });
});
