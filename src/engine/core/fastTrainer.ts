/**
 * The fast path of training, as an entry of its own: `createFastTrainer` makes the trainer
 * `createTrainer` makes, except that `advance` runs plain gradient descent on single samples in
 * the written-out loops of stochastic.ts, θ ← θ − η_ℓ·∂Lₛ/∂θ, the same numbers bit for bit in less
 * time. The book's widgets record every epoch and never advance without a record, so their pages
 * do not load those loops.
 */
import type { Dataset } from './dataset';
import type { Loop } from './epochs';
import { advanceEpochs } from './epochs';
import type { Network } from './network';
import { stochasticEpochs } from './stochastic';
import type { Trainer, TrainingOptions } from './train';
import { trainerWith } from './train';

/**
 * Epochs first … first + count − 1 with nothing recorded: in the fast path's own loop for plain
 * gradient descent on single samples, one `trainEpoch` at a time otherwise.
 */
function fastEpochs(loop: Loop, first: number, count: number): void {
  // Stryker disable next-line BlockStatement: the fast path gives the loop's numbers, only faster
  if (loop.fused && loop.optimizer.kind === 'gd') {
    stochasticEpochs(loop, first, count);
    loop.optimizer.countSteps(count * loop.samples);
    return;
  }
  advanceEpochs(loop, first, count);
}

/** `createTrainer` with `advance` on the fast path (see the module's comment). */
export function createFastTrainer(
  network: Network,
  dataset: Dataset,
  options: TrainingOptions,
): Trainer {
  return trainerWith(network, dataset, options, fastEpochs);
}
