/** The backpropagation chapters's self-check exercises (∂L/∂λ₄,₆ and ∂L/∂λ₁,₄ for a drawn state): see exercises.ts. */
import { backpropagationExercises } from '../../engine/exercises/index.ts';
import { exercisesKind } from './exercises.ts';

export const backpropagationExercisesKind = exercisesKind(
  'backpropagation-exercises',
  backpropagationExercises,
);
