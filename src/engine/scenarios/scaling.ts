/**
 * Min/max scaling of one feature (a column of values) onto [0, 1] or [−1, 1], and its inverse,
 * the back-transform from the scaled range to the feature's own units.
 *
 * A constant column (min = max) has no range to divide by: it is refused with a RangeError that
 * says so, never divided by zero.
 */

/** The two target ranges: [0, 1] ('unit') and [−1, 1] ('symmetric'). */
export type ScaleTarget = 'unit' | 'symmetric';

/** The bounds [a, b] of each target range. */
export const SCALE_TARGETS: Readonly<Record<ScaleTarget, readonly [number, number]>> = {
  unit: [0, 1],
  symmetric: [-1, 1],
};

/** The smallest and largest value of a feature: the two numbers min/max scaling needs. */
export interface FeatureRange {
  readonly min: number;
  readonly max: number;
}

/** A feature's range: min = minᵢ xᵢ, max = maxᵢ xᵢ (at least one value, all finite). */
export function featureRange(values: ArrayLike<number>): FeatureRange {
  if (values.length === 0) throw new RangeError('a feature needs at least one value');
  let min = Infinity;
  let max = -Infinity;
  for (let i = 0; i < values.length; i++) {
    const value = values[i]!;
    if (!Number.isFinite(value)) throw new RangeError(`value ${i + 1} is not a finite number`);
    if (value < min) min = value;
    if (value > max) max = value;
  }
  return { min, max };
}

/** Why a range cannot scale a feature (min = max, or max − min beyond a double), or null. */
export function rangeProblem({ min, max }: FeatureRange): string | null {
  if (min === max) return 'every value is the same (min = max), so there is no range to divide by';
  if (!Number.isFinite(max - min)) return 'the values are too far apart to subtract';
  return null;
}

/** The target interval [a, b], once the range is checked usable (a RangeError if it is not). */
function checkedTarget(range: FeatureRange, target: ScaleTarget): readonly [number, number] {
  const problem = rangeProblem(range);
  if (problem) throw new RangeError(problem);
  return SCALE_TARGETS[target];
}

/** The linear map both ways share: y = to + (x − from)·span′/span, entry by entry. */
function mapLinearly(
  values: ArrayLike<number>,
  from: number,
  to: number,
  spanTo: number,
  spanFrom: number,
): Float64Array {
  const mapped = new Float64Array(values.length);
  // Stryker disable next-line EqualityOperator: one more turn writes past the end of mapped, which a typed array ignores
  for (let i = 0; i < values.length; i++) {
    mapped[i] = to + ((values[i]! - from) * spanTo) / spanFrom;
  }
  return mapped;
}

/** Min/max scaling onto [a, b]: x′ = a + (b − a)·(x − min)/(max − min). */
export function minMaxScale(
  values: ArrayLike<number>,
  range: FeatureRange,
  target: ScaleTarget,
): Float64Array {
  const [a, b] = checkedTarget(range, target);
  return mapLinearly(values, range.min, a, b - a, range.max - range.min);
}

/** The back-transform, min/max scaling's inverse: x = min + (x′ − a)·(max − min)/(b − a). */
export function minMaxRestore(
  scaled: ArrayLike<number>,
  range: FeatureRange,
  target: ScaleTarget,
): Float64Array {
  const [a, b] = checkedTarget(range, target);
  return mapLinearly(scaled, a, range.min, range.max - range.min, b - a);
}
