/**
 * Numbers the chapters state in their prose, computed from the engine at build time so the text
 * can never disagree with it: the network's counts, the initialisation bounds, the worked
 * example's settings. In MDX prose write `{facts.parameters}`; inside math write
 * `\fact{parameters}` (expanded by the build). Each value is text, as the page shows it.
 */
import {
  BY_HAND_BIAS_HALF_WIDTH,
  BY_HAND_DEFAULTS,
  BY_HAND_WIDTHS,
  countParameters,
  createByHandNetwork,
  decayedLearningRate,
  initializeByHand,
  meanGradient,
  networkNames,
  trainByHand,
  xavierLimit,
} from '../engine/index.ts';
import { formatNumber, powerOfTen } from '../state/format.ts';
import { swingOf } from '../state/kind-parts/settling.ts';
import { SOURCE_NETWORK_FACTS } from '../state/kind-parts/source-networks.ts';
import { INITIALISATION_FACTS } from './facts-initialisation.ts';
import { LAB_FACTS } from './facts-lab.ts';

const [inputs = 0, hidden = 0, outputs = 0] = BY_HAND_WIDTHS;
const count = countParameters(BY_HAND_WIDTHS);
const example = trainByHand({ epochs: 1 }).epochs[0];
if (!example) throw new Error('the worked example has no first epoch');
/** The worked example at epoch 0 as the equations print it, three decimals: `w14`, `H4in`, … */
const exampleFacts: Record<string, string> = Object.fromEntries(
  Object.entries({ ...example.params, ...example.nodes }).map(([key, value]) => [
    key,
    formatNumber(value, 3),
  ]),
);

/**
 * The updating-parameters chapter's batch example: the chapter's sample and a second one, at the
 * seed's starting weights; ∂L/∂λ4,6 of each alone, their mean, and the update with that mean.
 */
function batchFacts(): Record<string, string> {
  const network = createByHandNetwork();
  initializeByHand(network, BY_HAND_DEFAULTS.seed);
  const w46 = networkNames(BY_HAND_WIDTHS).weights.find((weight) => weight.key === 'w46')!;
  const second = { x: [0.9, 0.1, 0.4], y: -0.2 };
  const data = {
    inputs: [BY_HAND_DEFAULTS.x, second.x],
    targets: [[BY_HAND_DEFAULTS.y], [second.y]],
  };
  const gradient = (samples: number[]) => meanGradient(network, data, samples)[w46.parameter]!;
  const mean = gradient([0, 1]);
  const start = network.parameters[w46.parameter]!;
  const eta = BY_HAND_DEFAULTS.learningRate;
  return {
    batchX1: String(second.x[0]),
    batchX2: String(second.x[1]),
    batchX3: String(second.x[2]),
    batchY: String(second.y),
    batchGradient1: formatNumber(gradient([0]), 4),
    batchGradient2: formatNumber(gradient([1]), 4),
    batchMeanGradient: formatNumber(mean, 4),
    batchW46: formatNumber(start, 4),
    batchW46Next: formatNumber(start - eta * mean, 4),
  };
}

/**
 * Time decay after 100 epochs with decay 0.01: η₀/(1 + 0.01·100), and what the source's printed
 * recursion η_ℓ = η_{ℓ−1}/(1 + decay·ℓ) gives instead, which divides by every factor on the way.
 */
function decayFacts(): Record<string, string> {
  const eta = BY_HAND_DEFAULTS.learningRate;
  let compounded = eta;
  for (let epoch = 1; epoch <= 100; epoch++)
    compounded = decayedLearningRate(compounded, 0.01, epoch);
  const [mantissa = '', exponent = ''] = compounded.toExponential(1).split('e');
  return {
    decayedAt100: formatNumber(decayedLearningRate(eta, 0.01, 100), 2),
    compoundedAt100: `${mantissa} × ${powerOfTen(Number(exponent))}`,
  };
}

/** The learning rate at which the dashboard's prediction overshoots and never settles. */
export const SWINGING_LEARNING_RATE = 2;

/**
 * The chapter's run with η = 2 and the other settings as they start: ŷ at its last epochs swings
 * between `swingLow` and `swingHigh` (settling.ts), and the loss goes from `swingLossStart` at
 * epoch 0 to `swingLossEnd` at the last.
 */
function swingFacts() {
  const { epochs } = trainByHand({ learningRate: SWINGING_LEARNING_RATE });
  const swing = swingOf(epochs.map((epoch) => epoch.nodes.O6));
  if (!swing) throw new Error(`the run with η = ${SWINGING_LEARNING_RATE} settles`);
  return {
    swingLearningRate: String(SWINGING_LEARNING_RATE),
    swingLow: formatNumber(swing.low, 2),
    swingHigh: formatNumber(swing.high, 2),
    swingLossStart: formatNumber(epochs[0]!.loss, 3),
    swingLossEnd: formatNumber(epochs[epochs.length - 1]!.loss, 1),
  };
}

export const facts = {
  /** Layer widths as the book writes them, "3-2-1". */
  shape: BY_HAND_WIDTHS.join('-'),
  inputs: String(inputs),
  hidden: String(hidden),
  outputs: String(outputs),
  /** Weights from the inputs into the hidden layer, l₀·l₁. */
  inputWeights: String(inputs * hidden),
  /** Weights from the hidden layer into the output, l₁·l₂. */
  hiddenWeights: String(hidden * outputs),
  weights: String(count.weights),
  biases: String(count.biases),
  /** Nodes that compute (hidden and output): one bias each. */
  computingNodes: String(hidden + outputs),
  parameters: String(count.total),
  /** Half-widths 1/√p of the commonly used heuristic for a hidden node (p = l₀) and the output (p = l₁). */
  hiddenXavierLimit: formatNumber(xavierLimit(inputs), 3),
  outputXavierLimit: formatNumber(xavierLimit(hidden), 3),
  biasHalfWidth: formatNumber(BY_HAND_BIAS_HALF_WIDTH, 2),
  seed: String(BY_HAND_DEFAULTS.seed),
  x1: String(BY_HAND_DEFAULTS.x[0]),
  x2: String(BY_HAND_DEFAULTS.x[1]),
  x3: String(BY_HAND_DEFAULTS.x[2]),
  y: String(BY_HAND_DEFAULTS.y),
  learningRate: String(BY_HAND_DEFAULTS.learningRate),
  epochs: String(BY_HAND_DEFAULTS.epochs),
  /** The source's three networks counted term by term: `wideW1`, `deepP3`, … (see countFacts). */
  ...SOURCE_NETWORK_FACTS,
  /** The initialisation chapter's ranges, slopes and gradient shares (facts-initialisation.ts). */
  ...INITIALISATION_FACTS,
  /** The lab's limits and its starting network's node numbers (facts-lab.ts). */
  ...LAB_FACTS,
  ...exampleFacts,
  ...batchFacts(),
  ...decayFacts(),
  ...swingFacts(),
} as const;

export type FactKey = keyof typeof facts;

/** The text of a fact, or undefined for a name that is none. */
export function factText(key: string): string | undefined {
  return Object.hasOwn(facts, key) ? facts[key as FactKey] : undefined;
}
