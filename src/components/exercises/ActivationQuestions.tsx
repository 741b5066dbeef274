/**
 * "Check yourself" for the activation chapter: its questions and the whole widget, loaded when a reader turns
 * to the exercises (see LazyExercises.tsx).
 */
import type { ExerciseTopic } from '../../engine/exercises/index.ts';
import { activationExercisesKind } from './activation-exercises.kind.ts';
import { Exercises, type ExercisesProps } from './Exercises.tsx';
import { ExerciseSym, type Wording } from './wording.tsx';

/** A topic's question, made afresh for each exercise (an element is never shared). */
function wording(topic: ExerciseTopic): Wording {
  switch (topic) {
    case 'sigmoidValue':
      return {
        lead: 'A node with the sigmoid activation receives',
        ask: (
          <>
            What does it pass on, <ExerciseSym quantity="sigmoid" /> = 1 / (1 + e<sup>−z</sup>)?
          </>
        ),
      };
    case 'sigmoidSlope':
      return {
        lead: 'At the same z,',
        ask: (
          <>
            how steep is the sigmoid: what is its slope <ExerciseSym quantity="sigmoidSlope" />?
          </>
        ),
      };
    case 'tanhSlope':
      return {
        lead: 'Another node uses tanh and receives',
        ask: (
          <>
            What is the slope of tanh there, <ExerciseSym quantity="tanhSlope" />?
          </>
        ),
      };
    default:
      throw new RangeError(`the activation chapter has no question "${topic}"`);
  }
}

export function ActivationQuestions(props: ExercisesProps) {
  return <Exercises {...props} kind={activationExercisesKind} wording={wording} />;
}
