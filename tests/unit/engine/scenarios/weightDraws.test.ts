import { describe, expect, it } from 'vitest';
import {
  MAX_FAN,
  MAX_WEIGHT_DRAWS,
  drawWeights,
  initLimit,
  numpyRandom,
} from '../../../../src/engine/index';

describe('drawWeights takes from the stream what it returns', () => {
  it('uses exactly count numbers, so the next number is the stream’s (count + 1)-th', () => {
    const fresh = numpyRandom(42);
    const stream = Array.from({ length: 4 }, () => fresh());
    const rng = numpyRandom(42);
    const draws = drawWeights('xavier', 4, 1, 3, rng);
    // L = 1/√4 = 0.5, so λ = −0.5 + r·1.
    expect([...draws]).toEqual(stream.slice(0, 3).map((r) => -0.5 + r));
    expect(rng()).toBe(stream[3]);
  });

  it('draws nothing for a count of 0', () => {
    const rng = numpyRandom(7);
    expect(drawWeights('normalizedXavier', 2, 4, 0, rng)).toHaveLength(0);
    expect(rng()).toBe(numpyRandom(7)());
  });
});

describe('the weight draws’ refusals name what they refuse', () => {
  it('names p, k and count, each at the limit’s neighbour outside', () => {
    expect(() => initLimit('xavier', 0, 1)).toThrow(/^p must be an integer from 1 to 1000000/);
    expect(() => initLimit('xavier', 1, MAX_FAN + 1)).toThrow(
      /^k must be an integer from 1 to 1000000, got 1000001$/,
    );
    expect(() => drawWeights('xavier', 1, 1, MAX_WEIGHT_DRAWS + 1, numpyRandom(0))).toThrow(
      /^count must be an integer from 0 to 10000000, got 10000001$/,
    );
  });

  it('accepts p and k of 1 and of 1 000 000', () => {
    expect(initLimit('xavier', 1, 1)).toBe(1);
    expect(initLimit('xavier', MAX_FAN, MAX_FAN)).toBe(1 / 1000);
    expect(initLimit('normalizedXavier', 1, 5)).toBe(1);
  });
});
