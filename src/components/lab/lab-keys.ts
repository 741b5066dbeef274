/**
 * The lab's keys for the parts of a network of any widths, numbered as the book numbers nodes:
 * 1 … N through the layers in order, inputs first (for [2, 4, 3, 1]: inputs 1–2, the first hidden
 * layer 3–6, the second 7–9, the output 10). A weight is `w{i}_{j}` (from node i to node j, the
 * underscore always), a bias `b{j}`, a node's value before activation `N{j}in` and after it
 * `N{j}`, an output node's value also `O{j}`; each with `dL/d` before it is its derivative
 * (`dL/dw1_3`, `dL/dN3in`), but for `O{j}`, whose derivative is `dL/dN{j}`.
 *
 * A key is read as hostile text: its shape by a strict pattern, its numbers against the network on
 * view (a node it has, a weight between consecutive layers); anything else reads as nothing.
 */
import type { NetworkNames } from '../../engine/core/index.ts';

/** Key of the weight λᵢ,ⱼ from node i to node j. */
export const weightKeyOf = (from: number, to: number): string => `w${from}_${to}`;
/** Key of the bias of node j. */
export const biasKeyOf = (node: number): string => `b${node}`;
/** Key of node j's output (after its activation). */
export const nodeKeyOf = (node: number): string => `N${node}`;
/** Key of node j's input (before its activation). */
export const nodeInputKeyOf = (node: number): string => `N${node}in`;
/** Key of output node j's value, the prediction: also `N{j}`. */
export const outputKeyOf = (node: number): string => `O${node}`;
/** Key of the derivative of the sample's loss with respect to the quantity `key`. */
export const derivativeKeyOf = (key: string): string => `dL/d${key}`;

/** Where a key's number lives: θ (index p), or a node's input or output (index n, from 0). */
export type Locator =
  | { readonly source: 'parameter'; readonly index: number; readonly derivative: boolean }
  | {
      readonly source: 'nodeInput' | 'nodeOutput';
      readonly index: number;
      readonly derivative: boolean;
    };

/** Every key's shape: an optional `dL/d`, then a weight, a bias, a node or an output node. */
const NETWORK_KEY = /^(dL\/d)?(?:w(\d{1,2})_(\d{1,2})|b(\d{1,2})|N(\d{1,2})(in)?|O(\d{1,2}))$/;

/** Where each parameter of a network sits in θ, by (from, to) node numbers and by node. */
interface ParameterIndex {
  readonly weights: ReadonlyMap<string, number>;
  readonly biases: ReadonlyMap<number, number>;
}

/** Built once per network's names (a run keeps its names). */
const indexes = new WeakMap<NetworkNames, ParameterIndex>();

function parameterIndexOf(names: NetworkNames): ParameterIndex {
  let found = indexes.get(names);
  if (!found) {
    found = {
      weights: new Map(names.weights.map((w) => [`${w.from.number}_${w.to.number}`, w.parameter])),
      biases: new Map(names.biases.map((b) => [b.node.number, b.parameter])),
    };
    indexes.set(names, found);
  }
  return found;
}

/** Where the key's number lives in a network with these names, or undefined for any other key. */
export function locateKey(names: NetworkNames, key: string): Locator | undefined {
  const match = NETWORK_KEY.exec(key);
  if (!match) return undefined;
  const [, dL, from, to, bias, node, input, output] = match;
  const derivative = dL !== undefined;
  const nodes = names.nodes.length;
  if (from !== undefined) {
    const index = parameterIndexOf(names).weights.get(`${Number(from)}_${Number(to)}`);
    // Numbers are written without leading zeros: `w01_3` is no key.
    const written = key.slice(derivative ? 'dL/d'.length : 0) === weightKeyOf(+from, +to!);
    return index === undefined || !written ? undefined : { source: 'parameter', index, derivative };
  }
  const number = Number(bias ?? node ?? output);
  if (String(number) !== (bias ?? node ?? output) || number < 1 || number > nodes) {
    return undefined;
  }
  if (bias !== undefined) {
    const index = parameterIndexOf(names).biases.get(number);
    return index === undefined ? undefined : { source: 'parameter', index, derivative };
  }
  if (output !== undefined) {
    if (derivative || names.nodes[number - 1]!.role !== 'output') return undefined;
    return { source: 'nodeOutput', index: number - 1, derivative };
  }
  return { source: input ? 'nodeInput' : 'nodeOutput', index: number - 1, derivative };
}

/** Every key of a network with these names, in the book's order: θ, nodes, then derivatives. */
export function networkKeysOf(names: NetworkNames): string[] {
  const values: string[] = [];
  for (const weight of names.weights)
    values.push(weightKeyOf(weight.from.number, weight.to.number));
  for (const bias of names.biases) values.push(biasKeyOf(bias.node.number));
  for (const node of names.nodes) values.push(nodeInputKeyOf(node.number), nodeKeyOf(node.number));
  const derivatives = values.map(derivativeKeyOf);
  for (const node of names.nodes) {
    if (node.role === 'output') values.push(outputKeyOf(node.number));
  }
  return [...values, ...derivatives];
}
