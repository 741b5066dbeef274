/**
 * The chapters' self-check exercises: for many seeds, the numbers they state lie on their grids
 * and in their ranges, the same seed gives the same exercises, and every answer agrees with the
 * formula written out by hand below (not the engine's), as does every step of the worked
 * solutions. Parameter counts are also checked against the chapter's worked counts.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  EXERCISE_GENERATORS,
  EXERCISE_SET_IDS,
  EXERCISE_TOLERANCE,
  MAX_EXERCISE_SEED,
  countExercise,
  generateExercises,
  nextExerciseSeed,
  type Exercise,
  type ExerciseSetId,
  type WorkedStep,
} from '../../../../src/engine/index';
import { EXERCISES_BY_HAND } from '../../../reference/exercises-by-hand.ts';

const seeds = fc.integer({ min: 0, max: MAX_EXERCISE_SEED });
const RUNS = { numRuns: 200 };

/**
 * The numbers an exercise can use: those it states and those of the exercises before it, by key
 * (a later exercise's number of the same key, such as a new z, replaces the earlier one).
 */
function stated(exercises: readonly Exercise[], upTo: number): Record<string, number> {
  const values: Record<string, number> = {};
  for (const exercise of exercises.slice(0, upTo + 1)) {
    for (const given of exercise.givens) values[given.key] = given.value;
  }
  return values;
}

/** Asserts that a stated number lies in [low, high] on the grid of `decimals` decimals. */
function expectOnGrid(value: number, low: number, high: number, decimals: number): void {
  expect(value).toBeGreaterThanOrEqual(low);
  expect(value).toBeLessThanOrEqual(high);
  const units = value * 10 ** decimals;
  expect(Math.abs(units - Math.round(units))).toBeLessThan(1e-9);
}

const sigmoid = (z: number) => 1 / (1 + Math.exp(-z));
const tanh = (z: number) => (Math.exp(z) - Math.exp(-z)) / (Math.exp(z) + Math.exp(-z));

const BY_HAND = EXERCISES_BY_HAND as Record<ExerciseSetId, (typeof EXERCISES_BY_HAND)[string]>;

/** Each step's value against its own terms and inputs, written out by hand. */
function expectStepConsistent(step: WorkedStep, exercises: readonly Exercise[]): void {
  expect(Number.isFinite(step.value), step.result).toBe(true);
  switch (step.rule) {
    case 'sum': {
      for (const term of step.terms) {
        const product = term.factors.reduce((p, f) => p * f.value, term.sign as number);
        expect(term.value).toBeCloseTo(product, 12);
      }
      const sum = step.terms.reduce((total, term) => total + term.value, 0);
      expect(step.value, step.result).toBeCloseTo(sum, 12);
      break;
    }
    case 'sigmoid':
      expect(step.value).toBeCloseTo(sigmoid(step.input.value), 12);
      break;
    case 'tanh':
      expect(step.value).toBeCloseTo(tanh(step.input.value), 12);
      break;
    case 'sigmoidSlope':
      expect(step.value).toBeCloseTo(step.output.value * (1 - step.output.value), 12);
      break;
    case 'tanhSlope':
      expect(step.value).toBeCloseTo(1 - step.output.value ** 2, 12);
      break;
    case 'identity':
      expect(step.value).toBe(step.input.value);
      break;
    case 'decay':
      expect(step.value).toBeCloseTo(
        step.rate.value / (1 + step.decay.value * step.epoch.value),
        12,
      );
      break;
    case 'update':
      expect(step.value).toBeCloseTo(
        step.parameter.value - step.rate.value * step.gradient.value,
        12,
      );
      break;
    case 'known': {
      // A result worked out, with the same value, in an exercise before this one.
      const earlier = exercises[step.exercise - 1]!;
      const there = earlier.steps.find((candidate) => candidate.result === step.result);
      expect(there?.value, step.result).toBe(step.value);
      break;
    }
  }
}

