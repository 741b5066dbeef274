import { describe, expect, it } from 'vitest';
import { countParameters, createNetwork } from '../../../../src/engine/index';

describe('countParameters', () => {
  // Expected values are the chapter's worked counts, |θ| = Σ lᵢ·(lᵢ₋₁ + 1).
  it.each([
    { widths: [3, 2, 1], weights: 8, biases: 3, total: 11 },
    { widths: [10, 20, 3], weights: 260, biases: 23, total: 283 },
    { widths: [10, 8, 6, 4, 2, 1], weights: 162, biases: 21, total: 183 },
    { widths: [1, 1], weights: 1, biases: 1, total: 2 },
    { widths: [784, 128, 10], weights: 101_632, biases: 138, total: 101_770 },
  ])('counts $total parameters for widths $widths', ({ widths, weights, biases, total }) => {
    expect(countParameters(widths)).toEqual({ weights, biases, total });
  });

  it('agrees with the size of the parameter array of a created network', () => {
    const network = createNetwork([4, 7, 3, 2], { hidden: 'relu', output: 'softmax' });
    expect(network.parameters).toHaveLength(countParameters([4, 7, 3, 2]).total);
  });

  it.each([
    ['a single layer', [3]],
    ['no layers', []],
    ['a zero width', [3, 0, 1]],
    ['a negative width', [3, -2, 1]],
    ['a fractional width', [3, 1.5, 1]],
    ['a NaN width', [3, Number.NaN, 1]],
  ])('throws a RangeError for %s', (_label, widths) => {
    expect(() => countParameters(widths)).toThrow(RangeError);
  });
});
