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

/**
 * The hidden layers' activation: one name for every hidden layer, or a list with one name per
 * hidden layer, hidden[k − 1] for layer k (n − 1 names for widths l₀ … lₙ).
 */
export type HiddenActivations = ActivationName | readonly ActivationName[];

/** Activations of a network: the hidden layers' and the output layer's. */
export interface NetworkActivations {
  /** Activation α of the hidden nodes: one name for all hidden layers, or one per hidden layer. */
  hidden: HiddenActivations;
  /** Output-node activation; 'softmax' selects cross-entropy, any other squared error. */
  output: OutputActivationName;
}

/** Network shape, activations and parameters. */
export interface Network {
  /** Layer widths l₀ … lₙ. */
  readonly widths: readonly number[];
  /** Hidden-node activation as given: one name for all hidden layers, or one per hidden layer. */
  readonly hidden: HiddenActivations;
  /** hiddenActivations[k − 1]: the activation of hidden layer k, one name per hidden layer. */
  readonly hiddenActivations: readonly ActivationName[];
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
 * One activation name per hidden layer (layers 1 … n − 1), from a single name or a list, after a
 * RangeError unless every name is known and a list has exactly n − 1 of them.
 */
function resolveHiddenActivations(
  widths: readonly number[],
  hidden: HiddenActivations,
): ActivationName[] {
  const hiddenLayers = widths.length - 2;
  const isList: boolean = Array.isArray(hidden); // a boolean, so `hidden` keeps its type
  if (!isList) {
    const name = hidden as ActivationName;
    if (!ACTIVATION_NAMES.includes(name)) {
      throw new RangeError(`unknown hidden activation "${String(name)}"`);
    }
    return new Array<ActivationName>(hiddenLayers).fill(name);
  }
  const names = hidden as readonly ActivationName[];
  if (names.length !== hiddenLayers) {
    throw new RangeError(
      `hidden must list one activation per hidden layer, ${hiddenLayers} for widths [${widths.join(', ')}], got ${names.length}`,
    );
  }
  names.forEach((name, k) => {
    if (!ACTIVATION_NAMES.includes(name)) {
      throw new RangeError(`unknown hidden activation "${String(name)}" at hidden[${k}]`);
    }
  });
  return names.slice();
}

/**
 * Creates a network with widths l₀ … lₙ and every weight and bias set to 0.
 * @param widths nodes per layer, inputs first; each an integer ≥ 1
 * @param activations the output activation, and the hidden layers': one name for all of them or
 *   a list with one per hidden layer (n − 1 names)
 */
export function createNetwork(widths: readonly number[], activations: NetworkActivations): Network {
  checkWidths(widths);
  const { hidden, output } = activations;
  const hiddenActivations = resolveHiddenActivations(widths, hidden);
  if (output !== 'softmax' && !ACTIVATION_NAMES.includes(output)) {
    throw new RangeError(`unknown output activation "${String(output)}"`);
  }
  const parameters = new Float64Array(parameterLength(widths));
  return {
    widths: Object.freeze(widths.slice()),
    // Stryker disable next-line MethodExpression: hiddenActivations is frozen on the next line, a copy of the caller's list (resolveHiddenActivations): the copy and the list read the same and neither can change
    hidden: typeof hidden === 'string' ? hidden : Object.freeze(hiddenActivations.slice()),
    hiddenActivations: Object.freeze(hiddenActivations),
    output,
    loss: output === 'softmax' ? 'crossEntropy' : 'squared',
    parameters,
    ...parameterViews(widths, parameters),
    plan: createPlan(widths, hiddenActivations, output),
  };
}

/** A copy of `network` with its own parameter array. */
export function cloneNetwork(network: Network): Network {
  const copy = createNetwork(network.widths, network);
  copy.parameters.set(network.parameters);
  return copy;
}
