/**
 * The answer a reader works from the numbers the lab shows: every number the solution reads is
 * rounded to three decimals, as the page shows it, and each step is worked from those, its own
 * results kept whole. It is the exact answer's neighbour, within the reading tolerance, except
 * where a rounded number changes a rule: a ReLU input that shows as 0.000 has no sign to read,
 * and a long chain of products can grow a reading's error past the bound. The lab's check takes an
 * answer near either, so a reader who worked correctly from the page is never told otherwise.
 */
import { ACTIVATIONS, type ActivationName } from '../core/activations';
import type { LabNumber, LabStep } from './lab-steps';

/** A number as the lab shows it: rounded to three decimals. */
const asShown = (value: number): number => Math.round(value * 1000) / 1000;

/** A scalar activation by name (the steps name only the lab's own). */
const activationNamed = (name: string) => ACTIVATIONS[name as ActivationName];

/**
 * A step's result from the values `valueOf` gives its numbers, by its rule: Σ ± Π f, α(z),
 * e^z / Σ e^z, α′(z, a), the number itself, or λ − η·g.
 */
export function evaluateLabStep(step: LabStep, valueOf: (number: LabNumber) => number): number {
  switch (step.rule) {
    case 'sum':
      return step.terms.reduce(
        (sum, term) => sum + term.factors.reduce<number>((p, f) => p * valueOf(f), term.sign),
        0,
      );
    case 'activation':
      return activationNamed(step.activation).output(valueOf(step.input));
    case 'softmax': {
      const total = step.inputs.reduce((sum, z) => sum + Math.exp(valueOf(z)), 0);
      return Math.exp(valueOf(step.input)) / total;
    }
    case 'slope':
      return activationNamed(step.activation).derivative(valueOf(step.input), valueOf(step.output));
    case 'same':
      return valueOf(step.input);
    case 'update':
      return valueOf(step.parameter) - valueOf(step.rate) * valueOf(step.gradient);
  }
}

/** The last step's result worked from the lab's numbers as shown (three decimals each). */
export function shownAnswer(steps: readonly LabStep[]): number {
  const worked = new Map<string, number>();
  const valueOf = (number: LabNumber) => worked.get(number.key) ?? asShown(number.value);
  for (const step of steps) worked.set(step.result.key, evaluateLabStep(step, valueOf));
  return worked.get(steps.at(-1)!.result.key)!;
}
