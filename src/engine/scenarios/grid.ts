/**
 * A network's answer over a rectangle of the plane (x₁, x₂): one forward pass per cell of a grid,
 * for a heat map drawn under a two-input data set (the lab's decision surface).
 *
 * The cells go through the layers eight at a time (core/block.ts), each holding the forward pass's
 * own number to the last bit: on the lab's largest network, 1.5 ms for a 60 × 60 grid against 2.3
 * one cell at a time.
 */
import { BLOCK, createBlock, forwardBlock } from '../core/block';
import { forwardSample } from '../core/kernel';
import type { Network } from '../core/network';
import { checkInteger } from '../core/validate';

/** A grid of cells over [x1Min, x1Max] × [x2Min, x2Max]. */
export interface Grid {
  readonly x1Min: number;
  readonly x1Max: number;
  readonly x2Min: number;
  readonly x2Max: number;
  /** Cells across (along x₁) and down (along x₂). */
  readonly columns: number;
  readonly rows: number;
}

/** Most cells a grid may hold (a 512 × 512 image): beyond it a heat map is no clearer. */
export const MAX_GRID_CELLS = 512 * 512;

/** Throws unless the grid's ends are finite and ordered and its size is within bounds. */
function checkGrid(grid: Grid): void {
  const { x1Min, x1Max, x2Min, x2Max } = grid;
  if (![x1Min, x1Max, x2Min, x2Max].every(Number.isFinite) || x1Min >= x1Max || x2Min >= x2Max) {
    throw new RangeError('a grid needs finite ends with min < max on both axes');
  }
  checkInteger('columns', grid.columns, 1, MAX_GRID_CELLS);
  checkInteger('rows', grid.rows, 1, Math.floor(MAX_GRID_CELLS / grid.columns));
}

/**
 * ŷ_o at every cell centre: out[r·columns + c] = output node o of the network at
 * x = (x1Min + (c + ½)·Δ₁, x2Max − (r + ½)·Δ₂), Δ = span / cells; row 0 is the top (x₂ high),
 * as an image's rows run.
 * @param network a network with two inputs; its current parameters are used
 * @param output which output node to read (0 by default; 1 is class 1's probability after softmax)
 * @param out storage of columns·rows numbers to overwrite (allocated when omitted)
 */
export function evaluateGrid(
  network: Network,
  grid: Grid,
  output = 0,
  out: Float64Array = new Float64Array(grid.columns * grid.rows),
): Float64Array {
  const { plan, parameters, widths } = network;
  if (widths[0] !== 2) throw new RangeError('a grid covers a plane: the network needs 2 inputs');
  checkGrid(grid);
  checkInteger('output', output, 0, widths[widths.length - 1]! - 1);
  const { columns, rows } = grid;
  const cells = columns * rows;
  if (out.length !== cells) {
    throw new RangeError(`out must hold columns·rows = ${cells} numbers`);
  }
  const z = new Float64Array(plan.nodes);
  const a = new Float64Array(plan.nodes);
  const block = createBlock(plan.nodes);
  const { a: aB } = block;
  const read = plan.nodeStart[plan.last]! + output;
  const step1 = (grid.x1Max - grid.x1Min) / columns;
  const step2 = (grid.x2Max - grid.x2Min) / rows;
  /** x₁ and x₂ of a cell, by its index in `out`. */
  const x1Of = (cell: number) => grid.x1Min + ((cell % columns) + 0.5) * step1;
  const x2Of = (cell: number) => grid.x2Max - (Math.floor(cell / columns) + 0.5) * step2;
  let cell = 0;
  // Stryker disable next-line ConditionalExpression,EqualityOperator,ArithmeticOperator: cells left to the one-by-one loop, or a last block reaching past the grid (its extra cells written past the end of out, which a typed array ignores), hold the same numbers
  for (; cell + BLOCK <= cells; cell += BLOCK) {
    for (let q = 0; q < BLOCK; q++) {
      aB[q] = x1Of(cell + q);
      aB[BLOCK + q] = x2Of(cell + q);
    }
    forwardBlock(plan, parameters, block, z, a);
    // Stryker disable next-line EqualityOperator: one more turn writes the next cell, which the next block or the loop below writes again, or past the end of out
    for (let q = 0; q < BLOCK; q++) out[cell + q] = aB[read * BLOCK + q]!;
  }
  // The last cells, fewer than a block, one by one.
  const x = new Float64Array(2);
  // Stryker disable next-line EqualityOperator: one more turn writes past the end of out, which a typed array ignores
  for (; cell < cells; cell++) {
    x[0] = x1Of(cell);
    x[1] = x2Of(cell);
    forwardSample(plan, parameters, x, z, a);
    out[cell] = a[read]!;
  }
  return out;
}
