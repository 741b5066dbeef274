/**
 * Self-check exercises for the end of a chapter. The numbers an exercise states are drawn from a
 * seed (NumPy's stream, `numpyRandom`) on a grid of one or two decimals, so a reader can work
 * them by hand; the answer and every step of the worked solution come from the engine's own
 * forward pass, backward pass, parameter count, update and activations, never from formulas
 * written here again. Only a sum's terms (a product of two stated numbers) are multiplied here,
 * as `evaluateOperation` does for the backpropagation pages.
 *
 * Each set is a short sequence: a later exercise may build on an earlier one's result ("for the
 * same numbers"), and its worked solution then starts from that result (a `known` step).
 */
import { sigmoid, tanh } from './activations';
import { backward } from './backward';
import { countParameters } from './count';
import { createForwardPass, forward } from './forward';
import { parameterTerms } from './layerCounts';
import { networkNames } from './names';
import { createNetwork, type Network } from './network';
import { decayedLearningRate, gradientDescentStep } from './optimize';
import { mulberry32, numpyRandom, type Rng } from './rng';

/** The chapters that end with exercises, by their slug. */
export const EXERCISE_SET_IDS = [
  'forward-pass',
  'backpropagation',
  'parameters',
  'updating-parameters',
  'activation-functions',
] as const;

export type ExerciseSetId = (typeof EXERCISE_SET_IDS)[number];

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
  readonly set: ExerciseSetId;
  readonly seed: number;
  readonly exercises: readonly Exercise[];
}

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
    if (!(nonZero && units === 0)) return (units === 0 ? 0 : units) / unit;
  }
}

/**
 * The seed a "new numbers" request moves to: ⌊r·10⁶⌋ for the first double r of Mulberry32 from
 * the current seed, so a class that starts from one seed walks through the same seeds.
 */
export function nextExerciseSeed(seed: number): number {
  const next = Math.floor(mulberry32(seed)() * (MAX_EXERCISE_SEED + 1));
  return next === seed ? (seed + 1) % (MAX_EXERCISE_SEED + 1) : next;
}

const given = (key: string, value: number): ExerciseNumber => ({ key, value });

/** A step that gives `result` by `rule`. */
function worked(result: ExerciseNumber, rule: StepRule): WorkedStep {
  return { result: result.key, value: result.value, ...rule };
}

