/**
 * The book's names for the parts of any network, from its widths alone. Nodes are numbered once
 * across the whole network, 1 … N from the inputs to the outputs (I₁ I₂ I₃ → H₄ H₅ → O₆), so a
 * weight λᵢ,ⱼ names its connection uniquely. Every key the book uses (`w14`, `b4`, `H4in`, `O6`,
 * `x1`, `y`) comes from here; the parameter and node indices say where each lives in the engine's
 * flat arrays.
 */
import { checkWidths } from './network';

/** Where a node sits: the input layer, a hidden layer or the output layer. */
export type NodeRole = 'input' | 'hidden' | 'output';

/** A node by the book's name. */
export interface NodeName {
  /** Layer k = 0 … n. */
  readonly layer: number;
  /** Position j within its layer, from 0. */
  readonly index: number;
  /** Flat index across all layers (the engine's node index), from 0. */
  readonly node: number;
  /** The book's node number, node + 1. */
  readonly number: number;
  readonly role: NodeRole;
  /** I, H or O. */
  readonly letter: 'I' | 'H' | 'O';
  /** The node's output: `I1`, `H4`, `O6`. For an input node this is also its input, x. */
  readonly key: string;
  /** The node's input before activation: `H4in` (`I1` for an input node, which has none). */
  readonly inputKey: string;
}

/** A weight λᵢ,ⱼ on the connection from node i to node j. */
export interface WeightName {
  readonly from: NodeName;
  readonly to: NodeName;
  /** `w14`; `w4_12` once a number has two digits. */
  readonly key: string;
  /** λ and its subscript, `1,4`. */
  readonly symbol: readonly [base: string, subscript: string];
  /** Index in θ (`network.parameters`). */
  readonly parameter: number;
}

/** The bias bⱼ of a computing node. */
export interface BiasName {
  readonly node: NodeName;
  /** `b4`. */
  readonly key: string;
  readonly symbol: readonly [base: string, subscript: string];
  /** Index in θ (`network.parameters`). */
  readonly parameter: number;
}

/** Every name of a network. */
export interface NetworkNames {
  readonly widths: readonly number[];
  /** All nodes, layer after layer (the engine's node order). */
  readonly nodes: readonly NodeName[];
  /** Nodes per layer. */
  readonly layers: readonly (readonly NodeName[])[];
  /** All weights, layer after layer, grouped by the node they lead into. */
  readonly weights: readonly WeightName[];
  /** All biases, layer after layer. */
  readonly biases: readonly BiasName[];
  /** Weights and biases in θ order (index p holds the parameter θ_p). */
  readonly parameters: readonly (WeightName | BiasName)[];
  /** Feature keys x1 … x_l₀, one per input node. */
  readonly features: readonly string[];
  /** Target keys: `y` for one output, y1 … y_k for several. */
  readonly targets: readonly string[];
}

const LETTERS = { input: 'I', hidden: 'H', output: 'O' } as const;

/** `w14` while both node numbers have one digit; `w4_12` after, so keys stay unambiguous. */
export function weightKey(from: number, to: number): string {
  // Stryker disable next-line ConditionalExpression: from < to always, so from ≥ 10 leaves to ≥ 10 and the second test decides
  return from < 10 && to < 10 ? `w${from}${to}` : `w${from}_${to}`;
}

/**
 * The names of a network with widths l₀ … lₙ: node n is number n + 1; λᵢ,ⱼ is the weight
 * from node i to node j, stored in θ at weightStart + (j's index)·l_{k−1} + (i's index).
 */
export function networkNames(widths: readonly number[]): NetworkNames {
  checkWidths(widths);
  const last = widths.length - 1;
  const layers: NodeName[][] = [];
  let node = 0;
  widths.forEach((width, layer) => {
    const role: NodeRole = layer === 0 ? 'input' : layer === last ? 'output' : 'hidden';
    const letter = LETTERS[role];
    const names: NodeName[] = [];
    for (let index = 0; index < width; index++, node++) {
      const key = `${letter}${node + 1}`;
      names.push({
        layer,
        index,
        node,
        number: node + 1,
        role,
        letter,
        key,
        inputKey: role === 'input' ? key : `${key}in`,
      });
    }
    layers.push(names);
  });
  const weights: WeightName[] = [];
  const biases: BiasName[] = [];
  const parameters: (WeightName | BiasName)[] = [];
  let parameter = 0;
  for (let k = 1; k <= last; k++) {
    for (const to of layers[k]!) {
      for (const from of layers[k - 1]!) {
        const weight: WeightName = {
          from,
          to,
          key: weightKey(from.number, to.number),
          symbol: ['λ', `${from.number},${to.number}`],
          parameter: parameter++,
        };
        weights.push(weight);
        parameters.push(weight);
      }
    }
    for (const target of layers[k]!) {
      const bias: BiasName = {
        node: target,
        key: `b${target.number}`,
        symbol: ['b', String(target.number)],
        parameter: parameter++,
      };
      biases.push(bias);
      parameters.push(bias);
    }
  }
  const outputs = widths[last]!;
  return {
    widths: Object.freeze(widths.slice()),
    nodes: layers.flat(),
    layers,
    weights,
    biases,
    parameters,
    features: layers[0]!.map((_, i) => `x${i + 1}`),
    targets: outputs === 1 ? ['y'] : Array.from({ length: outputs }, (_, j) => `y${j + 1}`),
  };
}
