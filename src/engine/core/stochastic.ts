/**
 * The fast path of training: plain gradient descent on one sample at a time with nothing recorded,
 * θ ← θ − η_ℓ·∂Lₛ/∂θ for each sample s of each epoch ℓ. On the 3-2-1 network the bookkeeping
 * around the arithmetic is what costs, so:
 *
 * - all epochs and samples run inside one function, which reads the plan's offsets once;
 * - the activations α and α′ of the hidden and output layers are picked once per call and called
 *   per node: each call site then sees one function in a page that trains one kind of network,
 *   which the JIT inlines (a branch on the activation per node cost about 7 % more);
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
import type { Plan } from './kernel';
import { activationOfCode, isSoftmaxCode } from './kernel';
import { softmaxCrossEntropyGradient } from './losses';
import { decayedLearningRate } from './optimize';
import type { Rng } from './rng';
import { shuffleInPlace } from './rng';

/** What the loops read and write; a trainer's own state has this shape. */
export interface StochasticLoop {
  readonly plan: Plan;
  /** θ, updated in place. */
  readonly parameters: Float64Array;
  readonly dataset: {
    readonly inputs: readonly Float64Array[];
    readonly targets: readonly Float64Array[];
  };
  /** The order in which an epoch visits the samples (shuffled in place when asked to). */
  readonly order: Uint32Array;
  /** Node inputs z, outputs a and ∂L/∂z, `plan.nodes` each. */
  readonly scratch: {
    readonly z: Float64Array;
    readonly a: Float64Array;
    readonly dz: Float64Array;
  };
  /** η₀ and the decay: epoch ℓ's updates take η_ℓ = η₀/(1 + decay·ℓ). */
  readonly learningRate: number;
  readonly decay: number;
  readonly shuffle: Rng | undefined;
}

/** η_ℓ = η₀/(1 + decay·ℓ); η₀ itself without decay, which is the same number without a division. */
function learningRateAt(loop: StochasticLoop, epoch: number): number {
  const { learningRate, decay } = loop;
  return decay === 0 ? learningRate : decayedLearningRate(learningRate, decay, epoch);
}

/**
 * The loop for networks with one hidden layer, l₀–l₁–l₂, written out: no loop over layers, and the
 * backward pass in one loop over the hidden nodes. For hidden node i it sums ∂L/∂hᵢ = Σⱼ λⱼᵢ·∂L/∂zⱼ
 * while stepping the λⱼᵢ out of it (each read before it changes), then steps bᵢ and the weights
 * into it: every parameter takes the step `layeredEpochs` gives it, in another order.
 */
function oneHiddenLayerEpochs(loop: StochasticLoop, first: number, count: number): void {
  const { plan, parameters: theta, order, shuffle } = loop;
  const { inputs, targets } = loop.dataset;
  const { z, a, dz } = loop.scratch;
  const { widths, nodeStart, weightStart, biasStart } = plan;
  const inputWidth = widths[0]!;
  const hiddenWidth = widths[1]!;
  const outputWidth = widths[2]!;
  const hiddenStart = nodeStart[1]!;
  const outputStart = nodeStart[2]!;
  const weights1 = weightStart[1]!;
  const weights2 = weightStart[2]!;
  const biases1 = biasStart[1]!;
  const biases2 = biasStart[2]!;
  const hidden: Activation = activationOfCode(plan.hidden);
  const output: Activation = activationOfCode(plan.output);
  const softmaxOutput = isSoftmaxCode(plan.output);
  for (let epoch = first; epoch < first + count; epoch++) {
    if (shuffle) shuffleInPlace(order, shuffle);
    const eta = learningRateAt(loop, epoch);
    for (let position = 0; position < order.length; position++) {
      const s = order[position]!;
      const x = inputs[s]!;
      const y = targets[s]!;
      // hidden layer: z = λ⁽¹⁾·x + b⁽¹⁾, h = α(z)
      for (let j = 0, row = weights1; j < hiddenWidth; j++, row += inputWidth) {
        let sum = 0;
        for (let i = 0; i < inputWidth; i++) sum += theta[row + i]! * x[i]!;
        const input = sum + theta[biases1 + j]!;
        z[hiddenStart + j] = input;
        a[hiddenStart + j] = hidden.output(input);
      }
      // output layer: z = λ⁽²⁾·h + b⁽²⁾, ŷ = α(z) and ∂L/∂z = α′(z)·(ŷ − y); softmax comes after
      for (let j = 0, row = weights2; j < outputWidth; j++, row += hiddenWidth) {
        let sum = 0;
        for (let i = 0; i < hiddenWidth; i++) sum += theta[row + i]! * a[hiddenStart + i]!;
        const input = sum + theta[biases2 + j]!;
        const prediction = output.output(input);
        z[outputStart + j] = input;
        a[outputStart + j] = prediction;
        dz[outputStart + j] = output.derivative(input, prediction) * (prediction - y[j]!);
      }
      if (softmaxOutput) {
        softmax(z, a, outputStart);
        softmaxCrossEntropyGradient(a, y, dz, outputStart); // ∂L/∂zⱼ = pⱼ·Σy − yⱼ
      }
      for (let j = 0; j < outputWidth; j++) {
        theta[biases2 + j] = theta[biases2 + j]! - eta * dz[outputStart + j]!;
      }
      for (let i = 0, row = weights1; i < hiddenWidth; i++, row += inputWidth) {
        const n = hiddenStart + i;
        const h = a[n]!;
        let sum = 0;
        for (let j = 0, w = weights2 + i; j < outputWidth; j++, w += hiddenWidth) {
          const lambda = theta[w]!;
          const delta = dz[outputStart + j]!;
          sum += lambda * delta;
          theta[w] = lambda - eta * (h * delta);
        }
        const delta = hidden.derivative(z[n]!, h) * sum; // ∂L/∂zᵢ = α′(zᵢ)·∂L/∂hᵢ
        theta[biases1 + i] = theta[biases1 + i]! - eta * delta;
        for (let k = 0; k < inputWidth; k++) {
          theta[row + k] = theta[row + k]! - eta * (x[k]! * delta);
        }
      }
    }
  }
}

