/**
 * Self-check exercises for the end of a chapter: what they are made of, and what every chapter's
 * set shares. The numbers an exercise states are drawn from a seed (NumPy's stream,
 * `numpyRandom`) on a grid of one or two decimals, so a reader can work them by hand; the answer
 * and every step of the worked solution come from the engine's own forward pass, backward pass,
 * parameter count, update and activations, never from formulas written here again. Only a sum's
 * terms (products of numbers already known) are multiplied here, as `evaluateOperation` does.
 *
 * Each chapter's generator is a module of its own (`forwardPass.ts`, …), so a page loads
 * only its chapter's; `sets.ts` lists them all. A set is a short sequence: a later
 * exercise may build on an earlier one's result ("for the same numbers"), and its worked
 * solution then starts from that result (a `known` step).
 */
import { networkNames, type NetworkNames } from '../core/names';
import { createNetwork, type Network } from '../core/network';
import { mulberry32, numpyRandom, type Rng } from '../core/rng';

/** Seeds run from 0 to this: six digits, easy to read out to a class. */
export const MAX_EXERCISE_SEED = 999_999;

/** How far a real-valued answer may be from the engine's: a reader keeps four decimals. */
export const EXERCISE_TOLERANCE = 0.001;

/** A number an exercise states, or a step produces, under the book's key (`w14`, `H4in`, …). */
export interface ExerciseNumber {
  readonly key: string;
  readonly value: number;
}

/** One product of a sum, with its sign: −η·∂L/∂λ is the factors η and ∂L/∂λ with sign −1. */
export interface SumTerm {
  readonly sign: 1 | -1;
  readonly factors: readonly ExerciseNumber[];
  /** sign · Π factors. */
  readonly value: number;
}

/** How a step turns numbers into its result, which decides how it is written out. */
export type StepRule =
  /** result = Σ ± Π factors (a weighted sum, a chain-rule product, a count, O₆ − y) */
  | { readonly rule: 'sum'; readonly terms: readonly SumTerm[] }
  /** result = 1 / (1 + e^(−z)) */
  | { readonly rule: 'sigmoid'; readonly input: ExerciseNumber }
  /** result = tanh(z) = (e^z − e^(−z)) / (e^z + e^(−z)) */
  | { readonly rule: 'tanh'; readonly input: ExerciseNumber }
  /** result = σ·(1 − σ), the sigmoid's slope from its output */
  | { readonly rule: 'sigmoidSlope'; readonly output: ExerciseNumber }
  /** result = 1 − tanh², the tanh's slope from its output */
  | { readonly rule: 'tanhSlope'; readonly output: ExerciseNumber }
  /** result = z: through the identity (the output node's activation, or its slope of 1) */
  | { readonly rule: 'identity'; readonly input: ExerciseNumber }
  /** result = η₀ / (1 + decay·ℓ) */
  | {
      readonly rule: 'decay';
      readonly rate: ExerciseNumber;
      readonly decay: ExerciseNumber;
      readonly epoch: ExerciseNumber;
    }
  /** result = θ − η·∂L/∂θ */
  | {
      readonly rule: 'update';
      readonly parameter: ExerciseNumber;
      readonly rate: ExerciseNumber;
      readonly gradient: ExerciseNumber;
    }
  /** result was worked out in an earlier exercise of the set (its number, from 1) */
  | { readonly rule: 'known'; readonly exercise: number };

/** One line of a worked solution: the quantity it gives, its value and how it is worked. */
export type WorkedStep = { readonly result: string; readonly value: number } & StepRule;

/** What an exercise asks, which decides how its question is worded. */
export type ExerciseTopic =
  | 'hiddenInput'
  | 'hiddenOutput'
  | 'prediction'
  | 'outputWeightGradient'
  | 'inputWeightGradient'
  | 'countOneHidden'
  | 'countTwoHidden'
  | 'update'
  | 'decayedUpdate'
  | 'sigmoidValue'
  | 'sigmoidSlope'
  | 'tanhSlope';

/** One exercise: the numbers it states, what it asks, the answer and the worked solution. */
export interface Exercise {
  readonly topic: ExerciseTopic;
  /** The numbers its question states, in order (an earlier exercise's numbers still hold). */
  readonly givens: readonly ExerciseNumber[];
  /** The key of the quantity asked for. */
  readonly asks: string;
  /** The engine's value of it. */
  readonly answer: number;
  /** How far an answer may be: `EXERCISE_TOLERANCE`, or 0 for a count (exactly). */
  readonly tolerance: number;
  /** The worked solution; its last step gives the answer. */
  readonly steps: readonly WorkedStep[];
}

