/**
 * The lab's sets of one input: the concepts chapter's targets y = f(x) (approximation.ts), each
 * sampled at points drawn uniformly on its interval [−1, 1], with a little Gaussian noise on y.
 */
import { numpyRandom, uniform } from '../core/rng';
import { APPROXIMATION_DOMAIN, approximationTarget, type ApproximationShape } from './targets';
import type { LabData, LabDataOptions } from './labDraws';
import { checkLabOptions, createLabData, standardNormal } from './labDraws';

/** The interval x₁ is drawn from and a fit is drawn over: the concepts chapter's [−1, 1]. */
export const LAB_CURVE_DOMAIN = APPROXIMATION_DOMAIN;

/**
 * n samples yₛ = f(x₁) + σ·εₛ with x₁ ~ U[−1, 1] and εₛ ~ N(0, 1), f the shape's formula. Draws
 * per sample, in order: x₁, then ε's two (Box–Muller); ε is drawn even when σ = 0, as the surface
 * draws it, so one seed gives the same x₁ at every noise level.
 */
export function curveData(shape: ApproximationShape, options: LabDataOptions): LabData {
  checkLabOptions(options);
  const { samples, noise } = options;
  const rng = numpyRandom(options.seed);
  const data = createLabData('regression', samples, 1);
  const [low, high] = LAB_CURVE_DOMAIN;
  // Stryker disable next-line EqualityOperator: one more turn draws from this call's own stream and writes past the columns' ends, which typed arrays ignore
  for (let s = 0; s < samples; s++) {
    const x1 = uniform(rng, low, high);
    data.x1[s] = x1;
    data.y[s] = approximationTarget(shape, x1) + noise * standardNormal(rng);
  }
  return data;
}
