/**
 * The network over a grid of the plane: every cell against the reference forward pass at the
 * cell's centre, worked out here from the grid's definition (cell centres, top row first).
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  createNetwork,
  initializeNetwork,
  numpyRandom,
  predict,
  type Network,
} from '../../../../src/engine/core/index.ts';
import { MAX_GRID_CELLS, evaluateGrid, type Grid } from '../../../../src/engine/scenarios/grid.ts';
import { expectRelClose, referenceForward, type ReferenceNet } from '../helpers.ts';

/** The engine network as nested arrays, read weight by weight from its views. */
function asReference(network: Network): ReferenceNet {
  const { widths } = network;
  return {
    widths: [...widths],
    w: network.weights.map((flat, k) =>
      Array.from({ length: widths[k + 1]! }, (_, j) =>
        Array.from({ length: widths[k]! }, (_, i) => flat[j * widths[k]! + i]!),
      ),
    ),
    b: network.biases.map((flat) => [...flat]),
    hidden: network.hiddenActivations,
    output: network.output,
  };
}

/** A network with seeded weights. */
function seeded(widths: number[], hidden: Network['hidden'], output: Network['output']): Network {
  const network = createNetwork(widths, { hidden, output });
  initializeNetwork(network, numpyRandom(3));
  return network;
}

const GRID: Grid = { x1Min: -2, x1Max: 2, x2Min: -1, x2Max: 3, columns: 5, rows: 4 };

