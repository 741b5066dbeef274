/**
 * The store kind of the initialisation chapter's histogram: N random initial weights drawn with
 * NumPy's stream for a seed, by the commonly used heuristic U[−1/√p, 1/√p] (the source's "Xavier") or by
 * Glorot and Bengio's normalized initialisation U[−√6/√(p + k), √6/√(p + k)], which libraries call
 * Glorot or Xavier, for a layer whose nodes have p inputs and which has k nodes.
 * With seed 13, p = 3 and the heuristic, the first six draws are the chapter's λ₁,₄ … λ₃,₅.
 *
 * Its run is the engine's: the draws, their histogram in BINS equal bins over [−a, a], their
 * summary statistics, and what the uniform distribution predicts (a flat count per bin, mean 0,
 * standard deviation a/√3).
 *
 * Quantity keys: `limit` (a), `low` (−a), `high` (a), `count` (N), `p`, `k`, `seed`, `bins`,
 * `binWidth`, `min`, `max`, `mean`, `sd`, `expectedMean`, `expectedSd`, `expectedCount` (per
 * bin), `outside` (draws beyond ±a: none), `fullestBin` and `emptiestBin` (the largest and
 * smallest count), and the series `edge.i` (i = 0 … BINS), `binCount.i`, `binExpected.i` and
 * `binCentre.i` (i < BINS), `draw.i` (the first FIRST_DRAWS draws).
 */
import {
  BY_HAND_DEFAULTS,
  binCentres,
  drawWeights,
  histogram,
  initLimit,
  numpyRandom,
  summarize,
  uniformBinCounts,
  uniformMoments,
  type Histogram,
  type InitScheme,
  type Summary,
  type UniformMoments,
} from '../../engine/index.ts';
import { integer, oneOf } from '../../state/codecs.ts';
import { defineKind, setting } from '../../state/define-kind.ts';
import { quantities, type Reader, type SeriesOf } from '../../state/quantities.ts';

import { BINS, LAYER_PRESETS } from '../../state/kind-parts/initialisation-settings.ts';

export { BINS, LAYER_PRESETS };
/** Draws listed one by one under the histogram. */
export const FIRST_DRAWS = 6;
/** How many weights a reader may draw. */
export const MIN_DRAWS = 10;
export const MAX_DRAWS = 100_000;
/** Largest p or k: the engine's widest layer. */
export const MAX_LAYER = 4096;
/** Largest seed: below a million, so the seed's box always shows it as plain digits. */
export const MAX_SEED = 999_999;

/** The schemes, as the page names them. */
export const SCHEME_LABELS: Readonly<Record<InitScheme, string>> = {
  xavier: 'common heuristic, ±1/√p',
  normalizedXavier: 'Glorot (Xavier), ±√6/√(p + k)',
};

/** The codec of the scheme, exported for the widget's menu. */
export const schemeCodec = oneOf(SCHEME_LABELS);

/** The NumPy seed of a draw, 0 to MAX_SEED, starting at the chapter's seed. */
export const SEED_SETTING = setting('seed', integer({ min: 0, max: MAX_SEED, sliderMax: 100 }), {
  description: 'the NumPy seed of the random draws',
  default: BY_HAND_DEFAULTS.seed,
});

const layerSize = integer({ min: 1, max: MAX_LAYER, sliderMax: 512 });

const settings = [
  setting('scheme', schemeCodec, {
    description: 'the range the weights are drawn from',
    default: 'xavier',
  }),
  setting('p', layerSize, {
    description: 'the inputs of each node the weights lead into (its fan-in)',
    default: 3,
  }),
  setting('k', layerSize, {
    description:
      'the nodes of the layer the weights lead into (the fan-out); the heuristic ±1/√p ignores it',
    default: 2,
  }),
  setting('count', integer({ min: MIN_DRAWS, max: MAX_DRAWS }), {
    symbol: ['N', ''],
    description: 'how many weights are drawn',
    default: 1000,
  }),
  SEED_SETTING,
];

/** The draws and everything the widget shows about them. */
export interface WeightDraws {
  readonly p: number;
  readonly k: number;
  readonly seed: number;
  /** L, the half-width of the range. */
  readonly limit: number;
  readonly draws: Float64Array;
  readonly histogram: Histogram;
  /** The centre of each bin, where the predicted count is drawn. */
  readonly centres: Float64Array;
  readonly summary: Summary;
  readonly uniform: UniformMoments;
  /** The count U[−L, L] predicts in each bin. */
  readonly expected: Float64Array;
  /** The summary of the counts: the fullest and the emptiest bin. */
  readonly counts: Summary;
}

/** Draws the weights and describes them, all by the engine. */
function run(values: Readonly<Record<string, unknown>>): WeightDraws {
  const scheme = values['scheme'] as InitScheme;
  const p = values['p'] as number;
  const k = values['k'] as number;
  const seed = values['seed'] as number;
  const limit = initLimit(scheme, p, k);
  const draws = drawWeights(scheme, p, k, values['count'] as number, numpyRandom(seed));
  const counted = histogram(draws, BINS, -limit, limit);
  const { edges } = counted;
  return {
    p,
    k,
    seed,
    limit,
    draws,
    histogram: counted,
    centres: binCentres(edges),
    summary: summarize(draws),
    uniform: uniformMoments(-limit, limit),
    expected: uniformBinCounts(draws.length, edges, -limit, limit),
    counts: summarize(counted.counts),
  };
}

const SCALARS: [string, Reader<WeightDraws>][] = [
  ['limit', (view) => view.limit],
  ['low', (view) => -view.limit],
  ['high', (view) => view.limit],
  ['count', (view) => view.summary.count],
  ['p', (view) => view.p],
  ['k', (view) => view.k],
  ['seed', (view) => view.seed],
  ['bins', () => BINS],
  ['binWidth', (view) => view.histogram.edges[1]! - view.histogram.edges[0]!],
  ['min', (view) => view.summary.min],
  ['max', (view) => view.summary.max],
  ['mean', (view) => view.summary.mean],
  ['sd', (view) => view.summary.standardDeviation],
  ['expectedMean', (view) => view.uniform.mean],
  ['expectedSd', (view) => view.uniform.standardDeviation],
  ['expectedCount', (view) => view.expected[0]!],
  ['outside', (view) => view.histogram.outside],
  ['fullestBin', (view) => view.counts.max],
  ['emptiestBin', (view) => view.counts.min],
];

const SERIES: [string, SeriesOf<WeightDraws>][] = [
  ['edge', { read: (view) => view.histogram.edges, longest: BINS + 1 }],
  ['binCount', { read: (view) => view.histogram.counts, longest: BINS }],
  ['binExpected', { read: (view) => view.expected, longest: BINS }],
  ['binCentre', { read: (view) => view.centres, longest: BINS }],
  ['draw', { read: (view) => view.draws.subarray(0, FIRST_DRAWS), longest: FIRST_DRAWS }],
];

export const weightDrawsKind = defineKind<WeightDraws>({
  id: 'weight-draws',
  settings,
  groups: { layer: ['scheme', 'p', 'k'], draws: ['count', 'seed'] },
  run,
  quantities: quantities({ scalars: SCALARS, series: SERIES }),
});

/** The kind this module holds, as the kind tables find it (kind-modules.ts). */
export default weightDrawsKind;
