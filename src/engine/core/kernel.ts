/**
 * The fast path under every public function: the forward and backward pass of one sample on flat
 * arrays, with no checks and no allocation. Node values of all layers sit in one array, layer
 * after layer (node n = nodeStart[k] + j), and the parameters in the network's flat θ, so the
 * loops index typed arrays directly. Arrays of node values hold exactly `plan.nodes` entries, so
 * the output layer runs to their end. Callers check their input once, up front.
 * @internal
 */
import { identity, leakyRelu, relu, sigmoid, softmax, tanh } from './activations';
import {
  crossEntropyGradient,
  crossEntropyLoss,
  softmaxCrossEntropyGradient,
  squaredLoss,
  squaredLossGradient,
} from './losses';
import type { Code, Plan } from './plan';
import { CODE } from './plan';

/** α(z) for the nodes of a layer: a[n] = α(z[n]) for start ≤ n < end. */
export function activateLayer(
  code: Code,
  z: Float64Array,
  a: Float64Array,
  start: number,
  end: number,
) {
  switch (code) {
    case CODE.identity:
      // Stryker disable next-line EqualityOperator: one more turn writes a of the next layer's first node, which that layer writes next, or past the end
      for (let n = start; n < end; n++) a[n] = identity.output(z[n]!);
      return;
    case CODE.sigmoid:
      // Stryker disable next-line EqualityOperator: one more turn writes a of the next layer's first node, which that layer writes next, or past the end
      for (let n = start; n < end; n++) a[n] = sigmoid.output(z[n]!);
      return;
    case CODE.tanh:
      // Stryker disable next-line EqualityOperator: one more turn writes a of the next layer's first node, which that layer writes next, or past the end
      for (let n = start; n < end; n++) a[n] = tanh.output(z[n]!);
      return;
    case CODE.relu:
      // Stryker disable next-line EqualityOperator: one more turn writes a of the next layer's first node, which that layer writes next, or past the end
      for (let n = start; n < end; n++) a[n] = relu.output(z[n]!);
      return;
    case CODE.leakyRelu:
      // Stryker disable next-line EqualityOperator: one more turn writes a of the next layer's first node, which that layer writes next, or past the end
      for (let n = start; n < end; n++) a[n] = leakyRelu.output(z[n]!);
      return;
    case CODE.softmax:
      softmax(z, a, start); // the output layer: it runs to the end of the arrays
      return;
  }
}

/** dα/dz for the nodes of a scalar-activation layer, from their inputs z and outputs a. */
function slopeLayer(
  code: Code,
  z: Float64Array,
  a: Float64Array,
  slope: Float64Array,
  start: number,
  end: number,
) {
  switch (code) {
    case CODE.sigmoid:
      for (let n = start; n < end; n++) slope[n] = sigmoid.derivative(z[n]!, a[n]!);
      return;
    case CODE.tanh:
      for (let n = start; n < end; n++) slope[n] = tanh.derivative(z[n]!, a[n]!);
      return;
    case CODE.relu:
      for (let n = start; n < end; n++) slope[n] = relu.derivative(z[n]!, a[n]!);
      return;
    case CODE.leakyRelu:
      for (let n = start; n < end; n++) slope[n] = leakyRelu.derivative(z[n]!, a[n]!);
      return;
    default:
      // identity; a softmax layer has no per-node slope, its derivative comes with the loss
      for (let n = start; n < end; n++) slope[n] = identity.derivative(z[n]!, a[n]!);
  }
}

/** Through the activations of a layer: slope = dα/dz, then ∂L/∂zₙ = slope·∂L/∂aₙ. */
function throughActivation(
  code: Code,
  z: Float64Array,
  a: Float64Array,
  da: Float64Array,
  slope: Float64Array,
  dz: Float64Array,
  start: number,
  end: number,
) {
  slopeLayer(code, z, a, slope, start, end);
  for (let n = start; n < end; n++) dz[n] = slope[n]! * da[n]!;
}

/**
 * Forward pass of one sample: z⁽ᵏ⁾ = λ⁽ᵏ⁾·a⁽ᵏ⁻¹⁾ + b⁽ᵏ⁾, a⁽ᵏ⁾ = α(z⁽ᵏ⁾), a⁽⁰⁾ = z⁽⁰⁾ = x.
 * @param x the sample, l₀ values
 */
export function forwardSample(
  plan: Plan,
  theta: Float64Array,
  x: Float64Array,
  z: Float64Array,
  a: Float64Array,
): void {
  // Stryker disable next-line EqualityOperator: one more turn copies x's missing entry into the first hidden node, which forwardLayers then writes
  for (let i = 0; i < plan.widths[0]!; i++) {
    z[i] = x[i]!;
    a[i] = x[i]!;
  }
  forwardLayers(plan, theta, z, a, 1);
}

/**
 * a⁽ᵏ⁾ = α(z⁽ᵏ⁾) again for the layer k of node n after its z changed (the whole layer, since a
 * softmax output depends on all of it); an input node's output is its input, a = z.
 */
export function activateNode(
  plan: Plan,
  layer: number,
  z: Float64Array,
  a: Float64Array,
  n: number,
) {
  // Stryker disable next-line ConditionalExpression,BlockStatement: the input layer's code is identity (plan.ts): activateLayer gives a = z there too
  if (layer === 0) {
    a[n] = z[n]!;
    return;
  }
  const start = plan.nodeStart[layer]!;
  activateLayer(plan.codes[layer]!, z, a, start, start + plan.widths[layer]!);
}

