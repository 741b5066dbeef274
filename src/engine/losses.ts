/**
 * Loss functions for one sample, with the derivatives backprop starts from.
 * Squared error pairs with scalar output activations; cross-entropy pairs with softmax.
 */
import type { ForwardPass } from './forward';
import type { Network } from './network';
import { checkVector } from './validate';

/** Squared error L = ½ Σⱼ (ŷⱼ − yⱼ)². */
export function squaredLoss(predictions: Float64Array, targets: ArrayLike<number>): number {
  let sum = 0;
  for (let j = 0; j < predictions.length; j++) {
    const error = predictions[j]! - targets[j]!;
    sum += error * error;
  }
  return 0.5 * sum;
}

/** ∂L/∂ŷⱼ = ŷⱼ − yⱼ for squared error, written into `out`. */
export function squaredLossGradient(
  predictions: Float64Array,
  targets: ArrayLike<number>,
  out: Float64Array,
): Float64Array {
  for (let j = 0; j < predictions.length; j++) out[j] = predictions[j]! - targets[j]!;
  return out;
}

/**
 * Cross-entropy L = −Σⱼ yⱼ log pⱼ, p = softmax(z), from the logits z via log-sum-exp.
 * @remarks log pⱼ = zⱼ − m − log Σₖ e^(zₖ − m) with m = max z stays finite when pⱼ underflows;
 * classes with yⱼ = 0 contribute nothing.
 */
export function crossEntropyLoss(logits: Float64Array, targets: ArrayLike<number>): number {
  let largest = -Infinity;
  for (let j = 0; j < logits.length; j++) largest = Math.max(largest, logits[j]!);
  let total = 0;
  for (let j = 0; j < logits.length; j++) total += Math.exp(logits[j]! - largest);
  const logTotal = Math.log(total);
  let loss = 0;
  for (let j = 0; j < logits.length; j++) {
    const target = targets[j]!;
    if (target !== 0) loss -= target * (logits[j]! - largest - logTotal);
  }
  return loss;
}

/** ∂L/∂pⱼ = −yⱼ / pⱼ for cross-entropy at the softmax outputs, written into `out`. */
export function crossEntropyGradient(
  probabilities: Float64Array,
  targets: ArrayLike<number>,
  out: Float64Array,
): Float64Array {
  for (let j = 0; j < probabilities.length; j++) {
    const target = targets[j]!;
    out[j] = target === 0 ? 0 : -target / probabilities[j]!;
  }
  return out;
}

/**
 * ∂L/∂zⱼ = pⱼ·Σₖ yₖ − yⱼ through softmax and cross-entropy, i.e. p − y when Σy = 1; into `out`.
 */
export function softmaxCrossEntropyGradient(
  probabilities: Float64Array,
  targets: ArrayLike<number>,
  out: Float64Array,
): Float64Array {
  let targetSum = 0;
  for (let j = 0; j < probabilities.length; j++) targetSum += targets[j]!;
  for (let j = 0; j < probabilities.length; j++) {
    out[j] = probabilities[j]! * targetSum - targets[j]!;
  }
  return out;
}

/**
 * L = ½Σ(ŷ − y)², or −Σ y log p after softmax, for one sample after a forward pass (unchecked).
 * @internal
 */
export function lossOfPass(network: Network, pass: ForwardPass, y: ArrayLike<number>): number {
  const last = network.widths.length - 1;
  return network.loss === 'crossEntropy'
    ? crossEntropyLoss(pass.inputs[last]!, y)
    : squaredLoss(pass.outputs[last]!, y);
}

/**
 * L = ½Σ(ŷ − y)², or −Σ y log p after softmax, for one sample after a forward pass.
 * @param pass the forward pass of the sample
 * @param y its target, lₙ finite numbers
 */
export function sampleLoss(network: Network, pass: ForwardPass, y: ArrayLike<number>): number {
  checkVector('y', y, network.widths[network.widths.length - 1]!);
  return lossOfPass(network, pass, y);
}
