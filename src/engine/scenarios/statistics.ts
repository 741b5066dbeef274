/**
 * Describing a list of numbers, such as a layer's random initial weights: a histogram over equal
 * bins, the summary statistics, and what a uniform distribution predicts for both.
 */
import { checkFinite, checkInteger } from '../core/validate';

/** Most bins a histogram may have. */
export const MAX_BINS = 10_000;

/** Counts of values in equal bins between two edges. */
export interface Histogram {
  /** counts[i]: values v with edges[i] ≤ v < edges[i + 1]; the last bin also holds v = high. */
  readonly counts: Float64Array;
  /** bins + 1 edges, edges[i] = low + i·(high − low)/bins, the last one exactly high. */
  readonly edges: Float64Array;
  /** Values below low, above high, or not finite: in no bin. */
  readonly outside: number;
}

/** The usual numbers that summarise a list. */
export interface Summary {
  readonly count: number;
  readonly min: number;
  readonly max: number;
  /** v̄ = (1/n)·Σ vᵢ. */
  readonly mean: number;
  /** s = √((1/n)·Σ (vᵢ − v̄)²): the population form, as NumPy's `std` computes by default. */
  readonly standardDeviation: number;
}

/** Mean, standard deviation and density of the uniform distribution U[low, high]. */
export interface UniformMoments {
  /** (low + high)/2. */
  readonly mean: number;
  /** (high − low)/√12; for U[−L, L] that is L/√3. */
  readonly standardDeviation: number;
  /** 1/(high − low), the height of its flat density. */
  readonly density: number;
}

/** Throws unless low < high, both finite. */
function checkInterval(low: number, high: number): void {
  checkFinite('low', low);
  checkFinite('high', high);
  if (!(low < high)) throw new RangeError(`low must be below high, got ${low} and ${high}`);
}

/**
 * Histogram of `values` in `bins` equal bins on [low, high]: bin i holds edges[i] ≤ v < edges[i+1],
 * the last bin [edges[bins−1], high] closed, as NumPy's `histogram` counts them.
 */
export function histogram(
  values: ArrayLike<number>,
  bins: number,
  low: number,
  high: number,
): Histogram {
  checkInteger('bins', bins, 1, MAX_BINS);
  checkInterval(low, high);
  const edges = new Float64Array(bins + 1);
  const width = (high - low) / bins;
  // Stryker disable next-line EqualityOperator: one more turn writes edges[bins], which the next line sets to high
  for (let i = 0; i < bins; i++) edges[i] = low + i * width;
  edges[bins] = high;
  const counts = new Float64Array(bins);
  let outside = 0;
  for (let n = 0; n < values.length; n++) {
    const value = values[n]!;
    if (!(value >= low && value <= high)) {
      outside++;
      continue;
    }
    // The bin by arithmetic, then moved by one where rounding put it beside its edges.
    let bin = Math.min(Math.floor((value - low) / width), bins - 1);
    if (value < edges[bin]!) bin--;
    else if (bin < bins - 1 && value >= edges[bin + 1]!) bin++;
    counts[bin]!++;
  }
  return { counts, edges, outside };
}

/** The middle of each bin, (eᵢ + eᵢ₊₁)/2, from its edges. */
export function binCentres(edges: ArrayLike<number>): Float64Array {
  const centres = new Float64Array(Math.max(0, edges.length - 1));
  // Stryker disable next-line EqualityOperator: one more turn writes past the end of centres, which a typed array ignores
  for (let i = 0; i < centres.length; i++) centres[i] = (edges[i]! + edges[i + 1]!) / 2;
  return centres;
}

/** Count, min, max, mean v̄ = Σvᵢ/n and standard deviation √(Σ(vᵢ − v̄)²/n) of a non-empty list. */
export function summarize(values: ArrayLike<number>): Summary {
  const count = values.length;
  if (count === 0) throw new RangeError('summarize needs at least one value');
  let min = Infinity;
  let max = -Infinity;
  let sum = 0;
  for (let n = 0; n < count; n++) {
    const value = values[n]!;
    checkFinite(`values[${n}]`, value);
    if (value < min) min = value;
    if (value > max) max = value;
    sum += value;
  }
  const mean = sum / count;
  // Two passes: the squares of deviations from the mean, which keeps rounding small.
  let squares = 0;
  for (let n = 0; n < count; n++) squares += (values[n]! - mean) ** 2;
  return { count, min, max, mean, standardDeviation: Math.sqrt(squares / count) };
}

/** Mean (a + b)/2, standard deviation (b − a)/√12 and density 1/(b − a) of U[a, b]. */
export function uniformMoments(low: number, high: number): UniformMoments {
  checkInterval(low, high);
  return {
    mean: (low + high) / 2,
    standardDeviation: (high - low) / Math.sqrt(12),
    density: 1 / (high - low),
  };
}

/**
 * Counts U[low, high] predicts for `count` draws in each bin: count·|[eᵢ, eᵢ₊₁] ∩ [low, high]|/(high − low).
 * @param edges bin edges in increasing order
 */
export function uniformBinCounts(
  count: number,
  edges: ArrayLike<number>,
  low: number,
  high: number,
): Float64Array {
  checkFinite('count', count);
  checkInterval(low, high);
  const expected = new Float64Array(Math.max(0, edges.length - 1));
  const density = count / (high - low);
  // Stryker disable next-line EqualityOperator: one more turn writes past the end of expected, which a typed array ignores
  for (let i = 0; i < expected.length; i++) {
    const overlap = Math.min(edges[i + 1]!, high) - Math.max(edges[i]!, low);
    expected[i] = overlap > 0 ? overlap * density : 0;
  }
  return expected;
}
