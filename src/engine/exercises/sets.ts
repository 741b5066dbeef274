/**
 * Every chapter's exercises, by the chapter's slug: for the tests and the docs. Pages do not
 * import this table: each chapter's store kind imports its own generator, so that a page loads
 * one chapter's exercises and no others.
 */
import { exercisesFor, type ExerciseGenerator, type ExerciseSet } from './exercise';
import { activationExercises } from './activation';
import { backpropagationExercises } from './backpropagation';
import { forwardPassExercises } from './forwardPass';
import { parameterExercises } from './parameters';
import { updateExercises } from './update';

/** The chapters that end with exercises, by their slug, and each one's generator. */
export const EXERCISE_GENERATORS = {
  'forward-pass': forwardPassExercises,
  backpropagation: backpropagationExercises,
  parameters: parameterExercises,
  'updating-parameters': updateExercises,
  'activation-functions': activationExercises,
} as const satisfies Record<string, ExerciseGenerator>;

export type ExerciseSetId = keyof typeof EXERCISE_GENERATORS;

/** The chapters with exercises, as in the table above (a literal: importing runs nothing). */
export const EXERCISE_SET_IDS: readonly ExerciseSetId[] = [
  'forward-pass',
  'backpropagation',
  'parameters',
  'updating-parameters',
  'activation-functions',
];

/**
 * A chapter's exercises for a seed, drawn from `numpyRandom(seed)` by its generator.
 * @param seed integer in [0, 999 999]
 */
export function generateExercises(set: ExerciseSetId, seed: number): ExerciseSet {
  if (!Object.hasOwn(EXERCISE_GENERATORS, set)) {
    throw new RangeError(`no exercises for "${String(set)}"`);
  }
  return exercisesFor(EXERCISE_GENERATORS[set], seed);
}
