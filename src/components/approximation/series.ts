/**
 * The lists a plot or a table of the approximation widget draws, read from the store's view key
 * by key (`fit.0`, `fit.1`, …) through the kind's `read`: the widget gathers numbers the engine
 * computed and hands them to a plot or a table in order, nothing more.
 */
import type { ApproximationView } from './approximation.kind.ts';
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
