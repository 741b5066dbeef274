import { describe, expect, it } from 'vitest';
import {
  backward,
  cloneNetwork,
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
import type { Network } from '../../../../src/engine/index';
import { referenceForward, type ReferenceNet } from '../helpers';

/** The network's parameters as the reference's nested arrays: w[k][j][i], b[k][j]. */
function nested(network: Network): Pick<ReferenceNet, 'widths' | 'w' | 'b'> {
  const { widths } = network;
  return {
    widths: [...widths],
    w: network.weights.map((flat, k) =>
      Array.from({ length: widths[k + 1]! }, (_, j) =>
        Array.from(flat.subarray(j * widths[k]!, (j + 1) * widths[k]!)),
      ),
    ),
    b: network.biases.map((bias) => Array.from(bias)),
  };
}

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

describe('an activation per hidden layer', () => {
  it('reads one name as that name for every hidden layer, and a list as one name per layer', () => {
    const single = createNetwork([2, 4, 3, 1], { hidden: 'tanh', output: 'identity' });
    expect(single.hidden).toBe('tanh');
    expect(single.hiddenActivations).toEqual(['tanh', 'tanh']);
    const chosen: ('tanh' | 'relu')[] = ['tanh', 'relu'];
    const perLayer = createNetwork([2, 4, 3, 1], { hidden: chosen, output: 'identity' });
    chosen[1] = 'tanh'; // the network keeps its own copy of the list
    expect(perLayer.hidden).toEqual(['tanh', 'relu']);
    expect(perLayer.hiddenActivations).toEqual(['tanh', 'relu']);
    expect(createNetwork([2, 1], { hidden: [], output: 'identity' }).hiddenActivations).toEqual([]);
  });

  it('runs a 2-4-3-1 network with tanh, then ReLU hidden layers as an independent reference does', () => {
    const network = initializeNetwork(
      createNetwork([2, 4, 3, 1], { hidden: ['tanh', 'relu'], output: 'identity' }),
      mulberry32(12),
      { biasHalfWidth: 0.5 },
    );
    const reference: ReferenceNet = {
      ...nested(network),
      hidden: ['tanh', 'relu'],
      output: 'identity',
    };
    for (const x of [
      [0.3, -0.8],
      [-1.2, 0.4],
      [0.9, 1.1],
    ]) {
      const pass = forward(network, x);
      const { z, a } = referenceForward(reference, x);
      for (let k = 1; k < 4; k++) {
        z[k]!.forEach((value, j) => expect(pass.inputs[k]![j]).toBeCloseTo(value, 14));
        a[k]!.forEach((value, j) => expect(pass.outputs[k]![j]).toBeCloseTo(value, 14));
      }
      // Layer 2 is ReLU's: an output is its input or 0, never tanh of it.
      pass.inputs[2]!.forEach((input, j) => expect(pass.outputs[2]![j]).toBe(Math.max(0, input)));
    }
  });

  it('gives a list that repeats one name the numbers of that single name, bit for bit', () => {
    const single = initializeNetwork(
      createNetwork([3, 4, 4, 2], { hidden: 'sigmoid', output: 'softmax' }),
      mulberry32(3),
    );
    const listed = createNetwork([3, 4, 4, 2], {
      hidden: ['sigmoid', 'sigmoid'],
      output: 'softmax',
    });
    listed.parameters.set(single.parameters);
    const x = [0.2, -0.4, 0.9];
    expect(Array.from(predict(listed, x))).toEqual(Array.from(predict(single, x)));
    const gradients = (network: Network) =>
      Array.from(backward(network, forward(network, x), [0, 1]).parameters);
    expect(gradients(listed)).toEqual(gradients(single));
  });

  it('keeps the per-layer list in a clone', () => {
    const network = initializeNetwork(
      createNetwork([2, 3, 3, 1], { hidden: ['relu', 'sigmoid'], output: 'identity' }),
      mulberry32(6),
    );
    const copy = cloneNetwork(network);
    expect(copy.hiddenActivations).toEqual(['relu', 'sigmoid']);
    expect(Array.from(predict(copy, [0.5, -0.5]))).toEqual(
      Array.from(predict(network, [0.5, -0.5])),
    );
  });

  it.each([
    [
      'one name short',
      [2, 4, 3, 1],
      ['tanh'],
      'hidden must list one activation per hidden layer, 2 for widths [2, 4, 3, 1], got 1',
    ],
    [
      'one name too many',
      [2, 4, 1],
      ['tanh', 'relu'],
      'hidden must list one activation per hidden layer, 1 for widths [2, 4, 1], got 2',
    ],
    [
      'a name for a network without hidden layers',
      [2, 1],
      ['tanh'],
      'hidden must list one activation per hidden layer, 0 for widths [2, 1], got 1',
    ],
    [
      'an unknown name',
      [2, 4, 3, 1],
      ['tanh', 'swish'],
      'unknown hidden activation "swish" at hidden[1]',
    ],
    [
      'softmax, which is for the output layer',
      [2, 4, 3, 1],
      ['softmax', 'tanh'],
      'unknown hidden activation "softmax" at hidden[0]',
    ],
  ])('throws a RangeError for a list with %s', (_label, widths, hidden, message) => {
    const activations = { hidden: hidden as 'tanh'[], output: 'identity' as const };
    expect(() => createNetwork(widths, activations)).toThrow(RangeError);
    expect(() => createNetwork(widths, activations)).toThrow(message);
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

describe('a pass’s refusals', () => {
  it('name what they refuse: the sample x, the target y, storage made for another network', () => {
    const network = createNetwork([3, 2, 1], { hidden: 'sigmoid', output: 'identity' });
    expect(() => forward(network, [1, 2])).toThrow('x must have 3 entries, got 2');
    const pass = forward(network, [0.5, 0.2, 0.7]);
    expect(() => sampleLoss(network, pass, [0.3, 1])).toThrow('y must have 1 entries, got 2');
    const other = createNetwork([2, 2, 1], { hidden: 'sigmoid', output: 'identity' });
    expect(() => forward(network, [0.5, 0.2, 0.7], createForwardPass(other))).toThrow(
      'node storage must come from createForwardPass or createGradients for this network',
    );
  });
});
