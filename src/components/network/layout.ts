/**
 * Where everything of a network widget goes, from the engine's names of its widths: the diagram's
 * node and label positions, the groups of controls, the rows of the values table and the words
 * of its text alternative. Nothing here is written out per node: the 3-2-1 chapter network and
 * any other widths get their layout from the same rules.
 */
import type {
  ActivationName,
  BiasName,
  NetworkNames,
  NodeName,
  OutputActivationName,
  WeightName,
} from '../../engine/index.ts';
import type { NetworkKind } from '../../state/kinds/network.ts';

export interface Point {
  readonly x: number;
  readonly y: number;
}

export interface DiagramNode extends Point {
  readonly name: NodeName;
}

export interface DiagramConnection {
  readonly weight: WeightName;
  readonly from: DiagramNode;
  readonly to: DiagramNode;
  /** Where its weight's label sits: staggered along the line so labels never overlap. */
  readonly label: Point;
}

export interface DiagramBias {
  readonly bias: BiasName;
  readonly label: Point;
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
  readonly width: number;
  readonly height: number;
  readonly nodes: readonly DiagramNode[];
  readonly connections: readonly DiagramConnection[];
  readonly biases: readonly DiagramBias[];
  /** Controls grouped by the node each parameter feeds, after the sample's inputs and target. */
  readonly controlGroups: readonly ControlGroup[];
  /** The diagram's values in reading order: inputs, then each node's parameters, input and output. */
  readonly tableRows: readonly TableRow[];
  readonly title: string;
}

/** Input nodes are circles; nodes that compute are boxes with room for their input and output. */
export const INPUT_RADIUS = 34;
export const BOX = { width: 124, height: 84 } as const;

const WIDTH = 860;
/** Every layer spreads over LAYER_SPREAD around CENTRE_Y, so one height fits all. */
const HEIGHT = 390;
/** Room left of the inputs for their "x₁ = …" labels, and right of the outputs. */
const MARGIN_LEFT = 130;
const MARGIN_RIGHT = 110;
const CENTRE_Y = 205;
/** Vertical distance between nodes of a layer, at most. */
const NODE_SPACING = 150;
/** A layer's nodes spread over at most this height. */
const LAYER_SPREAD = 240;

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

/** x of each layer: gaps grow with the number of connections (their labels need the room). */
function layerPositions(widths: readonly number[]): number[] {
  const gaps = widths.slice(1).map((width, k) => 1 + 0.1 * width * widths[k]!);
  const total = gaps.reduce((sum, gap) => sum + gap, 0);
  const positions = [MARGIN_LEFT];
  const span = WIDTH - MARGIN_LEFT - MARGIN_RIGHT;
  for (const gap of gaps) positions.push(positions.at(-1)! + (span * gap) / total);
  return positions;
}

/** The layout of a network with these names and activations. */
export function networkLayout(
  names: NetworkNames,
  activations: { hidden: ActivationName; output: OutputActivationName },
): NetworkLayout {
  const xs = layerPositions(names.widths);
  const nodes = names.layers.flatMap((layer, k) => {
    const spacing =
      layer.length > 1 ? Math.min(NODE_SPACING, LAYER_SPREAD / (layer.length - 1)) : 0;
    return layer.map((name, j): DiagramNode => ({
      name,
      x: xs[k]!,
      y: CENTRE_Y + (j - (layer.length - 1) / 2) * spacing,
    }));
  });
  const nodeOf = (name: NodeName) => nodes[name.node]!;
  const connections = names.weights.map((weight): DiagramConnection => {
    const from = nodeOf(weight.from);
    const to = nodeOf(weight.to);
    const targets = names.widths[weight.to.layer]!;
    const at = targets === 1 ? 0.5 : 0.62 - (weight.to.index * 0.32) / (targets - 1);
    return {
      weight,
      from,
      to,
      label: { x: from.x + (to.x - from.x) * at, y: from.y + (to.y - from.y) * at },
    };
  });
  const biases = names.biases.map((bias): DiagramBias => {
    const node = nodeOf(bias.node);
    return { bias, label: { x: node.x, y: node.y - BOX.height / 2 - 20 } };
  });

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
    width: WIDTH,
    height: HEIGHT,
    nodes,
    connections,
    biases,
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
