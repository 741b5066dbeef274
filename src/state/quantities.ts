/**
 * A kind's quantities, the one way every kind reads them: scalars by key (`limit`, `mean`), and
 * series by prefix, whose entry i is the key `prefix.i` (`binCount.3`, `batch.loss.120`). One
 * reader and one key list serve every kind, so the two can never disagree.
 */

/** Reads one number of a view (undefined when the view has none there). */
export type Reader<View> = (view: View) => number | undefined;

/** A series: a list of a view (made cheaply, or kept by the kind), and its longest length. */
export interface SeriesOf<View> {
  readonly read: (view: View) => ArrayLike<number>;
  readonly longest: number;
}

/** What a kind's quantities are made from. */
export interface QuantityTable<View> {
  /** Scalars by key. */
  readonly scalars: Iterable<readonly [string, Reader<View>]>;
  /** Series by prefix: `prefix.i` is entry i, undefined past its end. */
  readonly series?: Iterable<readonly [string, SeriesOf<View>]>;
  /** Keys a view answers beyond the listed ones (`w14@250`), or undefined. */
  readonly beyond?: (view: View, key: string) => number | undefined;
}

/** How a kind's views are read by key, and every key listed. */
export interface Quantities<View> {
  readonly read: (view: View, key: string) => number | undefined;
  /** Every listed key (for build-time checks of \live keys); made when first asked for. */
  readonly keys: ReadonlySet<string>;
}

/** A series key: a prefix, a point, and an index of at most five digits. */
const SERIES_KEY = /^(.+)\.(\d{1,5})$/;

/** The reader and key list of a table. */
export function quantities<View>({
  scalars,
  series = [],
  beyond,
}: QuantityTable<View>): Quantities<View> {
  const byKey = new Map(scalars);
  const byPrefix = new Map(series);
  let keys: Set<string> | undefined;
  return {
    read(view, key) {
      const scalar = byKey.get(key);
      if (scalar) return scalar(view);
      const match = SERIES_KEY.exec(key);
      const list = match && byPrefix.get(match[1]!)?.read(view);
      if (!list) return beyond?.(view, key);
      const index = Number(match[2]);
      return index < list.length ? list[index] : undefined;
    },
    get keys() {
      if (!keys) {
        keys = new Set(byKey.keys());
        for (const [prefix, { longest }] of byPrefix) {
          for (let i = 0; i < longest; i++) keys.add(`${prefix}.${i}`);
        }
      }
      return keys;
    },
  };
}
