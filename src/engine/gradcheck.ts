/**
 * Gradient checking: derivatives estimated from the loss alone, to hold up against backprop.
 */
import { createForwardPass, forward, propagate } from './forward';
import { lossOfPass } from './losses';
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
  const pass = forward(network, x, createForwardPass(network));
  const { parameters } = network;
  const estimates = new Float64Array(parameters.length);
  for (let i = 0; i < parameters.length; i++) {
    const original = parameters[i]!;
    parameters[i] = original + step;
    const lossUp = lossOfPass(network, propagate(network, x, pass), y);
    parameters[i] = original - step;
    const lossDown = lossOfPass(network, propagate(network, x, pass), y);
    parameters[i] = original;
    estimates[i] = (lossUp - lossDown) / (2 * step);
  }
  return estimates;
}

/** Relative error |a − b| / max(|a|, |b|, floor), the usual yardstick of a gradient check. */
export function relativeError(a: number, b: number, floor = 1e-8): number {
  return Math.abs(a - b) / Math.max(Math.abs(a), Math.abs(b), floor);
}
