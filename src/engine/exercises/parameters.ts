/**
 * The parameters chapter's exercises: the parameter count of a drawn network with one hidden layer
 * and of one with two, from the engine's count, term by term.
 */
import { countParameters } from '../scenarios/count';
import { drawOnGrid, exercise, given, sumStep, type Exercise } from './exercise';
import { parameterTerms } from '../scenarios/layerCounts';
import type { Rng } from '../core/rng';

/** |θ| = Σᵢ lᵢ₋₁·lᵢ + Σᵢ lᵢ for given widths, each term from `parameterTerms`. */
export function countExercise(widths: readonly number[]): Exercise {
  const terms = parameterTerms(widths);
  const { weights, biases, total } = countParameters(widths);
  const l = widths.map((width, i) => given(`l${i}`, width));
  const topic = widths.length === 3 ? 'countOneHidden' : 'countTwoHidden';
  const steps = [
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
  ];
  return exercise(topic, l, steps, 0); // a count is exact
}

/** The parameter counts of a drawn [l₀, l₁, l₂] and a drawn [l₀, l₁, l₂, l₃]. */
export function parameterExercises(rng: Rng): Exercise[] {
  const widths = (hidden: number) => [
    drawOnGrid(rng, 2, 10, 0),
    ...Array.from({ length: hidden }, () => drawOnGrid(rng, 2, 12, 0)),
    drawOnGrid(rng, 1, 4, 0),
  ];
  return [countExercise(widths(1)), countExercise(widths(2))];
}
