/**
 * The fast path of training: plain gradient descent on one sample at a time with nothing recorded,
 * θ ← θ − η_ℓ·∂Lₛ/∂θ for each sample s of each epoch ℓ. On the 3-2-1 network the bookkeeping
 * around the arithmetic is what costs, so:
 *
 * - all epochs and samples run inside one function, which reads the plan's offsets once;
 * - the activations α and α′ of every layer are picked once per call and called per node: each
 *   call site then sees one function in a page that trains one kind of network, which the JIT
 *   inlines (a branch on the activation per node cost about 7 % more);
 * - networks with one hidden layer, the book's, get a loop of their own without the layer loop,
 *   and one with a single output node (squared error) a loop with that output in plain numbers.
 *
 * The numbers are those of `forwardSample` then `backwardSample` with `grad` null, bit for bit:
 * the same products summed in the same order, each λ read for ∂L/∂a before it changes. What only a
 * record reads (the slopes, ∂L/∂a, the input nodes' values and derivatives) is not stored.
 * @internal
 */
import type { Activation } from './activations';
import { softmax } from './activations';
import { activationOfCode, isSoftmaxCode } from './plan';
import { softmaxCrossEntropyGradient } from './losses';
import { shuffleInPlace } from './rng';
import type { StochasticLoop } from './stochasticLoop';
import { learningRateAt } from './stochasticLoop';
import { oneHiddenLayerEpochs, singleOutputEpochs } from './stochasticOneHidden';

export type { StochasticLoop } from './stochasticLoop';

/**
 * z⁽ᵏ⁾ = λ⁽ᵏ⁾·a⁽ᵏ⁻¹⁾ + b⁽ᵏ⁾ and a⁽ᵏ⁾ = α(z⁽ᵏ⁾) for one layer, reading its inputs at
 * input[inputStart …] (`from` of them); λ row by row from `weights`, b from `biases`.
 */
function forwardLayer(
  activation: Activation,
  theta: Float64Array,
  weights: number,
  biases: number,
  input: Float64Array,
  inputStart: number,
  from: number,
  z: Float64Array,
  a: Float64Array,
  start: number,
  to: number,
): void {
  // Stryker disable next-line EqualityOperator: one more turn writes z and a of the next layer's first node, which that layer writes next, or past the end
  for (let j = 0, row = weights; j < to; j++, row += from) {
    let sum = 0;
    for (let i = 0; i < from; i++) sum += theta[row + i]! * input[inputStart + i]!;
    const zj = sum + theta[biases + j]!;
    z[start + j] = zj;
    a[start + j] = activation.output(zj);
  }
}

/**
 * ∂L/∂zᵢ = α′(zᵢ)·Σⱼ λⱼᵢ·∂L/∂zⱼ for the `from` nodes of a hidden layer at `previous`, from the
 * `to` nodes above it at `start` and their weights (row by row from `weights`), summed over j in
 * order as backprop adds them up.
 */
function deltaBelow(
  activation: Activation,
  theta: Float64Array,
  weights: number,
  z: Float64Array,
  a: Float64Array,
  dz: Float64Array,
  previous: number,
  from: number,
  start: number,
  to: number,
): void {
  for (let i = 0; i < from; i++) {
    let sum = 0;
    for (let j = 0, w = weights + i; j < to; j++, w += from) sum += theta[w]! * dz[start + j]!;
    const n = previous + i;
    dz[n] = activation.derivative(z[n]!, a[n]!) * sum;
  }
}

/**
 * One layer's step θ ← θ − η·∂L/∂θ from its ∂L/∂z: bⱼ ← bⱼ − η·∂L/∂zⱼ and
 * λⱼᵢ ← λⱼᵢ − η·(aᵢ·∂L/∂zⱼ), with a the layer's inputs a[inputStart …] (`from` of them) and
 * ∂L/∂z at dz[start …] (`to` of them); λ row by row from `weights`, b from `biases`.
 */