/**
 * `oneHiddenLayerEpochs` for one output node with squared error, the output in plain numbers:
 * ŷ = α(λ⁽²⁾·h + b⁽²⁾), δ = α′·(ŷ − y), then for each hidden node ∂L/∂hᵢ = λᵢ·δ with λᵢ read before
 * its step. The same numbers, one loop level fewer (about 8 % faster on the 3-2-1 network).
 */
function singleOutputEpochs(loop: StochasticLoop, first: number, count: number): void {
  const { plan, parameters: theta, order, shuffle } = loop;
  const { inputs, targets } = loop.dataset;
  const { z, a, dz } = loop.scratch;
  const { widths, nodeStart, weightStart, biasStart } = plan;
  const inputWidth = widths[0]!;
  const hiddenWidth = widths[1]!;
  const hiddenStart = nodeStart[1]!;
  const outputNode = nodeStart[2]!;
  const weights1 = weightStart[1]!;
  const weights2 = weightStart[2]!;
  const biases1 = biasStart[1]!;
  const bias2 = biasStart[2]!;
  const hidden: Activation = activationOfCode(plan.hidden);
  const output: Activation = activationOfCode(plan.output);
  for (let epoch = first; epoch < first + count; epoch++) {
    if (shuffle) shuffleInPlace(order, shuffle);
    const eta = learningRateAt(loop, epoch);
    for (let position = 0; position < order.length; position++) {
      const s = order[position]!;
      const x = inputs[s]!;
      // hidden layer: z = λ⁽¹⁾·x + b⁽¹⁾, h = α(z)
      for (let j = 0, row = weights1; j < hiddenWidth; j++, row += inputWidth) {
        let sum = 0;
        for (let i = 0; i < inputWidth; i++) sum += theta[row + i]! * x[i]!;
        const input = sum + theta[biases1 + j]!;
        z[hiddenStart + j] = input;
        a[hiddenStart + j] = hidden.output(input);
      }
      // output node: z = λ⁽²⁾·h + b, ŷ = α(z), δ = ∂L/∂z = α′(z)·(ŷ − y)
      let sum = 0;
      for (let i = 0; i < hiddenWidth; i++) sum += theta[weights2 + i]! * a[hiddenStart + i]!;
      const input = sum + theta[bias2]!;
      const prediction = output.output(input);
      const delta = output.derivative(input, prediction) * (prediction - targets[s]![0]!);
      z[outputNode] = input;
      a[outputNode] = prediction;
      dz[outputNode] = delta;
      theta[bias2] = theta[bias2]! - eta * delta;
      for (let i = 0, row = weights1; i < hiddenWidth; i++, row += inputWidth) {
        const n = hiddenStart + i;
        const h = a[n]!;
        const lambda = theta[weights2 + i]!;
        theta[weights2 + i] = lambda - eta * (h * delta);
        // ∂L/∂zᵢ = α′(zᵢ)·∂L/∂hᵢ; 0 + …, as backprop's sums start from 0 (−0 turns into +0)
        const hiddenDelta = hidden.derivative(z[n]!, h) * (0 + lambda * delta);
        dz[n] = hiddenDelta;
        theta[biases1 + i] = theta[biases1 + i]! - eta * hiddenDelta;
        for (let k = 0; k < inputWidth; k++) {
          theta[row + k] = theta[row + k]! - eta * (x[k]! * hiddenDelta);
        }
      }
    }
  }
}

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
  const hidden: Activation = activationOfCode(plan.hidden);
  const output: Activation = activationOfCode(plan.output);
  const outputStart = nodeStart[last]!;
  const softmaxOutput = isSoftmaxCode(plan.output);
  for (let epoch = first; epoch < first + count; epoch++) {
    if (shuffle) shuffleInPlace(order, shuffle);
    const eta = learningRateAt(loop, epoch);
    for (let position = 0; position < order.length; position++) {
      const s = order[position]!;
      const x = inputs[s]!;
      const y = targets[s]!;
      for (let k = 1; k <= last; k++) {
        const input = k === 1 ? x : a;
        const inputStart = k === 1 ? 0 : nodeStart[k - 1]!;
        const activation = k === last ? output : hidden;
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
        for (let n = outputStart; n < a.length; n++) {
          dz[n] = output.derivative(z[n]!, a[n]!) * (a[n]! - y[n - outputStart]!);
        }
      }
      for (let k = last; k >= 1; k--) {
        const from = widths[k - 1]!;
        const to = widths[k]!;
        const weights = weightStart[k]!;
        const start = nodeStart[k]!;
        const inputStart = k === 1 ? 0 : nodeStart[k - 1]!;
        if (k > 1) deltaBelow(hidden, theta, weights, z, a, dz, inputStart, from, start, to);
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
  if (last !== 2) layeredEpochs(loop, first, count);
  else if (widths[2] === 1 && !isSoftmaxCode(output)) singleOutputEpochs(loop, first, count);
  else oneHiddenLayerEpochs(loop, first, count);
}
