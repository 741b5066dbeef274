/**
 * A lab exercise's worked solution, one step a line in the node panel's notation: the step's
 * symbol, its rule in symbols, the same with the lab's numbers put in, and its result, e.g.
 *   ∂L/∂N₇ = λ₇,₁₀·∂L/∂N₁₀,in = 0.8123 · (−0.0412) = −0.0335
 * Every number is the engine's exercise's (read from the store); this only writes them out.
 */
import { Fragment, type ComponentChildren } from 'preact';
import type { LabNumber, LabStep, LabTerm } from '../../engine/exercises/index.ts';
import { Equation, FUNCTION } from '../lab/panel-math.tsx';
import { LabSym, LabValue } from './lab-symbols.tsx';

type Show = (number: LabNumber) => ComponentChildren;

/** A signed sum of products, each product kept on one line: λ₃,₇·N₃ + … − y. */
function Terms({ terms, show }: { terms: readonly LabTerm[]; show: Show }) {
  return (
    <>
      {terms.map((term, i) => (
        <Fragment key={i}>
          {i > 0 && ' '}
          <span class="lab-term">
            {term.sign < 0 ? (i === 0 ? '−' : '− ') : i === 0 ? '' : '+ '}
            {term.factors.map((factor, f) => (
              <Fragment key={f}>
                {f > 0 && ' · '}
                {show(factor)}
              </Fragment>
            ))}
          </span>
        </Fragment>
      ))}
    </>
  );
}

/** e raised to a number. */
const Exp = ({ power }: { power: ComponentChildren }) => (
  <>
    <var>e</var>
    <sup>{power}</sup>
  </>
);

/** A step's rule written with `show` for its numbers: symbols, or values. */
function rule(step: LabStep, show: Show): ComponentChildren {
  switch (step.rule) {
    case 'sum':
      return <Terms terms={step.terms} show={show} />;
    case 'activation':
      return step.activation === 'identity' ? (
        show(step.input)
      ) : (
        <>
          {FUNCTION[step.activation]}({show(step.input)})
        </>
      );
    case 'softmax':
      return (
        <>
          <Exp power={show(step.input)} /> / (
          {step.inputs.map((input, i) => (
            <Fragment key={input.key}>
              {i > 0 && ' + '}
              <Exp power={show(input)} />
            </Fragment>
          ))}
          )
        </>
      );
    case 'slope':
      if (step.activation === 'sigmoid') {
        return (
          <>
            {show(step.output)} · (1 − {show(step.output)})
          </>
        );
      }
      if (step.activation === 'tanh') return <>1 − {show(step.output)}²</>;
      // ReLU and leaky ReLU: 1 for an input above 0, else 0 (ReLU) or 0.01 (leaky ReLU).
      return (
        <>
          1 if {show(step.input)} &gt; 0, else {step.activation === 'relu' ? '0' : '0.01'}
        </>
      );
    case 'same':
      return show(step.input);
    case 'update':
      return (
        <>
          {show(step.parameter)} − {show(step.rate)} · {show(step.gradient)}
        </>
      );
  }
}

/** The activation a step's symbols need: the slope's own, for α′. */
const activationOf = (step: LabStep): string => (step.rule === 'slope' ? step.activation : '');

/** True for a step whose rule only passes a number on or picks a case: no line of numbers. */
const passes = (step: LabStep): boolean =>
  step.rule === 'same' ||
  (step.rule === 'activation' && step.activation === 'identity') ||
  (step.rule === 'slope' && step.activation !== 'sigmoid' && step.activation !== 'tanh');

export function LabSolution({ steps, prefix }: { steps: readonly LabStep[]; prefix: string }) {
  const symbol: Show = (number) => <LabSym number={number} />;
  const value: Show = (number) => <LabValue prefix={prefix} number={number} parenthesise />;
  return (
    <ol class="exercise-steps">
      {steps.map((step) => {
        const sides: ComponentChildren[] = [
          <LabSym number={step.result} activation={activationOf(step)} />,
          rule(step, symbol),
          ...(passes(step) ? [] : [rule(step, value)]),
          <>
            <strong class="exercise-step-result">
              <LabValue prefix={prefix} number={step.result} />
            </strong>
            {step.rule === 'slope' && passes(step) && (
              <>
                , as {symbol(step.input)} = {value(step.input)}
              </>
            )}
          </>,
        ];
        return (
          <li key={step.result.key} class="exercise-step">
            <Equation sides={sides} />
          </li>
        );
      })}
    </ol>
  );
}
