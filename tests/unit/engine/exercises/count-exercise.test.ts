/**
 * The parameters chapter's exercises, from the count |θ| = Σ lᵢ₋₁·lᵢ + Σ lᵢ worked by hand: the
 * topic follows the depth, and the last step adds the weights and the biases by name. A set
 * that does not exist is refused by name.
 */
import { describe, expect, it } from 'vitest';
import { countExercise, generateExercises } from '../../../../src/engine/index.ts';
import type { ExerciseSetId } from '../../../../src/engine/index.ts';

describe('countExercise', () => {
  it('asks the one-hidden-layer count for [3, 2, 1]: 8 weights, 3 biases, 11 parameters', () => {
    const exercise = countExercise([3, 2, 1]);
    expect(exercise.topic).toBe('countOneHidden');
    expect(exercise.answer).toBe(11);
    const last = exercise.steps.at(-1)!;
    expect(last.rule).toBe('sum');
    if (last.rule !== 'sum') return;
    expect(
      last.terms.map((term) => term.factors.map((factor) => [factor.key, factor.value])),
    ).toEqual([[['weights', 3 * 2 + 2 * 1]], [['biases', 2 + 1]]]);
  });

  it('asks the two-hidden-layer count for [10, 8, 6, 1]: 134 weights, 15 biases, 149', () => {
    const exercise = countExercise([10, 8, 6, 1]);
    expect(exercise.topic).toBe('countTwoHidden');
    // 10·8 + 8·6 + 6·1 = 134 weights, 8 + 6 + 1 = 15 biases.
    expect(exercise.answer).toBe(149);
  });
});

describe('generateExercises', () => {
  it('refuses a set that does not exist, naming it', () => {
    expect(() => generateExercises('lab' as ExerciseSetId, 1)).toThrow(
      new RangeError('no exercises for "lab"'),
    );
  });
});
