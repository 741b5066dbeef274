/**
 * A seeded train/test split of a lab data set: the samples shuffled, then cut into the samples a
 * network learns from and the samples it is judged on.
 */
import { numpyRandom, shuffleInPlace } from '../core/rng';
import { checkFinite } from '../core/validate';
import type { LabData } from './labDraws';
import { createLabData } from './labDraws';

/** The two parts of a split, and which samples of the whole set each holds, in shuffled order. */
export interface LabSplit {
  readonly train: LabData;
  readonly test: LabData;
  /** trainIndices[i]: the sample of the whole set that is train's sample i. */
  readonly trainIndices: Uint32Array;
  /** testIndices[i]: the sample of the whole set that is test's sample i. */
  readonly testIndices: Uint32Array;
}

/** The samples `indices` of a set, in that order. */
function pick(data: LabData, indices: Uint32Array): LabData {
  const part = createLabData(data.task, indices.length, data.inputs);
  indices.forEach((sample, i) => {
    part.x1[i] = data.x1[sample]!;
    if (data.inputs === 2) part.x2[i] = data.x2[sample]!;
    part.y[i] = data.y[sample]!;
  });
  return part;
}

/**
 * Shuffles the sample order 0 … n − 1 (Fisher–Yates with `numpyRandom(seed)`: for i from n − 1
 * down to 1, swap i with ⌊u·(i + 1)⌋), then cuts it: the last m = ⌊f·n + ½⌋ samples, kept between
 * 1 and n − 1, are the test set, the first n − m the training set.
 * @param testFraction f, the share of samples held out, strictly between 0 and 1
 * @param seed integer in [0, 2³² − 1]
 */
export function splitLabData(data: LabData, testFraction: number, seed: number): LabSplit {
  const samples = data.y.length;
  if (samples < 2) throw new RangeError(`a split needs at least 2 samples, got ${samples}`);
  checkFinite('testFraction', testFraction);
  if (testFraction <= 0 || testFraction >= 1) {
    throw new RangeError(`testFraction must lie strictly between 0 and 1, got ${testFraction}`);
  }
  const order = new Uint32Array(samples);
  // Stryker disable next-line EqualityOperator: one more turn writes past the end of order, which a typed array ignores
  for (let s = 0; s < samples; s++) order[s] = s;
  shuffleInPlace(order, numpyRandom(seed));
  const testCount = Math.min(samples - 1, Math.max(1, Math.floor(testFraction * samples + 0.5)));
  const trainIndices = order.slice(0, samples - testCount);
  const testIndices = order.slice(samples - testCount);
  return {
    train: pick(data, trainIndices),
    test: pick(data, testIndices),
    trainIndices,
    testIndices,
  };
}
