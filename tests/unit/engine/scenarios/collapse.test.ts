import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  applyLinearModel,
  collapseToLinear,
  createNetwork,
  initByHand,
  mulberry32,
  predict,
  uniform,
  type Network,
} from '../../../../src/engine/index';

/** A network with every parameter drawn from U[−2, 2] by a seeded generator. */
function randomNetwork(widths: number[], seed: number, hidden: 'identity' | 'sigmoid'): Network {
  const network = createNetwork(widths, { hidden, output: 'identity' });
  const rng = mulberry32(seed);
  for (let i = 0; i < network.parameters.length; i++) network.parameters[i] = uniform(rng, -2, 2);
  return network;
}

describe('collapseToLinear', () => {
  it('equals the forward pass of any network with identity activations (random networks)', () => {
    fc.assert(
      fc.property(
        fc.array(fc.integer({ min: 1, max: 5 }), { minLength: 2, maxLength: 6 }),
        fc.integer({ min: 0, max: 2 ** 32 - 1 }),
        fc.array(fc.double({ min: -3, max: 3, noNaN: true }), { minLength: 5, maxLength: 5 }),
        (widths, seed, draws) => {
          const network = randomNetwork(widths, seed, 'identity');
          const x = draws.slice(0, widths[0]);
          const model = collapseToLinear(network);
          expect(model.inputs).toBe(widths[0]);
          expect(model.outputs).toBe(widths[widths.length - 1]);
          const expected = predict(network, x);
          const actual = applyLinearModel(model, x);
          expected.forEach((value, j) => {
            expect(Math.abs(actual[j]! - value), `output ${j}`).toBeLessThanOrEqual(
              1e-12 * Math.max(1, Math.abs(value)),
            );
          });
        },
      ),
    );
  });

  it('gives the 3-2-1 network’s coefficients λᵢ,₄λ₄,₆ + λᵢ,₅λ₅,₆ and b₄λ₄,₆ + b₅λ₅,₆ + b₆', () => {
    const p = initByHand(13);
    const network = createNetwork([3, 2, 1], { hidden: 'identity', output: 'identity' });
    // θ in the engine's layout: λ of layer 1 (row H4: w14 w24 w34, row H5), b4 b5, λ46 λ56, b6.
    network.parameters.set([
      p.w14,
      p.w24,
      p.w34,
      p.w15,
      p.w25,
      p.w35,
      p.b4,
      p.b5,
      p.w46,
      p.w56,
      p.b6,
    ]);
    const model = collapseToLinear(network);
    expect(Array.from(model.weights)).toEqual([
      p.w14 * p.w46 + p.w15 * p.w56,
      p.w24 * p.w46 + p.w25 * p.w56,
      p.w34 * p.w46 + p.w35 * p.w56,
    ]);
    expect(model.biases[0]).toBeCloseTo(p.b4 * p.w46 + p.b5 * p.w56 + p.b6, 15);
  });

  it('is the identity for a network that only passes its inputs on', () => {
    const network = createNetwork([2, 2], { hidden: 'identity', output: 'identity' });
    network.parameters.set([1, 0, 0, 1, 0, 0]);
    const model = collapseToLinear(network);
    expect(Array.from(model.weights)).toEqual([1, 0, 0, 1]);
    expect(Array.from(applyLinearModel(model, [0.3, -4]))).toEqual([0.3, -4]);
  });

  it('reads the hidden layers one by one: refuses a list with one nonlinear layer, takes one of identities', () => {
    const mixed = createNetwork([2, 3, 3, 1], { hidden: ['identity', 'relu'], output: 'identity' });
    expect(() => collapseToLinear(mixed)).toThrow(
      'only a network with identity activations collapses to a linear model, got identity, relu and identity',
    );
    const linear = createNetwork([2, 3, 3, 1], {
      hidden: ['identity', 'identity'],
      output: 'identity',
    });
    const rng = mulberry32(4);
    for (let i = 0; i < linear.parameters.length; i++) linear.parameters[i] = uniform(rng, -2, 2);
    const x = [0.7, -1.3];
    expect(applyLinearModel(collapseToLinear(linear), x)[0]).toBeCloseTo(
      predict(linear, x)[0]!,
      12,
    );
  });

  it('refuses a network with a nonlinear activation: no such collapse exists', () => {
    expect(() => collapseToLinear(randomNetwork([3, 2, 1], 7, 'sigmoid'))).toThrow(
      /only a network with identity activations/,
    );
    const sigmoidNet = randomNetwork([3, 2, 1], 7, 'sigmoid');
    const identityNet = randomNetwork([3, 2, 1], 7, 'identity');
    const x = [0.5, 0.2, 0.7];
    const linear = applyLinearModel(collapseToLinear(identityNet), x)[0]!;
    expect(Math.abs(predict(sigmoidNet, x)[0]! - linear)).toBeGreaterThan(1e-3);
  });

  it('refuses a sample of the wrong length', () => {
    const model = collapseToLinear(randomNetwork([3, 1], 1, 'identity'));
    expect(() => applyLinearModel(model, [1, 2])).toThrow(/x must have 3 entries/);
  });
});

describe('collapseToLinear reads the output activation too', () => {
  it('refuses identity hidden nodes under a sigmoid output, naming both', () => {
    const network = createNetwork([2, 2, 1], { hidden: 'identity', output: 'sigmoid' });
    expect(() => collapseToLinear(network)).toThrow(
      'only a network with identity activations collapses to a linear model, got identity and sigmoid',
    );
  });

  it('names a network without hidden layers as having none', () => {
    const network = createNetwork([2, 1], { hidden: [], output: 'tanh' });
    expect(() => collapseToLinear(network)).toThrow(
      'only a network with identity activations collapses to a linear model, got no hidden layer and tanh',
    );
  });
});
