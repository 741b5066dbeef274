/**
 * The numbers and steps of a lab exercise's worked solution. A number carries the store's key (to
 * mark it on the page), its value and what it is (to write its symbol); a step says how its result
 * follows from numbers before it, so it can be written out and its rounding bounded.
 */
// Types only: a module of the chapters' exercises shared at run time would be split into a chunk of
// its own, and every chapter's page would load one more file.
import type { ExerciseNumber, SumTerm } from './exercise';

/** What a number of the lab is: a weight (after one step when `next`), a bias, a node's input or output, α′ at a node, a target, or η_ℓ. */
export type LabPart =
  | { readonly of: 'weight'; readonly from: number; readonly to: number; readonly next?: true }
  | { readonly of: 'bias' | 'input' | 'output' | 'slope'; readonly node: number }
  | { readonly of: 'target'; readonly index?: number }
  | { readonly of: 'rate' };

/** A number of a lab exercise: the store's key and value, what it is, and whether it is ∂L/∂ of that. */
export interface LabNumber extends ExerciseNumber {
  readonly part: LabPart;
  readonly derivative: boolean;
}

/** One product of a sum, with its sign, over lab numbers. */
export interface LabTerm extends SumTerm {
  readonly factors: readonly LabNumber[];
}

/** How a step's result follows from the numbers before it. */
export type LabRule =
  /** result = Σ ± Π factors */
  | { readonly rule: 'sum'; readonly terms: readonly LabTerm[] }
  /** result = α(input), a scalar activation by name */
  | { readonly rule: 'activation'; readonly activation: string; readonly input: LabNumber }
  /** result = e^input / Σ e^inputs (softmax over the output layer) */
  | { readonly rule: 'softmax'; readonly input: LabNumber; readonly inputs: readonly LabNumber[] }
  /** result = α′ at a node, from its output (σ, tanh) or its input's sign (ReLU, leaky ReLU) */
  | {
      readonly rule: 'slope';
      readonly activation: string;
      readonly input: LabNumber;
      readonly output: LabNumber;
    }
  /** result = input: through a slope of 1 (identity), or ∂L/∂bⱼ = ∂L/∂Nⱼ,in */
  | { readonly rule: 'same'; readonly input: LabNumber }
  /** result = λ − η·∂L/∂λ */
  | {
      readonly rule: 'update';
      readonly parameter: LabNumber;
      readonly rate: LabNumber;
      readonly gradient: LabNumber;
    };

/** One line of a lab exercise's worked solution: its result and how it is worked. */
export type LabStep = { readonly result: LabNumber } & LabRule;

/** A step that gives `result` by `rule`. */
export const labStep = (result: LabNumber, rule: LabRule): LabStep => ({ result, ...rule });

/** One signed product of lab numbers: sign · Π factors. */
const signedProduct = ([sign, ...factors]: readonly [1 | -1, ...LabNumber[]]): LabTerm => ({
  sign,
  factors,
  value: factors.reduce<number>((product, factor) => product * factor.value, sign),
});

/** A sum step over lab numbers, result = Σ ± Π factors. */
export const labSum = (
  result: LabNumber,
  terms: readonly (readonly [1 | -1, ...LabNumber[]])[],
): LabStep => labStep(result, { rule: 'sum', terms: terms.map(signedProduct) });
