/**
 * A network's plan: the offsets of its layers in the flat node and parameter arrays, and its
 * activations as small integer codes, which the fast path's loops switch on.
 * @internal
 */
import { identity, leakyRelu, relu, sigmoid, tanh } from './activations';
import type { Activation, ActivationName, OutputActivationName } from './activations';

/**
 * Activations as small integers: a layer's loop switches once, and each branch calls one known
 * function, which the JIT inlines (a call through ACTIVATIONS[name] could not be).
 */
export const CODE = {
  identity: 0,
  sigmoid: 1,
  tanh: 2,
  relu: 3,
  leakyRelu: 4,
  softmax: 5,
} as const satisfies Record<OutputActivationName, number>;

export type Code = (typeof CODE)[keyof typeof CODE];

/** Whether a layer's code is softmax's, for the loops that treat a softmax output layer apart. */
export function isSoftmaxCode(code: number): boolean {
  return code === CODE.softmax;
}

/**
 * The scalar activation α of a code, for loops that pick α and α′ once and call them per node;
 * softmax, a layer operation, maps to identity (its loop applies softmax to the layer after). A
 * function, not a table: a table built at a module's top level reads the imported activations
 * there, which makes the bundler load every module importing this one wherever the engine's
 * index is imported (the exercise generators among them, 4-6 kB on pages that never use them).
 */
export function activationOfCode(code: number): Activation {
  switch (code) {
    case CODE.sigmoid:
      return sigmoid;
    case CODE.tanh:
      return tanh;
    case CODE.relu:
      return relu;
    case CODE.leakyRelu:
      return leakyRelu;
    default:
      return identity;
  }
}

/**
 * Offsets of a network's layers in the flat node and parameter arrays. Plain arrays of small
 * integers, not Int32Arrays: the loops read them constantly, and V8 reads a plain array's small
 * integers faster (measured: 1.6× on the 3-2-1 network's training loop).
 */
export interface Plan {
  /** Layer widths l₀ … lₙ. */
  readonly widths: readonly number[];
  /** Index of the output layer, n. */
  readonly last: number;
  /** Nodes in all layers, Σ l_k. */
  readonly nodes: number;
  /** nodeStart[k]: flat index of node 0 of layer k. */
  readonly nodeStart: readonly number[];
  /** weightStart[k]: index in θ of λ from layer k − 1 into layer k (k ≥ 1), row-major. */
  readonly weightStart: readonly number[];
  /** biasStart[k]: index in θ of the biases of layer k (k ≥ 1). */
  readonly biasStart: readonly number[];
  /**
   * codes[k]: the activation code of layer k, resolved once here so a loop reads one entry per
   * layer whatever the hidden layers hold; codes[0] is identity's (inputs pass x on), codes[n]
   * the output's.
   */
  readonly codes: readonly Code[];
  /** The output layer's code, codes[n]. */
  readonly output: Code;
  /** True for softmax output with cross-entropy loss, false for squared error. */
  readonly crossEntropy: boolean;
}

/**
 * The offsets and codes of a network whose widths and activations were already checked.
 * @param hidden hidden[k − 1]: the activation of hidden layer k, one per hidden layer
 */
export function createPlan(
  widths: readonly number[],
  hidden: readonly ActivationName[],
  output: OutputActivationName,
): Plan {
  const layers = widths.length;
  const nodeStart: number[] = [];
  const weightStart: number[] = [];
  const biasStart: number[] = [];
  let nodes = 0;
  let parameters = 0;
  for (let k = 0; k < layers; k++) {
    nodeStart.push(nodes);
    nodes += widths[k]!;
    weightStart.push(parameters); // layer 0 has no weights or biases: its entries are unused
    if (k > 0) parameters += widths[k]! * widths[k - 1]!;
    biasStart.push(parameters);
    if (k > 0) parameters += widths[k]!;
  }
  return {
    widths: widths.slice(),
    last: layers - 1,
    nodes,
    nodeStart,
    weightStart,
    biasStart,
    codes: [CODE.identity, ...hidden.map((name) => CODE[name]), CODE[output]],
    output: CODE[output],
    crossEntropy: output === 'softmax',
  };
}
