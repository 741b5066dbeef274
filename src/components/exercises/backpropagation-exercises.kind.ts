/** The backpropagation chapters's self-check exercises (∂L/∂λ₄,₆ and ∂L/∂λ₁,₄ for a drawn state): see exercises.ts. */
import { backpropagationExercises } from '../../engine/exercises/index.ts';
import { exercisesKind } from '../../state/kind-parts/exercises.ts';

export const backpropagationExercisesKind = exercisesKind(
  'backpropagation-exercises',
  backpropagationExercises,
);

/** The kind this module holds, as the kind tables find it (kind-modules.ts). */
export default backpropagationExercisesKind;