/** A chapter's exercises for one seed. */
export interface ExerciseSet {
  readonly seed: number;
  readonly exercises: readonly Exercise[];
}

/** Draws one chapter's exercises from a stream of random numbers. */
export type ExerciseGenerator = (rng: Rng) => Exercise[];

/**
 * A number drawn uniformly from the grid low, low + 10^−d, …, high: k = ⌊r·(n + 1)⌋ steps up,
 * so every value is an exact decimal with d decimals (0 is drawn again when `nonZero`).
 */
export function drawOnGrid(
  rng: Rng,
  low: number,
  high: number,
  decimals: number,
  nonZero = false,
): number {
  const unit = 10 ** decimals;
  const first = Math.round(low * unit);
  const count = Math.round(high * unit) - first + 1;
  for (;;) {
    const units = first + Math.floor(rng() * count);
    // Stryker disable next-line ConditionalExpression: units is first + ⌊r·n⌋, a sum that is +0, never −0, when it is 0
    if (!(nonZero && units === 0)) return (units === 0 ? 0 : units) / unit;
  }
}

/**
 * The seed a "new numbers" request moves to: ⌊r·10⁶⌋ for the first double r of Mulberry32 from
 * the current seed, so a class that starts from one seed walks through the same seeds.
 */
export function nextExerciseSeed(seed: number): number {
  const next = Math.floor(mulberry32(seed)() * (MAX_EXERCISE_SEED + 1));
  // Stryker disable next-line ArithmeticOperator: the two seeds that lead back to themselves, 163,286 and 734,164, are far from the wrap
  return next === seed ? (seed + 1) % (MAX_EXERCISE_SEED + 1) : next;
}

/** A stated or worked number under its key. @internal */
export const given = (key: string, value: number): ExerciseNumber => ({ key, value });

/** A step that gives `result` by `rule`. @internal */
export function worked(result: ExerciseNumber, rule: StepRule): WorkedStep {
  return { result: result.key, value: result.value, ...rule };
}

/**
 * A sum step, result = Σ ± Π factors; each term's product is taken from the stated numbers.
 * @internal
 */
export function sumStep(
  result: ExerciseNumber,
  terms: readonly (readonly [1 | -1, ...ExerciseNumber[]])[],
): WorkedStep {
  return worked(result, {
    rule: 'sum',
    terms: terms.map(([sign, ...factors]) => ({
      sign,
      factors,
      value: factors.reduce<number>((product, factor) => product * factor.value, sign),
    })),
  });
}

/**
 * An exercise whose answer is its worked solution's last step: it asks for that step's quantity,
 * and an answer counts within `tolerance` of its value. @internal
 */
export function exercise(
  topic: ExerciseTopic,
  givens: readonly ExerciseNumber[],
  steps: readonly WorkedStep[],
  tolerance = EXERCISE_TOLERANCE,
): Exercise {
  const last = steps[steps.length - 1]!;
  return { topic, givens, asks: last.result, answer: last.value, tolerance, steps };
}

/**
 * A step that recalls a result of an earlier exercise (numbered from 1): its answer by default.
 * @internal
 */
export function knownStep(
  exercises: readonly Exercise[],
  number: number,
  key?: string,
): WorkedStep {
  const earlier = exercises[number - 1]!;
  const found = earlier.steps.find((step) => step.result === (key ?? earlier.asks))!;
  return worked(given(found.result, found.value), { rule: 'known', exercise: number });
}

/**
 * A chapter's exercises for a seed: `generate` draws them from `numpyRandom(seed)`, so the same
 * seed always gives the same exercises.
 * @param seed integer in [0, 999 999]
 */
export function exercisesFor(generate: ExerciseGenerator, seed: number): ExerciseSet {
  if (!Number.isInteger(seed) || seed < 0 || seed > MAX_EXERCISE_SEED) {
    throw new RangeError(`seed must be an integer from 0 to ${MAX_EXERCISE_SEED}`);
  }
  return { seed, exercises: generate(numpyRandom(seed)) };
}

/**
 * The chapter's 3-2-1 network (sigmoid hidden nodes, an identity output) holding `parameters`
 * by key (`w14` … `b6`; any left out are 0), with its names. @internal
 */
export function chapterNetwork(parameters: Readonly<Record<string, number>>): {
  network: Network;
  names: NetworkNames;
} {
  const network = createNetwork([3, 2, 1], { hidden: 'sigmoid', output: 'identity' });
  const names = networkNames([3, 2, 1]);
  for (const name of names.parameters)
    network.parameters[name.parameter] = parameters[name.key] ?? 0;
  return { network, names };
}
