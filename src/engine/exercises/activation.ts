/**
 * The activation chapter's exercises: the sigmoid and its slope at a drawn z, and the slope of
 * tanh at another, from the engine's activations.
 */
import { sigmoid, tanh } from '../core/activations';
import { drawOnGrid, exercise, given, knownStep, worked, type Exercise } from './exercise';
import type { Rng } from '../core/rng';

/** σ(z) and σ′(z) = σ(1 − σ) at one z, and tanh′(z) = 1 − tanh² at another, by the engine. */
export function activationExercises(rng: Rng): Exercise[] {
  const z = given('z', drawOnGrid(rng, -3, 3, 1));
  const value = given('sigmoid', sigmoid.output(z.value));
  const slope = given('sigmoidSlope', sigmoid.derivative(z.value, value.value));
  const u = given('z', drawOnGrid(rng, -2, 2, 1));
  const tanhValue = given('tanh', tanh.output(u.value));
  const tanhSlope = given('tanhSlope', tanh.derivative(u.value, tanhValue.value));
  const exercises: Exercise[] = [];
  exercises.push(exercise('sigmoidValue', [z], [worked(value, { rule: 'sigmoid', input: z })]));
  exercises.push(
    exercise(
      'sigmoidSlope',
      [],
      [knownStep(exercises, 1), worked(slope, { rule: 'sigmoidSlope', output: value })],
    ),
  );
  exercises.push(
    exercise(
      'tanhSlope',
      [u],
      [
        worked(tanhValue, { rule: 'tanh', input: u }),
        worked(tanhSlope, { rule: 'tanhSlope', output: tanhValue }),
      ],
    ),
  );
  return exercises;
}
