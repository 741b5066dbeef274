/**
 * Backpropagation: the chain rule applied from the loss back to the inputs. For every layer it
 * gives ∂L/∂(node output) and ∂L/∂(node input), and for every parameter ∂L/∂λ and ∂L/∂b.
 */
import type { ForwardPass } from '../core/forward';
import { checkPassShape, layerViews } from '../core/forward';
import { backwardSample } from '../core/kernel';
import type { Network } from '../core/network';
import { parameterViews } from '../core/network';
import { checkVector } from '../core/validate';

/** Loss derivatives for one sample (or, after averaging, for a batch). */
export interface Gradients {
  /** inputs[k][j] = ∂L/∂(node input j of layer k); for layer 0 this equals ∂L/∂Iⱼ. */
  readonly inputs: Float64Array[];
  /** outputs[k][j] = ∂L/∂(node output j of layer k). */
  readonly outputs: Float64Array[];
  /** slopes[k][j] = dα/dz, the local derivative ∂(node output)/∂(node input), e.g. ∂H₄/∂H₄in. */
  readonly slopes: Float64Array[];
  /** ∂L/∂θ for every parameter, in the layout of `network.parameters`. */
  readonly parameters: Float64Array;
  /** weights[k][j·l_k + i] = ∂L/∂λ from node i of layer k to node j of layer k + 1 (views). */
  readonly weights: readonly Float64Array[];
  /** biases[k][j] = ∂L/∂b of node j in layer k + 1 (views). */
  readonly biases: readonly Float64Array[];
  /** `inputs`, `outputs` and `slopes` as flat arrays over all nodes, layer after layer. */
  readonly allInputs: Float64Array;
  readonly allOutputs: Float64Array;
  readonly allSlopes: Float64Array;
}

/** Allocates zeroed Gradients sized for `network`, to reuse across calls. */
export function createGradients(network: Network): Gradients {
  const parameters = new Float64Array(network.parameters.length);
  const allInputs = new Float64Array(network.plan.nodes);
  const allOutputs = new Float64Array(network.plan.nodes);
  const allSlopes = new Float64Array(network.plan.nodes);
  return {
    inputs: layerViews(network, allInputs),
    outputs: layerViews(network, allOutputs),
    slopes: layerViews(network, allSlopes),
    parameters,
    ...parameterViews(network.widths, parameters),
    allInputs,
    allOutputs,
    allSlopes,
  };
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
  grads.parameters.fill(0);
  backwardSample(
    network.plan,
    network.parameters,
    pass.allInputs,
    pass.allOutputs,
    y instanceof Float64Array ? y : Float64Array.from(y), // one array type for the loop

    grads.allInputs,
    grads.allOutputs,
    grads.allSlopes,
    grads.parameters,
    0,
  );
  return grads;
}
