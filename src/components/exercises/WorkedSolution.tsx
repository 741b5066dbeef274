/**
 * An exercise's worked solution, one step a line: the rule in symbols, the same with the numbers
 * put in, and the result, e.g.
 *   H₄in = λ₁,₄·x₁ + λ₂,₄·x₂ + λ₃,₄·x₃ + b₄ = (−0.4)·0.4 + … + (−0.32) = −1.0590
 * Every number is the engine's (a stated number, a term's product or a step's result, from the
 * exercises store); this component only writes them out.
 */
import type { ComponentChildren } from 'preact';
import type { ExerciseNumber, SumTerm, WorkedStep } from '../../engine/exercises/index.ts';
import { ExerciseSym, ExerciseValue, joined } from './wording.tsx';

interface Props {
  /** The exercise's number, from 1. */
  exercise: number;
  steps: readonly WorkedStep[];
  /** Decimals of a worked number. */
  digits: number;
}

/** A sum's terms, each a product of symbols or of numbers, with + and − between them. */
function sumOf(terms: readonly SumTerm[], show: (factor: ExerciseNumber) => ComponentChildren) {
  return terms.flatMap((term, i) => {
    const product = joined(term.factors.map(show), ' · ');
    const sign = term.sign < 0 ? (i === 0 ? '−' : ' − ') : i === 0 ? '' : ' + ';
    return [sign, ...product];
  });
}

/** e raised to a power, as a superscript. */
function Exp({ power }: { power: ComponentChildren }) {
  return (
    <>
      e<sup>{power}</sup>
    </>
  );
}

/** One step: its symbols, then its numbers (`null` when the step is a single recalled number). */
function stepParts(
  step: WorkedStep,
  value: (number: ExerciseNumber, parenthesise?: boolean) => ComponentChildren,
): { symbols: ComponentChildren; numbers: ComponentChildren | null } {
  const sym = (number: ExerciseNumber) => <ExerciseSym quantity={number.key} />;
  switch (step.rule) {
    case 'sum':
      return {
        symbols: sumOf(step.terms, sym),
        numbers: sumOf(step.terms, (factor) => value(factor, true)),
      };
    case 'sigmoid':
      return {
        symbols: (
          <>
            1 / (1 + <Exp power={<>−{sym(step.input)}</>} />)
          </>
        ),
        numbers: (
          <>
            1 / (1 + <Exp power={<>−{value(step.input, true)}</>} />)
          </>
        ),
      };
    case 'tanh': {
      const ratio = (z: ComponentChildren) => (
        <>
          (<Exp power={z} /> − <Exp power={<>−{z}</>} />) / (<Exp power={z} /> +{' '}
          <Exp power={<>−{z}</>} />)
        </>
      );
      return { symbols: ratio(sym(step.input)), numbers: ratio(value(step.input, true)) };
    }
    case 'sigmoidSlope':
      return {
        symbols: (
          <>
            {sym(step.output)} · (1 − {sym(step.output)})
          </>
        ),
        numbers: (
          <>
            {value(step.output)} · (1 − {value(step.output)})
          </>
        ),
      };
    case 'tanhSlope':
      return {
        symbols: <>1 − {sym(step.output)}²</>,
        numbers: <>1 − {value(step.output, true)}²</>,
      };
    case 'identity':
      return { symbols: sym(step.input), numbers: null };
    case 'decay':
      return {
        symbols: (
          <>
            {sym(step.rate)} / (1 + {sym(step.decay)} · {sym(step.epoch)})
          </>
        ),
        numbers: (
          <>
            {value(step.rate)} / (1 + {value(step.decay)} · {value(step.epoch)})
          </>
        ),
      };
    case 'update':
      return {
        symbols: (
          <>
            {sym(step.parameter)} − {sym(step.rate)} · {sym(step.gradient)}
          </>
        ),
        numbers: (
          <>
            {value(step.parameter)} − {value(step.rate)} · {value(step.gradient, true)}
          </>
        ),
      };
    case 'known':
      return { symbols: null, numbers: null };
  }
}

export function WorkedSolution({ exercise, steps, digits }: Props) {
  const value = (number: ExerciseNumber, parenthesise = false) => (
    <ExerciseValue
      exercise={exercise}
      number={number}
      digits={digits}
      parenthesise={parenthesise}
    />
  );
  return (
    <ol class="exercise-steps">
      {steps.map((step) => {
        const result = { key: step.result, value: step.value };
        const { symbols, numbers } = stepParts(step, value);
        return (
          <li key={step.result} class="exercise-step">
            <ExerciseSym quantity={step.result} />
            {symbols !== null && <> = {symbols}</>}
            {numbers !== null && <> = {numbers}</>} ={' '}
            <strong class="exercise-step-result">{value(result)}</strong>
            {step.rule === 'known' && <>, from exercise {step.exercise}</>}
          </li>
        );
      })}
    </ol>
  );
}
