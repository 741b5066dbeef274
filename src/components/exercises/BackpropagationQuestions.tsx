/**
 * "Check yourself" for the backpropagation chapters: its questions and the whole widget, loaded when a reader turns
 * to the exercises (see LazyExercises.tsx).
 */
import type { ExerciseTopic } from '../../engine/exercises/index.ts';
import { backpropagationExercisesKind } from './backpropagation-exercises.kind.ts';
import { Exercises, type ExercisesProps } from './Exercises.tsx';
import { ExerciseSym, type Wording } from './wording.tsx';

/** A topic's question, made afresh for each exercise (an element is never shared). */
function wording(topic: ExerciseTopic): Wording {
  switch (topic) {
    case 'outputWeightGradient':
      return {
        lead: 'A forward pass of the chapter’s network has left',
        ask: (
          <>
            With the loss L = ½(
            <ExerciseSym quantity="O6" /> − y)², what is <ExerciseSym quantity="dL/dw46" />?
          </>
        ),
      };
    case 'inputWeightGradient':
      return {
        lead: 'In the same state, with',
        after: ',',
        ask: (
          <>
            what is <ExerciseSym quantity="dL/dw14" />? (Hidden node 4 uses the sigmoid.)
          </>
        ),
      };
    default:
      throw new RangeError(`the backpropagation chapters has no question "${topic}"`);
  }
}

export function BackpropagationQuestions(props: ExercisesProps) {
  return <Exercises {...props} kind={backpropagationExercisesKind} wording={wording} />;
}
