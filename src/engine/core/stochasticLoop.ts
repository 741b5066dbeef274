/**
 * What the fast path's loops read and write, and the learning rate of an epoch as they take it.
 * @internal
 */
import type { Plan } from './plan';
import { decayedLearningRate } from './optimize';
import type { Rng } from './rng';

/** What the loops read and write; a trainer's own state has this shape. */
export interface StochasticLoop {
  readonly plan: Plan;
  /** θ, updated in place. */
  readonly parameters: Float64Array;
  readonly dataset: {
    readonly inputs: readonly Float64Array[];
    readonly targets: readonly Float64Array[];
  };
  /** The order in which an epoch visits the samples (shuffled in place when asked to). */
  readonly order: Uint32Array;
  /** Node inputs z, outputs a and ∂L/∂z, `plan.nodes` each. */
  readonly scratch: {
    readonly z: Float64Array;
    readonly a: Float64Array;
    readonly dz: Float64Array;
  };
  /** η₀ and the decay: epoch ℓ's updates take η_ℓ = η₀/(1 + decay·ℓ). */
  readonly learningRate: number;
  readonly decay: number;
  readonly shuffle: Rng | undefined;
}

/**
 * η_ℓ = η₀/(1 + decay·ℓ); η₀ itself without decay, which is the same number without a division.
 * It takes the numbers, not the loop: a loop reads them once, not once an epoch.
 */
export function learningRateAt(learningRate: number, decay: number, epoch: number): number {
  // Stryker disable next-line ConditionalExpression: with decay 0, η / (1 + 0·ℓ) is η exactly
  return decay === 0 ? learningRate : decayedLearningRate(learningRate, decay, epoch);
}
