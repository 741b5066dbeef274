/**
 * The lab's two-class data sets in the plane: two moons, two circles, XOR and two spirals. Sample
 * s belongs to class s mod 2 (XOR's class comes from its point instead), so the classes alternate
 * and any first part of a set holds both. Each sample takes its shape's draws, then the two
 * normal draws ε₁, ε₂ of its noise (x₁ += σ·ε₁, x₂ += σ·ε₂), drawn even when σ = 0: one seed gives
 * the same points at every noise level, only moved further by a larger σ.
 */
import type { Rng } from '../core/rng';
import { numpyRandom, uniform } from '../core/rng';
import type { LabData, LabDataOptions } from './labDraws';
import { LAB_BOX, checkLabOptions, createLabData, standardNormal } from './labDraws';

/** Radius of the circles' outer ring (class 0); the inner ring (class 1) has half of it. */
export const CIRCLES_OUTER_RADIUS = 1.5;

/** Turns each spiral arm makes from the centre out to radius 2. */
export const SPIRAL_TURNS = 1.75;

/** The clean point (x₁, x₂) of sample s and its class, from the shape's own draws. */
type Shape = (rng: Rng, s: number) => [x1: number, x2: number, label: number];

/** n samples of a shape, each point moved by σ·(ε₁, ε₂). */
function drawClasses(options: LabDataOptions, shape: Shape): LabData {
  checkLabOptions(options);
  const { samples, noise } = options;
  const rng = numpyRandom(options.seed);
  const data = createLabData('classes', samples);
  // Stryker disable next-line EqualityOperator: one more turn draws from this call's own stream and writes past the columns' ends, which typed arrays ignore
  for (let s = 0; s < samples; s++) {
    const [x1, x2, label] = shape(rng, s);
    data.x1[s] = x1 + noise * standardNormal(rng);
    data.x2[s] = x2 + noise * standardNormal(rng);
    data.y[s] = label;
  }
  return data;
}

/**
 * Two interlocking half circles of radius 1, t = π·u: class 0 at (cos t − ½, sin t − ¼), an arch,
 * and class 1 at (½ − cos t, ¼ − sin t), a bowl reaching into it (one draw u each).
 */
export function moonsData(options: LabDataOptions): LabData {
  return drawClasses(options, (rng, s) => {
    const t = Math.PI * rng();
    const label = s % 2;
    return label === 0
      ? [Math.cos(t) - 0.5, Math.sin(t) - 0.25, 0]
      : [0.5 - Math.cos(t), 0.25 - Math.sin(t), 1];
  });
}

/**
 * Two concentric rings: r·(cos θ, sin θ) with θ = 2π·u, r = 1.5 for class 0 (outer) and 0.75 for
 * class 1 (inner); one draw u each.
 */
export function circlesData(options: LabDataOptions): LabData {
  return drawClasses(options, (rng, s) => {
    const angle = 2 * Math.PI * rng();
    const label = s % 2;
    const radius = label === 0 ? CIRCLES_OUTER_RADIUS : CIRCLES_OUTER_RADIUS / 2;
    return [radius * Math.cos(angle), radius * Math.sin(angle), label];
  });
}

/**
 * XOR of the signs: (x₁, x₂) ~ U[−2, 2]², class 1 where x₁ and x₂ have opposite signs
 * (x₁·x₂ < 0: the second and fourth quadrants), class 0 elsewhere; the class is read from the
 * point before its noise. Two draws: x₁, then x₂.
 */
export function xorData(options: LabDataOptions): LabData {
  return drawClasses(options, (rng) => {
    const x1 = uniform(rng, -LAB_BOX, LAB_BOX);
    const x2 = uniform(rng, -LAB_BOX, LAB_BOX);
    return [x1, x2, x1 * x2 < 0 ? 1 : 0];
  });
}

/**
 * Two interleaved arms: r·(cos φ, sin φ) with t = u, r = 2t and φ = 2π·1.75·t + π·c for class c,
 * so class 1's arm is class 0's turned by half a turn; one draw u each.
 */
export function spiralsData(options: LabDataOptions): LabData {
  return drawClasses(options, (rng, s) => {
    const t = rng();
    const label = s % 2;
    const radius = LAB_BOX * t;
    const angle = 2 * Math.PI * SPIRAL_TURNS * t + Math.PI * label;
    return [radius * Math.cos(angle), radius * Math.sin(angle), label];
  });
}
