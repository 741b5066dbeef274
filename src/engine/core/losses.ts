/**
 * Loss functions for one sample, with the derivatives backprop starts from.
 * Squared error pairs with scalar output activations; cross-entropy pairs with softmax.
 *
 * Each takes the output layer's values from index `start` to the end of its array, so the fast
 * loops can pass the flat array of all node values (the output layer comes last) without a copy;
 * `targets[j]` pairs with index `start + j`.
 */

/** Squared error L = ½ Σⱼ (ŷⱼ − yⱼ)². */
export function squaredLoss(
  predictions: Float64Array,
  targets: ArrayLike<number>,
  start = 0,
): number {
  let sum = 0;
  for (let j = 0; start + j < predictions.length; j++) {
    const error = predictions[start + j]! - targets[j]!;
    sum += error * error;
  }
  return 0.5 * sum;
}

/** ∂L/∂ŷⱼ = ŷⱼ − yⱼ for squared error, written into `out` (at the same indices). */
export function squaredLossGradient(
  predictions: Float64Array,
  targets: ArrayLike<number>,
  out: Float64Array,
  start = 0,
): Float64Array {
  // Stryker disable next-line EqualityOperator: one more turn writes past the end of out, which a typed array ignores
  for (let j = 0; start + j < predictions.length; j++) {
    out[start + j] = predictions[start + j]! - targets[j]!;
  }
  return out;
}

/**
 * Cross-entropy L = −Σⱼ yⱼ log pⱼ, p = softmax(z), from the logits z via log-sum-exp.
 * @remarks log pⱼ = zⱼ − m − log Σₖ e^(zₖ − m) with m = max z stays finite when pⱼ underflows;
 * classes with yⱼ = 0 contribute nothing.
 */
export function crossEntropyLoss(
  logits: Float64Array,
  targets: ArrayLike<number>,
  start = 0,
): number {
  let largest = -Infinity;
  for (let n = start; n < logits.length; n++) largest = Math.max(largest, logits[n]!);
  let total = 0;
  for (let n = start; n < logits.length; n++) total += Math.exp(logits[n]! - largest);
  const logTotal = Math.log(total);
  let loss = 0;
  for (let j = 0; start + j < logits.length; j++) {
    const target = targets[j]!;
    // Stryker disable next-line ConditionalExpression: a zero target adds 0 · (a finite log-probability): the sum is the same
    if (target !== 0) loss -= target * (logits[start + j]! - largest - logTotal);
  }
  return loss;
}

/** ∂L/∂pⱼ = −yⱼ / pⱼ for cross-entropy at the softmax outputs, written into `out`. */
export function crossEntropyGradient(
  probabilities: Float64Array,
  targets: ArrayLike<number>,
  out: Float64Array,
  start = 0,
): Float64Array {
  // Stryker disable next-line EqualityOperator: one more turn writes past the end of out, which a typed array ignores
  for (let j = 0; start + j < probabilities.length; j++) {
    const target = targets[j]!;
    out[start + j] = target === 0 ? 0 : -target / probabilities[start + j]!;
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
  start = 0,
): Float64Array {
  let targetSum = 0;
  for (let j = 0; start + j < probabilities.length; j++) targetSum += targets[j]!;
  // Stryker disable next-line EqualityOperator: one more turn writes past the end of out, which a typed array ignores
  for (let j = 0; start + j < probabilities.length; j++) {
    out[start + j] = probabilities[start + j]! * targetSum - targets[j]!;
  }
  return out;
}
