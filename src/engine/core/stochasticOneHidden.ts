/**
 * The fast path's loops for networks with one hidden layer (the book's), written out without the
 * layer loop: any output layer, and a single output node with squared error in plain numbers.
 * @internal
 */
import type { Activation } from './activations';
import { softmax } from './activations';
import { activationOfCode, isSoftmaxCode, type Plan } from './plan';
import { softmaxCrossEntropyGradient } from './losses';
import { shuffleInPlace } from './rng';
import type { StochasticLoop } from './stochasticLoop';
import { learningRateAt } from './stochasticLoop';

/**
 * α and α′ of the hidden layer, then of the output layer, as plain functions for the loops to hold
 * in locals: a call through a local costs less than one through the activation's property (the
 * 3-2-1 network's loop took about 3 % less time).
 */
function layerFunctions(plan: Plan) {
  const hidden: Activation = activationOfCode(plan.codes[1]!);
  const output: Activation = activationOfCode(plan.output);
  return [hidden.output, hidden.derivative, output.output, output.derivative] as const;
}

/**
 * The loop for networks with one hidden layer, l₀–l₁–l₂, written out: no loop over layers, and the
 * backward pass in one loop over the hidden nodes. For hidden node i it sums ∂L/∂hᵢ = Σⱼ λⱼᵢ·∂L/∂zⱼ
 * while stepping the λⱼᵢ out of it (each read before it changes), then steps bᵢ and the weights
 * into it: every parameter takes the step `layeredEpochs` gives it, in another order.
 */
export function oneHiddenLayerEpochs(loop: StochasticLoop, first: number, count: number): void {
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
  const [hiddenOutput, hiddenSlope, outputOutput, outputSlope] = layerFunctions(plan);
  const softmaxOutput = isSoftmaxCode(plan.output);
  const { learningRate, decay } = loop;
  const samples = order.length;
  const end = first + count;
  for (let epoch = first; epoch < end; epoch++) {
    if (shuffle) shuffleInPlace(order, shuffle);
    const eta = learningRateAt(learningRate, decay, epoch);
    for (let position = 0; position < samples; position++) {
      const s = order[position]!;
      const x = inputs[s]!;
      const y = targets[s]!;
      // hidden layer: z = λ⁽¹⁾·x + b⁽¹⁾, h = α(z)
      // Stryker disable next-line EqualityOperator: one more turn computes a node past the hidden layer into the output's first z and a, which the output loop then writes over
      for (let j = 0, row = weights1; j < hiddenWidth; j++, row += inputWidth) {
        let sum = 0;
        for (let i = 0; i < inputWidth; i++) sum += theta[row + i]! * x[i]!;
        const input = sum + theta[biases1 + j]!;
        z[hiddenStart + j] = input;
        a[hiddenStart + j] = hiddenOutput(input);
      }
      // output layer: z = λ⁽²⁾·h + b⁽²⁾, ŷ = α(z) and ∂L/∂z = α′(z)·(ŷ − y); softmax comes after
      // Stryker disable next-line EqualityOperator: one more turn writes only past the node arrays' end, which a typed array ignores
      for (let j = 0, row = weights2; j < outputWidth; j++, row += hiddenWidth) {
        let sum = 0;
        for (let i = 0; i < hiddenWidth; i++) sum += theta[row + i]! * a[hiddenStart + i]!;
        const input = sum + theta[biases2 + j]!;
        const prediction = outputOutput(input);
        z[outputStart + j] = input;
        a[outputStart + j] = prediction;
        dz[outputStart + j] = outputSlope(input, prediction) * (prediction - y[j]!);
      }
      if (softmaxOutput) {
        softmax(z, a, outputStart);
        softmaxCrossEntropyGradient(a, y, dz, outputStart); // ∂L/∂zⱼ = pⱼ·Σy − yⱼ
      }
      // Stryker disable next-line EqualityOperator: one more turn writes past θ's end, which a typed array ignores
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
        const delta = hiddenSlope(z[n]!, h) * sum; // ∂L/∂zᵢ = α′(zᵢ)·∂L/∂hᵢ
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
 * its step. The same numbers, one loop level fewer (about 8 % faster on the 3-2-1 network). The
 * output node's values and every δ stay in locals, never written to the scratch arrays: nothing
 * reads them after the loop (about 4 % faster again).
 */
export function singleOutputEpochs(loop: StochasticLoop, first: number, count: number): void {
  const { plan, parameters: theta, order, shuffle } = loop;
  const { inputs, targets } = loop.dataset;
  const { z, a } = loop.scratch;
  const { widths, nodeStart, weightStart, biasStart } = plan;
  const inputWidth = widths[0]!;
  const hiddenWidth = widths[1]!;
  const hiddenStart = nodeStart[1]!;
  const weights1 = weightStart[1]!;
  const weights2 = weightStart[2]!;
  const biases1 = biasStart[1]!;
  const bias2 = biasStart[2]!;
  const [hiddenOutput, hiddenSlope, outputOutput, outputSlope] = layerFunctions(plan);
  const { learningRate, decay } = loop;
  const samples = order.length;
  const end = first + count;
  for (let epoch = first; epoch < end; epoch++) {
    if (shuffle) shuffleInPlace(order, shuffle);
    const eta = learningRateAt(learningRate, decay, epoch);
    for (let position = 0; position < samples; position++) {
      const s = order[position]!;
      const x = inputs[s]!;
      // hidden layer: z = λ⁽¹⁾·x + b⁽¹⁾, h = α(z)
      // Stryker disable next-line EqualityOperator: one more turn computes a node past the hidden layer into the output node's scratch, which this loop never reads
      for (let j = 0, row = weights1; j < hiddenWidth; j++, row += inputWidth) {
        let sum = 0;
        for (let i = 0; i < inputWidth; i++) sum += theta[row + i]! * x[i]!;
        const input = sum + theta[biases1 + j]!;
        z[hiddenStart + j] = input;
        a[hiddenStart + j] = hiddenOutput(input);
      }
      // output node: z = λ⁽²⁾·h + b, ŷ = α(z), δ = ∂L/∂z = α′(z)·(ŷ − y)
      let sum = 0;
      for (let i = 0; i < hiddenWidth; i++) sum += theta[weights2 + i]! * a[hiddenStart + i]!;
      const input = sum + theta[bias2]!;
      const prediction = outputOutput(input);
      const delta = outputSlope(input, prediction) * (prediction - targets[s]![0]!);
      theta[bias2] = theta[bias2]! - eta * delta;
      for (let i = 0, row = weights1; i < hiddenWidth; i++, row += inputWidth) {
        const n = hiddenStart + i;
        const h = a[n]!;
        const lambda = theta[weights2 + i]!;
        theta[weights2 + i] = lambda - eta * (h * delta);
        // ∂L/∂zᵢ = α′(zᵢ)·∂L/∂hᵢ; 0 + …, as backprop's sums start from 0 (−0 turns into +0)
        const hiddenDelta = hiddenSlope(z[n]!, h) * (0 + lambda * delta);
        theta[biases1 + i] = theta[biases1 + i]! - eta * hiddenDelta;
        for (let k = 0; k < inputWidth; k++) {
          theta[row + k] = theta[row + k]! - eta * (x[k]! * hiddenDelta);
        }
      }
    }
  }
}
