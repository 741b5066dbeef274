/**
 * Whether a column swings at the end of a run: every change over its last epochs reverses the one
 * before, by more than a millionth of the values' size (at least of 1). Columns built by hand.
 */
import { describe, expect, it } from 'vitest';
import { SWING_EPOCHS, swingOf } from '../../../src/state/kind-parts/settling.ts';

/** n values alternating between low and high, starting low. */
const alternating = (n: number, low: number, high: number) =>
  Array.from({ length: n }, (_, i) => (i % 2 === 0 ? low : high));

describe('a column that swings', () => {
  it('swings from three alternating entries on, and cannot tell from two', () => {
    expect(swingOf([0, 1])).toBeNull();
    expect(swingOf([0, 1, 0])).toEqual({ low: 0, high: 1 });
    expect(swingOf([-1, 1, -1])).toEqual({ low: -1, high: 1 });
    // Looking at only the last two epochs, ten alternating values are too short to tell.
    expect(swingOf(alternating(10, 0, 1), 2)).toBeNull();
    expect(swingOf(alternating(10, 0, 1), 3)).toEqual({ low: 0, high: 1 });
  });

  it('looks only at the last epochs: a rise before them does not count', () => {
    const rising = Array.from({ length: 10 }, (_, i) => i);
    expect(SWING_EPOCHS).toBe(20);
    expect(swingOf([...rising, ...alternating(20, 0, 1)])).toEqual({ low: 0, high: 1 });
    // The last 20 begin 7, 8, 9: two rises in a row.
    expect(swingOf([...rising, ...alternating(17, 0, 1)])).toBeNull();
  });

  it('settles where a change does not reverse the one before: a steady rise, a stop, a stop then a fall', () => {
    expect(swingOf([0, 1, 2, 3])).toBeNull();
    expect(swingOf([0, 1, 1, 0])).toBeNull();
    expect(swingOf([0, 0, -1])).toBeNull();
  });

  it('settles where the swing is no more than a millionth of the values’ size, or of 1', () => {
    // Values up to 1: the spread must exceed 10⁻⁶ itself.
    expect(swingOf([0, 1e-6, 0])).toBeNull();
    expect(swingOf([0, 2e-6, 0])).toEqual({ low: 0, high: 2e-6 });
    expect(swingOf([1, 1 + 1e-9, 1])).toBeNull();
    // Values near 10⁷: a spread of 1 is a tenth of 10⁻⁶ · 10⁷ = 10; a spread of 20 is twice it.
    expect(swingOf([1e7, 1e7 + 1, 1e7])).toBeNull();
    expect(swingOf([-1e7, -1e7 + 1, -1e7])).toBeNull();
    expect(swingOf([1e7, 1e7 + 20, 1e7])).toEqual({ low: 1e7, high: 1e7 + 20 });
  });
});
