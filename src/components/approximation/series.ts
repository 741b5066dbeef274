/**
 * The lists a plot or a table of the approximation widget draws, read from the store's view key
 * by key (`fit.0`, `fit.1`, …) through the kind's `read`: the widget gathers numbers the engine
 * computed and puts them in the order uPlot wants, nothing more.
 */
import type { ApproximationView } from '../../state/kinds/approximation.ts';
import type { StoreKind } from '../../state/store.ts';

type Kind = StoreKind<unknown, ApproximationView>;

/** Entries `prefix.0` … `prefix.(count − 1)` of a view. */
export function readSeries(
  kind: Kind,
  view: ApproximationView,
  prefix: string,
  count: number,
): number[] {
  const values: number[] = [];
  for (let i = 0; i < count; i++) values.push(kind.read(view, `${prefix}.${i}`) ?? Number.NaN);
  return values;
}

/** One scalar of a view, NaN when it has none (never shown: the plots skip it). */
export function readScalar(kind: Kind, view: ApproximationView, key: string): number {
  return kind.read(view, key) ?? Number.NaN;
}

/** The data of the fit plot: x, the fit ŷ and the data y (null where there is no point). */
export type FitColumns = [number[], (number | null)[], (number | null)[]];

/**
 * The grid and the data points merged in order of x, as uPlot draws series that share one x: the
 * fit at every x (on the grid, or at a data point) and the data's y only at its points.
 */
export function fitColumns(kind: Kind, view: ApproximationView): FitColumns {
  const gridSize = readScalar(kind, view, 'gridSize');
  const samples = readScalar(kind, view, 'samples');
  const rows: [number, number, number | null][] = [];
  const gridX = readSeries(kind, view, 'gridX', gridSize);
  const fit = readSeries(kind, view, 'fit', gridSize);
  gridX.forEach((x, i) => rows.push([x, fit[i]!, null]));
  const xs = readSeries(kind, view, 'x', samples);
  const ys = readSeries(kind, view, 'y', samples);
  const fitAt = readSeries(kind, view, 'fitAt', samples);
  xs.forEach((x, i) => rows.push([x, fitAt[i]!, ys[i]!]));
  rows.sort((a, b) => a[0] - b[0]);
  return [rows.map((row) => row[0]), rows.map((row) => row[1]), rows.map((row) => row[2])];
}
