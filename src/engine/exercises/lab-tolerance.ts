/**
 * How far a reader's answer to a lab exercise may be. The lab shows its numbers to three decimals,
 * so each number read from it may be off by 0.0005, and a sum of many such products can drift
 * further than the exercises' usual 0.001. The bound follows each step to first order: an error
 * e in a factor moves a product by e times the other factors.
 */
import type { LabNumber, LabStep } from './lab-steps';

/** The least tolerance, the chapters' exercises' own (`EXERCISE_TOLERANCE`): four decimals kept. */
const LEAST_TOLERANCE = 0.001;

/** How far a number read from the lab may be from its value: half of its third decimal. */
export const READING_ERROR = 0.0005;

/** The most each activation's slope can be: σ′ ≤ ¼, tanh′, ReLU′ and identity′ ≤ 1. */
const MAX_SLOPE: Readonly<Record<string, number>> = { sigmoid: 0.25 };

/**
 * The error bound of a step's result from its numbers' bounds (`errorOf`): a sum Σ ± Π f gives
 * Σ over terms of Π(|f| + e(f)) − Π|f|, which holds whatever the errors' signs (a first-order
 * bound, Σ e(f)·Π|others|, leaves out the products of two errors, and a reader's answer once fell
 * 10⁻⁶ outside it); α(z) at most max|α′|·e(z); softmax Σ e(zₖ)/2; α′ from the output
 * |1 − 2σ|·e ≤ e for σ, 2|tanh|·e + e² for tanh, none for ReLU's; λ − η·g gives e(λ) + η·e(g).
 */
function stepError(step: LabStep, errorOf: (number: LabNumber) => number): number {
  switch (step.rule) {
    case 'sum':
      return step.terms.reduce((total, { factors }) => {
        const widest = factors.reduce((p, f) => p * (Math.abs(f.value) + errorOf(f)), 1);
        const exact = factors.reduce((p, f) => p * Math.abs(f.value), 1);
        return total + (widest - exact);
      }, 0);
    case 'activation':
      return (MAX_SLOPE[step.activation] ?? 1) * errorOf(step.input);
    case 'softmax':
      return step.inputs.reduce((sum, input) => sum + errorOf(input), 0) / 2;
    case 'slope':
      if (step.activation === 'sigmoid') return errorOf(step.output);
      if (step.activation === 'tanh') {
        const e = errorOf(step.output);
        return 2 * Math.abs(step.output.value) * e + e * e; // |(t + e)² − t²| ≤ 2|t|e + e²
      }
      return 0;
    case 'same':
      return errorOf(step.input);
    case 'update':
      return errorOf(step.parameter) + Math.abs(step.rate.value) * errorOf(step.gradient);
  }
}

/**
 * The tolerance of a worked solution: the bound of its last result when every number not worked
 * in it is read to three decimals (0.0005 each) and every answer is rounded to three (another
 * 0.0005), rounded up to a whole thousandth and never under 0.001.
 */
export function labTolerance(steps: readonly LabStep[]): number {
  const worked = new Map<string, number>();
  const errorOf = (number: LabNumber) => worked.get(number.key) ?? READING_ERROR;
  for (const step of steps) worked.set(step.result.key, stepError(step, errorOf));
  const bound = worked.get(steps.at(-1)!.result.key)! + READING_ERROR;
  // A hair under a thousandth stays at it: 0.0010000000002 is 0.001.
  const thousandths = Math.ceil(bound * 1000 - 1e-9) / 1000;
  return Number.isFinite(thousandths) ? Math.max(LEAST_TOLERANCE, thousandths) : LEAST_TOLERANCE;
}
