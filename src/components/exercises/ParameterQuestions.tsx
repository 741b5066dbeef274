/**
 * "Check yourself" for the parameters chapter: its questions and the whole widget, loaded when a reader turns
 * to the exercises (see LazyExercises.tsx).
 */
import type { ExerciseTopic } from '../../engine/exercises/index.ts';
import { parameterExercisesKind } from './parameter-exercises.kind.ts';
import { Exercises, type ExercisesProps } from './Exercises.tsx';
import type { Wording } from './wording.tsx';

/** A topic's question, made afresh for each exercise (an element is never shared). */
function wording(topic: ExerciseTopic): Wording {
  switch (topic) {
    case 'countOneHidden':
      return {
        lead: 'A fully connected network has one hidden layer and the layer widths',
        ask: 'How many parameters does it have, weights and biases together?',
      };
    case 'countTwoHidden':
      return {
        lead: 'Another one has two hidden layers:',
        ask: 'How many parameters does this one have?',
      };
    default:
      throw new RangeError(`the parameters chapter has no question "${topic}"`);
  }
}

export function ParameterQuestions(props: ExercisesProps) {
  return <Exercises {...props} kind={parameterExercisesKind} wording={wording} />;
}
