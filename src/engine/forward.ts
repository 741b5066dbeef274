/**
 * The forward pass: layer by layer, node input = Σᵢ λᵢⱼ·(output i of the layer before) + bⱼ,
 * node output = α(node input). Every layer's inputs and outputs are kept for backprop and for
 * display; layer 0 is the input layer, whose nodes pass x through unchanged (I = X).
 */
import { ACTIVATIONS, softmax } from './activations';
import type { Network } from './network';
import { checkVector } from './validate';

/** Node values of one forward pass, per layer k = 0 … n. */
export interface ForwardPass {
  /** inputs[k][j]: node input (pre-activation) of node j in layer k; inputs[0] = x. */
  readonly inputs: Float64Array[];
  /** outputs[k][j]: node output (post-activation) of node j in layer k; outputs[0] = x. */
  readonly outputs: Float64Array[];
}

/** Allocates a ForwardPass sized for `network`, to reuse across calls. */
export function createForwardPass(network: Network): ForwardPass {
  return {
    inputs: network.widths.map((width) => new Float64Array(width)),
    outputs: network.widths.map((width) => new Float64Array(width)),
  };
}

/** Throws unless `pass` was created for a network with these widths. @internal */
export function checkPassShape(network: Network, layers: { inputs: Float64Array[] }): void {
  const { widths } = network;
  if (layers.inputs.length !== widths.length) {
    throw new RangeError(
      `expected ${widths.length} layers of node values, got ${layers.inputs.length}`,
    );
  }
  widths.forEach((width, k) => {
    if (layers.inputs[k]!.length !== width) {
      throw new RangeError(`layer ${k} should hold ${width} node values`);
    }
  });
}

/**
 * Forward pass without input checks, for loops whose data were checked once up front.
 * @internal
 */
export function propagate(network: Network, x: ArrayLike<number>, pass: ForwardPass): ForwardPass {
  const { widths, weights, biases } = network;
  const last = widths.length - 1;
  const firstInputs = pass.inputs[0]!;
  const firstOutputs = pass.outputs[0]!;
  for (let i = 0; i < widths[0]!; i++) {
    firstInputs[i] = x[i]!;
    firstOutputs[i] = x[i]!;
  }
  for (let k = 1; k <= last; k++) {
    const from = widths[k - 1]!;
    const to = widths[k]!;
    const lambda = weights[k - 1]!;
    const bias = biases[k - 1]!;
    const previous = pass.outputs[k - 1]!;
    const nodeInputs = pass.inputs[k]!;
    const nodeOutputs = pass.outputs[k]!;
    for (let j = 0; j < to; j++) {
      let sum = 0;
      const row = j * from;
      for (let i = 0; i < from; i++) sum += lambda[row + i]! * previous[i]!;
      nodeInputs[j] = sum + bias[j]!;
    }
    const name = k === last ? network.output : network.hidden;
    if (name === 'softmax') {
      softmax(nodeInputs, nodeOutputs);
    } else {
      const activation = ACTIVATIONS[name];
      for (let j = 0; j < to; j++) nodeOutputs[j] = activation.output(nodeInputs[j]!);
    }
  }
  return pass;
}

/**
 * Runs x through the network: z⁽ᵏ⁾ = λ⁽ᵏ⁾·a⁽ᵏ⁻¹⁾ + b⁽ᵏ⁾, a⁽ᵏ⁾ = α(z⁽ᵏ⁾), a⁽⁰⁾ = x.
 * @param x one sample, l₀ finite numbers
 * @param pass storage to overwrite (allocated when omitted)
 * @returns the pass; the prediction ŷ is `pass.outputs[n]`
 */
export function forward(
  network: Network,
  x: ArrayLike<number>,
  pass: ForwardPass = createForwardPass(network),
): ForwardPass {
  checkVector('x', x, network.widths[0]!);
  checkPassShape(network, pass);
  return propagate(network, x, pass);
}

/** The prediction ŷ = a⁽ⁿ⁾ for one sample, as a new array. */
export function predict(network: Network, x: ArrayLike<number>): Float64Array {
  const pass = forward(network, x);
  return pass.outputs[pass.outputs.length - 1]!.slice();
}
