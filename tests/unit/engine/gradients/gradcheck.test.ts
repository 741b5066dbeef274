import { describe, expect, it } from 'vitest';
import {
  backward,
  createNetwork,
  forward,
  initializeNetwork,
  mulberry32,
  numericalNodeGradients,
  relativeError,
  type OutputActivationName,
} from '../../../../src/engine/index.ts';
import { referenceLoss, type ReferenceNet } from '../helpers.ts';

/** The same network as nested arrays, for the reference loss with a nudged node. */
function asReference(
  network: ReturnType<typeof createNetwork>,
  hidden: 'sigmoid' | 'tanh',
  output: OutputActivationName,
): ReferenceNet {
  return {
    widths: [...network.widths],
    w: network.weights.map((flat, k) =>
      Array.from({ length: network.widths[k + 1]! }, (_, j) =>
        Array.from(flat.subarray(j * network.widths[k]!, (j + 1) * network.widths[k]!)),
      ),
    ),
    b: network.biases.map((bias) => Array.from(bias)),
    hidden,
    output,
  };
}

describe('numericalNodeGradients', () => {
  it.each([
    ['3-2-1 sigmoid, identity output', [3, 2, 1], 'sigmoid', 'identity', [0.5, 0.2, 0.7], [0.3]],
    ['3-4-2 tanh, identity output', [3, 4, 2], 'tanh', 'identity', [0.4, -0.9, 1.3], [0.2, -0.5]],
    ['2-3-3 sigmoid, softmax output', [2, 3, 3], 'sigmoid', 'softmax', [0.8, -0.1], [0, 1, 0]],
    [
      '3-4-4-3 tanh then ReLU, softmax output',
      [3, 4, 4, 3],
      ['tanh', 'relu'],
      'softmax',
      [0.6, -0.3, 1.1],
      [0, 0, 1],
    ],
  ] as const)(
    'agrees with backprop on every node input and output: %s',
    (_, widths, hidden, output, x, y) => {
      const network = initializeNetwork(createNetwork(widths, { hidden, output }), mulberry32(21), {
        biasHalfWidth: 0.4,
      });
      const analytic = backward(network, forward(network, x), y);
      const numeric = numericalNodeGradients(network, x, y, 1e-6);
      const nodes = widths.reduce((sum, width) => sum + width, 0);
      expect(numeric.inputs.length).toBe(nodes);
      for (let n = 0; n < nodes; n++) {
        expect(relativeError(analytic.allInputs[n]!, numeric.inputs[n]!)).toBeLessThan(1e-6);
        expect(relativeError(analytic.allOutputs[n]!, numeric.outputs[n]!)).toBeLessThan(1e-6);
      }
    },
  );

  it('matches a reference loss with the node nudged, independently of the engine', () => {
    const network = initializeNetwork(
      createNetwork([3, 2, 1], { hidden: 'sigmoid', output: 'identity' }),
      mulberry32(5),
      { biasHalfWidth: 0.2 },
    );
    const x = [0.5, 0.2, 0.7];
    const y = [0.3];
    const reference = asReference(network, 'sigmoid', 'identity');
    const h = 1e-3;
    const numeric = numericalNodeGradients(network, x, y, h);
    let n = 0;
    for (let layer = 0; layer < 3; layer++) {
      for (let node = 0; node < network.widths[layer]!; node++, n++) {
        for (const kind of ['input', 'output'] as const) {
          const up = referenceLoss(reference, x, y, { layer, node, kind, delta: h });
          const down = referenceLoss(reference, x, y, { layer, node, kind, delta: -h });
          const estimate = kind === 'input' ? numeric.inputs[n]! : numeric.outputs[n]!;
          expect(estimate).toBeCloseTo((up - down) / (2 * h), 12);
        }
      }
    }
  });

  it('shows what a too large or too small step does: truncation, then rounding', () => {
    const network = initializeNetwork(
      createNetwork([3, 2, 1], { hidden: 'sigmoid', output: 'identity' }),
      mulberry32(5),
    );
    const x = [0.5, 0.2, 0.7];
    const y = [0.3];
    const exact = backward(network, forward(network, x), y).allInputs[3]!; // ∂L/∂H4in
    const error = (step: number) =>
      relativeError(exact, numericalNodeGradients(network, x, y, step).inputs[3]!);
    expect(error(1e-5)).toBeLessThan(1e-8);
    expect(error(0.5)).toBeGreaterThan(1e-4); // truncation: the h² term
    expect(error(1e-13)).toBeGreaterThan(1e-5); // rounding: L's last bits over a tiny 2h
  });

  it('refuses a step that is not a positive finite number', () => {
    const network = createNetwork([2, 1], { hidden: 'sigmoid', output: 'identity' });
    expect(() => numericalNodeGradients(network, [1, 2], [0], 0)).toThrow(RangeError);
    expect(() => numericalNodeGradients(network, [1, 2], [0], Number.NaN)).toThrow(RangeError);
  });
});
