/**
 * Gradient checking: derivatives estimated from the loss alone, to hold up against backprop.
 */
import { createForwardPass, forward } from '../core/forward';
import { activateNode, forwardLayers, forwardSample, sampleLossOf } from '../core/kernel';
import type { Plan } from '../core/plan';
import type { Network } from '../core/network';
import { checkFinite, checkVector } from '../core/validate';

/**
 * Central differences ∂L/∂θᵢ ≈ [L(θᵢ + h) − L(θᵢ − h)] / 2h for one sample (θ is restored).
 * @param step h (1e-6 by default)
 * @returns estimates in the layout of `network.parameters`
 */
export function numericalGradients(
  network: Network,
  x: ArrayLike<number>,
  y: ArrayLike<number>,
  step = 1e-6,
): Float64Array {
  const [z, a, target] = checkedPass(network, x, y, step);
  const { parameters, plan } = network;
  // Stryker disable next-line MethodExpression: forwardSample reads x's first l₀ entries only, and z keeps x there
  const input = z.slice(0, network.widths[0]); // x, as the pass above checked and stored it
  /** L at the current θ. */
  const loss = (): number => {
    forwardSample(plan, parameters, input, z, a);
    return sampleLossOf(plan, z, a, target);
  };
  const estimates = new Float64Array(parameters.length);
  // Stryker disable next-line EqualityOperator: one more turn moves and writes past typed arrays' ends, which is ignored
  for (let i = 0; i < parameters.length; i++) {
    const original = parameters[i]!;
    parameters[i] = original + step;
    const lossUp = loss();
    parameters[i] = original - step;
    const lossDown = loss();
    parameters[i] = original;
    estimates[i] = (lossUp - lossDown) / (2 * step);
  }
  return estimates;
}

/** Central differences of the loss with respect to every node's input and output, one sample. */
export interface NodeGradientEstimates {
  /** ∂L/∂zₙ ≈ [L(zₙ + h) − L(zₙ − h)] / 2h, flat over all nodes (an input node's z is its x). */
  readonly inputs: Float64Array;
  /** ∂L/∂aₙ ≈ [L(aₙ + h) − L(aₙ − h)] / 2h, flat over all nodes. */
  readonly outputs: Float64Array;
}

/**
 * Central differences ∂L/∂zₙ and ∂L/∂aₙ for every node n: the node's input (or output) is moved
 * by ±h and the layers after it are computed again, nothing before it.
 * @param step h (1e-6 by default)
 */
export function numericalNodeGradients(
  network: Network,
  x: ArrayLike<number>,
  y: ArrayLike<number>,
  step = 1e-6,
): NodeGradientEstimates {
  const [allInputs, allOutputs, target] = checkedPass(network, x, y, step);
  const { parameters, plan } = network;
  const z = allInputs.slice();
  const a = allOutputs.slice();
  /** L with node n's input (or output) moved by δ. */
  const lossMoved = (n: number, layer: number, what: 'input' | 'output', delta: number) => {
    z.set(allInputs);
    a.set(allOutputs);
    if (what === 'input') {
      z[n] = allInputs[n]! + delta;
      activateNode(plan, layer, z, a, n);
    } else {
      a[n] = allOutputs[n]! + delta;
    }
    if (layer === 0) z[n] = a[n]!; // an input node passes its value on unchanged
    if (layer === plan.last && what === 'output' && plan.crossEntropy) {
      // The engine takes cross-entropy from the logits; moving a probability needs −Σ yⱼ log pⱼ.
      return crossEntropyOfProbabilities(a, target, plan.nodeStart[layer]!);
    }
    forwardLayers(plan, parameters, z, a, layer + 1);
    return sampleLossOf(plan, z, a, target);
  };
  const inputs = new Float64Array(plan.nodes);
  const outputs = new Float64Array(plan.nodes);
  // Stryker disable next-line EqualityOperator: one more turn moves and writes past typed arrays' ends, which is ignored
  for (let n = 0; n < plan.nodes; n++) {
    const layer = layerOf(plan, n);
    for (const [what, estimates] of [
      ['input', inputs],
      ['output', outputs],
    ] as const) {
      estimates[n] =
        (lossMoved(n, layer, what, step) - lossMoved(n, layer, what, -step)) / (2 * step);
    }
  }
  return { inputs, outputs };
}

/** Cross-entropy −Σ yⱼ log pⱼ of the probabilities p = a[start …]. */
function crossEntropyOfProbabilities(a: Float64Array, y: Float64Array, start: number): number {
  let loss = 0;
  for (let j = 0; j < y.length; j++) if (y[j] !== 0) loss -= y[j]! * Math.log(a[start + j]!);
  return loss;
}

/** The layer k of flat node n: nodeStart[k] ≤ n < nodeStart[k + 1]. */
function layerOf(plan: Plan, n: number): number {
  let k = 0;
  // Stryker disable next-line ConditionalExpression,EqualityOperator: past the last layer nodeStart[k + 1] is undefined, and undefined <= n is false
  while (k < plan.last && plan.nodeStart[k + 1]! <= n) k++;
  return k;
}

/**
 * The forward pass z, a of x and the target y as floats, after a RangeError unless y fits the
 * output layer and the step h is a finite h > 0.
 */
function checkedPass(
  network: Network,
  x: ArrayLike<number>,
  y: ArrayLike<number>,
  step: number,
): [z: Float64Array, a: Float64Array, target: Float64Array] {
  checkVector('y', y, network.widths[network.widths.length - 1]!);
  checkFinite('step', step);
  if (step <= 0) throw new RangeError(`step must be > 0, got ${step}`);
  const { allInputs, allOutputs } = forward(network, x, createForwardPass(network));
  return [allInputs, allOutputs, Float64Array.from(y)];
}

/** Relative error |a − b| / max(|a|, |b|, floor), the usual yardstick of a gradient check. */
export function relativeError(a: number, b: number, floor = 1e-8): number {
  return Math.abs(a - b) / Math.max(Math.abs(a), Math.abs(b), floor);
}
