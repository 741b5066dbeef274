/**
 * The mean gradient of chosen samples outside any training run (the worked examples of a batch
 * update). Kept apart from train.ts, which every page with a network loads.
 */
import type { Network } from '../core/network';
import { batchGradientOf, createScratch, packDataset, type Dataset } from '../core/dataset';
import { checkInteger } from '../core/validate';

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
  const packed = packDataset(network, dataset);
  const order = samples ?? dataset.inputs.map((_, s) => s);
  if (order.length === 0) throw new RangeError('samples must name at least one sample');
  order.forEach((s, position) =>
    checkInteger(`samples[${position}]`, s, 0, dataset.inputs.length - 1),
  );
  const mean = new Float64Array(network.parameters.length);
  // Stryker disable next-line BooleanLiteral: with true it also sums the losses, which nothing here reads
  batchGradientOf(network, packed, order, 0, order.length, createScratch(network), mean, false);
  return mean;
}
