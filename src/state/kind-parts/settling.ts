/**
 * Whether a run's quantity settles or keeps swinging, read off the end of its column: a
 * prediction that overshoots the target every epoch without closing in (η = 2 on the chapter's
 * network) alternates up and down to the last epoch, where a settled one stands still.
 */

/** Epochs at the end of a run that decide whether a quantity settles. */
export const SWING_EPOCHS = 20;

/** Smallest spread over those epochs, relative to the size of the values, that counts as a swing. */
const SWING_TOLERANCE = 1e-6;

/** The lowest and highest value of a quantity over the last epochs of a run that swings. */
export interface Swing {
  readonly low: number;
  readonly high: number;
}

/**
 * The swing of a column over its last `epochs` entries: every change there reverses the one
 * before (d_i · d_{i+1} < 0), and max − min exceeds 10⁻⁶ · max(1, max |v|). Null when it settles,
 * or when the column is too short to tell (fewer than three entries).
 */
export function swingOf(values: ArrayLike<number>, epochs = SWING_EPOCHS): Swing | null {
  const start = Math.max(0, values.length - epochs);
  if (values.length - start < 3) return null;
  let low = Infinity;
  let high = -Infinity;
  let size = 0;
  let change = 0;
  for (let i = start; i < values.length; i++) {
    const value = values[i]!;
    low = Math.min(low, value);
    high = Math.max(high, value);
    size = Math.max(size, Math.abs(value));
    // Stryker disable next-line ConditionalExpression,EqualityOperator: a change at the first entry is replaced at the next, unread
    if (i > start) {
      const next = value - values[i - 1]!;
      if (i > start + 1 && !(next * change < 0)) return null;
      change = next;
    }
  }
  return high - low > SWING_TOLERANCE * Math.max(1, size) ? { low, high } : null;
}
