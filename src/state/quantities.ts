/**
 * A kind's quantities, the one way every kind reads them: scalars by key (`limit`, `mean`), and
 * series by prefix, whose entry i is the key `prefix.i` (`binCount.3`, `batch.loss.120`). One
 * reader and one key list serve every kind, so the two can never disagree.
 */

/** Reads one number of a view (undefined when the view has none there). */
export type Reader<View> = (view: View) => number | undefined;

/** A series: a list of a view, and the longest it can be (for the list of keys). */
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

/** The reader and key list of a table. Each series is read once per view, then kept. */
export function quantities<View extends object>(table: QuantityTable<View>): Quantities<View> {
  const scalars = new Map(table.scalars);
  const series = new Map(table.series ?? []);
  const { beyond } = table;
  const lists = new WeakMap<View, Map<string, ArrayLike<number>>>();
  const listOf = (view: View, prefix: string): ArrayLike<number> | undefined => {
    const entry = series.get(prefix);
    if (!entry) return undefined;
    let byPrefix = lists.get(view);
    if (!byPrefix) lists.set(view, (byPrefix = new Map()));
    let list = byPrefix.get(prefix);
    if (!list) byPrefix.set(prefix, (list = entry.read(view)));
    return list;
  };
  const readSeries = (view: View, key: string): number | undefined => {
    const match = SERIES_KEY.exec(key);
    const list = match ? listOf(view, match[1]!) : undefined;
    if (!list) return undefined;
    const index = Number(match![2]);
    return index < list.length ? list[index] : undefined;
  };
  let keys: Set<string> | undefined;
  return {
    read(view, key) {
      const scalar = scalars.get(key);
      if (scalar) return scalar(view);
      return readSeries(view, key) ?? beyond?.(view, key);
    },
    get keys() {
      if (keys) return keys;
      keys = new Set(scalars.keys());
      for (const [prefix, { longest }] of series) {
        for (let i = 0; i < longest; i++) keys.add(`${prefix}.${i}`);
      }
      return keys;
    },
  };
}
