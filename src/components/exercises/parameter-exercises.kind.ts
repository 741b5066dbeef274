/** The parameters chapter's self-check exercises (the parameter counts of two drawn networks): see exercises.ts. */
import { parameterExercises } from '../../engine/exercises/index.ts';
import { exercisesKind } from '../../state/kind-parts/exercises.ts';

export const parameterExercisesKind = exercisesKind('parameter-exercises', parameterExercises);

/** The kind this module holds, as the kind tables find it (kind-modules.ts). */
export default parameterExercisesKind;
