/**
 * The lab's diagram geometry: every node of any lab network placed once, in the book's order,
 * inside the drawing and apart from its neighbours; lines thicker for larger |λ|; the keys that
 * move between nodes; the connection a click chooses, and the nodes that feed a node.
 */
import { describe, expect, it } from 'vitest';
import { feedersOf } from '../../../src/components/lab/lab-connection.ts';
import {
  CONNECTION_REACH,
  DIAGRAM_WIDTH,
  NODE_RADIUS,
  NUMBER_SIZE,
  THICKEST,
  THINNEST,
  connectionAt,
  layoutLab,
  nodeAfterMove,
  strokeWidthOf,
} from '../../../src/components/lab/lab-geometry.ts';

describe('the lab’s diagram', () => {
  it.each([[[2, 1]], [[2, 4, 3, 1]], [[2, 8, 8, 1]], [[2, 8, 8, 8, 8, 2]], [[2, 1, 1, 1, 1, 1]]])(
    'places every node of %j once, numbered through the layers, inside the drawing',
    (widths) => {
      const layout = layoutLab(widths);
      const total = widths.reduce((sum, width) => sum + width, 0);
      expect(layout.nodes.map((node) => node.number)).toEqual(
        Array.from({ length: total }, (_, i) => i + 1),
      );
      expect(layout.layers.map((layer) => layer.length)).toEqual(widths);
      expect(layout.width).toBe(DIAGRAM_WIDTH);
      for (const node of layout.nodes) {
        expect(node.x - NODE_RADIUS).toBeGreaterThan(0);
        expect(node.x + NODE_RADIUS).toBeLessThan(layout.width);
        expect(node.y - NODE_RADIUS).toBeGreaterThan(0);
        expect(node.y + NODE_RADIUS).toBeLessThan(layout.height);
      }
      // Layers run left to right; nodes of a layer top to bottom, centred on the drawing.
      for (let k = 1; k < widths.length; k++) {
        expect(layout.nodes[layout.layers[k]![0]! - 1]!.x).toBeGreaterThan(
          layout.nodes[layout.layers[k - 1]![0]! - 1]!.x + 2 * NODE_RADIUS,
        );
      }
      for (const layer of layout.layers) {
        const ys = layer.map((number) => layout.nodes[number - 1]!.y);
        for (let i = 1; i < ys.length; i++)
          expect(ys[i]! - ys[i - 1]!).toBeGreaterThan(2 * NODE_RADIUS);
        expect((ys[0]! + ys.at(-1)!) / 2).toBeCloseTo(layout.height / 2, 9);
      }
    },
  );

  it('fits the largest network on a phone: its numbers stay 11 px or more in a 254 px column', () => {
    const layout = layoutLab([2, 8, 8, 8, 8, 2]);
    expect(NUMBER_SIZE * (254 / layout.width)).toBeGreaterThanOrEqual(11);
    // Eight nodes down: about as tall as wide, so the drawing is not a thin strip.
    expect(layout.height).toBeLessThanOrEqual(layout.width);
  });

  it('draws a connection thicker for a larger |λ|, whatever its sign, up to the largest on view', () => {
    expect(strokeWidthOf(0, 3)).toBe(THINNEST);
    expect(strokeWidthOf(3, 3)).toBe(THICKEST);
    expect(strokeWidthOf(-3, 3)).toBe(THICKEST);
    expect(strokeWidthOf(1.5, 3)).toBeCloseTo((THINNEST + THICKEST) / 2, 12);
    // Weights all below 1 are drawn against 1: small weights stay thin.
    expect(strokeWidthOf(0.5, 0.5)).toBeCloseTo((THINNEST + THICKEST) / 2, 12);
    expect(strokeWidthOf(Number.NaN, 2)).toBe(THINNEST);
    expect(strokeWidthOf(2, Number.POSITIVE_INFINITY)).toBe(THICKEST);
  });

  it('moves up and down a layer, across to the nearest node, and to the ends', () => {
    const layout = layoutLab([2, 4, 3, 1]);
    // Inputs 1–2, hidden 3–6 and 7–9, output 10.
    expect(nodeAfterMove(layout, 4, 'ArrowDown')).toBe(5);
    expect(nodeAfterMove(layout, 6, 'ArrowDown')).toBe(6);
    expect(nodeAfterMove(layout, 3, 'ArrowUp')).toBe(3);
    expect(nodeAfterMove(layout, 10, 'ArrowLeft')).toBe(8);
    expect(nodeAfterMove(layout, 8, 'ArrowRight')).toBe(10);
    expect(nodeAfterMove(layout, 1, 'ArrowRight')).toBe(4);
    expect(nodeAfterMove(layout, 3, 'ArrowLeft')).toBe(1);
    expect(nodeAfterMove(layout, 1, 'ArrowLeft')).toBe(1);
    expect(nodeAfterMove(layout, 10, 'ArrowRight')).toBe(10);
    expect(nodeAfterMove(layout, 7, 'Home')).toBe(1);
    expect(nodeAfterMove(layout, 7, 'End')).toBe(10);
    expect(nodeAfterMove(layout, 99, 'ArrowUp')).toBe(10);
  });
});

