/** The updating chapter's self-check exercises (λ₄,₆ and λ₁,₄ after one update): see exercises.ts. */
import { updateExercises } from '../../engine/exercises/index.ts';
import { exercisesKind } from '../../state/kind-parts/exercises.ts';

export const updateExercisesKind = exercisesKind('update-exercises', updateExercises);

/** The kind this module holds, as the kind tables find it (kind-modules.ts). */
export default updateExercisesKind;
