/**
 * The lab's decision surface: the network's output over a square of the plane that holds the
 * data, at the epoch on view, as the values of a heat map's cells (the engine's `evaluateGrid`),
 * and the range of values its colours span. On the classes that is the probability of class 1
 * (the sigmoid's output, or softmax's second node); on the surface, the prediction ŷ.
 */
import { evaluateGrid, type Grid } from '../../engine/scenarios/index.ts';
import type { LabRun } from './lab-run.ts';
import type { LabView } from './lab-view.ts';

/** Cells across and down: 60 × 60, enough to show every boundary the lab's networks draw. */
export const SURFACE_CELLS = 60;
/** Room left around the data, as a share of its half-width. */
const MARGIN = 0.05;

/** The values a heat map's colours span: `low` in one colour, `high` in the other. */
export interface SurfaceRange {
  readonly low: number;
  readonly high: number;
}

/**
 * The square the heat map covers: centred on the data (training and test samples together) and
 * 5 % wider than its wider side, so no point sits on the edge; a square, so distances keep their
 * proportions on screen.
 */
export function surfaceGrid(run: LabRun, cells = SURFACE_CELLS): Grid {
  const { train, test } = run.split;
  let x1Low = Infinity;
  let x1High = -Infinity;
  let x2Low = Infinity;
  let x2High = -Infinity;
  for (const part of [train, test]) {
    for (let s = 0; s < part.x1.length; s++) {
      x1Low = Math.min(x1Low, part.x1[s]!);
      x1High = Math.max(x1High, part.x1[s]!);
      x2Low = Math.min(x2Low, part.x2[s]!);
      x2High = Math.max(x2High, part.x2[s]!);
    }
  }
  const half = (1 + MARGIN) * Math.max((x1High - x1Low) / 2, (x2High - x2Low) / 2, 0.5);
  const c1 = (x1Low + x1High) / 2;
  const c2 = (x2Low + x2High) / 2;
  return {
    x1Min: c1 - half,
    x1Max: c1 + half,
    x2Min: c2 - half,
    x2Max: c2 + half,
    columns: cells,
    rows: cells,
  };
}

/** The output node the heat map shows: class 1's probability after softmax, else the only one. */
export function surfaceOutputOf(run: LabRun): number {
  return run.network.widths[run.network.widths.length - 1]! - 1;
}

/**
 * The range the colours span: a probability's [0, 1] on the classes; on the surface ±max |y|
 * over its samples, so ŷ = 0 is the neutral middle and the colours match the data's.
 */
export function surfaceRangeOf(run: LabRun): SurfaceRange {
  if (run.split.train.task === 'classes') return { low: 0, high: 1 };
  let largest = 0;
  for (const part of [run.split.train, run.split.test]) {
    for (let s = 0; s < part.y.length; s++) largest = Math.max(largest, Math.abs(part.y[s]!));
  }
  const reach = largest > 0 ? largest : 1;
  return { low: -reach, high: reach };
}

/**
 * The heat map's values at the epoch on view, row 0 at the top (x₂ high): the network at θ_ℓ,
 * the parameters of the view's row, evaluated on the grid by the engine.
 * @param out storage of columns·rows numbers, overwritten
 */
export function surfaceValues(view: LabView, grid: Grid, out: Float64Array): Float64Array {
  const { network, trace } = view.run;
  for (let p = 0; p < network.parameters.length; p++) {
    network.parameters[p] = trace.parameters[p]![view.row] ?? Number.NaN;
  }
  return evaluateGrid(network, grid, surfaceOutputOf(view.run), out);
}
