import { describe, expect, it } from 'vitest';
import {
  ACTIVATION_NAMES,
  ACTIVATIONS,
  crossEntropyGradient,
  crossEntropyLoss,
  softmax,
  softmaxCrossEntropyGradient,
  squaredLoss,
  squaredLossGradient,
} from '../../../../src/engine/index';

describe('activations', () => {
  it.each([
    { name: 'identity' as const, input: -1.5, output: -1.5 },
    { name: 'sigmoid' as const, input: 0, output: 0.5 },
    { name: 'sigmoid' as const, input: Math.log(3), output: 0.75 },
    { name: 'tanh' as const, input: Math.log(2), output: 0.6 },
    { name: 'relu' as const, input: -2, output: 0 },
    { name: 'relu' as const, input: 2, output: 2 },
    { name: 'leakyRelu' as const, input: -2, output: -0.02 },
    { name: 'leakyRelu' as const, input: 3, output: 3 },
  ])('$name($input) = $output', ({ name, input, output }) => {
    expect(ACTIVATIONS[name].output(input)).toBeCloseTo(output, 15);
  });

  it.each(ACTIVATION_NAMES)('%s slope matches a central difference away from 0', (name) => {
    const activation = ACTIVATIONS[name];
    const h = 1e-5;
    for (const z of [-3, -1.2, -0.3, 0.4, 1.1, 2.7]) {
      const numeric = (activation.output(z + h) - activation.output(z - h)) / (2 * h);
      expect(activation.derivative(z, activation.output(z))).toBeCloseTo(numeric, 9);
    }
  });

  it('gives the sigmoid slope as (1 − H)·H from the node output', () => {
    expect(ACTIVATIONS.sigmoid.derivative(123, 0.6)).toBeCloseTo(0.24, 15);
  });
});

describe('softmax', () => {
  it('returns probabilities that sum to 1, ordered like the inputs', () => {
    const p = softmax(Float64Array.of(1, 2, 3), new Float64Array(3));
    const e = [Math.exp(1), Math.exp(2), Math.exp(3)];
    const total = e[0]! + e[1]! + e[2]!;
    Array.from(p).forEach((value, j) => expect(value).toBeCloseTo(e[j]! / total, 15));
  });

  it('stays finite for large inputs', () => {
    const p = softmax(Float64Array.of(1000, 1001), new Float64Array(2));
    expect(p[1]).toBeCloseTo(1 / (1 + Math.exp(-1)), 15);
  });
});

describe('losses', () => {
  it('squared loss is ½Σ(ŷ − y)² with gradient ŷ − y', () => {
    expect(squaredLoss(Float64Array.of(1, 3), [0, 1])).toBe(2.5);
    expect(
      Array.from(squaredLossGradient(Float64Array.of(1, 3), [0, 1], new Float64Array(2))),
    ).toEqual([1, 2]);
  });

  it('cross-entropy is −log of the target class probability', () => {
    const logits = Float64Array.of(0.5, -1, 2);
    const p = Math.exp(2) / (Math.exp(0.5) + Math.exp(-1) + Math.exp(2));
    expect(crossEntropyLoss(logits, [0, 0, 1])).toBeCloseTo(-Math.log(p), 14);
  });

  it('cross-entropy stays finite when a probability underflows', () => {
    expect(crossEntropyLoss(Float64Array.of(0, 800), [1, 0])).toBeCloseTo(800, 12);
  });

  it('∂L/∂p of cross-entropy is −y/p, and 0 for a class of target 0 even where p underflowed to 0', () => {
    // p = softmax(0, 800) ≈ (e^−800, 1): p₀ is 0 in doubles. Its term −y₀ log p₀ is absent for
    // y₀ = 0, so ∂L/∂p₀ = 0, not −0/0.
    const p = softmax(Float64Array.of(0, 800), new Float64Array(2));
    expect(p[0]).toBe(0);
    expect(Array.from(crossEntropyGradient(p, [0, 1], new Float64Array(2)))).toEqual([0, -1]);
    expect(
      Array.from(crossEntropyGradient(Float64Array.of(0.25, 0.75), [1, 0], new Float64Array(2))),
    ).toEqual([-4, 0]);
  });

  it('gives the exact softmax + cross-entropy gradient p·Σy − y even for targets not summing to 1', () => {
    const logits = Float64Array.of(0.3, -0.7, 1.1);
    const targets = [0.5, 1.5, 0];
    const p = softmax(logits, new Float64Array(3));
    const analytic = softmaxCrossEntropyGradient(p, targets, new Float64Array(3));
    const h = 1e-6;
    for (let j = 0; j < 3; j++) {
      const up = Float64Array.from(logits);
      const down = Float64Array.from(logits);
      up[j] = up[j]! + h;
      down[j] = down[j]! - h;
      const numeric = (crossEntropyLoss(up, targets) - crossEntropyLoss(down, targets)) / (2 * h);
      expect(analytic[j]).toBeCloseTo(numeric, 8);
    }
  });

  it('combines softmax and cross-entropy into p − y for one-hot targets', () => {
    const p = Float64Array.of(0.2, 0.5, 0.3);
    expect(Array.from(softmaxCrossEntropyGradient(p, [0, 1, 0], new Float64Array(3)))).toEqual([
      0.2,
      0.5 - 1,
      0.3,
    ]);
  });
});
