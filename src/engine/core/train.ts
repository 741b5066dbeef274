/**
 * Training over a data set. An epoch visits every sample once, split into batches
 * (the whole set, single samples, or mini-batches) and each batch makes one update with the
 * MEAN of its per-sample gradients, (1/n_batch)·Σ ∂Lᵢ/∂θ.
 */
import { backwardSample, forwardSample, sampleLossOf } from './kernel';
import type { Network } from './network';
import type { Optimizer, OptimizerSettings } from './optimize';
import { createOptimizer, decayedLearningRate } from './optimize';
import type { Rng } from './rng';
import { shuffleInPlace } from './rng';
import { stochasticEpochs } from './stochastic';
import type { Trace } from './trace';
import { createTraceWriter, finishTrace, writeEpochRow, writeSampleRow } from './trace';
import type { TraceWriter } from './trace';
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

/** Which samples' forward and backward passes a trace keeps, and storage it may take over. */
export interface RecordOptions {
  /** 'all' (the default) or indices into the data set. */
  samples?: 'all' | readonly number[];
  /**
   * A trace that is no longer read: this run may overwrite its storage instead of allocating, and
   * that trace must not be read afterwards. Saves the garbage collector's pauses when runs follow
   * each other (a store that retrains on every change).
   */
  reuse?: Trace;
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
  /** Runs `epochs` epochs and returns nothing: the fast path, with no record of any epoch. */
  advance(epochs: number): void;
  /**
   * Runs `epochs` epochs and records, for each, the state it starts from (see {@link Trace}).
   * Stops at the first epoch whose state is not finite (`trace.divergedAt`).
   */
  record(epochs: number, options?: RecordOptions): Trace;
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
 * A checked data set copied into Float64Arrays (views of two buffers): the loops then always index
 * the same kind of array, which keeps the JIT's code for them monomorphic and fast.
 */
interface PackedDataset {
  readonly inputs: readonly Float64Array[];
  readonly targets: readonly Float64Array[];
}

/** Checks a data set and packs it. */
/** @internal */
export function packDataset(network: Network, dataset: Dataset): PackedDataset {
  checkDataset(network, dataset);
  const pack = (rows: readonly ArrayLike<number>[], width: number): Float64Array[] => {
    const buffer = new Float64Array(rows.length * width);
    return rows.map((row, s) => {
      const view = buffer.subarray(s * width, (s + 1) * width);
      for (let i = 0; i < width; i++) view[i] = row[i]!;
      return view;
    });
  };
  const { widths } = network;
  return {
    inputs: pack(dataset.inputs, widths[0]!),
    targets: pack(dataset.targets, widths[widths.length - 1]!),
  };
}

/** Storage for one sample's pass: node inputs z, outputs a, ∂L/∂z, ∂L/∂a and slopes dα/dz. */
interface Scratch {
  z: Float64Array;
  a: Float64Array;
  dz: Float64Array;
  da: Float64Array;
  slope: Float64Array;
}

/** @internal */
export function createScratch(network: Network): Scratch {
  const nodes = network.plan.nodes;
  const array = () => new Float64Array(nodes);
  return { z: array(), a: array(), dz: array(), da: array(), slope: array() };
}

/** Mean loss (1/n)·Σₛ Lₛ over the data set at the current θ, unchecked. */
function meanLossOf(network: Network, dataset: PackedDataset, scratch: Scratch): number {
  const { plan, parameters } = network;
  let sum = 0;
  for (let s = 0; s < dataset.inputs.length; s++) {
    forwardSample(plan, parameters, dataset.inputs[s]!, scratch.z, scratch.a);
    sum += sampleLossOf(plan, scratch.z, scratch.a, dataset.targets[s]!);
  }
  return sum / dataset.inputs.length;
}

/** Mean loss over a data set, (1/n)·Σₛ L(x_s, y_s). */
export function meanLoss(network: Network, dataset: Dataset): number {
  return meanLossOf(network, packDataset(network, dataset), createScratch(network));
}

/**
 * Mean gradient (1/n_batch)·Σₛ ∂Lₛ/∂θ of the samples order[start … end − 1], written into `out`;
 * returns Σₛ Lₛ from the same forward passes when `withLoss` (0 otherwise). Unchecked.
 */
/** @internal */
export function batchGradientOf(
  network: Network,
  dataset: PackedDataset,
  order: ArrayLike<number>,
  start: number,
  end: number,
  scratch: Scratch,
  out: Float64Array,
  withLoss: boolean,
): number {
  const { plan, parameters } = network;
  const { z, a, dz, da, slope } = scratch;
  for (let p = 0; p < out.length; p++) out[p] = 0;
  let lossSum = 0;
  for (let position = start; position < end; position++) {
    const s = order[position]!;
    const y = dataset.targets[s]!;
    forwardSample(plan, parameters, dataset.inputs[s]!, z, a);
    if (withLoss) lossSum += sampleLossOf(plan, z, a, y);
    backwardSample(plan, parameters, z, a, y, dz, da, slope, out, 0);
  }
  const count = end - start;
  if (count > 1) {
    const scale = 1 / count;
    for (let p = 0; p < out.length; p++) out[p] = out[p]! * scale;
  }
  return lossSum;
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

/** The sample indices a trace records, checked. */
function recordedSamples(options: RecordOptions, samples: number): number[] {
  const chosen = options.samples ?? 'all';
  if (chosen === 'all') return Array.from({ length: samples }, (_, s) => s);
  const isList: boolean = Array.isArray(chosen); // a boolean, so `chosen` keeps its element type
  if (!isList) throw new RangeError("samples must be 'all' or a list of indices");
  chosen.forEach((s, position) => checkInteger(`samples[${position}]`, s, 0, samples - 1));
  return [...chosen];
}

/**
 * Everything the training loop touches, in one object of fixed shape. The loop's functions are
 * module-level and take it as their first argument, so the JIT compiles them once for every
 * trainer (closures made per trainer measured 30–60 % slower on the 3-2-1 network).
 */
interface Loop {
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
function trainEpoch(
  loop: Loop,
  learningRate: number,
  firstBatchDone: boolean,
  withLoss: boolean,
): number {
  const { plan, parameters, dataset, samples, batchSize, order, scratch, optimizer } = loop;
  let lossSum = 0;
  let start = 0;
  if (firstBatchDone) {
    optimizer.update(parameters, loop.batchGradient, learningRate);
    start = batchSize;
  }
  if (loop.fused && optimizer.kind === 'gd') {
    const { z, a, dz, da, slope } = scratch;
    for (; start < samples; start++) {
      const s = order[start]!;
      const y = dataset.targets[s]!;
      forwardSample(plan, parameters, dataset.inputs[s]!, z, a);
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

/**
 * Runs epochs first … first + count − 1 with nothing recorded: the fast path (plain gradient
 * descent on single samples in `stochasticEpochs`' own loop).
 */
function advanceEpochs(loop: Loop, first: number, count: number): void {
  // Stryker disable next-line BlockStatement: the fast path gives the loop's numbers, only faster
  if (loop.fused && loop.optimizer.kind === 'gd') {
    stochasticEpochs(loop, first, count);
    loop.optimizer.countSteps(count * loop.samples);
    return;
  }
  for (let epoch = first; epoch < first + count; epoch++) {
    if (loop.shuffle) shuffleInPlace(loop.order, loop.shuffle);
    trainEpoch(loop, decayedLearningRate(loop.learningRate, loop.decay, epoch), false, false);
  }
}

/**
 * Runs epochs first … first + rows − 1, recording the state each starts from as a row; stops at
 * the first row that is not finite.
 * @returns the rows recorded and the row that diverged (null when none did)
 */
function recordEpochs(
  loop: Loop,
  first: number,
  writer: TraceWriter,
  slot: Int32Array,
): { length: number; divergedAt: number | null } {
  const wholeBatch = loop.batchSize === loop.samples;
  const mean = wholeBatch ? loop.batchGradient : new Float64Array(loop.parameters.length);
  for (let row = 0; row < writer.rows; row++) {
    const learningRate = decayedLearningRate(loop.learningRate, loop.decay, first + row);
    if (loop.shuffle) shuffleInPlace(loop.order, loop.shuffle);
    if (!recordState(loop, writer, slot, row, learningRate, mean)) {
      return { length: row, divergedAt: row };
    }
    // Stryker disable next-line BooleanLiteral: record takes the loss from recordState, not from here
    trainEpoch(loop, learningRate, wholeBatch, false);
  }
  return { length: writer.rows, divergedAt: null };
}

/**
 * Evaluates θ_ℓ on every sample for a trace: each recorded sample's pass, the mean loss and the
 * mean gradient (into `mean`), written as row `row`. In 'batch' mode the samples are visited in
 * the epoch's order, so `mean` is the epoch's own batch gradient (same order, same sums).
 * @returns false when a number of the row is not finite
 */
function recordState(
  loop: Loop,
  writer: TraceWriter,
  slot: Int32Array,
  row: number,
  learningRate: number,
  mean: Float64Array,
): boolean {
  const { plan, parameters, dataset, samples, order } = loop;
  const { z, a, dz, da, slope } = loop.scratch;
  const nodeArrays = [z, a, dz, da, slope] as const;
  const wholeBatch = loop.batchSize === samples;
  for (let p = 0; p < mean.length; p++) mean[p] = 0;
  let finite = true;
  let lossSum = 0;
  for (let position = 0; position < samples; position++) {
    const s = wholeBatch ? order[position]! : position;
    const y = dataset.targets[s]!;
    forwardSample(plan, parameters, dataset.inputs[s]!, z, a);
    const sampleLoss = sampleLossOf(plan, z, a, y);
    lossSum += sampleLoss;
    backwardSample(plan, parameters, z, a, y, dz, da, slope, mean, 0);
    const r = slot[s]!;
    if (r >= 0) finite = writeSampleRow(writer, r, row, sampleLoss, nodeArrays) && finite;
  }
  if (samples > 1) {
    const scale = 1 / samples;
    for (let p = 0; p < mean.length; p++) mean[p] = mean[p]! * scale;
  }
  return writeEpochRow(writer, row, lossSum / samples, learningRate, parameters, mean) && finite;
}

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
    advanceEpochs(loop, epoch, epochs);
    epoch += epochs;
  };

  const record = (epochs: number, recordOptions: RecordOptions = {}): Trace => {
    checkInteger('epochs', epochs, 1, MAX_EPOCHS);
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
    const { length, divergedAt } = recordEpochs(loop, epoch, writer, slot);
    epoch += length;
    return finishTrace(writer, {
      widths: network.widths,
      length,
      divergedAt,
      updatesPerEpoch,
      samples: recorded,
      finalParameters: network.parameters.slice(),
    });
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
