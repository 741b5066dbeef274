/**
 * "Check yourself" for the updating chapter: its questions and the whole widget, loaded when a reader turns
 * to the exercises (see LazyExercises.tsx).
 */
import type { ExerciseTopic } from '../../engine/exercises/index.ts';
import { updateExercisesKind } from './update-exercises.kind.ts';
import { Exercises, type ExercisesProps } from './Exercises.tsx';
import { ExerciseSym, type Wording } from './wording.tsx';

/** A topic's question, made afresh for each exercise (an element is never shared). */
function wording(topic: ExerciseTopic): Wording {
  switch (topic) {
    case 'update':
      return {
        lead: 'A training step has found',
        ask: (
          <>
            What is <ExerciseSym quantity="w46" /> after one step of gradient descent?
          </>
        ),
      };
    case 'decayedUpdate':
      return {
        lead: (
          <>
            Now the learning rate decays: <ExerciseSym quantity="epochLearningRate" /> ={' '}
            <ExerciseSym quantity="initialLearningRate" /> / (1 + decay · ℓ) at epoch ℓ. With
          </>
        ),
        after: ',',
        ask: (
          <>
            what is <ExerciseSym quantity="w14" /> after this epoch’s update?
          </>
        ),
      };
    default:
      throw new RangeError(`the updating chapter has no question "${topic}"`);
  }
}

export function UpdateQuestions(props: ExercisesProps) {
  return <Exercises {...props} kind={updateExercisesKind} wording={wording} />;
}
