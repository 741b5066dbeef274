/**
 * Backpropagation: the chain rule applied from the loss back to the inputs. For every layer it
 * gives ∂L/∂(node output) and ∂L/∂(node input), and for every parameter ∂L/∂λ and ∂L/∂b.
 */
import { ACTIVATIONS } from './activations';
import type { ForwardPass } from './forward';
import { checkPassShape } from './forward';
import { crossEntropyGradient, softmaxCrossEntropyGradient, squaredLossGradient } from './losses';
import type { Network } from './network';
import { parameterViews } from './network';
import { checkVector } from './validate';

/** Loss derivatives for one sample (or, after averaging, for a batch). */
export interface Gradients {
  /** inputs[k][j] = ∂L/∂(node input j of layer k); for layer 0 this equals ∂L/∂Iⱼ. */
  readonly inputs: Float64Array[];
  /** outputs[k][j] = ∂L/∂(node output j of layer k). */
  readonly outputs: Float64Array[];
  /** ∂L/∂θ for every parameter, in the layout of `network.parameters`. */
  readonly parameters: Float64Array;
  /** weights[k][j·l_k + i] = ∂L/∂λ from node i of layer k to node j of layer k + 1 (views). */
  readonly weights: readonly Float64Array[];
  /** biases[k][j] = ∂L/∂b of node j in layer k + 1 (views). */
  readonly biases: readonly Float64Array[];
}

/** Allocates zeroed Gradients sized for `network`, to reuse across calls. */
export function createGradients(network: Network): Gradients {
  const parameters = new Float64Array(network.parameters.length);
  return {
    inputs: network.widths.map((width) => new Float64Array(width)),
    outputs: network.widths.map((width) => new Float64Array(width)),
    parameters,
    ...parameterViews(network.widths, parameters),
  };
}

/**
 * Backprop without input checks, for loops whose data were checked once up front.
 * @internal
 */
export function backpropagate(
  network: Network,
  pass: ForwardPass,
  y: ArrayLike<number>,
  grads: Gradients,
): Gradients {
  const { widths, weights } = network;
  const last = widths.length - 1;
  const lastOutputs = pass.outputs[last]!;
  const lastInputs = pass.inputs[last]!;
  const dOutputs = grads.outputs[last]!;
  const dInputs = grads.inputs[last]!;

  if (network.output === 'softmax') {
    // cross-entropy: ∂L/∂p = −y/p, and through softmax together ∂L/∂z = p·Σy − y
    crossEntropyGradient(lastOutputs, y, dOutputs);
    softmaxCrossEntropyGradient(lastOutputs, y, dInputs);
  } else {
    // squared error: ∂L/∂ŷ = ŷ − y, then ∂L/∂z = α'(z)·∂L/∂ŷ
    squaredLossGradient(lastOutputs, y, dOutputs);
    const activation = ACTIVATIONS[network.output];
    for (let j = 0; j < widths[last]!; j++) {
      dInputs[j] = activation.derivative(lastInputs[j]!, lastOutputs[j]!) * dOutputs[j]!;
    }
  }

  const hidden = ACTIVATIONS[network.hidden];
  for (let k = last; k >= 1; k--) {
    const from = widths[k - 1]!;
    const to = widths[k]!;
    const lambda = weights[k - 1]!;
    const delta = grads.inputs[k]!; // ∂L/∂(node inputs of layer k)
    const previousOutputs = pass.outputs[k - 1]!;
    const dLambda = grads.weights[k - 1]!;
    const dBias = grads.biases[k - 1]!;
    const dPreviousOutputs = grads.outputs[k - 1]!;
    dPreviousOutputs.fill(0);
    for (let j = 0; j < to; j++) {
      const deltaJ = delta[j]!;
      const row = j * from;
      dBias[j] = deltaJ; // ∂L/∂bⱼ = ∂L/∂zⱼ
      for (let i = 0; i < from; i++) {
        dLambda[row + i] = previousOutputs[i]! * deltaJ; // ∂L/∂λᵢⱼ = aᵢ·∂L/∂zⱼ
        dPreviousOutputs[i] = dPreviousOutputs[i]! + lambda[row + i]! * deltaJ; // Σ over paths
      }
    }
    const dPreviousInputs = grads.inputs[k - 1]!;
    if (k - 1 === 0) {
      dPreviousInputs.set(dPreviousOutputs); // input nodes are identity: ∂I/∂I_in = 1
    } else {
      const previousInputs = pass.inputs[k - 1]!;
      for (let i = 0; i < from; i++) {
        dPreviousInputs[i] =
          hidden.derivative(previousInputs[i]!, previousOutputs[i]!) * dPreviousOutputs[i]!;
      }
    }
  }
  return grads;
}

/**
 * Chain rule for one sample: ∂L/∂zⱼ = α'·∂L/∂aⱼ, ∂L/∂λᵢⱼ = aᵢ·∂L/∂zⱼ, ∂L/∂aᵢ = Σⱼ λᵢⱼ·∂L/∂zⱼ.
 * @remarks ∂L/∂bⱼ = ∂L/∂zⱼ; results cover every node input and output, λ and b.
 * @param pass the forward pass of this sample (from `forward`)
 * @param y its target, lₙ finite numbers
 * @param grads storage to overwrite (allocated when omitted)
 */
export function backward(
  network: Network,
  pass: ForwardPass,
  y: ArrayLike<number>,
  grads: Gradients = createGradients(network),
): Gradients {
  checkVector('y', y, network.widths[network.widths.length - 1]!);
  checkPassShape(network, pass);
  checkPassShape(network, grads);
  if (grads.parameters.length !== network.parameters.length) {
    throw new RangeError('gradients were created for a different network');
  }
  return backpropagate(network, pass, y, grads);
}
