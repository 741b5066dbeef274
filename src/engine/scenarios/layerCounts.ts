/**
 * The parameter count of a fully connected network written out layer by layer: the terms of the
 * sums |θ_weights| = Σᵢ lᵢ₋₁·lᵢ and |θ_biases| = Σᵢ lᵢ, so a page can show every term it adds.
 */
import { countParameters, type ParameterCount } from './count';

/** What one layer i ≥ 1 adds to the count: the connections into it and its nodes' biases. */
export interface LayerCount {
  /** i, counting the inputs as layer 0. */
  readonly layer: number;
  /** lᵢ₋₁, the nodes feeding this layer. */
  readonly inputs: number;
  /** lᵢ, the nodes of this layer. */
  readonly nodes: number;
  /** lᵢ₋₁·lᵢ: one weight per connection. */
  readonly weights: number;
  /** lᵢ: one bias per node. */
  readonly biases: number;
  /** lᵢ·(lᵢ₋₁ + 1): its weights and biases together. */
  readonly parameters: number;
}

/** A network's count with the terms it is the sum of. */
export interface ParameterTerms extends ParameterCount {
  /** L = [l₀, …, lₙ], as given. */
  readonly widths: readonly number[];
  /** One entry per layer i = 1 … n (the inputs have no weights into them and no biases). */
  readonly layers: readonly LayerCount[];
}

/**
 * |θ| = Σᵢ₌₁ⁿ (lᵢ₋₁·lᵢ + lᵢ), with each layer's terms, for widths L = [l₀, …, lₙ].
 * Throws a RangeError for widths `countParameters` refuses, or a total beyond 2⁵³ − 1, which a
 * double could no longer count exactly.
 */
export function parameterTerms(widths: readonly number[]): ParameterTerms {
  const count = countParameters(widths);
  if (!Number.isSafeInteger(count.total)) {
    throw new RangeError('the network has more parameters than can be counted exactly');
  }
  const layers: LayerCount[] = [];
  for (let i = 1; i < widths.length; i++) {
    const inputs = widths[i - 1]!;
    const nodes = widths[i]!;
    layers.push({
      layer: i,
      inputs,
      nodes,
      weights: inputs * nodes,
      biases: nodes,
      parameters: nodes * (inputs + 1),
    });
  }
  return { ...count, widths: Object.freeze(widths.slice()), layers: Object.freeze(layers) };
}
