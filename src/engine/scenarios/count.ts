/** Counting the parameters θ of a fully connected network. */
import { checkWidths } from '../core/network';

/** Widths up to ten million nodes per layer can be counted exactly (no network is built). */
const MAX_COUNTED_WIDTH = 1e7;

/** Parameter counts of a network, split into weights and biases. */
export interface ParameterCount {
  /** |θ_weights| = Σᵢ lᵢ·lᵢ₋₁ */
  weights: number;
  /** |θ_biases| = Σᵢ lᵢ */
  biases: number;
  /** |θ| = Σᵢ lᵢ·(lᵢ₋₁ + 1) */
  total: number;
}

/**
 * |θ| = Σᵢ₌₁ⁿ lᵢ·(lᵢ₋₁ + 1) for layer widths L = [l₀, …, lₙ].
 * @param widths nodes per layer, inputs first; each an integer ≥ 1
 */
export function countParameters(widths: readonly number[]): ParameterCount {
  checkWidths(widths, MAX_COUNTED_WIDTH);
  let weights = 0;
  let biases = 0;
  for (let i = 1; i < widths.length; i++) {
    weights += widths[i]! * widths[i - 1]!;
    biases += widths[i]!;
  }
  return { weights, biases, total: weights + biases };
}
