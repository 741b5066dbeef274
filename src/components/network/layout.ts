/**
 * What a network widget shows, from the engine's names of its widths: the groups of controls, the
 * rows of the values table and the words of its text alternative (the diagram's positions, which
 * depend on the room it has, are in geometry.ts). Nothing here is written out per node: the 3-2-1 chapter network and
 * any other widths get their layout from the same rules.
 */
import type {
  ActivationName,
  NetworkNames,
  NodeName,
  OutputActivationName,
} from '../../engine/index.ts';
import type { NetworkKind } from '../../state/kind-parts/network-kind.ts';

export interface Point {
  readonly x: number;
  readonly y: number;
}

export interface DiagramNode extends Point {
  readonly name: NodeName;
}

export interface ControlGroup {
  readonly legend: string;
  readonly keys: readonly string[];
}

export interface TableRow {
  readonly quantity: string;
  readonly name: string;
  readonly meaning: string;
}

export interface NetworkLayout {
  readonly names: NetworkNames;
  /** Controls grouped by the node each parameter feeds, after the sample's inputs and target. */
  readonly controlGroups: readonly ControlGroup[];
  /** The diagram's values in reading order: inputs, then each node's parameters, input and output. */
  readonly tableRows: readonly TableRow[];
  readonly title: string;
}

const ACTIVATION_WORDS: Record<OutputActivationName, string> = {
  identity: 'the identity',
  sigmoid: 'the sigmoid',
  tanh: 'tanh',
  relu: 'ReLU',
  leakyRelu: 'leaky ReLU',
  softmax: 'softmax',
};

/** Plain-text name of a node's symbol, as tables and screen readers give it: "H4". */
const plain = (name: NodeName) => name.key;

/** The layout of a network with these names and activations. */
export function networkLayout(
  names: NetworkNames,
  activations: { hidden: ActivationName; output: OutputActivationName },
): NetworkLayout {
  const controlGroups: ControlGroup[] = [
    { legend: 'Inputs and target', keys: [...names.features, ...names.targets] },
    ...names.layers.slice(1).flatMap((layer) =>
      layer.map((node) => ({
        legend: `Into ${node.role === 'output' ? 'output' : 'hidden'} node ${plain(node)}`,
        keys: [
          ...names.weights.filter((weight) => weight.to === node).map((weight) => weight.key),
          names.biases.find((bias) => bias.node === node)!.key,
        ],
      })),
    ),
    { legend: 'Training', keys: ['learningRate', 'decay', 'epochs', 'seed'] },
  ];

  const outputs = names.layers.at(-1)!;
  const tableRows: TableRow[] = [
    ...names.layers[0]!.map((node, i) => ({
      quantity: names.features[i]!,
      name: `${names.features[i]!} = ${plain(node)}`,
      meaning: `feature ${i + 1}, passed on by input node ${plain(node)}`,
    })),
    ...names.layers.slice(1).flatMap((layer) =>
      layer.flatMap((node): TableRow[] => {
        const activation = node.role === 'output' ? activations.output : activations.hidden;
        const single = node.role === 'output' && outputs.length === 1;
        return [
          ...names.weights
            .filter((weight) => weight.to === node)
            .map((weight) => ({
              quantity: weight.key,
              name: weight.symbol.join(''),
              meaning: `weight from ${plain(weight.from)} to ${plain(node)}`,
            })),
          ...names.biases
            .filter((bias) => bias.node === node)
            .map((bias) => ({
              quantity: bias.key,
              name: bias.key,
              meaning: `bias of ${plain(node)}`,
            })),
          {
            quantity: node.inputKey,
            name: node.inputKey,
            meaning: `${plain(node)} before activation`,
          },
          single
            ? {
                quantity: node.key,
                name: `${plain(node)} = ŷ`,
                meaning: `the prediction (${ACTIVATION_WORDS[activation].replace('the ', '')} activation)`,
              }
            : {
                quantity: node.key,
                name: plain(node),
                meaning: `${plain(node)} after ${ACTIVATION_WORDS[activation]}`,
              },
        ];
      }),
    ),
    ...names.targets.map((key) => ({ quantity: key, name: key, meaning: 'the target' })),
  ];

  return {
    names,
    controlGroups,
    tableRows,
    title: `The ${names.widths.join('-')} network and its current values`,
  };
}

/** The diagram's text alternative: what flows where, with the current values. */
export function describeNetwork(names: NetworkNames, shown: (key: string) => string): string {
  const list = (nodes: readonly NodeName[]) => {
    const items = nodes.map((node) => `${plain(node)} = ${shown(node.key)}`);
    return items.length > 1 ? `${items.slice(0, -1).join(', ')} and ${items.at(-1)!}` : items[0]!;
  };
  const inputs = `Inputs ${names.features.join(', ')} = ${names.features.map(shown).join(', ')}`;
  const hidden = names.layers.slice(1, -1).map((layer) => `hidden nodes ${list(layer)}`);
  const outputs = names.layers.at(-1)!;
  const output =
    outputs.length === 1
      ? `the output ${plain(outputs[0]!)} = ŷ = ${shown(outputs[0]!.key)}`
      : `the outputs ${list(outputs)}`;
  const chain = [...hidden, output].join(', which feed ');
  return `${inputs} feed ${chain}. The table that follows lists every value.`;
}

const layouts = new WeakMap<NetworkKind, NetworkLayout>();

/** A network kind's layout, made once per kind. */
export function layoutOf(kind: NetworkKind): NetworkLayout {
  let layout = layouts.get(kind);
  if (!layout) {
    layout = networkLayout(kind.names, kind);
    layouts.set(kind, layout);
  }
  return layout;
}
