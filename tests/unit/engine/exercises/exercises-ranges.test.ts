/**
 * The ends of the ranges each chapter's exercises draw from. A generator draws each number it
 * states as low + k·10^−d with k = ⌊r·(n + 1)⌋ (drawOnGrid), so a stream that answers r = 0 for
 * every draw states each number at its range's low end, and one that answers r = 0.9999 at its
 * high end (n + 1 is at most 201 here, and 0.9999·201 < 200.99). The ranges are the chapters':
 * inputs and targets 0.1 … 0.9 in tenths, hidden outputs 0.1 … 0.9 and the prediction O₆
 * −0.5 … 1.5 in hundredths, weights and gradients −1 … 1 (∂L/∂λ₁,₄ −0.5 … 0.5) and biases
 * −0.5 … 0.5 in hundredths, learning rates 0.1 … 1 in tenths, decay 0.01 … 0.1, epochs 1 … 20,
 * z −3 … 3 for the sigmoid and −2 … 2 for tanh, widths 2 … 10 in, 2 … 12 hidden, 1 … 4 out. A
 * weight or a gradient is never 0: a draw of 0 is drawn again.
 */
import { describe, expect, it } from 'vitest';
import {
  activationExercises,
  backpropagationExercises,
  forwardPassExercises,
  parameterExercises,
  updateExercises,
  type Exercise,
  type ExerciseGenerator,
} from '../../../../src/engine/index.ts';

/** A stream that answers the given doubles in turn, then `rest` for every later draw. */
const stream = (values: readonly number[], rest: number) => {
  let i = 0;
  return () => (i < values.length ? values[i++]! : rest);
};

/** The numbers the exercises state, in order, as [key, value]. */
const statedBy = (exercises: readonly Exercise[]) =>
  exercises.flatMap((exercise) => exercise.givens.map((given) => [given.key, given.value]));

/** r that lands on 0 in −1 … 1 in hundredths: k = ⌊r·201⌋ = 100, so −1 + 100·0.01 = 0. */
const ZERO_IN_UNIT_RANGE = 100.5 / 201;
/** r that lands on 0 in −0.5 … 0.5 in hundredths: k = ⌊r·101⌋ = 50. */
const ZERO_IN_HALF_RANGE = 50.5 / 101;

const weights = (keys: readonly string[], value: number) => keys.map((key) => [key, value]);

/** Each generator's stated numbers as [key, low, high], in the order it draws them. */
const RANGES: [string, ExerciseGenerator, [string, number, number][]][] = [
  [
    'the activation chapter: z for σ, then z for tanh',
    activationExercises,
    [
      ['z', -3, 3],
      ['z', -2, 2],
    ],
  ],
  [
    'the backpropagation chapter: O₆, H₄, y, x₁, λ₄,₆',
    backpropagationExercises,
    [
      ['O6', -0.5, 1.5],
      ['H4', 0.1, 0.9],
      ['y', 0.1, 0.9],
      ['x1', 0.1, 0.9],
      ['w46', -1, 1],
    ],
  ],
  [
    'the forward-pass chapter: x, then the weights and bias into H₄, H₅ and O₆',
    forwardPassExercises,
    [
      ['x1', 0.1, 0.9],
      ['x2', 0.1, 0.9],
      ['x3', 0.1, 0.9],
      ['w14', -1, 1],
      ['w24', -1, 1],
      ['w34', -1, 1],
      ['b4', -0.5, 0.5],
      ['w15', -1, 1],
      ['w25', -1, 1],
      ['w35', -1, 1],
      ['b5', -0.5, 0.5],
      ['w46', -1, 1],
      ['w56', -1, 1],
      ['b6', -0.5, 0.5],
    ],
  ],
  [
    'the updating chapter: λ₄,₆, its gradient and η, then λ₁,₄, its gradient, η₀, decay, epoch',
    updateExercises,
    [
      ['w46', -1, 1],
      ['dL/dw46', -1, 1],
      ['learningRate', 0.1, 1],
      ['w14', -1, 1],
      ['dL/dw14', -0.5, 0.5],
      ['initialLearningRate', 0.1, 1],
      ['decay', 0.01, 0.1],
      ['epoch', 1, 20],
    ],
  ],
  [
    'the parameters chapter: [l₀, l₁, l₂], then [l₀, l₁, l₂, l₃]',
    parameterExercises,
    [
      ['l0', 2, 10],
      ['l1', 2, 12],
      ['l2', 1, 4],
      ['l0', 2, 10],
      ['l1', 2, 12],
      ['l2', 2, 12],
      ['l3', 1, 4],
    ],
  ],
];

describe('the ranges of the exercises’ numbers', () => {
  it.each(RANGES)('%s: r = 0 states each at its low end', (_, generate, ranges) => {
    expect(statedBy(generate(stream([], 0)))).toEqual(ranges.map(([key, low]) => [key, low]));
  });

  it.each(RANGES)('%s: r = 0.9999 states each at its high end', (_, generate, ranges) => {
    expect(statedBy(generate(stream([], 0.9999)))).toEqual(
      ranges.map(([key, , high]) => [key, high]),
    );
  });
});

describe('the weights and gradients an exercise states', () => {
  it('are drawn again where a draw lands on 0 (the updating chapter)', () => {
    // Each of λ₄,₆, ∂L/∂λ₄,₆, λ₁,₄ and ∂L/∂λ₁,₄ first lands on 0, then takes r = 0: its low end.
    const rng = stream(
      [
        ...[ZERO_IN_UNIT_RANGE, 0], // λ₄,₆
        ...[ZERO_IN_UNIT_RANGE, 0], // ∂L/∂λ₄,₆
        0, // η
        ...[ZERO_IN_UNIT_RANGE, 0], // λ₁,₄
        ...[ZERO_IN_HALF_RANGE, 0], // ∂L/∂λ₁,₄
      ],
      0,
    );
    expect(statedBy(updateExercises(rng)).slice(0, 5)).toEqual([
      ['w46', -1],
      ['dL/dw46', -1],
      ['learningRate', 0.1],
      ['w14', -1],
      ['dL/dw14', -0.5],
    ]);
  });

  it('are drawn again where a draw lands on 0, and a bias keeps its 0 (the forward pass)', () => {
    // x₁ … x₃ take r = 0; every weight first lands on 0, then takes r = 0; a bias takes the r
    // that lands on 0 in its range and keeps it.
    const into = (count: number) => [
      ...Array.from({ length: count }, () => [ZERO_IN_UNIT_RANGE, 0]).flat(),
      ZERO_IN_HALF_RANGE,
    ];
    const rng = stream([0, 0, 0, ...into(3), ...into(3), ...into(2)], 0);
    expect(statedBy(forwardPassExercises(rng))).toEqual([
      ['x1', 0.1],
      ['x2', 0.1],
      ['x3', 0.1],
      ...weights(['w14', 'w24', 'w34'], -1),
      ['b4', 0],
      ...weights(['w15', 'w25', 'w35'], -1),
      ['b5', 0],
      ...weights(['w46', 'w56'], -1),
      ['b6', 0],
    ]);
  });

  it('is drawn again where λ₄,₆ lands on 0 (the backpropagation chapter)', () => {
    const rng = stream([0, 0, 0, 0, ZERO_IN_UNIT_RANGE, 0.9999], 0);
    expect(statedBy(backpropagationExercises(rng)).at(-1)).toEqual(['w46', 1]);
  });
});
