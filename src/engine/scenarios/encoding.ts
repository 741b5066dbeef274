/**
 * Categorical features as numbers a network can take: one-hot encoding (one input node per
 * category) and the ordinal alternative (one input node, an integer rank per category).
 *
 * Categories are numbered in the order they first appear in the samples: the ordinal rank is that
 * order, which is why it only makes sense when the order means something.
 */

/** The distinct categories of a list of samples, in order of first appearance. */
export function categoriesOf(samples: readonly string[]): string[] {
  return [...new Set(samples)];
}

/**
 * One-hot encoding: e_{i,j} = 1 when sample i is category j, else 0. Returned as rows, one per
 * sample, each of length K = categories.length.
 */
export function oneHot(samples: readonly string[], categories: readonly string[]): Float64Array[] {
  const column = columnsOf(categories);
  return samples.map((sample) => {
    const row = new Float64Array(categories.length);
    row[indexIn(column, sample)] = 1;
    return row;
  });
}

/** Ordinal encoding: rᵢ = k, the 1-based position of sample i's category among the categories. */
export function ordinalRanks(
  samples: readonly string[],
  categories: readonly string[],
): Float64Array {
  const column = columnsOf(categories);
  return Float64Array.from(samples, (sample) => indexIn(column, sample) + 1);
}

/** Each category's column index. */
function columnsOf(categories: readonly string[]): Map<string, number> {
  const column = new Map<string, number>();
  categories.forEach((category, j) => {
    if (column.has(category)) throw new RangeError(`category "${category}" is listed twice`);
    column.set(category, j);
  });
  return column;
}

/** The column of a sample's category; a sample of no listed category is an error. */
function indexIn(column: ReadonlyMap<string, number>, sample: string): number {
  const j = column.get(sample);
  if (j === undefined) throw new RangeError(`"${sample}" is not one of the categories`);
  return j;
}
