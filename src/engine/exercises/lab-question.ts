/**
 * What a lab exercise asks of the reader's own network: one quantity, chosen from the network's
 * shape by a stream of random numbers. Only the shape is used, so a question stays the same while
 * the epoch or the sample on view moves, and its answer follows their numbers.
 */
import type { NetworkNames } from '../core/names';
import { numpyRandom, type Rng } from '../core/rng';

/** The kinds of question, in the order the draw takes them. */
export const LAB_TOPICS = [
  'weightGradient',
  'biasGradient',
  'nodeInput',
  'nodeOutput',
  'weightStep',
] as const;

/** What a lab exercise asks: ∂L/∂λᵢ,ⱼ, ∂L/∂bⱼ, Nⱼ,in, Nⱼ, or λᵢ,ⱼ after one step. */
export type LabTopic = (typeof LAB_TOPICS)[number];

/** A lab question: its topic and the weight (from node i to node j) or the node it is about. */
export type LabQuestion =
  | { readonly topic: 'weightGradient' | 'weightStep'; readonly from: number; readonly to: number }
  | { readonly topic: 'biasGradient' | 'nodeInput' | 'nodeOutput'; readonly node: number };

/** A whole number drawn uniformly from 0 … count − 1: ⌊r·count⌋. */
// Stryker disable next-line ArithmeticOperator: r < 1, so ⌊r·count⌋ ≤ count − 1 and the bound never acts; it guards a stream that returned 1
const pick = (rng: Rng, count: number): number => Math.min(count - 1, Math.floor(rng() * count));

/**
 * A question of a network with these names: a topic uniformly from the five, then a weight
 * uniformly from all of them, or a node uniformly from those with an input (hidden and output).
 */
export function drawLabQuestion(rng: Rng, names: NetworkNames): LabQuestion {
  const topic = LAB_TOPICS[pick(rng, LAB_TOPICS.length)]!;
  if (topic === 'weightGradient' || topic === 'weightStep') {
    const weight = names.weights[pick(rng, names.weights.length)]!;
    return { topic, from: weight.from.number, to: weight.to.number };
  }
  const computing = names.nodes.filter((node) => node.role !== 'input');
  return { topic, node: computing[pick(rng, computing.length)]!.number };
}

/** The question a seed asks of a network: `drawLabQuestion` on NumPy's stream from the seed. */
export const labQuestionFor = (seed: number, names: NetworkNames): LabQuestion =>
  drawLabQuestion(numpyRandom(seed), names);

/** True when two questions ask for the same quantity. */
export function sameQuestion(a: LabQuestion, b: LabQuestion): boolean {
  return JSON.stringify(a) === JSON.stringify(b);
}

/** The largest seed, as the chapters' exercises' (`MAX_EXERCISE_SEED`): six digits. */
const LAST_SEED = 999_999;

/**
 * The seed "New question" moves to: the next seed up (after 999,999, 0) whose question differs
 * from this seed's. Each seed's question is NumPy's stream from it, so neighbours ask unrelated
 * questions; a network with one weight and one node still has five.
 */
export function nextLabSeed(seed: number, names: NetworkNames): number {
  const asked = labQuestionFor(seed, names);
  let next = seed;
  do next = next === LAST_SEED ? 0 : next + 1;
  while (sameQuestion(labQuestionFor(next, names), asked));
  return next;
}
