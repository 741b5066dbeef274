/**
 * Where the parameter counter draws a network of any widths: pure geometry, in SVG user units.
 *
 * Layers stand as columns, inputs on the left. A layer of up to `MAX_FULL_LAYER` nodes shows them
 * all; a wider one shows its first `COLLAPSED_HEAD` nodes, an ellipsis, and its last node, so a
 * layer of 256 or of ten million nodes takes the same room. A network of more than `MAX_COLUMNS`
 * layers shows its first and last `KEPT_LAYERS` layers with one column between them standing for
 * the hidden layers not drawn. Connections join every pair of drawn nodes in neighbouring layers;
 * where a layer is collapsed they are only those of its drawn nodes (`partial`).
 */

/** A layer this wide or narrower shows every node. */
export const MAX_FULL_LAYER = 8;
/** Nodes a wider layer shows before its ellipsis (and then its last node). */
export const COLLAPSED_HEAD = 3;
/** Networks with more layers than this skip some hidden layers. */
export const MAX_COLUMNS = 7;
/** Layers kept on each side of the skipped ones. */
export const KEPT_LAYERS = 3;

/** Vertical distance between two node slots, and a node's radius. */
export const SLOT = 36;
export const RADIUS = 11;
/** Horizontal distance between two columns. */
export const COLUMN_GAP = 112;
/** Room left and right of the outer columns (for their labels), above and below the nodes. */
const MARGIN_X = 64;
const MARGIN_TOP = 20;
/** Room under the nodes for a column's two lines of label. */
const LABEL_ROOM = 52;

/** A drawn node: `index` is its place in its layer, from 0. */
export interface NodeSpot {
  readonly index: number;
  readonly x: number;
  readonly y: number;
}

/** A layer drawn as a column. */
export interface LayerColumn {
  readonly type: 'layer';
  /** i in L = [l₀, …, lₙ]. */
  readonly layer: number;
  readonly role: 'input' | 'hidden' | 'output';
  readonly x: number;
  readonly nodes: readonly NodeSpot[];
  /** Where the ellipsis of a collapsed layer stands, and how many nodes it stands for. */
  readonly ellipsis: { readonly y: number; readonly hidden: number } | null;
}

/** The column that stands for hidden layers not drawn, `first` to `last`. */
export interface SkipColumn {
  readonly type: 'skip';
  readonly first: number;
  readonly last: number;
  readonly x: number;
}

export type Column = LayerColumn | SkipColumn;

/** A connection between two drawn nodes; `partial` when either layer has nodes not drawn. */
export interface Connection {
  readonly x1: number;
  readonly y1: number;
  readonly x2: number;
  readonly y2: number;
  readonly partial: boolean;
}

export interface CounterLayout {
  /** The SVG's viewBox size. */
  readonly width: number;
  readonly height: number;
  /** The middle of the node area: where a skip column's mark stands. */
  readonly middle: number;
  /** The baseline of the first line of the columns' labels. */
  readonly labelY: number;
  readonly columns: readonly Column[];
  readonly connections: readonly Connection[];
}

/** The node indices a layer of this width shows; a collapsed layer puts null for its ellipsis. */
export function shownSlots(width: number): (number | null)[] {
  if (width <= MAX_FULL_LAYER) return Array.from({ length: width }, (_, i) => i);
  return [...Array.from({ length: COLLAPSED_HEAD }, (_, i) => i), null, width - 1];
}

/** The layers drawn as columns, with one skip between them when there are too many. */
function columnPlan(layers: number): (number | { first: number; last: number })[] {
  const all = Array.from({ length: layers }, (_, i) => i);
  if (layers <= MAX_COLUMNS) return all;
  return [
    ...all.slice(0, KEPT_LAYERS),
    { first: KEPT_LAYERS, last: layers - KEPT_LAYERS - 1 },
    ...all.slice(layers - KEPT_LAYERS),
  ];
}

/** The diagram of a network with these widths (each an integer ≥ 1, at least two of them). */
export function counterLayout(widths: readonly number[]): CounterLayout {
  const plan = columnPlan(widths.length);
  const slots = Math.max(
    ...plan.map((entry) => (typeof entry === 'number' ? shownSlots(widths[entry]!).length : 1)),
  );
  const height = MARGIN_TOP + slots * SLOT + LABEL_ROOM;
  const middle = MARGIN_TOP + (slots * SLOT) / 2;
  const last = widths.length - 1;
  const columns: Column[] = plan.map((entry, c) => {
    const x = MARGIN_X + c * COLUMN_GAP;
    if (typeof entry !== 'number') return { type: 'skip', ...entry, x };
    const layerSlots = shownSlots(widths[entry]!);
    const top = middle - (layerSlots.length * SLOT) / 2 + SLOT / 2;
    const nodes: NodeSpot[] = [];
    let ellipsis: LayerColumn['ellipsis'] = null;
    layerSlots.forEach((index, s) => {
      const y = top + s * SLOT;
      if (index === null) ellipsis = { y, hidden: widths[entry]! - COLLAPSED_HEAD - 1 };
      else nodes.push({ index, x, y });
    });
    return {
      type: 'layer',
      layer: entry,
      role: entry === 0 ? 'input' : entry === last ? 'output' : 'hidden',
      x,
      nodes,
      ellipsis,
    };
  });
  const connections: Connection[] = [];
  for (let c = 1; c < columns.length; c++) {
    const from = columns[c - 1]!;
    const to = columns[c]!;
    if (from.type !== 'layer' || to.type !== 'layer') continue;
    const partial = from.ellipsis !== null || to.ellipsis !== null;
    for (const a of from.nodes) {
      for (const b of to.nodes) {
        connections.push({ x1: a.x + RADIUS, y1: a.y, x2: b.x - RADIUS, y2: b.y, partial });
      }
    }
  }
  return {
    width: 2 * MARGIN_X + (columns.length - 1) * COLUMN_GAP,
    height,
    middle,
    labelY: MARGIN_TOP + slots * SLOT + 22,
    columns,
    connections,
  };
}
