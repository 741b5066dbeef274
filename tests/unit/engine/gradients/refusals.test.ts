/**
 * What the gradient helpers refuse, and the words they use: a refusal names the value to fix (the
 * engine's RangeErrors reach the reader through the widgets). Limits from each function's
 * documentation, with their neighbours.
 */
import { describe, expect, it } from 'vitest';
import {
  createNetwork,
  meanGradient,
  numericalGradients,
  numericalNodeGradients,
} from '../../../../src/engine/index.ts';

const network = createNetwork([2, 2, 1], { hidden: 'sigmoid', output: 'identity' });
const data = {
  inputs: [Float64Array.of(0.5, -1), Float64Array.of(1, 2), Float64Array.of(-0.5, 0.25)],
  targets: [Float64Array.of(0.3), Float64Array.of(-0.2), Float64Array.of(1)],
};

describe('meanGradient', () => {
  it('refuses an empty list of samples, saying a sample is needed', () => {
    expect(() => meanGradient(network, data, [])).toThrow(
      new RangeError('samples must name at least one sample'),
    );
  });

  it('takes the last sample and refuses one past it, or below 0, naming its place in the list', () => {
    expect(() => meanGradient(network, data, [0, 2])).not.toThrow();
    expect(() => meanGradient(network, data, [0, 3])).toThrow(
      new RangeError('samples[1] must be an integer from 0 to 2, got 3'),
    );
    expect(() => meanGradient(network, data, [-1])).toThrow(
      new RangeError('samples[0] must be an integer from 0 to 2, got -1'),
    );
    expect(() => meanGradient(network, data, [0.5])).toThrow(RangeError);
  });
});

describe('numerical gradients', () => {
  for (const [name, estimate] of [
    ['numericalGradients', numericalGradients],
    ['numericalNodeGradients', numericalNodeGradients],
  ] as const) {
    it(`${name} refuses a target of another size and a step that is not a finite h > 0`, () => {
      const x = [0.5, -1];
      expect(() => estimate(network, x, [0.3, 0.1])).toThrow(
        new RangeError('y must have 1 entries, got 2'),
      );
      expect(() => estimate(network, x, [0.3], Number.NaN)).toThrow(
        new RangeError('step must be a finite number, got NaN'),
      );
      expect(() => estimate(network, x, [0.3], 0)).toThrow(
        new RangeError('step must be > 0, got 0'),
      );
      expect(() => estimate(network, x, [0.3], -1e-6)).toThrow(
        new RangeError('step must be > 0, got -0.000001'),
      );
      expect(() => estimate(network, x, [0.3], 1e-6)).not.toThrow();
    });
  }

  it('a softmax class whose probability underflows to 0 adds nothing when its target is 0', () => {
    // Logits 0 and −1000: p = (1, e^−1000 = 0 in doubles). With y = (1, 0) the loss is
    // −1·log 1 − 0·log 0, and 0·log 0 counts as 0 (the limit), so every estimate is finite.
    const softmax = createNetwork([1, 2], { hidden: 'identity', output: 'softmax' });
    softmax.parameters.set([0, 1, 0, -1000]); // λ₁,₁ = 0, λ₁,₂ = 1, b₁ = 0, b₂ = −1000
    const { inputs, outputs } = numericalNodeGradients(softmax, [0], [1, 0], 1e-6);
    for (const estimate of [...inputs, ...outputs]) expect(Number.isFinite(estimate)).toBe(true);
  });
});
