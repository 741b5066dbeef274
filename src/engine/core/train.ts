/**
 * Training over a data set. An epoch visits every sample once, split into batches
 * (the whole set, single samples, or mini-batches) and each batch makes one update with the
 * MEAN of its per-sample gradients, (1/n_batch)·Σ ∂Lᵢ/∂θ.
 */
import type { Dataset } from './dataset';
import { meanLossOf, createScratch, packDataset } from './dataset';
import type { Loop } from './epochs';
import { advanceEpochs, trainEpoch } from './epochs';
import type { Network } from './network';
import type { Optimizer, OptimizerSettings } from './optimize';
import { createOptimizer, decayedLearningRate } from './optimize';
import type { RecordOptions } from './recorder';
import { recordEpochs, recordedSamples } from './recorder';
import type { Rng } from './rng';
import { shuffleInPlace } from './rng';
import type { Trace } from './trace';
import { createTraceWriter, finishTrace } from './trace';
import { checkInteger, checkNonNegative } from './validate';

/** How samples are grouped into updates within an epoch. */
export type BatchMode = 'batch' | 'stochastic' | 'miniBatch';

/** Settings of a training run. */
export interface TrainingOptions {
  /** η₀, the learning rate at epoch 0. */
  learningRate: number;
  /** Time decay: η_ℓ = η₀ / (1 + decay·ℓ) at epoch ℓ; 0 by default. */
  decay?: number;
  /** 'batch' (one update per epoch, the default), 'stochastic' (one per sample) or 'miniBatch'. */
  mode?: BatchMode;
  /** Samples per update in 'miniBatch' mode (the last batch of an epoch may be smaller). */
  batchSize?: number;
  /** Reorders the samples at the start of every epoch; data-set order when omitted. */
  shuffle?: Rng;
  /** Update rule; plain gradient descent by default. */
  optimizer?: OptimizerSettings;
  /**
   * Which loss an epoch reports. 'start' (the default): the mean loss over the data set with the
   * parameters the epoch starts from, which costs one extra forward pass over the data. 'during':
   * the mean of the per-sample losses of the epoch's own forward passes, each taken just before
   * its batch's update, as most libraries report it; free, and equal to 'start' in 'batch' mode.
   */
  epochLoss?: 'start' | 'during';
}

/** What happened in one epoch. */
export interface EpochSummary {
  /** ℓ, counted from 0. */
  epoch: number;
  /** Mean loss over the data set: at the start of the epoch, or during it (see `epochLoss`). */
  loss: number;
  /** η_ℓ used for every update of the epoch. */
  learningRate: number;
  /** Parameter updates made in the epoch. */
  updates: number;
}

/** A training run that advances one epoch at a time (for dashboards and steppers). */
export interface Trainer {
  readonly network: Network;
  readonly optimizer: Optimizer;
  /** Index ℓ of the next epoch to run. */
  readonly epoch: number;
  /** Runs one epoch and returns its summary. */
  step(): EpochSummary;
  /** Runs `epochs` epochs and returns their summaries. */
  run(epochs: number): EpochSummary[];
  /**
   * Runs `epochs` epochs and returns nothing, with no record of any epoch; a trainer made by
   * `createFastTrainer` runs them on the fast path (the same numbers, in less time).
   */
  advance(epochs: number): void;
  /**
   * Runs `epochs` epochs and records, for each, the state it starts from (see {@link Trace}).
   * Stops at the first epoch whose state is not finite (`trace.divergedAt`).
   */
  record(epochs: number, options?: RecordOptions): Trace;
  /**
   * The same run as `record`, made `rowsPerSlice` epochs at a time: the generator yields the
   * epochs recorded so far after each slice but the last, and returns the trace `record` would.
   * A page runs it between other work, so a long run at load is no long task.
   */
  recordInSlices(
    epochs: number,
    rowsPerSlice: number,
    options?: RecordOptions,
  ): Generator<number, Trace, void>;
  /** Mean loss over the data set with the current parameters. */
  loss(): number;
}

/** Largest number of epochs one call will run. */
export const MAX_EPOCHS = 1_000_000;
/** Samples per update for a mode: n, 1, or the batch size. */
function resolveBatchSize(mode: BatchMode, batchSize: number | undefined, samples: number): number {
  switch (mode) {
    case 'batch':
      return samples;
    case 'stochastic':
      return 1;
    case 'miniBatch':
      if (batchSize === undefined)
        throw new RangeError("batchSize is required in 'miniBatch' mode");
      checkInteger('batchSize', batchSize, 1, Number.MAX_SAFE_INTEGER);
      return Math.min(batchSize, samples);
    default:
      throw new RangeError(`unknown batch mode "${String(mode)}"`);
  }
}

/** How a trainer's `advance` runs epochs first … first + count − 1 with nothing recorded. */
export type EpochRunner = (loop: Loop, first: number, count: number) => void;

/**
 * Sets up training of `network` (updated in place) on `dataset`. Each epoch ℓ: optionally shuffle
 * the sample order, then for each batch take one optimizer step with η_ℓ = η₀/(1 + decay·ℓ) and the
 * mean gradient of the batch.
 */
export function createTrainer(
  network: Network,
  rawDataset: Dataset,
  options: TrainingOptions,
): Trainer {
  return trainerWith(network, rawDataset, options, advanceEpochs);
}

