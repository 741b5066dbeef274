/**
 * The updating chapter's exercises: one step of gradient descent on λ₄,₆, then one on λ₁,₄ with a
 * decayed learning rate, from the engine's decay and gradient-descent step.
 */
import { drawOnGrid, exercise, given, worked, type Exercise } from './exercise';
import { decayedLearningRate, gradientDescentStep } from '../core/optimize';
import type { Rng } from '../core/rng';

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
export function updateExercises(rng: Rng): Exercise[] {
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
    exercise(
      'update',
      [w46, dw46, rate],
      [worked(next46, { rule: 'update', parameter: w46, rate, gradient: dw46 })],
    ),
    exercise(
      'decayedUpdate',
      [w14, dw14, initial, decay, epoch],
      [
        worked(epochRate, { rule: 'decay', rate: initial, decay, epoch }),
        worked(next14, { rule: 'update', parameter: w14, rate: epochRate, gradient: dw14 }),
      ],
    ),
  ];
}
