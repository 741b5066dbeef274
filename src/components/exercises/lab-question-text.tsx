/**
 * What a lab exercise asks, in words: the quantity by its symbol and what it is, for each topic.
 * The state it is asked of (the epoch, the sample) is said by the widget before it.
 */
import type { LabExercise } from '../../engine/exercises/index.ts';
import { LabSym } from './lab-symbols.tsx';

/** The question of an exercise, after the state it is asked of. */
export function QuestionText({ exercise }: { exercise: LabExercise }) {
  const { question, asks } = exercise;
  const sym = <LabSym number={asks} />;
  switch (question.topic) {
    case 'weightGradient':
      return (
        <>
          What is {sym}, the derivative of this sample’s loss with respect to the weight from node{' '}
          {question.from} to node {question.to}?
        </>
      );
    case 'biasGradient':
      return (
        <>
          What is {sym}, the derivative of this sample’s loss with respect to the bias of node{' '}
          {question.node}?
        </>
      );
    case 'nodeInput':
      return (
        <>
          What is {sym}, the input of node {question.node} before its activation?
        </>
      );
    case 'nodeOutput':
      return (
        <>
          What is {sym}, the output of node {question.node} after its activation?
        </>
      );
    case 'weightStep':
      return (
        <>
          One step of gradient descent on this sample alone, with the epoch’s learning rate η
          <sub>ℓ</sub>, moves the weight from node {question.from} to node {question.to} by −η
          <sub>ℓ</sub> times its derivative. What is the weight {sym} after that step?
        </>
      );
  }
}
