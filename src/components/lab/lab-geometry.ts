/**
 * Where the lab's diagram draws a network: layers left to right, each layer's nodes one above
 * the other and centred, every node a circle with its number. Pure numbers from the widths, so
 * the server, the browser and the unit tests place it alike.
 *
 * Sized for the lab's largest network (6 layers, 8 nodes in a layer) on a phone: the drawing is
 * 320 units wide whatever the network, and scaled to its column; a widget's column is about 290 px
 * on a 360 px phone and 254 px on a 320 px one, so the 14-unit numbers (NUMBER_SIZE) are drawn at
 * 11.1 px or more.
 */

/** The viewBox's width in units; the height follows the widest layer. */
export const DIAGRAM_WIDTH = 320;
/** A node's radius, and the room between the centres of two nodes of a layer. */
export const NODE_RADIUS = 13;
/** The font size of a node's number, in units (lab.css draws it so). */
export const NUMBER_SIZE = 14;
export const ROW_GAP = 34;
/** Room between the drawing's edge and the outermost circles. */
const EDGE = 8;
/** A connection's stroke: the thinnest (λ = 0) and the thickest (the largest |λ| on view). */
export const THINNEST = 0.75;
export const THICKEST = 5;

/** One node where the diagram draws it: its number (1 … N), layer, place in it and centre. */
export interface NodeSpot {
  readonly number: number;
  readonly layer: number;
  readonly index: number;
  readonly x: number;
  readonly y: number;
}

/** The diagram of one network: its viewBox and its nodes in the book's order. */
export interface LabLayout {
  readonly width: number;
  readonly height: number;
  readonly nodes: readonly NodeSpot[];
  /** Node numbers by layer: layers[k][i] is the number of node i of layer k. */
  readonly layers: readonly (readonly number[])[];
}

/** Places the nodes of a network of these widths (each at least 1, at least two layers). */
export function layoutLab(widths: readonly number[]): LabLayout {
  const rows = Math.max(...widths);
  const height = 2 * (EDGE + NODE_RADIUS) + (rows - 1) * ROW_GAP;
  const left = EDGE + NODE_RADIUS;
  const across = (DIAGRAM_WIDTH - 2 * left) / Math.max(1, widths.length - 1);
  const nodes: NodeSpot[] = [];
  const layers: number[][] = [];
  let number = 0;
  widths.forEach((width, layer) => {
    const top = height / 2 - ((width - 1) * ROW_GAP) / 2;
    const numbers: number[] = [];
    for (let index = 0; index < width; index++) {
      number += 1;
      numbers.push(number);
      nodes.push({ number, layer, index, x: left + layer * across, y: top + index * ROW_GAP });
    }
    layers.push(numbers);
  });
  return { width: DIAGRAM_WIDTH, height, nodes, layers };
}

/**
 * A connection's stroke width: THINNEST at λ = 0 growing linearly with |λ| to THICKEST at the
 * largest |λ| on view; a largest below 1 counts as 1, so small weights stay thin. A weight that
 * is not finite is drawn thinnest.
 */
export function strokeWidthOf(weight: number, largest: number): number {
  const scale = Number.isFinite(largest) ? Math.max(1, largest) : 1;
  const share = Number.isFinite(weight) ? Math.min(1, Math.abs(weight) / scale) : 0;
  return THINNEST + (THICKEST - THINNEST) * share;
}

/** The keys that move between the diagram's nodes. */
export type NodeMove = 'ArrowUp' | 'ArrowDown' | 'ArrowLeft' | 'ArrowRight' | 'Home' | 'End';

/**
 * The node a key moves to from node `from`: up and down within its layer (stopping at its ends),
 * left and right to the node of the next layer nearest in height, Home and End to the first and
 * the last node. Answers `from` where there is nowhere to go.
 */
export function nodeAfterMove(layout: LabLayout, from: number, move: NodeMove): number {
  const last = layout.nodes.length;
  if (move === 'Home') return 1;
  if (move === 'End') return last;
  const spot = layout.nodes[from - 1];
  if (!spot) return Math.min(Math.max(1, from), last);
  const layer = layout.layers[spot.layer]!;
  if (move === 'ArrowUp') return layer[Math.max(0, spot.index - 1)]!;
  if (move === 'ArrowDown') return layer[Math.min(layer.length - 1, spot.index + 1)]!;
  const next = layout.layers[spot.layer + (move === 'ArrowRight' ? 1 : -1)];
  if (!next) return from;
  let nearest = next[0]!;
  for (const number of next) {
    const gap = Math.abs(layout.nodes[number - 1]!.y - spot.y);
    if (gap < Math.abs(layout.nodes[nearest - 1]!.y - spot.y) - 1e-9) nearest = number;
  }
  return nearest;
}

/** How near a connection's line a click must fall to choose it, in units (a fingertip's half). */
export const CONNECTION_REACH = 8;

/**
 * The connection whose line passes nearest the point (x, y), within `reach` units: the distance
 * to a segment from A to B is |P − (A + t·(B − A))| with t = (P − A)·(B − A)/|B − A|², held to
 * [0, 1]. Returns its two nodes' numbers, or null when no line is that near.
 */
export function connectionAt(
  layout: LabLayout,
  connections: readonly { readonly from: number; readonly to: number }[],
  x: number,
  y: number,
  reach = CONNECTION_REACH,
): { from: number; to: number } | null {
  let best: { from: number; to: number } | null = null;
  let bestDistance = reach;
  for (const connection of connections) {
    const a = layout.nodes[connection.from - 1]!;
    const b = layout.nodes[connection.to - 1]!;
    const dx = b.x - a.x;
    const dy = b.y - a.y;
    const t = Math.min(1, Math.max(0, ((x - a.x) * dx + (y - a.y) * dy) / (dx * dx + dy * dy)));
    const distance = Math.hypot(x - (a.x + t * dx), y - (a.y + t * dy));
    if (distance <= bestDistance) {
      best = connection;
      bestDistance = distance;
    }
  }
  return best;
}
