/**
 * Lists a plot or a table of the initialisation widgets draws, gathered from a store's view key by
 * key (`binCount.0`, `binCount.1`, …) through its kind's `read`: numbers the engine computed, in
 * order, and nothing computed here. A key the view lacks reads as NaN, which a plot leaves out.
 */
import type { StoreKind } from '../../state/store.ts';

/** Entries `prefix.0` … `prefix.(length − 1)` of a view. */
export function readList<View>(
  kind: StoreKind<unknown, View>,
  view: View,
  prefix: string,
  length: number,
): number[] {
  return Array.from({ length }, (_, i) => kind.read(view, `${prefix}.${i}`) ?? Number.NaN);
}

/** One number of a view, NaN when it has none. */
export function readNumber<View>(kind: StoreKind<unknown, View>, view: View, key: string): number {
  return kind.read(view, key) ?? Number.NaN;
}
