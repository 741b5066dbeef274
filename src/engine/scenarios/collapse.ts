/**
 * Without a nonlinearity a network is one linear model. With identity activations every layer is
 * z⁽ᵏ⁾ = λ⁽ᵏ⁾·z⁽ᵏ⁻¹⁾ + b⁽ᵏ⁾, and a chain of such maps is again one: ŷ = W·x + c with
 * W = λ⁽ⁿ⁾ ⋯ λ⁽¹⁾ and c = λ⁽ⁿ⁾ ⋯ λ⁽²⁾·b⁽¹⁾ + … + λ⁽ⁿ⁾·b⁽ⁿ⁻¹⁾ + b⁽ⁿ⁾. For the chapter's 3-2-1
 * network, Wᵢ = λᵢ,₄·λ₄,₆ + λᵢ,₅·λ₅,₆ and c = b₄·λ₄,₆ + b₅·λ₅,₆ + b₆.
 */
import type { Network } from '../core/network';
import { checkVector } from '../core/validate';

/** A linear model ŷ = W·x + c: lₙ outputs of l₀ inputs. */
export interface LinearModel {
  /** Number of inputs l₀. */
  readonly inputs: number;
  /** Number of outputs lₙ. */
  readonly outputs: number;
  /** W, row-major: the coefficient of input i in output j is weights[j·l₀ + i]. */
  readonly weights: Float64Array;
  /** c: one intercept per output. */
  readonly biases: Float64Array;
}

/**
 * The linear model W = λ⁽ⁿ⁾ ⋯ λ⁽¹⁾, c = λ⁽ⁿ⁾(⋯(λ⁽²⁾b⁽¹⁾ + b⁽²⁾)⋯) + b⁽ⁿ⁾ that a network with
 * identity activations equals.
 * @param network a network whose every hidden layer and output layer has the identity activation
 */
export function collapseToLinear(network: Network): LinearModel {
  const { hiddenActivations, output } = network;
  if (hiddenActivations.some((name) => name !== 'identity') || output !== 'identity') {
    const hidden = hiddenActivations.join(', ') || 'no hidden layer';
    throw new RangeError(
      `only a network with identity activations collapses to a linear model, got ${hidden} and ${output}`,
    );
  }
  const { widths, weights, biases } = network;
  const inputs = widths[0]!;
  // After layer k: z⁽ᵏ⁾ = M·x + c, M of l_k rows and l₀ columns. Before layer 1, M = I, c = 0.
  let rows = inputs;
  let matrix = new Float64Array(inputs * inputs);
  // Stryker disable next-line EqualityOperator: one more turn writes past the end of the inputs·inputs matrix, which a typed array ignores
  for (let i = 0; i < inputs; i++) matrix[i * inputs + i] = 1;
  let offset = new Float64Array(inputs);
  for (let k = 0; k < weights.length; k++) {
    const layer = weights[k]!;
    const bias = biases[k]!;
    const to = widths[k + 1]!;
    const nextMatrix = new Float64Array(to * inputs);
    const nextOffset = new Float64Array(to);
    // Stryker disable next-line EqualityOperator: one more turn reads past the layer's weights and biases and writes past the ends of nextMatrix and nextOffset, which typed arrays ignore
    for (let j = 0; j < to; j++) {
      let c = bias[j]!;
      for (let m = 0; m < rows; m++) {
        const lambda = layer[j * rows + m]!;
        c += lambda * offset[m]!;
        for (let i = 0; i < inputs; i++) {
          nextMatrix[j * inputs + i] =
            nextMatrix[j * inputs + i]! + lambda * matrix[m * inputs + i]!;
        }
      }
      nextOffset[j] = c;
    }
    matrix = nextMatrix;
    offset = nextOffset;
    rows = to;
  }
  return { inputs, outputs: rows, weights: matrix, biases: offset };
}

/** ŷⱼ = Σᵢ Wⱼᵢ·xᵢ + cⱼ for one sample. */
export function applyLinearModel(model: LinearModel, x: ArrayLike<number>): Float64Array {
  checkVector('x', x, model.inputs);
  const y = new Float64Array(model.outputs);
  // Stryker disable next-line EqualityOperator: one more turn writes past the end of y, which a typed array ignores
  for (let j = 0; j < model.outputs; j++) {
    let sum = model.biases[j]!;
    for (let i = 0; i < model.inputs; i++) sum += model.weights[j * model.inputs + i]! * x[i]!;
    y[j] = sum;
  }
  return y;
}
