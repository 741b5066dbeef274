/**
 * Weights drawn for one layer by an initialisation scheme, apart from any network: the
 * initialisation chapter's histogram of thousands of draws. (Kept out of init.ts, which every
 * page with the chapter's network loads.)
 */
import { checkScheme, normalizedXavierLimit, xavierLimit, type InitScheme } from '../core/init';
import type { Rng } from '../core/rng';
import { uniform } from '../core/rng';
import { checkInteger } from '../core/validate';

/** Largest layer size p or k `initLimit` and `drawWeights` accept. */
export const MAX_FAN = 1_000_000;

/** Most weights one call of `drawWeights` draws. */
export const MAX_WEIGHT_DRAWS = 10_000_000;

/** Half-width L of a scheme's range: 1/√p (Xavier) or √6/√(p + k) (normalized Xavier). */
export function initLimit(scheme: InitScheme, p: number, k: number): number {
  checkScheme(scheme);
  checkInteger('p', p, 1, MAX_FAN);
  checkInteger('k', k, 1, MAX_FAN);
  return scheme === 'xavier' ? xavierLimit(p) : normalizedXavierLimit(p, k);
}

/**
 * `count` weights λ = −L + r·2L with r ~ U[0, 1) from `rng` and L = initLimit(scheme, p, k), in
 * the order drawn: the same draws, in the same order, as `initializeNetwork` makes for a layer.
 * @param p inputs of the node the weights lead into (fan-in)
 * @param k nodes of the layer the weights lead into (fan-out); plain Xavier ignores it
 */
export function drawWeights(
  scheme: InitScheme,
  p: number,
  k: number,
  count: number,
  rng: Rng,
): Float64Array {
  const limit = initLimit(scheme, p, k);
  checkInteger('count', count, 0, MAX_WEIGHT_DRAWS);
  const weights = new Float64Array(count);
  for (let index = 0; index < count; index++) weights[index] = uniform(rng, -limit, limit);
  return weights;
}
