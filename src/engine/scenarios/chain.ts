/**
 * The chain rule on one variable: a chain y = h(g(f(x))) of three scalar functions, each picked
 * from a short list, with every intermediate value, every local derivative and the running
 * products of those derivatives from the output back to the input. A central difference checks
 * the product from values alone.
 *
 * The functions themselves, each with its derivative, are in chainFunctions.ts.
 */
import { relativeError } from '../gradients/gradcheck';
import type { ChainForm, ChainFunction, ChainFunctionId } from './chainFunctions';
import { chainFunction } from './chainFunctions';

/** A formula written around an argument: the argument, and what it is (a name, a call, …). */
interface Written {
  readonly text: string;
  readonly shape: 'name' | ChainForm['shape'];
}

/** Writes `form` around `argument`, bracketing the argument where its slot needs it. */
function writeAround(form: ChainForm, argument: Written): Written {
  const bracketed =
    (form.slot === 'factor' && argument.shape === 'sum') ||
    (form.slot === 'base' && (argument.shape === 'sum' || argument.shape === 'power'));
  const inner = bracketed ? `(${argument.text})` : argument.text;
  return { text: form.pattern.replaceAll('#', inner), shape: form.shape };
}

/** One function's formula as plain text, at a name: formulaText('sigmoid', 'f') = "σ(f)". */
export function formulaText(id: ChainFunctionId, argument: string): string {
  return chainFunction(id).text.pattern.replaceAll('#', argument);
}

/** One function's formula in TeX, at a name: formulaTex('square', 'g') = "g^{2}". */
export function formulaTex(id: ChainFunctionId, argument: string): string {
  return chainFunction(id).tex.replaceAll('#', argument);
}

/** One function's derivative as plain text, at a name: derivativeText('square', 'g') = "2g". */
export function derivativeText(id: ChainFunctionId, argument: string): string {
  return chainFunction(id).derivativeText.replaceAll('#', argument);
}

/** One function's derivative in TeX, at a name: derivativeTex('cube', 'x') = "3x^{2}". */
export function derivativeTex(id: ChainFunctionId, argument: string): string {
  return chainFunction(id).derivativeTex.replaceAll('#', argument);
}

/** The nest h(g(f(x))) as plain text, f first in `ids`: exp, exp, exp → "exp(exp(exp(x)))". */
export function composeText(ids: readonly ChainFunctionId[], argument = 'x'): string {
  let written: Written = { text: argument, shape: 'name' };
  for (const id of ids) written = writeAround(chainFunction(id).text, written);
  return written.text;
}

/** The three functions of a chain, innermost first: [f, g, h]. */
export type ChainIds = readonly [f: ChainFunctionId, g: ChainFunctionId, h: ChainFunctionId];

/** Everything the chain rule computes for y = h(g(f(x))) at one x. */
export interface ChainResult {
  readonly ids: ChainIds;
  readonly x: number;
  /** f = f(x). */
  readonly f: number;
  /** g = g(f). */
  readonly g: number;
  /** y = h(g). */
  readonly y: number;
  /** The local derivative of the first link, f′(x) = ∂f/∂x. */
  readonly dfdx: number;
  /** The local derivative of the second link, g′(f) = ∂g/∂f. */
  readonly dgdf: number;
  /** The local derivative of the last link, h′(g) = ∂y/∂g: one step back from y. */
  readonly dydg: number;
  /** Two steps back: ∂y/∂f = h′(g)·g′(f). */
  readonly dydf: number;
  /** Three steps back: ∂y/∂x = h′(g)·g′(f)·f′(x). */
  readonly dydx: number;
  /** True when every number above is finite. */
  readonly finite: boolean;
}

/** The value of y = h(g(f(x))) alone, innermost first in `ids`. */
export function chainValue(ids: ChainIds, x: number): number {
  const [f, g, h] = ids.map(chainFunction) as [ChainFunction, ChainFunction, ChainFunction];
  return h.value(g.value(f.value(x)));
}

/**
 * The chain rule for y = h(g(f(x))): the forward values f, g, y, the local derivatives
 * f′(x), g′(f), h′(g), and the products ∂y/∂g = h′(g), ∂y/∂f = h′(g)·g′(f) and
 * ∂y/∂x = h′(g)·g′(f)·f′(x). A number that overflows is reported by `finite`, not thrown.
 */
export function chainOf(ids: ChainIds, x: number): ChainResult {
  const [fn, gn, hn] = ids.map(chainFunction) as [ChainFunction, ChainFunction, ChainFunction];
  const f = fn.value(x);
  const g = gn.value(f);
  const y = hn.value(g);
  const dfdx = fn.derivative(x);
  const dgdf = gn.derivative(f);
  const dydg = hn.derivative(g);
  const dydf = dydg * dgdf;
  const dydx = dydf * dfdx;
  const finite = [x, f, g, y, dfdx, dgdf, dydg, dydf, dydx].every(Number.isFinite);
  return { ids, x, f, g, y, dfdx, dgdf, dydg, dydf, dydx, finite };
}

/** Central difference dy/dx ≈ (y(x + ε) − y(x − ε)) / 2ε. */
export function centralDifference(fn: (x: number) => number, x: number, epsilon: number): number {
  if (!(epsilon > 0) || !Number.isFinite(epsilon)) {
    throw new RangeError(`epsilon must be a finite number > 0, got ${String(epsilon)}`);
  }
  return (fn(x + epsilon) - fn(x - epsilon)) / (2 * epsilon);
}

/** The step ε of the chain's central difference: near the cube root of the double's precision. */
export const CHAIN_EPSILON = 1e-5;

/** The chain rule held up against a central difference. */
export interface ChainCheck {
  /** ∂y/∂x by the chain rule. */
  readonly chainRule: number;
  /** (y(x + ε) − y(x − ε)) / 2ε. */
  readonly centralDifference: number;
  /** |chainRule − centralDifference| / max(|chainRule|, |centralDifference|, 10⁻⁸). */
  readonly relativeDifference: number;
  readonly epsilon: number;
  /** True when all three numbers are finite. */
  readonly finite: boolean;
}

/** ∂y/∂x by the chain rule beside (y(x + ε) − y(x − ε)) / 2ε, and their relative error. */
export function checkChain(result: ChainResult, epsilon = CHAIN_EPSILON): ChainCheck {
  const estimate = centralDifference((u) => chainValue(result.ids, u), result.x, epsilon);
  const difference = relativeError(result.dydx, estimate);
  return {
    chainRule: result.dydx,
    centralDifference: estimate,
    relativeDifference: difference,
    epsilon,
    finite: [result.dydx, estimate, difference].every(Number.isFinite),
  };
}
