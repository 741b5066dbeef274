/**
 * The exercises' entry: an exercise and its worked steps, one generator per chapter and the sets
 * by id. Each generator's module runs nothing at its top level, so a page that imports one
 * generator from here loads that one alone.
 */
export type {
  Exercise,
  ExerciseGenerator,
  ExerciseNumber,
  ExerciseSet,
  ExerciseTopic,
  StepRule,
  SumTerm,
  WorkedStep,
} from './exercise';
export {
  EXERCISE_TOLERANCE,
  MAX_EXERCISE_SEED,
  drawOnGrid,
  exercisesFor,
  nextExerciseSeed,
} from './exercise';
export { activationExercises } from './activation';
export { backpropagationExercises } from './backpropagation';
export { forwardPassExercises } from './forwardPass';
export { countExercise, parameterExercises } from './parameters';
export { updateExercises } from './update';
export type { ExerciseSetId } from './sets';
export { EXERCISE_GENERATORS, EXERCISE_SET_IDS, generateExercises } from './sets';
export type { LabExercise, LabKeys, LabState } from './lab';
export { labExercise } from './lab';
export type { LabQuestion, LabTopic } from './lab-question';
export { LAB_TOPICS, drawLabQuestion, labQuestionFor, nextLabSeed } from './lab-question';
export type { LabNumber, LabPart, LabRule, LabStep, LabTerm } from './lab-steps';
export { READING_ERROR, labTolerance } from './lab-tolerance';
export { evaluateLabStep, shownAnswer } from './lab-shown';
