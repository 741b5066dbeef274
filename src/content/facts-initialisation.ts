/**
 * The numbers the initialisation chapter states in its prose, computed from the engine at build
 * time (facts.ts gathers them with the book's other facts): the ranges of both schemes for the
 * chapter's two layers and a wide one, what the source's printed formula would give, the sigmoid's
 * slope far from zero, and what its network's hidden layer sees at scale 1 and at the largest
 * scale of the chapter's second widget.
 */
import {
  BY_HAND_DEFAULTS,
  BY_HAND_WIDTHS,
  normalizedXavierLimit,
  sigmoid,
  trainFromScaledStart,
  uniformMoments,
  weightGradientNorm,
  xavierLimit,
} from '../engine/index.ts';
import {
  BINS,
  EPOCHS,
  LAYER_PRESETS,
  MAX_SCALE,
} from '../state/kind-parts/initialisation-settings.ts';
import { formatNumber } from '../state/format.ts';

const [inputs = 0, hidden = 0, outputs = 0] = BY_HAND_WIDTHS;
const wide = LAYER_PRESETS[2];

/** σ′(z) = σ(z)(1 − σ(z)). */
const slopeAt = (z: number) => sigmoid.derivative(z, sigmoid.output(z));

/** The hidden layer at epoch 0 of a run from a scaled start (the chapter's seed). */
function startOf(scale: number) {
  const { trace } = trainFromScaledStart({ scale, seed: BY_HAND_DEFAULTS.seed, epochs: 1 });
  const pass = trace.samples[0]!;
  return {
    slopes: [pass.nodeSlopes[inputs]![0]!, pass.nodeSlopes[inputs + 1]![0]!],
    share: weightGradientNorm(trace, 1, 0) / weightGradientNorm(trace, 2, 0),
  };
}

const chapter = startOf(1);
const large = startOf(MAX_SCALE);

export const INITIALISATION_FACTS = {
  /** √6/√(p + k) for the weights into the hidden layer (p = 3, k = 2) and into the output. */
  hiddenNormalizedLimit: formatNumber(normalizedXavierLimit(inputs, hidden), 3),
  outputNormalizedLimit: formatNumber(normalizedXavierLimit(hidden, outputs), 3),
  /** The source's printed 1/(√p + k) with its p = 3, k = 1: not Glorot and Bengio's range. */
  printedNormalizedLimit: formatNumber(1 / (Math.sqrt(inputs) + 1), 3),
  /** a/√3, the standard deviation of U[−a, a], for the hidden layer's range ±1/√p. */
  hiddenXavierSd: formatNumber(
    uniformMoments(-xavierLimit(inputs), xavierLimit(inputs)).standardDeviation,
    3,
  ),
  /** Bins of the histogram. */
  histogramBins: String(BINS),
  /** A wide layer's two ranges. */
  wideP: String(wide.p),
  wideK: String(wide.k),
  wideXavierLimit: formatNumber(xavierLimit(wide.p), 4),
  wideNormalizedLimit: formatNumber(normalizedXavierLimit(wide.p, wide.k), 3),
  /** σ′ at 0, 5 and 10. */
  sigmoidSlopeAt0: formatNumber(slopeAt(0), 2),
  sigmoidSlopeAt5: formatNumber(slopeAt(5), 4),
  sigmoidSlopeAt10: formatNumber(slopeAt(10), 6),
  /** The second widget's run length and largest scale. */
  scaleEpochs: String(EPOCHS),
  largestScale: String(MAX_SCALE),
  /** At epoch 0, the slopes of H₄ and H₅ and ‖∂L/∂λ⁽¹⁾‖/‖∂L/∂λ⁽²⁾‖, at scale 1 and the largest. */
  chapterSlopeH4: formatNumber(chapter.slopes[0]!, 3),
  chapterSlopeH5: formatNumber(chapter.slopes[1]!, 3),
  chapterGradientShare: formatNumber(chapter.share, 2),
  largeSlopeH4: formatNumber(large.slopes[0]!, 5),
  largeSlopeH5: formatNumber(large.slopes[1]!, 5),
  largeGradientShare: formatNumber(large.share, 4),
} as const;
