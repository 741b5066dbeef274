import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { countParameters, parameterTerms } from '../../../../src/engine/index.ts';

describe('parameterTerms', () => {
  // Each expected term is worked out by hand: weights lᵢ₋₁·lᵢ, biases lᵢ, both lᵢ·(lᵢ₋₁ + 1).
  it.each([
    { widths: [3, 2, 1], weights: [6, 2], biases: [2, 1], total: 11 },
    { widths: [10, 20, 3], weights: [200, 60], biases: [20, 3], total: 283 },
    {
      widths: [10, 8, 6, 4, 2, 1],
      weights: [80, 48, 24, 8, 2],
      biases: [8, 6, 4, 2, 1],
      total: 183,
    },
    { widths: [784, 128, 10], weights: [100_352, 1280], biases: [128, 10], total: 101_770 },
    { widths: [1, 1], weights: [1], biases: [1], total: 2 },
  ])('writes out the terms of $widths', ({ widths, weights, biases, total }) => {
    const terms = parameterTerms(widths);
    expect(terms.layers.map((layer) => layer.weights)).toEqual(weights);
    expect(terms.layers.map((layer) => layer.biases)).toEqual(biases);
    expect(terms.layers.map((layer) => layer.parameters)).toEqual(
      weights.map((w, i) => w + biases[i]!),
    );
    expect(terms.total).toBe(total);
    expect(terms.weights).toBe(weights.reduce((a, b) => a + b, 0));
    expect(terms.biases).toBe(biases.reduce((a, b) => a + b, 0));
  });

  it('counts the chapter’s network as 8 weights, 3 biases and 11 parameters', () => {
    const { weights, biases, total } = parameterTerms([3, 2, 1]);
    expect({ weights, biases, total }).toEqual({ weights: 8, biases: 3, total: 11 });
  });

  it('agrees with countParameters, and its total is weights + biases = Σ lᵢ(lᵢ₋₁ + 1)', () => {
    fc.assert(
      fc.property(
        fc.array(fc.integer({ min: 1, max: 10_000_000 }), { minLength: 2, maxLength: 64 }),
        (widths) => {
          const terms = parameterTerms(widths);
          let sum = 0;
          for (let i = 1; i < widths.length; i++) sum += widths[i]! * (widths[i - 1]! + 1);
          expect(terms.total).toBe(terms.weights + terms.biases);
          expect(terms.total).toBe(sum);
          const { weights, biases, total } = countParameters(widths);
          expect({ weights, biases, total }).toEqual({
            weights: terms.weights,
            biases: terms.biases,
            total: terms.total,
          });
          expect(terms.layers).toHaveLength(widths.length - 1);
        },
      ),
    );
  });

  it.each([
    ['one layer', [3]],
    ['a zero width', [3, 0, 1]],
    ['a fraction', [3, 2.5, 1]],
    ['a width over ten million', [3, 10_000_001, 1]],
  ])('refuses %s with a RangeError', (_name, widths) => {
    expect(() => parameterTerms(widths)).toThrow(RangeError);
  });
});

describe('parameterTerms at the limit of exact counting, 2⁵³ − 1', () => {
  /** Σᵢ lᵢ·(lᵢ₋₁ + 1) in exact integers, apart from any double. */
  const exactTotal = (widths: number[]): bigint =>
    widths.slice(1).reduce((sum, width, i) => sum + BigInt(width) * (BigInt(widths[i]!) + 1n), 0n);
  const TEN_MILLION = 10_000_000;
  const wide = new Array<number>(91).fill(TEN_MILLION);
  // 90·10⁷·(10⁷ + 1) = 9 000 000 900 000 000, then 719 835·(10⁷ + 1) = 7 198 350 719 835 …
  // … + 1·719 836 + 1 650 660·2 = 9 007 199 254 740 991 = 2⁵³ − 1,
  const largest = [...wide, 719_835, 1, 1_650_660];
  // … or + 2·719 836 + 860 495·3 = 9 007 199 254 740 992 = 2⁵³.
  const beyond = [...wide, 719_835, 2, 860_495];

  it('counts a network of exactly 2⁵³ − 1 parameters', () => {
    expect(exactTotal(largest)).toBe(2n ** 53n - 1n);
    expect(parameterTerms(largest).total).toBe(Number.MAX_SAFE_INTEGER);
  });

  it('refuses one of 2⁵³, which a double no longer counts exactly', () => {
    expect(exactTotal(beyond)).toBe(2n ** 53n);
    expect(() => parameterTerms(beyond)).toThrow(
      /^the network has more parameters than can be counted exactly$/,
    );
  });
});

describe('parameterTerms keeps its own widths', () => {
  it('leaves the caller’s array as it was, unfrozen, and unchanged by later edits to it', () => {
    const widths = [3, 2, 1];
    const terms = parameterTerms(widths);
    expect(Object.isFrozen(widths)).toBe(false);
    widths.push(4);
    expect(terms.widths).toEqual([3, 2, 1]);
  });
});
