/**
 * Where the diagram's shapes go for the room it has, so that its 16-unit text is never drawn
 * smaller than the page's 14 px small text and no label overlaps another. From 665 px up the
 * layers run across, left to right, in at least 760 units (drawn at 665/760 of a unit per pixel or
 * more, with each weight's label on its line); below that they run down the screen, top to bottom,
 * one unit per pixel, and the weights' numbers move to a list under the diagram.
 */
import type { BiasName, NetworkNames, WeightName } from '../../engine/index.ts';
import type { DiagramNode, Point } from './layout.ts';

/**
 * What the diagram's numbers show: the parameters alone (λ on the connections, b above the
 * nodes), values of the forward pass, derivatives of the loss, or values and derivatives.
 */
export type DiagramView = 'weights' | 'forward' | 'backward' | 'both';
export type Orientation = 'across' | 'down';

/** Narrower than this (in CSS pixels), the layers run down the screen. */
export const NARROW_BELOW = 665;
/** The fewest units across: the weight labels of the 3-2-1 network need them not to overlap. */
const ACROSS_UNITS = 760;
/**
 * The widths each orientation is drawn for before the island has measured its room (on the
 * server, while hydrating): the book's column on a laptop, and a phone's. CSS shows the one that
 * fits; each keeps its height once drawn for the real width (NetworkDiagram's SVG), so the page
 * does not move.
 */
const GUESSED_ROOM: Readonly<Record<Orientation, number>> = { across: 680, down: 340 };

export const INPUT_RADIUS = 30;
/** Height of one line of text in a node's box. */
const LINE = 21;
/** From one line of an input's text to the next: a subscript (x₁) reaches below its baseline. */
const TEXT_LINE = 25;
/** A label on a line or above a node: its size (its text, subscripts included, inside it). */
export const LABEL = { width: 106, height: 30 } as const;
/** From a label's centre to its text's baseline: the text's box, subscripts included, in the label. */
export const LABEL_BASELINE = 3;

export interface PlacedConnection {
  readonly weight: WeightName;
  readonly from: DiagramNode;
  readonly to: DiagramNode;
  /** Where the line leaves `from` and meets `to`: on their outlines, so arrowheads show. */
  readonly start: Point;
  readonly end: Point;
  /** Where its label sits; absent when the layers run down (the list under the diagram has it). */
  readonly label?: Point;
}

/**
 * Where an input's text goes, from the input's centre: its feature (x₁ = …) and, when the view
 * shows derivatives, ∂L/∂ of it, on the side no connection leaves from (left when the layers run
 * across, above when they run down), so that no line or arrowhead crosses them.
 */
export interface InputText {
  readonly anchor: 'end' | 'middle';
  readonly feature: Point;
  readonly derivative: Point;
}

export interface PlacedBias {
  readonly bias: BiasName;
  readonly label: Point;
}

export interface DiagramGeometry {
  /** Units across (the viewBox); the SVG is shown at the room's width. */
  readonly width: number;
  readonly height: number;
  readonly orientation: Orientation;
  /** Size of a computing node's box: room for its lines of numbers. */
  readonly box: { readonly width: number; readonly height: number };
  /** Lines of numbers in a box: in and out, their derivatives, or all four. */
  readonly lines: number;
  readonly inputText: InputText;
  readonly nodes: readonly DiagramNode[];
  readonly connections: readonly PlacedConnection[];
  readonly biases: readonly PlacedBias[];
  /** Where the prediction's line goes. */
  readonly prediction: Point;
}

/**
 * The diagrams to draw for a room: the one that fits it, or both orientations while the room is
 * not yet known.
 */
export function diagramsFor(
  names: NetworkNames,
  room: number | undefined,
  view: DiagramView,
): DiagramGeometry[] {
  if (room !== undefined) return [placeDiagram(names, room, view)];
  return (['across', 'down'] as const).map((way) => placeDiagram(names, GUESSED_ROOM[way], view));
}

/** Positions of n items spread evenly over [start, end], centred. */
function spread(n: number, start: number, end: number): number[] {
  const step = (end - start) / n;
  return Array.from({ length: n }, (_, i) => start + step * (i + 0.5));
}