describe('evaluateGrid', () => {
  it('gives each cell the output at its centre, rows from the top (x₂ high) down', () => {
    const network = seeded([2, 8, 8, 8, 1], ['tanh', 'relu', 'sigmoid'], 'identity');
    const reference = asReference(network);
    const out = evaluateGrid(network, GRID);
    expect(out).toHaveLength(20);
    // Cell (r, c) covers x₁ ∈ [−2 + 0.8c, −2 + 0.8(c + 1)] and x₂ ∈ [3 − (r + 1), 3 − r].
    for (let r = 0; r < 4; r++) {
      for (let c = 0; c < 5; c++) {
        const x = [-2 + 0.8 * c + 0.4, 3 - r - 0.5];
        const { a } = referenceForward(reference, x);
        expectRelClose(out[r * 5 + c]!, a[4]![0]!, 1e-12, `cell (${r}, ${c})`, 1e-12);
      }
    }
  });

  it('holds the forward pass’s own number in every cell, to the last bit, whatever the grid’s size', () => {
    // The cells go through the layers eight at a time, and the last ones (fewer than eight) one by
    // one: sizes that leave 0 to 7 cells over, every activation, and softmax outputs.
    const hidden = fc.constantFrom('sigmoid', 'tanh', 'relu', 'leakyRelu', 'identity' as const);
    const output = fc.constantFrom('identity', 'sigmoid', 'softmax' as const);
    fc.assert(
      fc.property(
        fc.array(fc.integer({ min: 1, max: 8 }), { minLength: 1, maxLength: 4 }),
        hidden,
        output,
        fc.integer({ min: 1, max: 9 }),
        fc.integer({ min: 1, max: 7 }),
        fc.integer({ min: 0, max: 1000 }),
        (hiddenWidths, activation, last, columns, rows, seed) => {
          const outputs = last === 'softmax' ? 2 : 1;
          const network = createNetwork([2, ...hiddenWidths, outputs], {
            hidden: activation,
            output: last,
          });
          initializeNetwork(network, numpyRandom(seed));
          const grid: Grid = { x1Min: -3, x1Max: 2, x2Min: -1.5, x2Max: 2.5, columns, rows };
          const node = outputs - 1;
          const out = evaluateGrid(network, grid, node);
          const step1 = 5 / columns;
          const step2 = 4 / rows;
          for (let cell = 0; cell < columns * rows; cell++) {
            const r = Math.floor(cell / columns);
            const x = [-3 + ((cell % columns) + 0.5) * step1, 2.5 - (r + 0.5) * step2];
            expect(Object.is(out[cell], predict(network, x)[node]), `cell ${cell}`).toBe(true);
          }
        },
      ),
      { numRuns: 200 },
    );
  });

  it('steps by the grid’s own cell sizes, on cells that are not unit squares', () => {
    // ŷ = x₁ + 10·x₂; cells 0.5 wide and 2 high: x₁ = 0.25, 0.75 and x₂ = 5, 3, 1 from the top.
    const network = createNetwork([2, 1], { hidden: 'identity', output: 'identity' });
    network.weights[0]!.set([1, 10]);
    network.biases[0]!.set([0]);
    const grid: Grid = { x1Min: 0, x1Max: 1, x2Min: 0, x2Max: 6, columns: 2, rows: 3 };
    expect(Array.from(evaluateGrid(network, grid))).toEqual([
      50.25, 50.75, 30.25, 30.75, 10.25, 10.75,
    ]);
  });

  it('reads the output node asked for: class 1 of a softmax, and the two sum to 1', () => {
    const network = seeded([2, 5, 2], 'tanh', 'softmax');
    const reference = asReference(network);
    const first = evaluateGrid(network, GRID, 0);
    const second = evaluateGrid(network, GRID, 1);
    const { a } = referenceForward(reference, [-2 + 0.4, 3 - 0.5]);
    expectRelClose(second[0]!, a[2]![1]!, 1e-12, 'p(class 1) in the top-left cell');
    first.forEach((p, cell) => expectRelClose(p + second[cell]!, 1, 1e-14, `cell ${cell}`));
  });

  it('writes into the storage it is given, and refuses storage of another size', () => {
    const network = seeded([2, 3, 1], 'sigmoid', 'sigmoid');
    const out = new Float64Array(20);
    expect(evaluateGrid(network, GRID, 0, out)).toBe(out);
    expect(() => evaluateGrid(network, GRID, 0, new Float64Array(19))).toThrow(
      'out must hold columns·rows = 20 numbers',
    );
  });

  it('refuses a network without two inputs, an output it does not have, and a bad grid', () => {
    const network = seeded([2, 3, 2], 'sigmoid', 'softmax');
    expect(() => evaluateGrid(seeded([3, 2, 1], 'sigmoid', 'identity'), GRID)).toThrow(/2 inputs/);
    expect(() => evaluateGrid(network, GRID, 2)).toThrow(RangeError);
    expect(() => evaluateGrid(network, GRID, -1)).toThrow(RangeError);
    expect(() => evaluateGrid(network, GRID, 2)).toThrow(/output/);
    // Each refusal names what it refuses.
    const named: [Partial<Grid>, RegExp][] = [
      [{ x1Min: 1, x1Max: 1 }, /min < max/],
      [{ columns: 0 }, /columns/],
      [{ rows: 1.5 }, /rows/],
    ];
    for (const [change, name] of named) {
      expect(() => evaluateGrid(network, { ...GRID, ...change })).toThrow(name);
    }
    const bad: Partial<Grid>[] = [
      { x1Min: 2, x1Max: -2 },
      { x2Min: 1, x2Max: 1 },
      { x1Max: Infinity },
      { x2Min: Number.NaN },
      { columns: 0 },
      { rows: 1.5 },
      { columns: 513, rows: 512 },
    ];
    for (const change of bad) {
      expect(() => evaluateGrid(network, { ...GRID, ...change }), JSON.stringify(change)).toThrow(
        RangeError,
      );
    }
  });

  it('takes a grid of exactly the most cells, and not one row more', () => {
    const network = seeded([2, 1, 1], 'identity', 'identity');
    const square = { ...GRID, columns: 512, rows: 512 };
    expect(evaluateGrid(network, square)).toHaveLength(MAX_GRID_CELLS);
    expect(() => evaluateGrid(network, { ...square, rows: 513 })).toThrow(RangeError);
  });
});
