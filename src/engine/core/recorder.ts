/**
 * The recorder: epochs run with the state each starts from written into a trace (every recorded
 * sample's pass, the mean loss and the mean gradient), stopping at the first that is not finite.
 */
import type { Loop } from './epochs';
import { trainEpoch } from './epochs';
import { forwardEach } from './block';
import { backwardSample, sampleLossOf } from './kernel';
import { decayedLearningRate } from './optimize';
import { shuffleInPlace } from './rng';
import type { Trace, TraceWriter } from './trace';
import { writeEpochRow, writeSampleRow } from './trace';
import { checkInteger } from './validate';

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

/** The sample indices a trace records, checked. */
export function recordedSamples(options: RecordOptions, samples: number): number[] {
  const chosen = options.samples ?? 'all';
  if (chosen === 'all') return Array.from({ length: samples }, (_, s) => s);
  const isList: boolean = Array.isArray(chosen); // a boolean, so `chosen` keeps its element type
  if (!isList) throw new RangeError("samples must be 'all' or a list of indices");
  chosen.forEach((s, position) => checkInteger(`samples[${position}]`, s, 0, samples - 1));
  return [...chosen];
}

/**
 * Runs epochs first + from … first + to − 1, recording the state each starts from as rows from …
 * to − 1 (by default every row of the writer); stops at the first row that is not finite.
 * @returns the rows recorded so far (`to`, or the row that diverged) and the row that diverged
 *   (null when none did)
 */
export function recordEpochs(
  loop: Loop,
  first: number,
  writer: TraceWriter,
  slot: Int32Array,
  from = 0,
  to = writer.rows,
): { length: number; divergedAt: number | null } {
  // Stryker disable next-line ConditionalExpression: without it, trainEpoch works batch 0's gradient out again at the same θ, in the same order: the same numbers
  const wholeBatch = loop.batchSize === loop.samples;
  const mean = wholeBatch ? loop.batchGradient : new Float64Array(loop.parameters.length);
  // Stryker disable next-line BooleanLiteral: recordState sets finite to true before each row's samples are visited
  const row = { index: from, lossSum: 0, finite: true };
  const visit = sampleVisitor(loop, writer, slot, mean, row);
  for (; row.index < to; row.index++) {
    const learningRate = decayedLearningRate(loop.learningRate, loop.decay, first + row.index);
    if (loop.shuffle) shuffleInPlace(loop.order, loop.shuffle);
    if (!recordState(loop, writer, row, learningRate, mean, visit)) {
      return { length: row.index, divergedAt: row.index };
    }
    // Stryker disable next-line BooleanLiteral: record takes the loss from recordState, not from here
    trainEpoch(loop, learningRate, wholeBatch, false);
  }
  return { length: to, divergedAt: null };
}

/** The row a trace is writing, and what its samples add up as they are visited. */
interface RowSums {
  index: number;
  lossSum: number;
  finite: boolean;
}

/**
 * What happens to each sample after its forward pass, for a trace's row: its loss added up, its
 * backward pass added into `mean`, and its pass written when the trace records it. Made once per
 * run, not once per epoch, so the epochs allocate nothing.
 */
function sampleVisitor(
  loop: Loop,
  writer: TraceWriter,
  slot: Int32Array,
  mean: Float64Array,
  row: RowSums,
): (s: number) => void {
  const { plan, parameters, dataset } = loop;
  const { z, a, dz, da, slope } = loop.scratch;
  const nodeArrays = [z, a, dz, da, slope] as const;
  return (s) => {
    const y = dataset.targets[s]!;
    const sampleLoss = sampleLossOf(plan, z, a, y);
    row.lossSum += sampleLoss;
    backwardSample(plan, parameters, z, a, y, dz, da, slope, mean, 0);
    const r = slot[s]!;
    if (r >= 0) {
      row.finite = writeSampleRow(writer, r, row.index, sampleLoss, nodeArrays) && row.finite;
    }
  };
}

/**
 * Evaluates θ_ℓ on every sample for a trace: each recorded sample's pass, the mean loss and the
 * mean gradient (into `mean`), written as row `row.index`. In 'batch' mode the samples are visited
 * in the epoch's order, so `mean` is the epoch's own batch gradient (same order, same sums).
 * @returns false when a number of the row is not finite
 */
function recordState(
  loop: Loop,
  writer: TraceWriter,
  row: RowSums,
  learningRate: number,
  mean: Float64Array,
  visit: (s: number) => void,
): boolean {
  const { plan, parameters, dataset, samples, order } = loop;
  const { z, a, block } = loop.scratch;
  const wholeBatch = loop.batchSize === samples;
  // Stryker disable next-line EqualityOperator: one more turn writes past the end of mean, which a typed array ignores
  for (let p = 0; p < mean.length; p++) mean[p] = 0;
  row.lossSum = 0;
  row.finite = true;
  const visited = wholeBatch ? order : null;
  forwardEach(plan, parameters, dataset.inputs, visited, samples, z, a, block, visit);
  // Stryker disable next-line ConditionalExpression,EqualityOperator: a data set of one sample is scaled by 1/1, which leaves its gradient as it is
  if (samples > 1) {
    const scale = 1 / samples;
    // Stryker disable next-line EqualityOperator: one more turn writes past the end of mean, which a typed array ignores
    for (let p = 0; p < mean.length; p++) mean[p] = mean[p]! * scale;
  }
  const { index, lossSum, finite } = row;
  return writeEpochRow(writer, index, lossSum / samples, learningRate, parameters, mean) && finite;
}