function descendLayer(
  theta: Float64Array,
  weights: number,
  biases: number,
  a: Float64Array,
  inputStart: number,
  from: number,
  dz: Float64Array,
  start: number,
  to: number,
  learningRate: number,
): void {
  for (let j = 0, row = weights; j < to; j++, row += from) {
    const delta = dz[start + j]!;
    theta[biases + j] = theta[biases + j]! - learningRate * delta;
    for (let i = 0; i < from; i++) {
      theta[row + i] = theta[row + i]! - learningRate * (a[inputStart + i]! * delta);
    }
  }
}

/**
 * The loop for any number of layers: forward layer by layer, then from the output down, each
 * layer's ∂L/∂z passes to the layer below (with the λ of before the step) and the layer steps.
 */
function layeredEpochs(loop: StochasticLoop, first: number, count: number): void {
  const { plan, parameters: theta, order, shuffle } = loop;
  const { inputs, targets } = loop.dataset;
  const { z, a, dz } = loop.scratch;
  const { widths, last, nodeStart, weightStart, biasStart } = plan;
  // α of layer k at layerActivations[k], read once per layer: hidden layers may differ
  const layerActivations: Activation[] = plan.codes.map(activationOfCode);
  const output: Activation = activationOfCode(plan.output);
  const outputStart = nodeStart[last]!;
  const softmaxOutput = isSoftmaxCode(plan.output);
  for (let epoch = first; epoch < first + count; epoch++) {
    if (shuffle) shuffleInPlace(order, shuffle);
    const eta = learningRateAt(loop.learningRate, loop.decay, epoch);
    for (let position = 0; position < order.length; position++) {
      const s = order[position]!;
      const x = inputs[s]!;
      const y = targets[s]!;
      for (let k = 1; k <= last; k++) {
        const input = k === 1 ? x : a;
        const inputStart = nodeStart[k - 1]!; // 0 for the first layer, which reads x
        const activation = layerActivations[k]!;
        const from = widths[k - 1]!;
        const to = widths[k]!;
        forwardLayer(
          activation,
          theta,
          weightStart[k]!,
          biasStart[k]!,
          input,
          inputStart,
          from,
          z,
          a,
          nodeStart[k]!,
          to,
        );
      }
      if (softmaxOutput) {
        softmax(z, a, outputStart);
        softmaxCrossEntropyGradient(a, y, dz, outputStart); // ∂L/∂zⱼ = pⱼ·Σy − yⱼ
      } else {
        // ∂L/∂zⱼ = α′(zⱼ)·(ŷⱼ − yⱼ)
        // Stryker disable next-line EqualityOperator: one more turn writes past the end of dz, which a typed array ignores
        for (let n = outputStart; n < a.length; n++) {
          dz[n] = output.derivative(z[n]!, a[n]!) * (a[n]! - y[n - outputStart]!);
        }
      }
      for (let k = last; k >= 1; k--) {
        const from = widths[k - 1]!;
        const to = widths[k]!;
        const weights = weightStart[k]!;
        const start = nodeStart[k]!;
        const inputStart = nodeStart[k - 1]!; // 0 for the first layer, which reads x
        // Stryker disable next-line ConditionalExpression,EqualityOperator: a turn at k = 1 writes ∂L/∂z of the input nodes, which nothing reads (the first layer steps from x)
        if (k > 1) {
          const below = layerActivations[k - 1]!;
          deltaBelow(below, theta, weights, z, a, dz, inputStart, from, start, to);
        }
        descendLayer(
          theta,
          weights,
          biasStart[k]!,
          k === 1 ? x : a,
          inputStart,
          from,
          dz,
          start,
          to,
          eta,
        );
      }
    }
  }
}

/**
 * Epochs first … first + count − 1 of stochastic gradient descent: each shuffles the order when
 * asked to, then takes θ ← θ − η_ℓ·∂Lₛ/∂θ for every sample s in that order.
 */
export function stochasticEpochs(loop: StochasticLoop, first: number, count: number): void {
  const { last, widths, output } = loop.plan;
  // Stryker disable next-line ConditionalExpression: the layered loop takes the one-hidden-layer loops' steps, bit for bit, only slower
  if (last !== 2) layeredEpochs(loop, first, count);
  else if (widths[2] === 1 && !isSoftmaxCode(output)) singleOutputEpochs(loop, first, count);
  else oneHiddenLayerEpochs(loop, first, count);
}
