/** The forward-pass chapter's self-check exercises (H₄in, H₄ and O₆ for drawn inputs, weights and biases): see exercises.ts. */
import { forwardPassExercises } from '../../engine/exercises/index.ts';
import { exercisesKind } from '../../state/kind-parts/exercises.ts';

export const forwardPassExercisesKind = exercisesKind(
  'forward-pass-exercises',
  forwardPassExercises,
);

/** The kind this module holds, as the kind tables find it (kind-modules.ts). */
export default forwardPassExercisesKind;
