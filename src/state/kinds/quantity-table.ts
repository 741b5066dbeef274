/**
 * A kind's quantities as two tables: scalars by key (`limit`, `mean`), and series by prefix, whose
 * entry i is the key `prefix.i` (`binCount.3`, `H4At.120`). One reader and one key list serve
 * every kind that is written this way, so the two can never disagree.
 */

/** Scalars by key: each reads one number of a view. */
export type Scalars<View> = ReadonlyMap<string, (view: View) => number>;

/** Series by prefix: each reads a list of a view; `prefix.i` is its entry i. */
export type Series<View> = ReadonlyMap<string, (view: View) => ArrayLike<number>>;

/** Longest index a series key may carry: five digits. */
const SERIES_KEY = /^([a-zA-Z0-9]+)\.(\d{1,5})$/;

/** Reads a key of a view: a scalar, or entry i of a series (undefined past its end). */
export function quantityReader<View>(
  scalars: Scalars<View>,
  series: Series<View>,
): (view: View, key: string) => number | undefined {
  return (view, key) => {
    const scalar = scalars.get(key);
    if (scalar) return scalar(view);
    const match = SERIES_KEY.exec(key);
    const list = match ? series.get(match[1]!) : undefined;
    if (!list) return undefined;
    const values = list(view);
    const index = Number(match![2]);
    return index < values.length ? values[index] : undefined;
  };
}

/** Every key a page may name: the scalars, and each series' keys up to its longest length. */
export function quantityKeySet<View>(
  scalars: Scalars<View>,
  longest: Readonly<Record<string, number>>,
): Set<string> {
  const keys = new Set(scalars.keys());
  for (const [prefix, length] of Object.entries(longest)) {
    for (let i = 0; i < length; i++) keys.add(`${prefix}.${i}`);
  }
  return keys;
}
