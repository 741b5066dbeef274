/**
 * Node activation functions, each an {output, derivative} pair so the slope used by backprop
 * sits next to the forward formula. `derivative` receives both the node input (pre-activation)
 * and the node output (post-activation): the sigmoid and tanh slopes are cheapest, and read as in
 * the book, in terms of the output, e.g. ∂H₄/∂H₄in = (1 − H₄)·H₄.
 */

/** A scalar activation α and its slope dα/dz. */
export interface Activation {
  /** α(z): node output from node input z. */
  readonly output: (input: number) => number;
  /** dα/dz at the node, given its input z and its output α(z). */
  readonly derivative: (input: number, output: number) => number;
}

/** Names of the scalar activations, usable in hidden and output layers. */
export type ActivationName = 'identity' | 'sigmoid' | 'tanh' | 'relu' | 'leakyRelu';

/** Output activation: a scalar one (squared loss) or softmax (cross-entropy). */
export type OutputActivationName = ActivationName | 'softmax';

/** Slope of leaky ReLU for negative inputs. */
export const LEAKY_RELU_SLOPE = 0.01;

/** Identity: α(z) = z, dα/dz = 1. */
export const identity: Activation = {
  output: (input) => input,
  derivative: () => 1,
};

/** Logistic sigmoid: σ(z) = 1 / (1 + e^(−z)), dσ/dz = (1 − σ)·σ. */
export const sigmoid: Activation = {
  output: (input) => 1 / (1 + Math.exp(-input)),
  derivative: (_input, output) => (1 - output) * output,
};

/** Hyperbolic tangent: tanh(z), d tanh/dz = 1 − tanh². */
export const tanh: Activation = {
  output: (input) => Math.tanh(input),
  derivative: (_input, output) => 1 - output * output,
};

/** ReLU: max(0, z), slope 1 for z > 0 and 0 otherwise (0 chosen at the kink z = 0). */
export const relu: Activation = {
  // Stryker disable next-line EqualityOperator: at z = 0 both sides give 0
  output: (input) => (input > 0 ? input : 0),
  derivative: (input) => (input > 0 ? 1 : 0),
};

/** Leaky ReLU: z for z > 0, else 0.01·z; slope 1 or 0.01 (0.01 chosen at z = 0). */
export const leakyRelu: Activation = {
  // Stryker disable next-line EqualityOperator: at z = 0 both sides give 0 (0.01 · 0)
  output: (input) => (input > 0 ? input : LEAKY_RELU_SLOPE * input),
  derivative: (input) => (input > 0 ? 1 : LEAKY_RELU_SLOPE),
};

/** Every scalar activation by name. */
export const ACTIVATIONS: Readonly<Record<ActivationName, Activation>> = {
  identity,
  sigmoid,
  tanh,
  relu,
  leakyRelu,
};

/** Activation names in display order. */
export const ACTIVATION_NAMES: readonly ActivationName[] = [
  'identity',
  'sigmoid',
  'tanh',
  'relu',
  'leakyRelu',
];

/**
 * Softmax pⱼ = e^(zⱼ − max z) / Σₖ e^(zₖ − max z) over a layer (the shift avoids overflow).
 * @param inputs node inputs z of the layer (from index `start` to the end of the array)
 * @param outputs written with the probabilities p at the same indices (may not alias `inputs`)
 * @param start index of the layer's first node; 0 by default
 */
export function softmax(inputs: Float64Array, outputs: Float64Array, start = 0): Float64Array {
  const end = inputs.length;
  let largest = -Infinity;
  for (let j = start; j < end; j++) largest = Math.max(largest, inputs[j]!);
  let total = 0;
  for (let j = start; j < end; j++) {
    const scaled = Math.exp(inputs[j]! - largest);
    outputs[j] = scaled;
    total += scaled;
  }
  // Stryker disable next-line EqualityOperator: end is inputs.length and every caller's outputs are as long: one more turn writes past the end
  for (let j = start; j < end; j++) outputs[j] = outputs[j]! / total;
  return outputs;
}
