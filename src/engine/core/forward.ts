/**
 * The forward pass: layer by layer, node input = Σᵢ λᵢⱼ·(output i of the layer before) + bⱼ,
 * node output = α(node input). Every layer's inputs and outputs are kept for backprop and for
 * display; layer 0 is the input layer, whose nodes pass x through unchanged (I = X).
 */
import { forwardSample } from './kernel';
import { crossEntropyLoss, squaredLoss } from './losses';
import type { Network } from './network';
import { checkVector } from './validate';

/** Node values of one forward pass, per layer k = 0 … n. */
export interface ForwardPass {
  /** inputs[k][j]: node input (pre-activation) of node j in layer k; inputs[0] = x. */
  readonly inputs: Float64Array[];
  /** outputs[k][j]: node output (post-activation) of node j in layer k; outputs[0] = x. */
  readonly outputs: Float64Array[];
  /** Every node input, layer after layer; `inputs` are views of it. */
  readonly allInputs: Float64Array;
  /** Every node output, layer after layer; `outputs` are views of it. */
  readonly allOutputs: Float64Array;
}

/** Per-layer views of a flat array of node values. @internal */
export function layerViews(network: Network, all: Float64Array): Float64Array[] {
  const { nodeStart } = network.plan;
  return network.widths.map((width, k) => all.subarray(nodeStart[k], nodeStart[k]! + width));
}

/** Allocates a ForwardPass sized for `network`, to reuse across calls. */
export function createForwardPass(network: Network): ForwardPass {
  const allInputs = new Float64Array(network.plan.nodes);
  const allOutputs = new Float64Array(network.plan.nodes);
  return {
    inputs: layerViews(network, allInputs),
    outputs: layerViews(network, allOutputs),
    allInputs,
    allOutputs,
  };
}

/** Throws unless node storage (a pass or gradients) was created for a network of this shape. @internal */
export function checkPassShape(network: Network, layers: { allInputs: Float64Array }): void {
  if (
    !(layers.allInputs instanceof Float64Array) ||
    layers.allInputs.length !== network.plan.nodes
  ) {
    throw new RangeError(
      `node storage must come from createForwardPass or createGradients for this network`,
    );
  }
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
  // x goes in as a Float64Array (layer 0 of the pass itself), so the loop sees one array type.
  const { allInputs, allOutputs } = pass;
  // Stryker disable next-line EqualityOperator: one more turn writes the first hidden node's input, which forwardSample then writes
  for (let i = 0; i < network.widths[0]!; i++) allInputs[i] = x[i]!;
  forwardSample(network.plan, network.parameters, allInputs, allInputs, allOutputs);
  return pass;
}

/** The prediction ŷ = a⁽ⁿ⁾ for one sample, as a new array. */
export function predict(network: Network, x: ArrayLike<number>): Float64Array {
  const pass = forward(network, x);
  // Stryker disable next-line MethodExpression: the pass is made for this call alone: its output view is shared with nothing
  return pass.outputs[pass.outputs.length - 1]!.slice();
}

/**
 * L = ½Σ(ŷ − y)², or −Σ y log p after softmax, for one sample after a forward pass.
 * @param pass the forward pass of the sample
 * @param y its target, lₙ finite numbers
 */
export function sampleLoss(network: Network, pass: ForwardPass, y: ArrayLike<number>): number {
  checkVector('y', y, network.widths[network.widths.length - 1]!);
  const last = network.widths.length - 1;
  return network.loss === 'crossEntropy'
    ? crossEntropyLoss(pass.inputs[last]!, y)
    : squaredLoss(pass.outputs[last]!, y);
}
