/** The activation chapter's self-check exercises (σ(z), σ′(z) and tanh′(z) at drawn z): see exercises.ts. */
import { activationExercises } from '../../engine/exercises/index.ts';
import { exercisesKind } from '../../state/kind-parts/exercises.ts';

export const activationExercisesKind = exercisesKind('activation-exercises', activationExercises);

/** The kind this module holds, as the kind tables find it (kind-modules.ts). */
export default activationExercisesKind;
