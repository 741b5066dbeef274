/**
 * A data set as the training loop reads it: checked, packed into Float64Arrays, and the passes over
 * it that every mode shares (the mean loss, a batch's mean gradient).
 */
import { createBlock, forwardEach, type Block } from './block';
import { backwardSample, forwardSample, sampleLossOf } from './kernel';
import type { Network } from './network';
import { checkVector } from './validate';

/** Samples x and targets y, paired by index. */
export interface Dataset {
  /** inputs[s]: sample s, l₀ numbers. */
  readonly inputs: readonly ArrayLike<number>[];
  /** targets[s]: its target, lₙ numbers (one-hot for softmax classification). */
  readonly targets: readonly ArrayLike<number>[];
}

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
export interface PackedDataset {
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
      // Stryker disable next-line EqualityOperator: one more turn writes past the end of the sample's view, which a typed array ignores
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

/**
 * Storage for one sample's pass: node inputs z, outputs a, ∂L/∂z, ∂L/∂a and slopes dα/dz; and a
 * block's, for forward passes of many samples at one θ (block.ts).
 */
export interface Scratch {
  z: Float64Array;
  a: Float64Array;
  dz: Float64Array;
  da: Float64Array;
  slope: Float64Array;
  block: Block;
}

/** @internal */
export function createScratch(network: Network): Scratch {
  const nodes = network.plan.nodes;
  const array = () => new Float64Array(nodes);
  return {
    z: array(),
    a: array(),
    dz: array(),
    da: array(),
    slope: array(),
    block: createBlock(nodes),
  };
}

/** Mean loss (1/n)·Σₛ Lₛ over the data set at the current θ, unchecked. */
export function meanLossOf(network: Network, dataset: PackedDataset, scratch: Scratch): number {
  const { plan, parameters } = network;
  const { inputs, targets } = dataset;
  const { z, a, block } = scratch;
  let sum = 0;
  forwardEach(plan, parameters, inputs, null, inputs.length, z, a, block, (s) => {
    sum += sampleLossOf(plan, z, a, targets[s]!);
  });
  return sum / inputs.length;
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
  // Stryker disable next-line EqualityOperator: one more turn writes past the end of out, which a typed array ignores
  for (let p = 0; p < out.length; p++) out[p] = 0;
  let lossSum = 0;
  for (let position = start; position < end; position++) {
    const s = order[position]!;
    const y = dataset.targets[s]!;
    forwardSample(plan, parameters, dataset.inputs[s]!, z, a);
    // Stryker disable next-line ConditionalExpression: a caller that asks for no loss drops the sum (epochs.ts, meanGradient.ts)
    if (withLoss) lossSum += sampleLossOf(plan, z, a, y);
    backwardSample(plan, parameters, z, a, y, dz, da, slope, out, 0);
  }
  const count = end - start;
  // Stryker disable next-line ConditionalExpression,EqualityOperator: a batch of one sample is scaled by 1/1, which leaves it as it is
  if (count > 1) {
    const scale = 1 / count;
    // Stryker disable next-line EqualityOperator: one more turn writes past the end of out, which a typed array ignores
    for (let p = 0; p < out.length; p++) out[p] = out[p]! * scale;
  }
  return lossSum;
}
