/**
 * The exercises' draws and seeds, from their documented definitions: a grid value is
 * low + k·10^−d with k = ⌊r·(n + 1)⌋ (r from a scripted stream here, so each k is known), the next
 * seed is ⌊r·10⁶⌋ for Mulberry32's first double, moved on by one where that is the seed itself
 * (163,286 and 734,164 are the two such seeds, found by trying all 10⁶), and a set's seed is a
 * whole number from 0 to 999,999.
 */
import { describe, expect, it } from 'vitest';
import {
  MAX_EXERCISE_SEED,
  drawOnGrid,
  exercisesFor,
  mulberry32,
  nextExerciseSeed,
} from '../../../../src/engine/index.ts';

/** A stream that answers the given doubles in turn. */
const scripted = (...values: number[]) => {
  let i = 0;
  return () => values[i++]!;
};

describe('drawOnGrid', () => {
  it('spans the grid from low to high: r = 0 gives low, r just under 1 gives high', () => {
    // −3 … 3 in tenths: 61 values, k = ⌊r·61⌋.
    expect(drawOnGrid(scripted(0), -3, 3, 1)).toBe(-3);
    expect(drawOnGrid(scripted(0.9999), -3, 3, 1)).toBe(3);
    expect(drawOnGrid(scripted(30 / 61), -3, 3, 1)).toBe(0);
    expect(drawOnGrid(scripted(31 / 61), -3, 3, 1)).toBe(0.1);
    expect(drawOnGrid(scripted(0.9999), -1, 1, 2)).toBe(1);
  });

  it('keeps 0 unless asked not to, and then draws again', () => {
    expect(drawOnGrid(scripted(0.5, 0), -1, 1, 0)).toBe(0);
    expect(drawOnGrid(scripted(0.5, 0), -1, 1, 0, true)).toBe(-1);
  });
});

describe('nextExerciseSeed', () => {
  it('is ⌊r·10⁶⌋ for the first double of Mulberry32 from the seed', () => {
    for (const seed of [0, 1, 42, 999_999]) {
      expect(nextExerciseSeed(seed)).toBe(Math.floor(mulberry32(seed)() * 1_000_000));
    }
  });

  it('moves on by one from the two seeds that would lead back to themselves', () => {
    expect(Math.floor(mulberry32(163_286)() * 1_000_000)).toBe(163_286);
    expect(nextExerciseSeed(163_286)).toBe(163_287);
    expect(nextExerciseSeed(734_164)).toBe(734_165);
  });
});

describe('exercisesFor', () => {
  const generate = () => [];

  it('takes the seeds 0 and 999,999 and refuses their neighbours outside and a fraction', () => {
    expect(MAX_EXERCISE_SEED).toBe(999_999);
    expect(exercisesFor(generate, 0).seed).toBe(0);
    expect(exercisesFor(generate, 999_999).seed).toBe(999_999);
    for (const seed of [-1, 1_000_000, 2.5, Number.NaN]) {
      expect(() => exercisesFor(generate, seed), String(seed)).toThrow(
        new RangeError('seed must be an integer from 0 to 999999'),
      );
    }
  });
});
