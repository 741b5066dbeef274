/**
 * The lists a plot or a table of a comparison widget draws, read from the store's view key by key
 * (`batch.loss.0`, `batch.loss.1`, …) through the kind's `read`: the widget gathers numbers the
 * engine computed and hands them on in order, nothing more.
 */
import type { ComparisonResult } from '../../state/kind-parts/comparison-run.ts';
import type { ComparisonView } from '../../state/kind-parts/comparison.ts';
import type { Store } from '../../state/store.ts';

export type ComparisonStore = Store<ComparisonResult, ComparisonView>;

/** Entries `prefix.0` … `prefix.(count − 1)` of a view (NaN where there is none: never drawn). */
export function readSeries(
  store: ComparisonStore,
  view: ComparisonView,
  prefix: string,
  count: number,
): number[] {
  const values: number[] = [];
  for (let i = 0; i < count; i++) {
    values.push(store.kind.read(view, `${prefix}.${i}`) ?? Number.NaN);
  }
  return values;
}

/** One scalar of a view, NaN when it has none. */
export function readScalar(store: ComparisonStore, view: ComparisonView, key: string): number {
  return store.kind.read(view, key) ?? Number.NaN;
}