/** The diagram of a network laid out for `room` CSS pixels of width, for a view. */
export function placeDiagram(
  names: NetworkNames,
  room: number,
  view: DiagramView,
): DiagramGeometry {
  const lines = view === 'both' ? 4 : view === 'weights' ? 0 : 2;
  const derivatives = view === 'backward' || view === 'both';
  const orientation: Orientation = room < NARROW_BELOW ? 'down' : 'across';
  const width = orientation === 'across' ? Math.max(room, ACROSS_UNITS) : room;
  // A box with no numbers still holds its name's subscript.
  const box = {
    width: orientation === 'across' ? 126 : 116,
    height: lines === 0 ? 38 : 30 + LINE * lines,
  };
  // Above the inputs when the layers run down: the feature, then ∂L/∂ of the input under it.
  const overInput = INPUT_RADIUS + 10;
  const inputText: InputText =
    orientation === 'across'
      ? {
          anchor: 'end',
          feature: { x: -INPUT_RADIUS - 8, y: 6 },
          derivative: { x: -INPUT_RADIUS - 8, y: 6 + TEXT_LINE },
        }
      : {
          anchor: 'middle',
          feature: { x: 0, y: -overInput - (derivatives ? TEXT_LINE : 0) },
          derivative: { x: 0, y: -overInput },
        };
  const layers = names.layers;
  const placed: DiagramNode[] = [];
  let height: number;
  if (orientation === 'across') {
    const left = 118;
    const right = width - box.width / 2 - 8;
    // Gaps grow with the number of connections (their labels need the room).
    const gaps = layers.slice(1).map((layer, k) => 1 + 0.1 * layer.length * layers[k]!.length);
    const total = gaps.reduce((sum, gap) => sum + gap, 0);
    const xs = [left];
    for (const gap of gaps) xs.push(xs.at(-1)! + ((right - left) * gap) / total);
    // Computing nodes stack with room for the bias label above each box; inputs sit closer.
    const spacing = (k: number) =>
      k === 0 ? 2 * INPUT_RADIUS + 64 : box.height + LABEL.height + 40;
    const extent = (k: number) =>
      (layers[k]!.length - 1) * spacing(k) +
      (k === 0 ? 2 * INPUT_RADIUS + 30 : box.height + LABEL.height + 24);
    const above = LABEL.height + 28;
    const below = 56; // the prediction's line under the output node
    const inner = Math.max(...layers.map((_, k) => extent(k)));
    height = above + inner + below;
    const centre = above + inner / 2;
    layers.forEach((layer, k) => {
      layer.forEach((name, j) =>
        placed.push({ name, x: xs[k]!, y: centre + (j - (layer.length - 1) / 2) * spacing(k) }),
      );
    });
  } else {
    const rowGap = box.height + LABEL.height + 84;
    let y = INPUT_RADIUS + 34 + (derivatives ? TEXT_LINE : 0);
    layers.forEach((layer, k) => {
      const xs = spread(layer.length, 0, width);
      if (k > 0) y += k === 1 ? rowGap + 10 : rowGap;
      layer.forEach((name, j) => placed.push({ name, x: xs[j]!, y }));
    });
    height = y + box.height / 2 + 48;
  }
  const nodeOf = (key: string) => placed.find((node) => node.name.key === key)!;
  /** The point where the segment from a node's centre towards `toward` leaves its outline. */
  const outline = (node: DiagramNode, toward: Point): Point => {
    const dx = toward.x - node.x;
    const dy = toward.y - node.y;
    const length = Math.hypot(dx, dy) || 1;
    const reach =
      node.name.role === 'input'
        ? INPUT_RADIUS + 2
        : Math.min(
            box.width / 2 / Math.max(Math.abs(dx) / length, 1e-9),
            box.height / 2 / Math.max(Math.abs(dy) / length, 1e-9),
          ) + 2;
    return { x: node.x + (dx / length) * reach, y: node.y + (dy / length) * reach };
  };
  const connections = names.weights.map((weight): PlacedConnection => {
    const from = nodeOf(weight.from.key);
    const to = nodeOf(weight.to.key);
    const ends = { start: outline(from, to), end: outline(to, from) };
    if (orientation === 'down') return { weight, from, to, ...ends };
    const targets = names.widths[weight.to.layer]!;
    const at = targets === 1 ? 0.5 : 0.62 - (weight.to.index * 0.33) / (targets - 1);
    return {
      weight,
      from,
      to,
      ...ends,
      label: { x: from.x + (to.x - from.x) * at, y: from.y + (to.y - from.y) * at },
    };
  });
  const biases = names.biases.map((bias): PlacedBias => {
    const node = nodeOf(bias.node.key);
    // A gap between the label and its box, where the arrowheads of incoming lines show.
    return { bias, label: { x: node.x, y: node.y - box.height / 2 - LABEL.height / 2 - 20 } };
  });
  const output = placed.at(-1)!;
  return {
    width,
    height,
    orientation,
    box,
    lines,
    inputText,
    nodes: placed,
    connections,
    biases,
    prediction: {
      x: orientation === 'down' ? width / 2 : Math.min(output.x, width - 110),
      y: output.y + box.height / 2 + 28,
    },
  };
}
