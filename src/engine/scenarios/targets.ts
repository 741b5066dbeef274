/**
 * The concepts chapter's targets: shapes y = f(x) on the interval [−1, 1] that a network of one
 * input is asked to fit (approximation.ts trains on them; the lab draws its sets of one input from
 * them), and the evenly spaced points they are sampled and drawn at.
 */
import { checkFinite, checkInteger } from '../core/validate';

/** The interval every target is sampled on and every fit is drawn over. */
export const APPROXIMATION_DOMAIN = [-1, 1] as const;

/** The shapes a network can be asked to fit, each a function of x on [−1, 1]. */
export type ApproximationShape = 'sine' | 'step' | 'abs' | 'parabola' | 'bump';

/** Each shape's formula, y = f(x). */
const SHAPES: Readonly<Record<ApproximationShape, (x: number) => number>> = {
  /** y = sin(πx): one full period over the interval. */
  sine: (x) => Math.sin(Math.PI * x),
  /** y = 0 for x < 0, y = 1 for x ≥ 0. */
  step: (x) => (x < 0 ? 0 : 1),
  /** y = |x|. */
  abs: (x) => Math.abs(x),
  /** y = x². */
  parabola: (x) => x * x,
  /** y = exp(−(x/0.3)²): a narrow bump at 0. */
  bump: (x) => Math.exp(-((x / 0.3) ** 2)),
};

/**
 * The shapes' names, in the order a menu lists them. Marked pure: a top-level call the bundler
 * must keep would load this module on every page that imports the scenarios' entry.
 */
export const APPROXIMATION_SHAPES = /* @__PURE__ */ Object.keys(SHAPES) as ApproximationShape[];

/** y = f(x) for one of the shapes. */
export function approximationTarget(shape: ApproximationShape, x: number): number {
  const f = SHAPES[shape];
  if (!f) throw new RangeError(`unknown shape "${String(shape)}"`);
  return f(x);
}

/** xᵢ = a + i·(b − a)/(n − 1) for i = 0 … n − 1: n evenly spaced points from a to b. */
export function evenlySpaced(count: number, from: number, to: number): Float64Array {
  checkInteger('count', count, 2, 1_000_000);
  checkFinite('from', from);
  checkFinite('to', to);
  const xs = new Float64Array(count);
  // Stryker disable next-line EqualityOperator: xs holds count numbers, a write at index count is dropped
  for (let i = 0; i < count; i++) xs[i] = from + (i * (to - from)) / (count - 1);
  return xs;
}