/** A sum step, result = Σ ± Π factors; each term's product is taken from the stated numbers. */
function sumStep(
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

/** A step that recalls a result of an earlier exercise (numbered from 1): its answer by default. */
function knownStep(exercises: readonly Exercise[], number: number, key?: string): WorkedStep {
  const earlier = exercises[number - 1]!;
  const found = earlier.steps.find((step) => step.result === (key ?? earlier.asks))!;
  return worked(given(found.result, found.value), { rule: 'known', exercise: number });
}

/** The chapter's 3-2-1 network: sigmoid hidden nodes, an identity output. */
function chapterNetwork(): Network {
  return createNetwork([3, 2, 1], { hidden: 'sigmoid', output: 'identity' });
}

const NAMES = networkNames([3, 2, 1]);

/** Sets one parameter of a chapter network by its key (`w14`, `b4`) and returns its value. */
function setParameter(network: Network, key: string, value: number): ExerciseNumber {
  const name = NAMES.parameters.find((parameter) => parameter.key === key)!;
  network.parameters[name.parameter] = value;
  return given(key, value);
}

/** Node values of a pass by key: `H4in` reads the input of node 4, `H4` its output. */
function nodeValue(all: { allInputs: Float64Array; allOutputs: Float64Array }, key: string) {
  const input = key.endsWith('in');
  const name = NAMES.nodes.find((node) => (input ? node.inputKey : node.key) === key)!;
  return given(key, (input ? all.allInputs : all.allOutputs)[name.node]!);
}

/**
 * H₄in = Σᵢ λᵢ,₄·xᵢ + b₄, H₄ = σ(H₄in) and O₆ = λ₄,₆·H₄ + λ₅,₆·H₅ + b₆ for drawn x, λ and b,
 * from the engine's forward pass.
 */
function forwardPassSet(rng: Rng): Exercise[] {
  const network = chapterNetwork();
  const x = [0, 1, 2].map((i) => given(`x${i + 1}`, drawOnGrid(rng, 0.1, 0.9, 1)));
  const weight = (key: string) => setParameter(network, key, drawOnGrid(rng, -1, 1, 2, true));
  const bias = (key: string) => setParameter(network, key, drawOnGrid(rng, -0.5, 0.5, 2));
  const intoH4 = [weight('w14'), weight('w24'), weight('w34'), bias('b4')];
  const intoH5 = [weight('w15'), weight('w25'), weight('w35'), bias('b5')];
  const intoO6 = [weight('w46'), weight('w56'), bias('b6')];
  const pass = forward(
    network,
    x.map((feature) => feature.value),
  );
  const node = (key: string) => nodeValue(pass, key);
  const weightedSum = (
    result: string,
    weights: readonly ExerciseNumber[],
    inputs: readonly ExerciseNumber[],
  ) =>
    sumStep(node(result), [
      ...inputs.map((input, i) => [1, weights[i]!, input] as const),
      [1, weights[inputs.length]!],
    ]);

  const exercises: Exercise[] = [];
  const H4inStep = weightedSum('H4in', intoH4, x);
  exercises.push({
    topic: 'hiddenInput',
    givens: [...x, ...intoH4],
    asks: 'H4in',
    answer: H4inStep.value,
    tolerance: EXERCISE_TOLERANCE,
    steps: [H4inStep],
  });
  const H4 = node('H4');
  exercises.push({
    topic: 'hiddenOutput',
    givens: [],
    asks: 'H4',
    answer: H4.value,
    tolerance: EXERCISE_TOLERANCE,
    steps: [knownStep(exercises, 1), worked(H4, { rule: 'sigmoid', input: node('H4in') })],
  });
  const O6 = node('O6');
  exercises.push({
    topic: 'prediction',
    givens: [...intoH5, ...intoO6],
    asks: 'O6',
    answer: O6.value,
    tolerance: EXERCISE_TOLERANCE,
    steps: [
      knownStep(exercises, 2),
      weightedSum('H5in', intoH5, x),
      worked(node('H5'), { rule: 'sigmoid', input: node('H5in') }),
      weightedSum('O6in', intoO6, [H4, node('H5')]),
      worked(O6, { rule: 'identity', input: node('O6in') }),
    ],
  });
  return exercises;
}

/**
 * ∂L/∂λ₄,₆ = H₄·∂L/∂O₆in and ∂L/∂λ₁,₄ = x₁·σ′·λ₄,₆·∂L/∂O₆in for a state after a forward pass
 * (x₁, H₄, O₆, y and λ₄,₆ drawn), from the engine's backward pass over that state.
 */
function backpropagationSet(rng: Rng): Exercise[] {
  const network = chapterNetwork();
  const O6 = given('O6', drawOnGrid(rng, -0.5, 1.5, 2));
  const H4 = given('H4', drawOnGrid(rng, 0.1, 0.9, 2));
  const y = given('y', drawOnGrid(rng, 0.1, 0.9, 1));
  const x1 = given('x1', drawOnGrid(rng, 0.1, 0.9, 1));
  const w46 = setParameter(network, 'w46', drawOnGrid(rng, -1, 1, 2, true));
  // The state as a forward pass leaves it (each node's input and output); the nodes the two
  // answers do not depend on hold values of their own.
  const pass = createForwardPass(network);
  const logit = (p: number) => Math.log(p / (1 - p));
  const state: Record<string, number> = { I1: x1.value, I2: 0.5, I3: 0.5, H4: H4.value, H5: 0.5 };
  for (const node of NAMES.nodes) {
    const output = node.key === 'O6' ? O6.value : state[node.key]!;
    pass.allOutputs[node.node] = output;
    pass.allInputs[node.node] = node.role === 'hidden' ? logit(output) : output;
  }
  const grads = backward(network, pass, [y.value]);
  const at = (key: string) => NAMES.nodes.find((node) => node.key === key)!.node;
  const dO6 = given('dL/dO6', grads.allOutputs[at('O6')]!);
  const dO6in = given('dL/dO6in', grads.allInputs[at('O6')]!);
  const dH4 = given('dL/dH4', grads.allOutputs[at('H4')]!);
  const slope = given('dH4/dH4in', grads.allSlopes[at('H4')]!);
  const dH4in = given('dL/dH4in', grads.allInputs[at('H4')]!);
  const parameterGradient = (key: string) =>
    given(`dL/d${key}`, grads.parameters[NAMES.parameters.find((p) => p.key === key)!.parameter]!);
  const dw46 = parameterGradient('w46');
  const dw14 = parameterGradient('w14');

  const first: Exercise = {
    topic: 'outputWeightGradient',
    givens: [O6, H4, y],
    asks: dw46.key,
    answer: dw46.value,
    tolerance: EXERCISE_TOLERANCE,
    steps: [
      sumStep(dO6, [
        [1, O6],
        [-1, y],
      ]),
      // The output node's activation is the identity, whose slope is 1.
      worked(dO6in, { rule: 'identity', input: dO6 }),
      sumStep(dw46, [[1, H4, dO6in]]),
    ],
  };
  return [
    first,
    {
      topic: 'inputWeightGradient',
      givens: [x1, w46],
      asks: dw14.key,
      answer: dw14.value,
      tolerance: EXERCISE_TOLERANCE,
      steps: [
        knownStep([first], 1, dO6in.key),
        sumStep(dH4, [[1, w46, dO6in]]),
        worked(slope, { rule: 'sigmoidSlope', output: H4 }),
        sumStep(dH4in, [[1, slope, dH4]]),
        sumStep(dw14, [[1, x1, dH4in]]),
      ],
    },
  ];
}

/** |θ| = Σᵢ lᵢ₋₁·lᵢ + Σᵢ lᵢ for given widths, each term from `parameterTerms`. */
export function countExercise(widths: readonly number[]): Exercise {
  const terms = parameterTerms(widths);
  const { weights, biases, total } = countParameters(widths);
  const l = widths.map((width, i) => given(`l${i}`, width));
  return {
    topic: widths.length === 3 ? 'countOneHidden' : 'countTwoHidden',
    givens: l,
    asks: 'parameters',
    answer: total,
    tolerance: 0,
    steps: [
      sumStep(
        given('weights', weights),
        terms.layers.map((layer) => [1, l[layer.layer - 1]!, l[layer.layer]!] as const),
      ),
      sumStep(
        given('biases', biases),
        terms.layers.map((layer) => [1, l[layer.layer]!] as const),
      ),
      sumStep(given('parameters', total), [
        [1, given('weights', weights)],
        [1, given('biases', biases)],
      ]),
    ],
  };
}

/** The parameter counts of a drawn [l₀, l₁, l₂] and a drawn [l₀, l₁, l₂, l₃]. */
function parametersSet(rng: Rng): Exercise[] {
  const widths = (hidden: number) => [
    drawOnGrid(rng, 2, 10, 0),
    ...Array.from({ length: hidden }, () => drawOnGrid(rng, 2, 12, 0)),
    drawOnGrid(rng, 1, 4, 0),
  ];
  return [countExercise(widths(1)), countExercise(widths(2))];
}

/** θ′ = θ − η·∂L/∂θ by the engine's gradient-descent step, on one parameter. */
function updated(parameter: number, gradient: number, learningRate: number): number {
  return gradientDescentStep(
    Float64Array.of(parameter),
    Float64Array.of(gradient),
    learningRate,
  )[0]!;
}

/**
 * λ₄,₆′ = λ₄,₆ − η·∂L/∂λ₄,₆, then λ₁,₄ at epoch ℓ with η_ℓ = η₀/(1 + decay·ℓ), from the
 * engine's decay and gradient-descent step.
 */
function updatingSet(rng: Rng): Exercise[] {
  const w46 = given('w46', drawOnGrid(rng, -1, 1, 2, true));
  const dw46 = given('dL/dw46', drawOnGrid(rng, -1, 1, 2, true));
  const rate = given('learningRate', drawOnGrid(rng, 0.1, 1, 1));
  const next46 = given('w46next', updated(w46.value, dw46.value, rate.value));

  const w14 = given('w14', drawOnGrid(rng, -1, 1, 2, true));
  const dw14 = given('dL/dw14', drawOnGrid(rng, -0.5, 0.5, 2, true));
  const initial = given('initialLearningRate', drawOnGrid(rng, 0.1, 1, 1));
  const decay = given('decay', drawOnGrid(rng, 0.01, 0.1, 2));
  const epoch = given('epoch', drawOnGrid(rng, 1, 20, 0));
  const epochRate = given(
    'epochLearningRate',
    decayedLearningRate(initial.value, decay.value, epoch.value),
  );
  const next14 = given('w14next', updated(w14.value, dw14.value, epochRate.value));
  return [
    {
      topic: 'update',
      givens: [w46, dw46, rate],
      asks: next46.key,
      answer: next46.value,
      tolerance: EXERCISE_TOLERANCE,
      steps: [worked(next46, { rule: 'update', parameter: w46, rate, gradient: dw46 })],
    },
    {
      topic: 'decayedUpdate',
      givens: [w14, dw14, initial, decay, epoch],
      asks: next14.key,
      answer: next14.value,
      tolerance: EXERCISE_TOLERANCE,
      steps: [
        worked(epochRate, { rule: 'decay', rate: initial, decay, epoch }),
        worked(next14, { rule: 'update', parameter: w14, rate: epochRate, gradient: dw14 }),
      ],
    },
  ];
}

/** σ(z) and σ′(z) = σ(1 − σ) at one z, and tanh′(z) = 1 − tanh² at another, by the engine. */
function activationSet(rng: Rng): Exercise[] {
  const z = given('z', drawOnGrid(rng, -3, 3, 1));
  const value = given('sigmoid', sigmoid.output(z.value));
  const slope = given('sigmoidSlope', sigmoid.derivative(z.value, value.value));
  const u = given('z', drawOnGrid(rng, -2, 2, 1));
  const tanhValue = given('tanh', tanh.output(u.value));
  const tanhSlope = given('tanhSlope', tanh.derivative(u.value, tanhValue.value));
  const exercises: Exercise[] = [];
  exercises.push({
    topic: 'sigmoidValue',
    givens: [z],
    asks: value.key,
    answer: value.value,
    tolerance: EXERCISE_TOLERANCE,
    steps: [worked(value, { rule: 'sigmoid', input: z })],
  });
  exercises.push({
    topic: 'sigmoidSlope',
    givens: [],
    asks: slope.key,
    answer: slope.value,
    tolerance: EXERCISE_TOLERANCE,
    steps: [knownStep(exercises, 1), worked(slope, { rule: 'sigmoidSlope', output: value })],
  });
  exercises.push({
    topic: 'tanhSlope',
    givens: [u],
    asks: tanhSlope.key,
    answer: tanhSlope.value,
    tolerance: EXERCISE_TOLERANCE,
    steps: [
      worked(tanhValue, { rule: 'tanh', input: u }),
      worked(tanhSlope, { rule: 'tanhSlope', output: tanhValue }),
    ],
  });
  return exercises;
}

const GENERATORS: Readonly<Record<ExerciseSetId, (rng: Rng) => Exercise[]>> = {
  'forward-pass': forwardPassSet,
  backpropagation: backpropagationSet,
  parameters: parametersSet,
  'updating-parameters': updatingSet,
  'activation-functions': activationSet,
};

/**
 * A chapter's exercises for a seed: numbers drawn from `numpyRandom(seed)`, answers and steps
 * from the engine. The same set and seed always give the same exercises.
 * @param seed integer in [0, 999 999]
 */
export function generateExercises(set: ExerciseSetId, seed: number): ExerciseSet {
  if (!Object.hasOwn(GENERATORS, set)) throw new RangeError(`no exercises for "${String(set)}"`);
  if (!Number.isInteger(seed) || seed < 0 || seed > MAX_EXERCISE_SEED) {
    throw new RangeError(`seed must be an integer from 0 to ${MAX_EXERCISE_SEED}`);
  }
  return { set, seed, exercises: GENERATORS[set](numpyRandom(seed)) };
}
