/**
 * How the exercises are written: the symbols of their quantities in the book's notation and their
 * numbers as a reader copies them down. (Each chapter's questions are in its own island module,
 * such as ForwardPassExercises.tsx.) Nothing here computes: every number comes from the
 * exercises store (the engine drew or worked it).
 */
import type { ComponentChildren } from 'preact';
import type { ExerciseNumber } from '../../engine/exercises/index.ts';
import { formatLimit, formatNumber } from '../../state/format.ts';
import { MarkedNumber } from './exercise-parts.tsx';
import type { SymbolParts } from '../quantity-symbols.ts';
// Through the operation formulas' module: the backpropagation pages load it anyway, and one
// chunk for both is lighter there than two.
import { Sym, SymbolHtml } from '../backprop/OperationFormula.tsx';

/** Symbols of the exercises' own quantities, beyond the network's keys that `Sym` knows. */
const EXERCISE_SYMBOLS: Readonly<Record<string, SymbolParts>> = {
  parameters: { base: '|θ|' },
  weights: { base: '|θ', sub: 'weights', mark: '|' },
  biases: { base: '|θ', sub: 'biases', mark: '|' },
  sigmoid: { base: 'σ(z)' },
  sigmoidSlope: { base: 'σ′(z)' },
  tanh: { base: 'tanh(z)' },
  tanhSlope: { base: 'tanh′(z)' },
  initialLearningRate: { base: 'η', sub: '0' },
  epochLearningRate: { base: 'η', sub: 'ℓ' },
  epoch: { base: 'ℓ' },
  decay: { base: 'decay' },
};

/** A quantity's symbol, an exercise's own (σ′(z), |θ|, η₀) or the network's (λ₁,₄, ∂L/∂H₄in). */
export function ExerciseSym({ quantity }: { quantity: string }) {
  const own = EXERCISE_SYMBOLS[quantity];
  return own ? (
    <span class="sym">
      <SymbolHtml parts={own} />
    </span>
  ) : (
    <Sym quantity={quantity} />
  );
}

/** Decimals of a worked number: four, one more than an answer needs, or none for a count. */
export function workedDigits(tolerance: number): number {
  return tolerance === 0 ? 0 : 4;
}

/**
 * A number as the exercise shows it: a stated one (an exact decimal of one or two places) as it
 * was drawn, "−0.42"; a worked one to `digits` decimals.
 */
export function numberText(value: number, digits: number): string {
  const hundredths = value * 100;
  return Math.abs(hundredths - Math.round(hundredths)) < 1e-9
    ? formatLimit(Math.round(hundredths) / 100)
    : formatNumber(value, digits);
}

/** A number of exercise `exercise`, marked as every number on the page is. */
export function ExerciseValue({
  exercise,
  number,
  digits,
  parenthesise = false,
}: {
  exercise: number;
  number: ExerciseNumber;
  digits: number;
  /** Writes a negative number in parentheses, as a factor or after an operator. */
  parenthesise?: boolean;
}) {
  return (
    <MarkedNumber
      quantity={`e${exercise}.${number.key}`}
      value={number.value}
      text={numberText(number.value, digits)}
      parenthesise={parenthesise}
    />
  );
}

/** Children joined by a separator. */
export function joined(items: ComponentChildren[], separator: ComponentChildren) {
  return items.flatMap((item, i) => (i === 0 ? [item] : [separator, item]));
}

/** The numbers an exercise states, "x₁ = 0.4, λ₁,₄ = −0.4 and b₄ = 0.05", or "L = [5, 9, 1]". */
export function Givens({
  exercise,
  givens,
}: {
  exercise: number;
  givens: readonly ExerciseNumber[];
}) {
  if (givens.length > 0 && givens.every((given) => /^l\d$/.test(given.key))) {
    return (
      <span class="exercise-givens">
        <strong>L</strong> = [
        {joined(
          givens.map((given) => (
            <ExerciseValue key={given.key} exercise={exercise} number={given} digits={0} />
          )),
          ', ',
        )}
        ]
      </span>
    );
  }
  const items = givens.map((given) => (
    <span key={given.key} class="exercise-given">
      <ExerciseSym quantity={given.key} /> ={' '}
      <ExerciseValue exercise={exercise} number={given} digits={2} />
    </span>
  ));
  return (
    <span class="exercise-givens">
      {items.length > 1 ? [...joined(items.slice(0, -1), ', '), ' and ', items.at(-1)] : items}
    </span>
  );
}

/** What a topic says before its numbers, and what it asks after them. */
export interface Wording {
  readonly lead: ComponentChildren;
  /** What ends the numbers: a full stop, or a comma when the question goes on. */
  readonly after?: ',';
  readonly ask: ComponentChildren;
}
