import { describe, expect, it } from 'vitest';
import {
  createNetwork,
  initializeNetwork,
  mulberry32,
  normalizedXavierLimit,
  numpyRandom,
  xavierLimit,
} from '../../../../src/engine/index';
import { expectRelClose, loadFixture } from '../helpers';

interface InitCase {
  widths: number[];
  seed: number;
  normalized: boolean;
  biasHalfWidth: number;
  weights: number[][];
  biases: number[][];
}

const { cases } = loadFixture<{ cases: InitCase[] }>('init-xavier.json');

describe('Xavier initialisation', () => {
  it('uses the half-widths 1/√p and √6/√(p + k)', () => {
    expect(xavierLimit(3)).toBeCloseTo(0.5773502691896258, 15);
    expect(xavierLimit(4)).toBe(0.5);
    expect(normalizedXavierLimit(3, 2)).toBeCloseTo(Math.sqrt(6 / 5), 15);
    expect(normalizedXavierLimit(2, 1)).toBeCloseTo(Math.sqrt(2), 15);
  });

  it.each([
    ['xavier' as const, (p: number) => 1 / Math.sqrt(p)],
    ['normalizedXavier' as const, (p: number, k: number) => Math.sqrt(6) / Math.sqrt(p + k)],
  ])('keeps every %s weight within its layer bounds', (scheme, limit) => {
    const widths = [6, 10, 4, 3];
    const network = initializeNetwork(
      createNetwork(widths, { hidden: 'tanh', output: 'identity' }),
      mulberry32(11),
      {
        scheme,
      },
    );
    network.weights.forEach((lambda, k) => {
      const bound = limit(widths[k]!, widths[k + 1]!);
      const values = Array.from(lambda);
      expect(Math.max(...values.map(Math.abs))).toBeLessThanOrEqual(bound);
      // 60/40/12 draws: the extremes should reach at least a third of the way to the bound
      expect(Math.max(...values)).toBeGreaterThan(bound / 3);
      expect(Math.min(...values)).toBeLessThan(-bound / 3);
    });
    network.biases.forEach((bias) =>
      expect(Array.from(bias)).toEqual(new Array(bias.length).fill(0)),
    );
  });

  it('is reproducible with the same seed and differs with another', () => {
    const make = (seed: number) =>
      Array.from(
        initializeNetwork(
          createNetwork([3, 5, 2], { hidden: 'sigmoid', output: 'identity' }),
          mulberry32(seed),
          {
            scheme: 'normalizedXavier',
            biasHalfWidth: 0.1,
          },
        ).parameters,
      );
    expect(make(4)).toEqual(make(4));
    expect(make(4)).not.toEqual(make(5));
  });

  it.each(
    cases.map((c) => ({
      ...c,
      label: `${c.widths.join('-')} seed ${c.seed}${c.normalized ? ' normalized' : ''}`,
    })),
  )(
    'draws the NumPy reference values in row-major order, then biases ($label)',
    ({ widths, seed, normalized, biasHalfWidth, weights, biases }) => {
      const network = initializeNetwork(
        createNetwork(widths, { hidden: 'sigmoid', output: 'identity' }),
        numpyRandom(seed),
        { scheme: normalized ? 'normalizedXavier' : 'xavier', biasHalfWidth },
      );
      weights.forEach((layer, k) =>
        layer.forEach((value, index) =>
          expectRelClose(network.weights[k]![index]!, value, 1e-15, `λ[${k}][${index}]`),
        ),
      );
      biases.forEach((layer, k) =>
        layer.forEach((value, j) =>
          expectRelClose(network.biases[k]![j]!, value, 1e-15, `b[${k}][${j}]`),
        ),
      );
    },
  );

  it('draws one number per weight, in order, and none for the biases when h = 0', () => {
    // 1-1-1 under Xavier: each weight is U[−1/√1, 1/√1] = −1 + r·2, from r = 0.75 and r = 0.25;
    // the stream is then left where the two weights took it (biases 0, no draws).
    const stream = [0.75, 0.25, 0.5, 0.5];
    let drawn = 0;
    const rng = () => stream[drawn++]!;
    const network = initializeNetwork(
      createNetwork([1, 1, 1], { hidden: 'relu', output: 'identity' }),
      rng,
      { biasHalfWidth: 0 },
    );
    expect(Array.from(network.parameters)).toEqual([0.5, 0, -0.5, 0]);
    expect(drawn).toBe(2);
  });

  it('names an unknown scheme and a bias half-width below 0', () => {
    const network = createNetwork([2, 2], { hidden: 'relu', output: 'identity' });
    expect(() =>
      initializeNetwork(network, mulberry32(0), { scheme: 'he' as unknown as 'xavier' }),
    ).toThrow(new RangeError('unknown initialisation scheme "he"'));
    expect(() => initializeNetwork(network, mulberry32(0), { biasHalfWidth: -0.1 })).toThrow(
      new RangeError('biasHalfWidth must be ≥ 0, got -0.1'),
    );
  });

  it.each([
    ['an unknown scheme', { scheme: 'he' as unknown as 'xavier' }],
    ['a negative bias half-width', { biasHalfWidth: -0.1 }],
    ['a NaN bias half-width', { biasHalfWidth: Number.NaN }],
  ])('throws a RangeError for %s', (_label, options) => {
    const network = createNetwork([2, 2], { hidden: 'relu', output: 'identity' });
    expect(() => initializeNetwork(network, mulberry32(0), options)).toThrow(RangeError);
  });
});
