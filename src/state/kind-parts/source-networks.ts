/**
 * The networks the source chapter counts, and their counts as facts for the chapters' text: the
 * parameter counter's presets (components/parameters/widths.kind.ts) and the prose (content/facts.ts)
 * read the same list.
 */
import { parameterTerms } from '../../engine/index.ts';

/** The networks the source chapter counts, as the counter's presets and the chapter's facts. */
export const SOURCE_NETWORKS = [
  { id: 'chapter', widths: [3, 2, 1], label: 'the book’s network' },
  { id: 'wide', widths: [10, 20, 3], label: 'a wider hidden layer' },
  { id: 'deep', widths: [10, 8, 6, 4, 2, 1], label: 'four hidden layers' },
] as const;

/**
 * The counts of a network as facts for the chapter's text, keyed under a prefix: `wideL0` (l₀),
 * `wideW1` (l₀·l₁), `wideIn1` (l₀ + 1), `wideP1` (l₁·(l₀ + 1)), `wideWeights`, `wideBiases`,
 * `wideParameters`, `wideHidden` (hidden layers) and `wideN` (n, the last layer's index).
 */
export function countFacts<P extends string>(
  prefix: P,
  widths: readonly number[],
): Readonly<Record<`${P}${string}`, string>> {
  const terms = parameterTerms(widths);
  const facts: Record<string, string> = {
    [`${prefix}Weights`]: String(terms.weights),
    [`${prefix}Biases`]: String(terms.biases),
    [`${prefix}Parameters`]: String(terms.total),
    [`${prefix}Hidden`]: String(widths.length - 2),
    [`${prefix}N`]: String(widths.length - 1),
  };
  widths.forEach((width, i) => (facts[`${prefix}L${i}`] = String(width)));
  for (const layer of terms.layers) {
    facts[`${prefix}W${layer.layer}`] = String(layer.weights);
    facts[`${prefix}In${layer.layer}`] = String(layer.inputs + 1);
    facts[`${prefix}P${layer.layer}`] = String(layer.parameters);
  }
  return facts as Record<`${P}${string}`, string>;
}

/** The facts of every network the source counts (see `countFacts`). */
export const SOURCE_NETWORK_FACTS = Object.assign(
  {},
  ...SOURCE_NETWORKS.map((network) => countFacts(network.id, network.widths)),
) as Readonly<Record<`${(typeof SOURCE_NETWORKS)[number]['id']}${string}`, string>>;
