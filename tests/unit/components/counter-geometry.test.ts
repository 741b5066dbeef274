import { describe, expect, it } from 'vitest';
import {
  COLLAPSED_HEAD,
  KEPT_LAYERS,
  MAX_COLUMNS,
  MAX_FULL_LAYER,
  counterLayout,
  shownSlots,
  type LayerColumn,
} from '../../../src/components/parameters/geometry.ts';
import { networkSummary } from '../../../src/components/parameters/summary.ts';

const layers = (widths: number[]) =>
  counterLayout(widths).columns.filter((column): column is LayerColumn => column.type === 'layer');

describe('the parameter counter’s diagram', () => {
  it('draws every node and connection of a small network', () => {
    const layout = counterLayout([3, 2, 1]);
    expect(layers([3, 2, 1]).map((column) => column.nodes.length)).toEqual([3, 2, 1]);
    expect(layout.connections).toHaveLength(3 * 2 + 2 * 1);
    expect(layout.connections.every((line) => !line.partial)).toBe(true);
    expect(layers([3, 2, 1]).map((column) => column.role)).toEqual(['input', 'hidden', 'output']);
  });

  it(`shows a layer of ${MAX_FULL_LAYER} nodes whole and collapses a wider one`, () => {
    expect(shownSlots(MAX_FULL_LAYER)).toHaveLength(MAX_FULL_LAYER);
    expect(shownSlots(256)).toEqual([0, 1, 2, null, 255]);
    const [input, hidden, output] = layers([4, 256, 10]);
    expect(input!.ellipsis).toBeNull();
    expect(hidden!.nodes.map((node) => node.index)).toEqual([0, 1, 2, 255]);
    expect(hidden!.ellipsis?.hidden).toBe(256 - COLLAPSED_HEAD - 1);
    expect(output!.nodes.map((node) => node.index)).toEqual([0, 1, 2, 9]);
    // The ellipsis stands between the first nodes and the last one.
    const ys = hidden!.nodes.map((node) => node.y);
    expect(hidden!.ellipsis!.y).toBeGreaterThan(ys[2]!);
    expect(hidden!.ellipsis!.y).toBeLessThan(ys[3]!);
  });

  it('connects only drawn nodes next to a collapsed layer, marked partial', () => {
    const layout = counterLayout([4, 256, 10]);
    expect(layout.connections).toHaveLength(4 * 4 + 4 * 4);
    expect(layout.connections.every((line) => line.partial)).toBe(true);
  });

  it('keeps the same size for ten nodes or ten million', () => {
    const small = counterLayout([3, 10, 1]);
    const huge = counterLayout([3, 10_000_000, 1]);
    expect([huge.width, huge.height]).toEqual([small.width, small.height]);
  });

  it('folds the middle layers of a long network into one column', () => {
    const widths = Array.from({ length: 64 }, () => 2);
    const { columns, connections } = counterLayout(widths);
    expect(columns).toHaveLength(MAX_COLUMNS);
    const skip = columns[KEPT_LAYERS];
    expect(skip).toEqual(expect.objectContaining({ type: 'skip', first: KEPT_LAYERS, last: 60 }));
    expect(layers(widths).map((column) => column.layer)).toEqual([0, 1, 2, 61, 62, 63]);
    // No connection crosses the fold: 2 pairs of drawn neighbours on each side.
    expect(connections).toHaveLength(4 * 4);
    // Columns stand left to right, evenly.
    const xs = columns.map((column) => column.x);
    expect(xs).toEqual([...xs].sort((a, b) => a - b));
  });

  it(`draws ${MAX_COLUMNS} layers without folding`, () => {
    expect(counterLayout(Array(MAX_COLUMNS).fill(1)).columns.every((c) => c.type === 'layer')).toBe(
      true,
    );
  });
});

describe('the diagram’s sentence', () => {
  const words = (widths: number[]) =>
    networkSummary(widths)
      .map((piece) => {
        if (typeof piece === 'string') return piece;
        if (piece.quantity === 'layers') return String(widths.length);
        if (piece.quantity === 'hiddenLayers') return String(widths.length - 2);
        return String(widths[Number(piece.quantity.slice(1))]);
      })
      .join('');

  it.each([
    [[3, 16, 8, 1], '4 layers: 3 inputs, 2 hidden layers of 16 and 8 nodes, 1 output.'],
    [[3, 2, 1], '3 layers: 3 inputs, 1 hidden layer of 2 nodes, 1 output.'],
    [[1, 1, 2], '3 layers: 1 input, 1 hidden layer of 1 node, 2 outputs.'],
    [[3, 1], '2 layers: 3 inputs, no hidden layer, 1 output.'],
    [[10, 8, 6, 4, 2, 1], '6 layers: 10 inputs, 4 hidden layers of 8, 6, 4 and 2 nodes, 1 output.'],
  ])('describes %j', (widths, sentence) => {
    expect(words(widths)).toBe(sentence);
  });
});
