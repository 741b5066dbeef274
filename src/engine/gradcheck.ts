/**
 * Gradient checking: derivatives estimated from the loss alone, to hold up against backprop.
 */
import { createForwardPass, forward } from './forward';
import { forwardSample, sampleLossOf } from './kernel';
import type { Network } from './network';
import { checkFinite, checkVector } from './validate';

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
  checkVector('y', y, network.widths[network.widths.length - 1]!);
  checkFinite('step', step);
  if (step <= 0) throw new RangeError(`step must be > 0, got ${step}`);
  const { allInputs: z, allOutputs: a } = forward(network, x, createForwardPass(network));
  const { parameters, plan } = network;
  const input = z.slice(0, network.widths[0]); // x, as the pass above checked and stored it
  const target = Float64Array.from(y);
  /** L at the current θ. */
  const loss = (): number => {
    forwardSample(plan, parameters, input, z, a);
    return sampleLossOf(plan, z, a, target);
  };
  const estimates = new Float64Array(parameters.length);
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

/** Relative error |a − b| / max(|a|, |b|, floor), the usual yardstick of a gradient check. */
export function relativeError(a: number, b: number, floor = 1e-8): number {
  return Math.abs(a - b) / Math.max(Math.abs(a), Math.abs(b), floor);
}
