import { describe, expect, it } from 'vitest';
import {
  backward,
  createForwardPass,
  createNetwork,
  forward,
  initializeNetwork,
  mulberry32,
  numericalGradients,
  predict,
  relativeError,
  sampleLoss,
} from '../../../../src/engine/index';

describe('createNetwork', () => {
  it('starts with every weight and bias at zero, in per-layer views of one array', () => {
    const network = createNetwork([3, 2, 1], { hidden: 'sigmoid', output: 'identity' });
    expect(network.parameters).toHaveLength(11);
    expect(Array.from(network.parameters)).toEqual(new Array(11).fill(0));
    expect(network.weights.map((w) => w.length)).toEqual([6, 2]);
    expect(network.biases.map((b) => b.length)).toEqual([2, 1]);
    network.weights[1]![1] = 7;
    expect(network.parameters[9]).toBe(7);
    expect(network.loss).toBe('squared');
    expect(createNetwork([2, 3], { hidden: 'relu', output: 'softmax' }).loss).toBe('crossEntropy');
  });

  it.each([
    ['too few layers', [3]],
    ['a zero width', [3, 0, 1]],
    ['a fractional width', [2, 2.5, 1]],
    ['an infinite width', [2, Number.POSITIVE_INFINITY]],
  ])('throws a RangeError for %s', (_label, widths) => {
    expect(() => createNetwork(widths, { hidden: 'relu', output: 'identity' })).toThrow(RangeError);
  });

  it('throws a RangeError for an unknown activation', () => {
    expect(() => createNetwork([2, 1], { hidden: 'swish' as 'relu', output: 'identity' })).toThrow(
      RangeError,
    );
    expect(() => createNetwork([2, 1], { hidden: 'relu', output: 'max' as 'identity' })).toThrow(
      RangeError,
    );
  });
});

describe('forward', () => {
  it('computes a 2-2-1 network by hand: rows are the weights into one node', () => {
    const network = createNetwork([2, 2, 1], { hidden: 'relu', output: 'identity' });
    // H3in = 1·x1 + 2·x2 + 0.5, H4in = −1·x1 + 1·x2 − 4; O5 = 3·H3 − 2·H4 + 1
    network.weights[0]!.set([1, 2, -1, 1]);
    network.biases[0]!.set([0.5, -4]);
    network.weights[1]!.set([3, -2]);
    network.biases[1]!.set([1]);
    const pass = forward(network, [1, 2]);
    expect(Array.from(pass.inputs[0]!)).toEqual([1, 2]);
    expect(Array.from(pass.outputs[0]!)).toEqual([1, 2]);
    expect(Array.from(pass.inputs[1]!)).toEqual([5.5, -3]);
    expect(Array.from(pass.outputs[1]!)).toEqual([5.5, 0]);
    expect(Array.from(predict(network, [1, 2]))).toEqual([17.5]);
    expect(sampleLoss(network, pass, [16.5])).toBe(0.5);
  });

  it('reuses a preallocated pass', () => {
    const network = createNetwork([2, 1], { hidden: 'relu', output: 'identity' });
    const pass = createForwardPass(network);
    expect(forward(network, [1, 1], pass)).toBe(pass);
  });

  it.each([
    ['a short x', [1]],
    ['a NaN in x', [1, Number.NaN]],
  ])('throws a RangeError for %s', (_label, x) => {
    const network = createNetwork([2, 1], { hidden: 'relu', output: 'identity' });
    expect(() => forward(network, x)).toThrow(RangeError);
  });

  it('throws a RangeError for a pass built for another network', () => {
    const network = createNetwork([2, 1], { hidden: 'relu', output: 'identity' });
    const other = createNetwork([2, 3, 1], { hidden: 'relu', output: 'identity' });
    expect(() => forward(network, [1, 1], createForwardPass(other))).toThrow(RangeError);
  });
});

describe('backward and gradient checking', () => {
  it('agrees with numericalGradients on a random 3-4-2 tanh network', () => {
    const network = initializeNetwork(
      createNetwork([3, 4, 2], { hidden: 'tanh', output: 'identity' }),
      mulberry32(8),
      {
        biasHalfWidth: 0.3,
      },
    );
    const x = [0.4, -0.9, 1.3];
    const y = [0.2, -0.5];
    const analytic = backward(network, forward(network, x), y).parameters;
    const before = Array.from(network.parameters);
    const numeric = numericalGradients(network, x, y);
    expect(Array.from(network.parameters)).toEqual(before);
    numeric.forEach((value, i) => expect(relativeError(analytic[i]!, value)).toBeLessThan(1e-6));
  });

  it.each([
    ['a short y', [0.1]],
    ['an infinite y', [0.1, Number.NEGATIVE_INFINITY]],
  ])('throws a RangeError for %s', (_label, y) => {
    const network = createNetwork([2, 2], { hidden: 'relu', output: 'identity' });
    expect(() => backward(network, forward(network, [1, 1]), y)).toThrow(RangeError);
  });
});