describe('generateExercises', () => {
  it('lists every chapter that has a generator, once', () => {
    expect([...EXERCISE_SET_IDS].sort()).toEqual(Object.keys(EXERCISE_GENERATORS).sort());
  });

  it.each(EXERCISE_SET_IDS)('gives the same %s exercises for the same seed', (set) => {
    fc.assert(
      fc.property(seeds, (seed) => {
        expect(generateExercises(set, seed)).toEqual(generateExercises(set, seed));
      }),
      { numRuns: 50 },
    );
  });

  it('gives other numbers for another seed', () => {
    for (const set of EXERCISE_SET_IDS) {
      expect(generateExercises(set, 1).exercises).not.toEqual(generateExercises(set, 2).exercises);
    }
  });

  it.each(EXERCISE_SET_IDS)(
    'answers every %s exercise as the formulas written out by hand do, with finite steps',
    (set) => {
      fc.assert(
        fc.property(seeds, (seed) => {
          const { exercises } = generateExercises(set, seed);
          expect(exercises.length).toBeGreaterThanOrEqual(2);
          expect(exercises.length).toBeLessThanOrEqual(4);
          expect(exercises).toHaveLength(BY_HAND[set].length);
          BY_HAND[set].forEach((byHand, i) => {
            expect(exercises[i]!.answer).toBeCloseTo(byHand(stated(exercises, i)), 10);
          });
          exercises.forEach((exercise, i) => {
            const number = i + 1;
            expect(Number.isFinite(exercise.answer)).toBe(true);
            expect(exercise.steps.at(-1)!.value).toBe(exercise.answer);
            expect(exercise.steps.at(-1)!.result).toBe(exercise.asks);
            for (const step of exercise.steps) {
              if (step.rule === 'known') expect(step.exercise).toBeLessThan(number);
              expectStepConsistent(step, exercises);
            }
          });
        }),
        RUNS,
      );
    },
  );

  it('states numbers on grids of one or two decimals, in their ranges', () => {
    const ranges: Record<string, [number, number, number]> = {
      x1: [0.1, 0.9, 1],
      x2: [0.1, 0.9, 1],
      x3: [0.1, 0.9, 1],
      y: [0.1, 0.9, 1],
      H4: [0.1, 0.9, 2],
      O6: [-0.5, 1.5, 2],
      learningRate: [0.1, 1, 1],
      initialLearningRate: [0.1, 1, 1],
      decay: [0.01, 0.1, 2],
      epoch: [1, 20, 0],
      z: [-3, 3, 1],
      'dL/dw46': [-1, 1, 2],
      'dL/dw14': [-0.5, 0.5, 2],
    };
    fc.assert(
      fc.property(seeds, (seed) => {
        for (const set of EXERCISE_SET_IDS) {
          for (const exercise of generateExercises(set, seed).exercises) {
            for (const { key, value } of exercise.givens) {
              const range: [number, number, number] | undefined =
                ranges[key] ??
                (/^w\d\d$/.test(key)
                  ? [-1, 1, 2]
                  : /^b\d$/.test(key)
                    ? [-0.5, 0.5, 2]
                    : /^l\d$/.test(key)
                      ? [1, 12, 0]
                      : undefined);
              expect(range, `a range for ${key}`).toBeDefined();
              expectOnGrid(value, ...range!);
              if (/^w\d\d$|^dL\//.test(key)) expect(value).not.toBe(0);
            }
          }
        }
      }),
      RUNS,
    );
  });

  it('recalls a named result of an earlier exercise, not its first step', () => {
    // ∂L/∂λ₁,₄ starts from ∂L/∂O₆in, the second step of the ∂L/∂λ₄,₆ exercise (after ∂L/∂O₆).
    for (const seed of [0, 1, 42]) {
      const [first, second] = generateExercises('backpropagation', seed).exercises;
      expect(first!.steps.map((step) => step.result)).toEqual(['dL/dO6', 'dL/dO6in', 'dL/dw46']);
      expect(second!.steps[0]).toMatchObject({ rule: 'known', exercise: 1, result: 'dL/dO6in' });
      expect(second!.steps[0]!.value).toBe(first!.steps[1]!.value);
    }
  });

  it('asks for counts exactly and for everything else to within ±0.001', () => {
    for (const set of EXERCISE_SET_IDS) {
      for (const exercise of generateExercises(set, 7).exercises) {
        expect(exercise.tolerance).toBe(set === 'parameters' ? 0 : EXERCISE_TOLERANCE);
      }
    }
    expect(EXERCISE_TOLERANCE).toBe(0.001);
  });

  it('refuses a seed or a set it does not know', () => {
    for (const seed of [-1, 1.5, MAX_EXERCISE_SEED + 1, Number.NaN]) {
      expect(() => generateExercises('forward-pass', seed)).toThrow(RangeError);
    }
    expect(() => generateExercises('toString' as ExerciseSetId, 1)).toThrow(RangeError);
  });
});

describe('countExercise', () => {
  // The chapter's worked counts: |θ| = Σ lᵢ₋₁·lᵢ + Σ lᵢ.
  it.each([
    { widths: [3, 2, 1], weights: 8, biases: 3, total: 11 },
    { widths: [10, 20, 3], weights: 260, biases: 23, total: 283 },
    { widths: [10, 8, 6, 4, 2, 1], weights: 162, biases: 21, total: 183 },
    { widths: [4, 5, 2], weights: 30, biases: 7, total: 37 },
  ])('counts $total for widths $widths, term by term', ({ widths, weights, biases, total }) => {
    const exercise = countExercise(widths);
    expect(exercise.answer).toBe(total);
    expect(exercise.tolerance).toBe(0);
    expect(exercise.givens.map((given) => given.value)).toEqual(widths);
    const [weightStep, biasStep] = exercise.steps;
    expect(weightStep!.value).toBe(weights);
    expect(biasStep!.value).toBe(biases);
    for (const step of exercise.steps) expectStepConsistent(step, [exercise]);
  });
});

describe('nextExerciseSeed', () => {
  it('moves to another seed in range, the same one every time', () => {
    fc.assert(
      fc.property(seeds, (seed) => {
        const next = nextExerciseSeed(seed);
        expect(Number.isInteger(next)).toBe(true);
        expect(next).toBeGreaterThanOrEqual(0);
        expect(next).toBeLessThanOrEqual(MAX_EXERCISE_SEED);
        expect(next).not.toBe(seed);
        expect(nextExerciseSeed(seed)).toBe(next);
      }),
      RUNS,
    );
  });
});
