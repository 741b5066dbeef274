/**
 * The lab's decision surface: the square it covers holds every sample, its values are the
 * network's output at the epoch on view (checked against a forward pass written here), and its
 * colours run from one signed colour through the background to the other.
 */
import { describe, expect, it } from 'vitest';
import { labKind } from '../../../src/components/lab/lab.kind.ts';
import {
  SURFACE_CELLS,
  surfaceGrid,
  surfaceOutputOf,
  surfaceRangeOf,
  surfaceValues,
} from '../../../src/components/lab/lab-surface.ts';
import {
  SURFACE_STRENGTH,
  paintSurface,
  parseColour,
  surfaceColour,
} from '../../../src/components/lab/surface-colours.ts';
import { createStore } from '../../../src/state/store.ts';
import { referencePass } from '../state/lab-reference.ts';

const labAt = (values: Record<string, unknown>) => {
  const store = createStore(labKind, 'lab');
  const result = store.setMany(values);
  for (const [key, answer] of Object.entries(result)) expect(answer.ok, key).toBe(true);
  return store;
};

describe('the lab’s decision surface', () => {
  it('covers a square that holds every training and test sample, with room around them', () => {
    for (const data of ['surface', 'moons', 'spirals'] as const) {
      const run = labAt({ data, epochs: 2 }).run.value;
      const grid = surfaceGrid(run);
      expect(grid.columns).toBe(SURFACE_CELLS);
      expect(grid.rows).toBe(SURFACE_CELLS);
      expect(grid.x1Max - grid.x1Min).toBeCloseTo(grid.x2Max - grid.x2Min, 12);
      for (const part of [run.split.train, run.split.test]) {
        for (let s = 0; s < part.x1.length; s++) {
          expect(part.x1[s]).toBeGreaterThan(grid.x1Min);
          expect(part.x1[s]).toBeLessThan(grid.x1Max);
          expect(part.x2[s]).toBeGreaterThan(grid.x2Min);
          expect(part.x2[s]).toBeLessThan(grid.x2Max);
        }
      }
    }
  });

  it('holds the network’s output at the epoch on view, cell by cell, row 0 at the top', () => {
    const store = labAt({
      data: 'moons',
      output: 'softmax',
      act1: 'tanh',
      epochs: 30,
      epochOnView: 12,
    });
    const view = store.view.value;
    const grid = { ...surfaceGrid(view.run), columns: 5, rows: 4 };
    const values = surfaceValues(view, grid, new Float64Array(20));
    const theta = Array.from(view.run.trace.parameters, (column) => column[12]!);
    const network = {
      widths: [2, 4, 3, 2],
      hidden: ['tanh', 'sigmoid'],
      output: 'softmax',
    } as const;
    expect(surfaceOutputOf(view.run)).toBe(1);
    for (const [row, column] of [
      [0, 0],
      [3, 4],
      [2, 1],
    ] as const) {
      const x1 = grid.x1Min + ((column + 0.5) * (grid.x1Max - grid.x1Min)) / 5;
      const x2 = grid.x2Max - ((row + 0.5) * (grid.x2Max - grid.x2Min)) / 4;
      const pass = referencePass(network, theta, [x1, x2], [0, 1]);
      expect(values[row * 5 + column]).toBeCloseTo(pass.a[3]![1]!, 12);
    }
    // The view's own numbers are untouched: the same epoch's parameters.
    expect(labKind.read(store.view.value, 'w1_3')).toBe(view.run.trace.parameters[0]![12]);
  });

  it('spans a probability’s 0 to 1 on the classes and ±max |y| on the surface', () => {
    expect(surfaceRangeOf(labAt({ data: 'xor', epochs: 2 }).run.value)).toEqual({
      low: 0,
      high: 1,
    });
    const run = labAt({ epochs: 2 }).run.value;
    const largest = Math.max(...run.split.train.y.map(Math.abs), ...run.split.test.y.map(Math.abs));
    expect(surfaceRangeOf(run)).toEqual({ low: -largest, high: largest });
    expect(surfaceOutputOf(run)).toBe(0);
  });

  it('mixes the background towards the low colour below the middle and the high one above', () => {
    const palette = {
      ground: { r: 200, g: 200, b: 200 },
      low: { r: 200, g: 0, b: 0 },
      high: { r: 0, g: 0, b: 200 },
    };
    const range = { low: -2, high: 2 };
    expect(surfaceColour(0, range, palette)).toEqual(palette.ground);
    const top = Math.round(200 * (1 - SURFACE_STRENGTH));
    expect(surfaceColour(2, range, palette)).toEqual({ r: top, g: top, b: 200 });
    expect(surfaceColour(99, range, palette)).toEqual({ r: top, g: top, b: 200 });
    expect(surfaceColour(-1, range, palette)).toEqual({
      r: 200,
      g: Math.round(200 * (1 - SURFACE_STRENGTH / 2)),
      b: Math.round(200 * (1 - SURFACE_STRENGTH / 2)),
    });
    expect(surfaceColour(Number.NaN, range, palette)).toEqual(palette.ground);
    const pixels = new Uint8ClampedArray(8);
    paintSurface([2, Number.POSITIVE_INFINITY], range, palette, pixels);
    expect([...pixels]).toEqual([top, top, 200, 255, 200, 200, 200, 255]);
  });

  it('reads the colours a browser computes', () => {
    expect(parseColour('rgb(31, 95, 191)')).toEqual({ r: 31, g: 95, b: 191 });
    expect(parseColour('rgba(1, 2, 3, 0.5)')).toEqual({ r: 1, g: 2, b: 3 });
    expect(parseColour(' #1f5fbf ')).toEqual({ r: 31, g: 95, b: 191 });
    expect(parseColour('color(srgb 1 0 0)')).toBeUndefined();
  });
});