/**
 * `createTrainer`, with `advance` running its epochs through `runEpochs` (fastTrainer.ts gives it
 * the fast path's loops).
 * @internal
 */
export function trainerWith(
  network: Network,
  rawDataset: Dataset,
  options: TrainingOptions,
  runEpochs: EpochRunner,
): Trainer {
  const dataset = packDataset(network, rawDataset);
  checkNonNegative('learningRate', options.learningRate);
  const decay = options.decay ?? 0;
  checkNonNegative('decay', decay);
  const samples = dataset.inputs.length;
  const batchSize = resolveBatchSize(options.mode ?? 'batch', options.batchSize, samples);
  const updatesPerEpoch = Math.ceil(samples / batchSize);
  const optimizer = createOptimizer(options.optimizer ?? { kind: 'gd' }, network.parameters.length);
  const lossAtStart = (options.epochLoss ?? 'start') === 'start';
  if (!lossAtStart && options.epochLoss !== 'during') {
    throw new RangeError(`epochLoss must be 'start' or 'during', got ${String(options.epochLoss)}`);
  }
  const order = new Uint32Array(samples);
  // Stryker disable next-line EqualityOperator: one more turn writes past the end of order, which a typed array ignores
  for (let s = 0; s < samples; s++) order[s] = s;
  const loop: Loop = {
    network,
    plan: network.plan,
    parameters: network.parameters,
    dataset,
    samples,
    batchSize,
    order,
    scratch: createScratch(network),
    batchGradient: new Float64Array(network.parameters.length),
    optimizer,
    // Stryker disable next-line ConditionalExpression,EqualityOperator: the fused step is gd's update made faster, and the epoch loops take it for gd alone (epochs.ts): on or off, every run is the same
    fused: optimizer.kind === 'gd' && batchSize === 1,
    learningRate: options.learningRate,
    decay,
    shuffle: options.shuffle,
  };
  let epoch = 0;

  const step = (): EpochSummary => {
    const startLoss = lossAtStart ? meanLossOf(network, dataset, loop.scratch) : 0;
    const learningRate = decayedLearningRate(options.learningRate, decay, epoch);
    if (loop.shuffle) shuffleInPlace(order, loop.shuffle);
    const lossSum = trainEpoch(loop, learningRate, false, !lossAtStart);
    const loss = lossAtStart ? startLoss : lossSum / samples;
    return { epoch: epoch++, loss, learningRate, updates: updatesPerEpoch };
  };

  const advance = (epochs: number): void => {
    checkInteger('epochs', epochs, 0, MAX_EPOCHS);
    runEpochs(loop, epoch, epochs);
    epoch += epochs;
  };

  /** The run of `record` (θ_ℓ recorded, then θ_ℓ+1 = θ_ℓ − η_ℓ·∇L), a slice of epochs per step. */
  function* recordInSlices(
    epochs: number,
    rowsPerSlice: number,
    recordOptions: RecordOptions = {},
  ): Generator<number, Trace, void> {
    checkInteger('epochs', epochs, 1, MAX_EPOCHS);
    checkInteger('rowsPerSlice', rowsPerSlice, 1, MAX_EPOCHS);
    const recorded = recordedSamples(recordOptions, samples);
    const writer = createTraceWriter(
      epochs,
      network.parameters.length,
      network.plan.nodes,
      recorded.length,
      recordOptions.reuse?.storage,
    );
    // Where each sample's pass is recorded (−1: not recorded).
    const slot = new Int32Array(samples).fill(-1);
    recorded.forEach((s, r) => (slot[s] = r));
    const first = epoch;
    let length = 0;
    let divergedAt: number | null = null;
    for (;;) {
      const to = Math.min(epochs, length + rowsPerSlice);
      ({ length, divergedAt } = recordEpochs(loop, first, writer, slot, length, to));
      epoch = first + length;
      if (length === epochs || divergedAt !== null) break;
      yield length;
    }
    return finishTrace(writer, {
      widths: network.widths,
      length,
      divergedAt,
      updatesPerEpoch,
      samples: recorded,
      finalParameters: network.parameters.slice(),
    });
  }

  const record = (epochs: number, recordOptions: RecordOptions = {}): Trace => {
    const slices = recordInSlices(epochs, epochs, recordOptions);
    let next = slices.next();
    while (!next.done) next = slices.next();
    return next.value;
  };

  return {
    network,
    optimizer,
    get epoch() {
      return epoch;
    },
    step,
    run(epochs) {
      checkInteger('epochs', epochs, 0, MAX_EPOCHS);
      const history: EpochSummary[] = [];
      for (let e = 0; e < epochs; e++) history.push(step());
      return history;
    },
    advance,
    record,
    recordInSlices,
    loss: () => meanLossOf(network, dataset, loop.scratch),
  };
}

/**
 * Trains `network` in place for `epochs` epochs.
 * @returns the per-epoch history and the mean loss after the last update
 */
export function train(
  network: Network,
  dataset: Dataset,
  options: TrainingOptions & { epochs: number },
): { history: EpochSummary[]; finalLoss: number } {
  const trainer = createTrainer(network, dataset, options);
  const history = trainer.run(options.epochs);
  return { history, finalLoss: trainer.loss() };
}
