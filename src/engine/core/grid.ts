/**
 * A network's answer over a rectangle of the plane (x₁, x₂): one forward pass per cell of a grid,
 * for a heat map drawn under a two-input data set (the lab's decision surface).
 */
import { forwardSample } from './kernel';
import type { Network } from './network';
import { checkInteger } from './validate';

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
  if (out.length !== columns * rows) {
    throw new RangeError(`out must hold columns·rows = ${columns * rows} numbers`);
  }
  const z = new Float64Array(plan.nodes);
  const a = new Float64Array(plan.nodes);
  const x = new Float64Array(2);
  const read = plan.nodeStart[plan.last]! + output;
  const step1 = (grid.x1Max - grid.x1Min) / columns;
  const step2 = (grid.x2Max - grid.x2Min) / rows;
  // Stryker disable next-line EqualityOperator: one more turn writes past the end of out, which a typed array ignores
  for (let r = 0; r < rows; r++) {
    x[1] = grid.x2Max - (r + 0.5) * step2;
    // Stryker disable next-line EqualityOperator: one more turn writes the next row's first cell, which that row writes next, or past the end of out
    for (let c = 0; c < columns; c++) {
      x[0] = grid.x1Min + (c + 0.5) * step1;
      forwardSample(plan, parameters, x, z, a);
      out[r * columns + c] = a[read]!;
    }
  }
  return out;
}
