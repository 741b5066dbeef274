/**
 * The training loop's state and its epochs: each batch's update with the MEAN of its per-sample
 * gradients, and epochs run with nothing recorded.
 */
import { backwardSample, forwardSample, sampleLossOf } from './kernel';
import type { PackedDataset, Scratch } from './dataset';
import { batchGradientOf } from './dataset';
import type { Network } from './network';
import type { Optimizer } from './optimize';
import { decayedLearningRate } from './optimize';
import type { Rng } from './rng';
import { shuffleInPlace } from './rng';

/**
 * Everything the training loop touches, in one object of fixed shape. The loop's functions are
 * module-level and take it as their first argument, so the JIT compiles them once for every
 * trainer (closures made per trainer measured 30–60 % slower on the 3-2-1 network).
 */
export interface Loop {
  readonly network: Network;
  readonly plan: Network['plan'];
  readonly parameters: Float64Array;
  readonly dataset: PackedDataset;
  readonly samples: number;
  readonly batchSize: number;
  /** The order in which an epoch visits the samples (shuffled in place when asked to). */
  readonly order: Uint32Array;
  readonly scratch: Scratch;
  readonly batchGradient: Float64Array;
  readonly optimizer: Optimizer;
  /** η₀ and the decay: epoch ℓ's updates take η_ℓ = η₀/(1 + decay·ℓ). */
  readonly learningRate: number;
  readonly decay: number;
  readonly shuffle: Rng | undefined;
  /**
   * Plain gradient descent on single samples needs no gradient array: backprop applies each step
   * as it goes (the same numbers, one pass fewer over θ).
   */
  readonly fused: boolean;
}

/**
 * The updates of one epoch, one per batch; returns Σ of the per-sample losses of its forward
 * passes when `withLoss`. `firstBatchDone`: a recorder already left batch 0's mean gradient in
 * `batchGradient` (the whole data set, in 'batch' mode), so only its update remains.
 */
export function trainEpoch(
  loop: Loop,
  learningRate: number,
  firstBatchDone: boolean,
  withLoss: boolean,
): number {
  const { plan, parameters, dataset, samples, batchSize, order, scratch, optimizer } = loop;
  let lossSum = 0;
  let start = 0;
  // Stryker disable next-line ConditionalExpression,BlockStatement: batch 0's gradient worked out again at the same θ, in the same order (recorder.ts), is the same: only its update was left
  if (firstBatchDone) {
    optimizer.update(parameters, loop.batchGradient, learningRate);
    start = batchSize;
  }
  // Stryker disable next-line BlockStatement: the batch loop takes the same steps on single samples, through a gradient array
  if (loop.fused && optimizer.kind === 'gd') {
    const { z, a, dz, da, slope } = scratch;
    for (; start < samples; start++) {
      const s = order[start]!;
      const y = dataset.targets[s]!;
      forwardSample(plan, parameters, dataset.inputs[s]!, z, a);
      // Stryker disable next-line ConditionalExpression: a caller that asks for no loss drops the sum (recorder.ts, train.ts, advanceEpochs)
      if (withLoss) lossSum += sampleLossOf(plan, z, a, y);
      backwardSample(plan, parameters, z, a, y, dz, da, slope, null, learningRate);
    }
    optimizer.countSteps(samples);
    return lossSum;
  }
  for (; start < samples; start += batchSize) {
    const end = Math.min(start + batchSize, samples);
    lossSum += batchGradientOf(
      loop.network,
      dataset,
      order,
      start,
      end,
      scratch,
      loop.batchGradient,
      withLoss,
    );
    optimizer.update(parameters, loop.batchGradient, learningRate);
  }
  return lossSum;
}

/** Runs epochs first … first + count − 1 with nothing recorded, one `trainEpoch` each. */
export function advanceEpochs(loop: Loop, first: number, count: number): void {
  for (let epoch = first; epoch < first + count; epoch++) {
    if (loop.shuffle) shuffleInPlace(loop.order, loop.shuffle);
    // Stryker disable next-line BooleanLiteral: the loss sum is dropped here
    trainEpoch(loop, decayedLearningRate(loop.learningRate, loop.decay, epoch), false, false);
  }
}
