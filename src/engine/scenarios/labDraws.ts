/**
 * What the lab's data sets share: their options and checks, the columns they fill, and the one
 * normal draw they add noise with. Every set draws from `numpyRandom(seed)`, sample after sample,
 * so a NumPy script that makes the same `np.random.random()` calls in the same order reproduces
 * it (scripts/lab_data_fixtures.py).
 */
import type { Rng } from '../core/rng';
import { checkInteger, checkNonNegative } from '../core/validate';

/** Most samples one lab data set may hold. */
export const MAX_LAB_SAMPLES = 5000;

/** Largest noise σ accepted, in the units of the inputs (the sets lie in [−2, 2]²). */
export const MAX_LAB_NOISE = 1;

/** Half the side of the square [−2, 2]² every lab set lies in before its noise is added. */
export const LAB_BOX = 2;

/** What every lab data set is drawn from. */
export interface LabDataOptions {
  /** n, the number of samples: an integer from 1 to MAX_LAB_SAMPLES. */
  readonly samples: number;
  /** Seed of the `numpyRandom` stream the set is drawn from: an integer in [0, 2³² − 1]. */
  readonly seed: number;
  /** σ of the Gaussian noise, from 0 to MAX_LAB_NOISE. */
  readonly noise: number;
}

/** What a lab set's y holds: a real target, or the class of the sample (0 or 1). */
export type LabTask = 'regression' | 'classes';

/**
 * A lab data set as columns, one entry per sample: the inputs x₁ and x₂ (x₂ empty for a set of one
 * input) and the target y (a real number for 'regression', the class 0 or 1 for 'classes').
 * Columns, so a plot reads them as they are; `labDataset` turns them into the rows a trainer takes.
 */
export interface LabData {
  readonly task: LabTask;
  /** The inputs each sample has: 1 (x₁ alone) or 2 (x₁ and x₂). */
  readonly inputs: number;
  readonly x1: Float64Array;
  /** x₂ of each sample; no entries when `inputs` is 1. */
  readonly x2: Float64Array;
  readonly y: Float64Array;
}

/** Throws a RangeError unless n, σ (and the seed, checked when the stream is made) are usable. */
export function checkLabOptions(options: LabDataOptions): void {
  checkInteger('samples', options.samples, 1, MAX_LAB_SAMPLES);
  checkNonNegative('noise', options.noise);
  if (options.noise > MAX_LAB_NOISE) {
    throw new RangeError(`noise must be at most ${MAX_LAB_NOISE}, got ${options.noise}`);
  }
}

/** Empty columns for n samples of a task with one or two inputs (x₂ has no entries for one). */
export function createLabData(task: LabTask, samples: number, inputs = 2): LabData {
  return {
    task,
    inputs,
    x1: new Float64Array(samples),
    x2: new Float64Array(inputs === 2 ? samples : 0),
    y: new Float64Array(samples),
  };
}

/**
 * One draw from N(0, 1) by Box–Muller: √(−2 ln(1 − u₁))·cos(2π·u₂), from two draws u₁, u₂ of
 * `rng` in that order (1 − u₁ lies in (0, 1], so the logarithm is finite).
 */
export function standardNormal(rng: Rng): number {
  const radial = rng();
  const angular = rng();
  return Math.sqrt(-2 * Math.log(1 - radial)) * Math.cos(2 * Math.PI * angular);
}
