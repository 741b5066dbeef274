/**
 * A fully connected feed-forward network described by its layer widths l₀ … lₙ (l₀ inputs,
 * lₙ outputs). All parameters live in one Float64Array, layer after layer (λ of layer 1, b of
 * layer 1, λ of layer 2, …); `weights` and `biases` are views into it, so an optimizer can update
 * the flat array and every view sees the change. Mutate parameters in place, never replace a view.
 */
import type { ActivationName, OutputActivationName } from './activations';
import { ACTIVATION_NAMES } from './activations';
import { createPlan } from './plan';
import type { Plan } from './plan';
import { checkInteger } from './validate';

/** Loss paired with the output activation. */
export type LossName = 'squared' | 'crossEntropy';

/** Activations of a network: one for every hidden layer, one for the output layer. */
export interface NetworkActivations {
  /** Activation α of all hidden nodes. */
  hidden: ActivationName;
  /** Output-node activation; 'softmax' selects cross-entropy, any other squared error. */
  output: OutputActivationName;
}

/** Network shape, activations and parameters. */
export interface Network {
  /** Layer widths l₀ … lₙ. */
  readonly widths: readonly number[];
  /** Hidden-node activation. */
  readonly hidden: ActivationName;
  /** Output-node activation. */
  readonly output: OutputActivationName;
  /** Loss implied by the output activation. */
  readonly loss: LossName;
  /** Every parameter, in the order λ⁽¹⁾, b⁽¹⁾, λ⁽²⁾, b⁽²⁾, … */
  readonly parameters: Float64Array;
  /**
   * weights[k] connects layer k to layer k + 1: rows = l_{k+1} (to), cols = l_k (from), row-major,
   * so λ from node i of layer k to node j of layer k + 1 is weights[k][j·l_k + i].
   */
  readonly weights: readonly Float64Array[];
  /** biases[k] holds the l_{k+1} biases of layer k + 1. */
  readonly biases: readonly Float64Array[];
  /** Offsets of the layers in flat node and parameter arrays, for the fast loops. @internal */
  readonly plan: Plan;
}

/** Largest width accepted for a layer (keeps a mistyped width from freezing the page). */
export const MAX_LAYER_WIDTH = 4096;

/** Throws unless widths has ≥ 2 layers, each an integer from 1 to `maxWidth`. @internal */
export function checkWidths(widths: readonly number[], maxWidth = MAX_LAYER_WIDTH): void {
  const isList: boolean = Array.isArray(widths); // a boolean, so `widths` keeps its element type
  if (!isList || widths.length < 2) {
    throw new RangeError('widths must list at least two layers (inputs and outputs)');
  }
  widths.forEach((width, layer) => checkInteger(`widths[${layer}]`, width, 1, maxWidth));
}

/** Number of parameters |θ| = Σₖ l_k·(l_{k−1} + 1) for already checked widths. @internal */
export function parameterLength(widths: readonly number[]): number {
  let total = 0;
  for (let k = 1; k < widths.length; k++) total += widths[k]! * (widths[k - 1]! + 1);
  return total;
}

/**
 * Splits a flat parameter (or gradient) array into per-layer weight and bias views.
 * @internal
 */
export function parameterViews(
  widths: readonly number[],
  flat: Float64Array,
): { weights: Float64Array[]; biases: Float64Array[] } {
  const weights: Float64Array[] = [];
  const biases: Float64Array[] = [];
  let offset = 0;
  for (let k = 1; k < widths.length; k++) {
    const from = widths[k - 1]!;
    const to = widths[k]!;
    weights.push(flat.subarray(offset, offset + to * from));
    offset += to * from;
    biases.push(flat.subarray(offset, offset + to));
    offset += to;
  }
  return { weights, biases };
}

/**
 * Creates a network with widths l₀ … lₙ and every weight and bias set to 0.
 * @param widths nodes per layer, inputs first; each an integer ≥ 1
 * @param activations hidden and output activations
 */
export function createNetwork(widths: readonly number[], activations: NetworkActivations): Network {
  checkWidths(widths);
  const { hidden, output } = activations;
  if (!ACTIVATION_NAMES.includes(hidden)) {
    throw new RangeError(`unknown hidden activation "${String(hidden)}"`);
  }
  if (output !== 'softmax' && !ACTIVATION_NAMES.includes(output)) {
    throw new RangeError(`unknown output activation "${String(output)}"`);
  }
  const parameters = new Float64Array(parameterLength(widths));
  return {
    widths: Object.freeze(widths.slice()),
    hidden,
    output,
    loss: output === 'softmax' ? 'crossEntropy' : 'squared',
    parameters,
    ...parameterViews(widths, parameters),
    plan: createPlan(widths, hidden, output),
  };
}

/** A copy of `network` with its own parameter array. */
export function cloneNetwork(network: Network): Network {
  const copy = createNetwork(network.widths, network);
  copy.parameters.set(network.parameters);
  return copy;
}
