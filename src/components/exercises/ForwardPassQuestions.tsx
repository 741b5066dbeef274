/**
 * "Check yourself" for the forward-pass chapter: its questions and the whole widget, loaded when a reader turns
 * to the exercises (see LazyExercises.tsx).
 */
import type { ExerciseTopic } from '../../engine/exercises/index.ts';
import { forwardPassExercisesKind } from './forward-pass-exercises.kind.ts';
import { Exercises, type ExercisesProps } from './Exercises.tsx';
import { ExerciseSym, type Wording } from './wording.tsx';

/** A topic's question, made afresh for each exercise (an element is never shared). */
function wording(topic: ExerciseTopic): Wording {
  switch (topic) {
    case 'hiddenInput':
      return {
        lead: 'The network of this chapter receives a sample and holds these parameters into hidden node 4:',
        ask: (
          <>
            What is <ExerciseSym quantity="H4in" />, what arrives at node 4 before its activation?
          </>
        ),
      };
    case 'hiddenOutput':
      return {
        lead: 'With the same numbers,',
        ask: (
          <>
            what is <ExerciseSym quantity="H4" />, what node 4 passes on after its sigmoid?
          </>
        ),
      };
    case 'prediction':
      return {
        lead: 'The rest of the network has',
        ask: (
          <>
            What does it predict, <ExerciseSym quantity="O6" /> = ŷ? (The output node’s activation
            is the identity.)
          </>
        ),
      };
    default:
      throw new RangeError(`the forward-pass chapter has no question "${topic}"`);
  }
}

export function ForwardPassQuestions(props: ExercisesProps) {
  return <Exercises {...props} kind={forwardPassExercisesKind} wording={wording} />;
}
