/**
 * The lab's default data set: a smooth surface over two inputs, y = f(x₁, x₂), sampled at points
 * drawn uniformly in the square [−2, 2]², with a little Gaussian noise on y.
 */
import { numpyRandom, uniform } from '../core/rng';
import type { LabData, LabDataOptions } from './labDraws';
import { LAB_BOX, checkLabOptions, createLabData, standardNormal } from './labDraws';

/**
 * f(x₁, x₂) = sin(π·x₁/2)·exp(−x₂²/2): a hill at (1, 0) and a pit at (−1, 0), a sine across x₁
 * under a Gaussian bump along x₂, flattening towards x₂ = ±2.
 */
export function labSurface(x1: number, x2: number): number {
  return Math.sin((Math.PI * x1) / 2) * Math.exp(-(x2 * x2) / 2);
}

/**
 * n samples yₛ = f(x₁, x₂) + σ·εₛ with x₁, x₂ ~ U[−2, 2] and εₛ ~ N(0, 1). Draws per sample, in
 * order: x₁, x₂, then ε's two (Box–Muller). ε is drawn even when σ = 0, so one seed gives the
 * same points at every noise level, only moved further by a larger σ.
 */
export function surfaceData(options: LabDataOptions): LabData {
  checkLabOptions(options);
  const { samples, noise } = options;
  const rng = numpyRandom(options.seed);
  const data = createLabData('regression', samples);
  // Stryker disable next-line EqualityOperator: one more turn draws from this call's own stream and writes past the columns' ends, which typed arrays ignore
  for (let s = 0; s < samples; s++) {
    const x1 = uniform(rng, -LAB_BOX, LAB_BOX);
    const x2 = uniform(rng, -LAB_BOX, LAB_BOX);
    data.x1[s] = x1;
    data.x2[s] = x2;
    data.y[s] = labSurface(x1, x2) + noise * standardNormal(rng);
  }
  return data;
}
