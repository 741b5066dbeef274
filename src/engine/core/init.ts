/**
 * Random initial weights. Each weight is one draw λ = F_U⁻¹(r) = low + r·(high − low) with
 * r ~ U[0, 1) from the Rng passed in, so a seed fixes the whole network.
 */
import type { Network } from './network';
import type { Rng } from './rng';
import { uniform } from './rng';
import { checkNonNegative } from './validate';

/** Weight initialisation schemes. */
export type InitScheme = 'xavier' | 'normalizedXavier';

/** Xavier half-width 1/√p for a node with p inputs: λ ~ U[−1/√p, 1/√p]. */
export function xavierLimit(p: number): number {
  return 1 / Math.sqrt(p);
}

/** Normalized Xavier (Glorot & Bengio 2010) half-width √6/√(p + k) for p inputs and k outputs. */
export function normalizedXavierLimit(p: number, k: number): number {
  return Math.sqrt(6) / Math.sqrt(p + k);
}

/** Throws unless `scheme` is one of the initialisation schemes. @internal */
export function checkScheme(scheme: InitScheme): void {
  if (scheme !== 'xavier' && scheme !== 'normalizedXavier') {
    throw new RangeError(`unknown initialisation scheme "${String(scheme)}"`);
  }
}

/** Options for `initializeNetwork`. */
export interface InitOptions {
  /** Weight distribution; 'xavier' by default. */
  scheme?: InitScheme;
  /** Biases are drawn from U[−h, h] with this h; 0 (all biases zero, no draws) by default. */
  biasHalfWidth?: number;
}

/**
 * λ ~ U[−limit(p, k), limit(p, k)] per layer (fan-in p, fan-out k), then b ~ U[−h, h].
 * @remarks Draw order: weights layer by layer, row-major (all weights into node j, then j + 1),
 * then biases layer by layer.
 * @param rng source of r ~ U[0, 1)
 * @returns the same network
 */
export function initializeNetwork(network: Network, rng: Rng, options: InitOptions = {}): Network {
  const scheme = options.scheme ?? 'xavier';
  checkScheme(scheme);
  const biasHalfWidth = options.biasHalfWidth ?? 0;
  checkNonNegative('biasHalfWidth', biasHalfWidth);
  const { widths, weights, biases } = network;
  for (let k = 1; k < widths.length; k++) {
    const fanIn = widths[k - 1]!;
    const fanOut = widths[k]!;
    const limit = scheme === 'xavier' ? xavierLimit(fanIn) : normalizedXavierLimit(fanIn, fanOut);
    const lambda = weights[k - 1]!;
    for (let index = 0; index < lambda.length; index++) lambda[index] = uniform(rng, -limit, limit);
  }
  for (const bias of biases) {
    for (let j = 0; j < bias.length; j++) {
      bias[j] = biasHalfWidth === 0 ? 0 : uniform(rng, -biasHalfWidth, biasHalfWidth);
    }
  }
  return network;
}