describe('the connection a click chooses (connectionAt)', () => {
  // Two layers drawn by hand: node 1 at (0, 0), node 2 at (0, 40), node 3 at (100, 20).
  const layout = {
    width: 100,
    height: 40,
    layers: [[1, 2], [3]],
    nodes: [
      { number: 1, layer: 0, index: 0, x: 0, y: 0 },
      { number: 2, layer: 0, index: 1, x: 0, y: 40 },
      { number: 3, layer: 1, index: 0, x: 100, y: 20 },
    ],
  };
  const connections = [
    { from: 1, to: 3 },
    { from: 2, to: 3 },
  ];

  it('takes the line a point lies on, and the nearer of two', () => {
    // (50, 10) is on 1→3 (y = x/5); (50, 30) on 2→3 (y = 40 − x/5).
    expect(connectionAt(layout, connections, 50, 10)).toEqual({ from: 1, to: 3 });
    expect(connectionAt(layout, connections, 50, 30)).toEqual({ from: 2, to: 3 });
    // (50, 14) is 4·cos(atan(1/5)) ≈ 3.92 from 1→3 and about 15.7 from 2→3.
    expect(connectionAt(layout, connections, 50, 14)).toEqual({ from: 1, to: 3 });
  });

  it('takes none farther than its reach, measured to the segment, not the endless line', () => {
    // (50, 19) is 9·cos(atan(1/5)) ≈ 8.83 from 1→3 and ≈ 10.8 from 2→3: beyond 8 units of each.
    expect(connectionAt(layout, connections, 50, 19)).toBeNull();
    expect(connectionAt(layout, connections, 50, 19, 9)).toEqual({ from: 1, to: 3 });
    // Beyond node 3 the line would go on; the segment ends there: (110, 22) is 10.2 from node 3.
    expect(connectionAt(layout, connections, 110, 22)).toBeNull();
    expect(CONNECTION_REACH).toBe(8);
  });
});

describe('the nodes that feed a node (feedersOf)', () => {
  it('names the layer before it, and none for an input', () => {
    // 2-4-3-1: inputs 1–2, hidden 3–6 and 7–9, output 10.
    const widths = [2, 4, 3, 1];
    expect(feedersOf(widths, 1)).toBeNull();
    expect(feedersOf(widths, 2)).toBeNull();
    expect(feedersOf(widths, 3)).toEqual([1, 2]);
    expect(feedersOf(widths, 6)).toEqual([1, 2]);
    expect(feedersOf(widths, 7)).toEqual([3, 6]);
    expect(feedersOf(widths, 10)).toEqual([7, 9]);
    expect(feedersOf(widths, 11)).toBeNull();
  });
});