/**
 * The forward pass from layer `first` on: z⁽ᵏ⁾ = λ⁽ᵏ⁾·a⁽ᵏ⁻¹⁾ + b⁽ᵏ⁾, a⁽ᵏ⁾ = α(z⁽ᵏ⁾) for
 * k = first … n, reading the earlier layers' a as they are.
 */
export function forwardLayers(
  plan: Plan,
  theta: Float64Array,
  z: Float64Array,
  a: Float64Array,
  first: number,
): void {
  const { widths, last, nodeStart, weightStart, biasStart, codes } = plan;
  for (let k = first; k <= last; k++) {
    const from = widths[k - 1]!;
    const to = widths[k]!;
    const previous = nodeStart[k - 1]!;
    const start = nodeStart[k]!;
    const bias = biasStart[k]!;
    let row = weightStart[k]!;
    // Stryker disable next-line EqualityOperator: one more turn writes z of the next layer's first node, which that layer writes next, or past the end
    for (let j = 0; j < to; j++, row += from) {
      let sum = 0;
      for (let i = 0; i < from; i++) sum += theta[row + i]! * a[previous + i]!;
      z[start + j] = sum + theta[bias + j]!;
    }
    activateLayer(codes[k]!, z, a, start, start + to);
  }
}

/** L = ½Σ(ŷ − y)², or −Σ y log p from the logits, after `forwardSample`. */
export function sampleLossOf(
  plan: Plan,
  z: Float64Array,
  a: Float64Array,
  y: ArrayLike<number>,
): number {
  const start = plan.nodeStart[plan.last]!;
  return plan.crossEntropy ? crossEntropyLoss(z, y, start) : squaredLoss(a, y, start);
}

/**
 * Backward pass of one sample after `forwardSample`: ∂L/∂z = α'(z)·∂L/∂a, ∂L/∂aᵢ = Σⱼ λᵢⱼ·∂L/∂zⱼ,
 * ∂L/∂λᵢⱼ = aᵢ·∂L/∂zⱼ and ∂L/∂bⱼ = ∂L/∂zⱼ. The parameter derivatives are ADDED into `grad`, so a
 * batch sums in place; with `grad` null they are applied at once instead, θ ← θ − η·∂L/∂θ (a
 * stochastic gradient-descent step, each λ read for ∂L/∂a before it changes).
 * @param dz written with ∂L/∂(node input) of every node
 * @param da written with ∂L/∂(node output) of every node
 * @param slope written with dα/dz of every node (1 for inputs; 0 for a softmax layer)
 * @param learningRate η, used only when `grad` is null
 */
export function backwardSample(
  plan: Plan,
  theta: Float64Array,
  z: Float64Array,
  a: Float64Array,
  y: Float64Array,
  dz: Float64Array,
  da: Float64Array,
  slope: Float64Array,
  grad: Float64Array | null,
  learningRate: number,
): void {
  const { widths, last, nodeStart, weightStart, biasStart, codes } = plan;
  const outStart = nodeStart[last]!;
  const outEnd = outStart + widths[last]!;
  if (plan.crossEntropy) {
    // ∂L/∂pⱼ = −yⱼ/pⱼ, and through softmax and cross-entropy together ∂L/∂zⱼ = pⱼ·Σy − yⱼ
    crossEntropyGradient(a, y, da, outStart);
    softmaxCrossEntropyGradient(a, y, dz, outStart);
    // Stryker disable next-line CallExpression: nothing else writes a softmax network's output slopes: its scratch holds 0 there from the start
    slope.fill(0, outStart, outEnd);
  } else {
    // ∂L/∂ŷⱼ = ŷⱼ − yⱼ, then ∂L/∂zⱼ = α'(zⱼ)·∂L/∂ŷⱼ
    squaredLossGradient(a, y, da, outStart);
    throughActivation(plan.output, z, a, da, slope, dz, outStart, outEnd);
  }
  for (let k = last; k >= 1; k--) {
    const from = widths[k - 1]!;
    const to = widths[k]!;
    const previous = nodeStart[k - 1]!;
    const start = nodeStart[k]!;
    const bias = biasStart[k]!;
    for (let n = previous; n < previous + from; n++) da[n] = 0; // (a loop: fill() costs a call)
    let row = weightStart[k]!;
    for (let j = 0; j < to; j++, row += from) {
      const delta = dz[start + j]!;
      if (grad === null) {
        theta[bias + j] = theta[bias + j]! - learningRate * delta;
        for (let i = 0; i < from; i++) {
          const lambda = theta[row + i]!;
          da[previous + i] = da[previous + i]! + lambda * delta;
          theta[row + i] = lambda - learningRate * (a[previous + i]! * delta);
        }
      } else {
        grad[bias + j] = grad[bias + j]! + delta; // ∂L/∂bⱼ = ∂L/∂zⱼ
        for (let i = 0; i < from; i++) {
          grad[row + i] = grad[row + i]! + a[previous + i]! * delta; // ∂L/∂λᵢⱼ = aᵢ·∂L/∂zⱼ
          da[previous + i] = da[previous + i]! + theta[row + i]! * delta; // Σ over paths
        }
      }
    }
    // The input layer's code is identity's (plan.ts): input nodes pass x on, ∂I/∂I_in = 1.
    throughActivation(codes[k - 1]!, z, a, da, slope, dz, previous, previous + from);
  }
}
