/**
 * The lab's diagram geometry: every node of any lab network placed once, in the book's order,
 * inside the drawing and apart from its neighbours; lines thicker for larger |λ|; the keys that
 * move between nodes.
 */
import { describe, expect, it } from 'vitest';
import {
  DIAGRAM_WIDTH,
  NODE_RADIUS,
  NUMBER_SIZE,
  THICKEST,
  THINNEST,
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
