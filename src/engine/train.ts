/**
 * Training over a data set. An epoch visits every sample once, split into batches
 * (the whole set, single samples, or mini-batches) and each batch makes one update with the
 * MEAN of its per-sample gradients, (1/n_batch)·Σ ∂Lᵢ/∂θ.
 */
import type { Gradients } from './backward';
import { backpropagate, createGradients } from './backward';
import type { ForwardPass } from './forward';
import { createForwardPass, propagate } from './forward';
import { lossOfPass } from './losses';
import type { Network } from './network';
import type { Optimizer, OptimizerSettings } from './optimize';
import { createOptimizer, decayedLearningRate } from './optimize';
import type { Rng } from './rng';
import { shuffleInPlace } from './rng';
import { checkInteger, checkNonNegative, checkVector } from './validate';

/** Samples x and targets y, paired by index. */
export interface Dataset {
  /** inputs[s]: sample s, l₀ numbers. */
  readonly inputs: readonly ArrayLike<number>[];
  /** targets[s]: its target, lₙ numbers (one-hot for softmax classification). */
  readonly targets: readonly ArrayLike<number>[];
}

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
  /** Mean loss over the data set with the current parameters. */
  loss(): number;
}

/** Largest number of epochs one call will run. */
export const MAX_EPOCHS = 1_000_000;

/** Throws unless the data set is non-empty and every sample fits the network. @internal */
export function checkDataset(network: Network, dataset: Dataset): void {
  const { inputs, targets } = dataset;
  const areLists: boolean = Array.isArray(inputs) && Array.isArray(targets); // keeps element types
  if (!areLists) {
    throw new RangeError('dataset.inputs and dataset.targets must be arrays');
  }
  if (inputs.length === 0) throw new RangeError('dataset must hold at least one sample');
  if (inputs.length !== targets.length) {
    throw new RangeError(`dataset has ${inputs.length} inputs but ${targets.length} targets`);
  }
  const { widths } = network;
  for (let s = 0; s < inputs.length; s++) {
    checkVector(`inputs[${s}]`, inputs[s]!, widths[0]!);
    checkVector(`targets[${s}]`, targets[s]!, widths[widths.length - 1]!);
  }
}

/**
 * Mean loss over samples, unchecked. @internal
 */
function meanLossOf(network: Network, dataset: Dataset, pass: ForwardPass): number {
  let sum = 0;
  for (let s = 0; s < dataset.inputs.length; s++) {
    propagate(network, dataset.inputs[s]!, pass);
    sum += lossOfPass(network, pass, dataset.targets[s]!);
  }
  return sum / dataset.inputs.length;
}

/** Mean loss over a data set, (1/n)·Σₛ L(x_s, y_s). */
export function meanLoss(network: Network, dataset: Dataset): number {
  checkDataset(network, dataset);
  return meanLossOf(network, dataset, createForwardPass(network));
}

/**
 * Mean parameter gradient of a batch, (1/n_batch)·Σₛ ∂Lₛ/∂θ, written into `out`; returns the sum
 * of the batch's per-sample losses Σₛ Lₛ, which its forward passes give for free. Unchecked.
 * @internal
 */
function meanGradientOf(
  network: Network,
  dataset: Dataset,
  order: ArrayLike<number>,
  start: number,
  end: number,
  pass: ForwardPass,
  sampleGrads: Gradients,
  out: Float64Array,
): number {
  out.fill(0);
  const perSample = sampleGrads.parameters;
  let lossSum = 0;
  for (let position = start; position < end; position++) {
    const s = order[position]!;
    propagate(network, dataset.inputs[s]!, pass);
    lossSum += lossOfPass(network, pass, dataset.targets[s]!);
    backpropagate(network, pass, dataset.targets[s]!, sampleGrads);
    for (let i = 0; i < out.length; i++) out[i] = out[i]! + perSample[i]!;
  }
  const scale = 1 / (end - start);
  for (let i = 0; i < out.length; i++) out[i] = out[i]! * scale;
  return lossSum;
}

/**
 * Mean gradient (1/n)·Σₛ ∂Lₛ/∂θ over the given samples (all of them by default), in the layout of
 * `network.parameters`.
 * @param samples indices into the data set
 */
export function meanGradient(
  network: Network,
  dataset: Dataset,
  samples?: readonly number[],
): Float64Array {
  checkDataset(network, dataset);
  const order = samples ?? dataset.inputs.map((_, s) => s);
  if (order.length === 0) throw new RangeError('samples must name at least one sample');
  order.forEach((s, position) =>
    checkInteger(`samples[${position}]`, s, 0, dataset.inputs.length - 1),
  );
  const mean = new Float64Array(network.parameters.length);
  meanGradientOf(
    network,
    dataset,
    order,
    0,
    order.length,
    createForwardPass(network),
    createGradients(network),
    mean,
  );
  return mean;
}

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

/**
 * Sets up training of `network` (updated in place) on `dataset`. Each epoch ℓ: optionally shuffle
 * the sample order, then for each batch take one optimizer step with η_ℓ = η₀/(1 + decay·ℓ) and the
 * mean gradient of the batch.
 */
export function createTrainer(
  network: Network,
  dataset: Dataset,
  options: TrainingOptions,
): Trainer {
  checkDataset(network, dataset);
  checkNonNegative('learningRate', options.learningRate);
  const decay = options.decay ?? 0;
  checkNonNegative('decay', decay);
  const samples = dataset.inputs.length;
  const batchSize = resolveBatchSize(options.mode ?? 'batch', options.batchSize, samples);
  const optimizer = createOptimizer(options.optimizer ?? { kind: 'gd' }, network.parameters.length);
  const pass = createForwardPass(network);
  const sampleGrads = createGradients(network);
  const batchGradient = new Float64Array(network.parameters.length);
  const order = new Uint32Array(samples);
  for (let s = 0; s < samples; s++) order[s] = s;
  let epoch = 0;

  const lossAtStart = (options.epochLoss ?? 'start') === 'start';
  if (!lossAtStart && options.epochLoss !== 'during') {
    throw new RangeError(`epochLoss must be 'start' or 'during', got ${String(options.epochLoss)}`);
  }

  const step = (): EpochSummary => {
    const startLoss = lossAtStart ? meanLossOf(network, dataset, pass) : 0;
    const learningRate = decayedLearningRate(options.learningRate, decay, epoch);
    if (options.shuffle) shuffleInPlace(order, options.shuffle);
    let updates = 0;
    let lossSum = 0;
    for (let start = 0; start < samples; start += batchSize) {
      const end = Math.min(start + batchSize, samples);
      lossSum += meanGradientOf(
        network,
        dataset,
        order,
        start,
        end,
        pass,
        sampleGrads,
        batchGradient,
      );
      optimizer.step(network.parameters, batchGradient, learningRate);
      updates++;
    }
    const loss = lossAtStart ? startLoss : lossSum / samples;
    return { epoch: epoch++, loss, learningRate, updates };
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
    loss: () => meanLossOf(network, dataset, pass),
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
