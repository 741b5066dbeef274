/**
 * The chain rule on one variable: a chain y = h(g(f(x))) of three scalar functions, each picked
 * from a short list, with every intermediate value, every local derivative and the running
 * products of those derivatives from the output back to the input. A central difference checks
 * the product from values alone.
 *
 * Each function keeps its derivative right next to it, as the activations do.
 */
import { relativeError } from '../gradients/gradcheck';

/** The functions a chain may use, by id. */
export type ChainFunctionId =
  'linear' | 'square' | 'cube' | 'sine' | 'exp' | 'sigmoid' | 'tanh' | 'softplus';

/**
 * How a formula is written as plain text around its argument, so a nest of them reads
 * unambiguously.
 * `slot` says what the pattern needs of its argument: `delimited` (inside the function's own
 * brackets or braces: never bracketed), `factor` (after a coefficient: a sum is bracketed) or
 * `base` (under a power: a sum or a power is bracketed). `shape` says what the result is: a
 * `call` such as sin(x), a `power` such as x², or a `sum` such as 3x + 1.
 */
export interface ChainForm {
  /** The formula with `#` where the argument goes: "3# + 1", "#²", "sin(#)". */
  readonly pattern: string;
  readonly slot: 'delimited' | 'factor' | 'base';
  readonly shape: 'call' | 'power' | 'sum';
}

/** One function a reader can pick for f, g or h: its value and its derivative, side by side. */
export interface ChainFunction {
  readonly id: ChainFunctionId;
  /** What the function is called: "sigmoid". */
  readonly name: string;
  /** The formula as plain text (Unicode, no markup). */
  readonly text: ChainForm;
  /** The formula in TeX, with `#` for the argument: "\\sin\\left(#\\right)". */
  readonly tex: string;
  /** The derivative in TeX, with `#` for the argument: "\\cos\\left(#\\right)". */
  readonly derivativeTex: string;
  /** The derivative as plain text, with `#` for the argument: "cos(#)". */
  readonly derivativeText: string;
  /** The function's value at u. */
  value(u: number): number;
  /** Its derivative at u. */
  derivative(u: number): number;
}

/** Logistic sigmoid σ(u) = 1 / (1 + e^(−u)). */
function logistic(u: number): number {
  return 1 / (1 + Math.exp(-u));
}

/** Every function a chain may use, in the order a menu lists them. */
export const CHAIN_FUNCTIONS: readonly ChainFunction[] = [
  {
    id: 'linear',
    name: 'linear',
    text: { pattern: '3# + 1', slot: 'factor', shape: 'sum' },
    tex: '3#+1',
    derivativeTex: '3',
    derivativeText: '3',
    /** 3u + 1. */
    value: (u) => 3 * u + 1,
    /** d(3u + 1)/du = 3. */
    derivative: () => 3,
  },
  {
    id: 'square',
    name: 'square',
    text: { pattern: '#²', slot: 'base', shape: 'power' },
    tex: '#^{2}',
    derivativeTex: '2#',
    derivativeText: '2#',
    /** u². */
    value: (u) => u * u,
    /** d(u²)/du = 2u. */
    derivative: (u) => 2 * u,
  },
  {
    id: 'cube',
    name: 'cube',
    text: { pattern: '#³', slot: 'base', shape: 'power' },
    tex: '#^{3}',
    derivativeTex: '3#^{2}',
    derivativeText: '3#²',
    /** u³. */
    value: (u) => u * u * u,
    /** d(u³)/du = 3u². */
    derivative: (u) => 3 * u * u,
  },
  {
    id: 'sine',
    name: 'sine',
    text: { pattern: 'sin(#)', slot: 'delimited', shape: 'call' },
    tex: '\\sin\\left(#\\right)',
    derivativeTex: '\\cos\\left(#\\right)',
    derivativeText: 'cos(#)',
    /** sin u. */
    value: (u) => Math.sin(u),
    /** d(sin u)/du = cos u. */
    derivative: (u) => Math.cos(u),
  },
  {
    id: 'exp',
    name: 'exponential',
    text: { pattern: 'exp(#)', slot: 'delimited', shape: 'call' },
    tex: 'e^{#}',
    derivativeTex: 'e^{#}',
    derivativeText: 'exp(#)',
    /** eᵘ. */
    value: (u) => Math.exp(u),
    /** d(eᵘ)/du = eᵘ. */
    derivative: (u) => Math.exp(u),
  },
  {
    id: 'sigmoid',
    name: 'sigmoid',
    text: { pattern: 'σ(#)', slot: 'delimited', shape: 'call' },
    tex: '\\sigma\\left(#\\right)',
    derivativeTex: '\\sigma\\left(#\\right)\\left(1-\\sigma\\left(#\\right)\\right)',
    derivativeText: 'σ(#)·(1 − σ(#))',
    /** σ(u) = 1 / (1 + e^(−u)). */
    value: logistic,
    /** dσ/du = σ(u)·(1 − σ(u)), computed as σ(u)·σ(−u) to keep its precision for large |u|. */
    derivative: (u) => logistic(u) * logistic(-u),
  },
  {
    id: 'tanh',
    name: 'hyperbolic tangent',
    text: { pattern: 'tanh(#)', slot: 'delimited', shape: 'call' },
    tex: '\\tanh\\left(#\\right)',
    derivativeTex: '1-\\tanh^{2}\\left(#\\right)',
    derivativeText: '1 − tanh²(#)',
    /** tanh u. */
    value: (u) => Math.tanh(u),
    /** d(tanh u)/du = 1 − tanh² u, computed as 1 / cosh² u to keep its precision for large |u|. */
    derivative: (u) => 1 / Math.cosh(u) ** 2,
  },
  {
    id: 'softplus',
    name: 'softplus',
    text: { pattern: 'ln(1 + exp(#))', slot: 'delimited', shape: 'call' },
    tex: '\\ln\\left(1+e^{#}\\right)',
    derivativeTex: '\\sigma\\left(#\\right)',
    derivativeText: 'σ(#)',
    /** ln(1 + eᵘ), written as max(u, 0) + ln(1 + e^(−|u|)) so that it never overflows. */
    value: (u) => Math.max(u, 0) + Math.log1p(Math.exp(-Math.abs(u))),
    /** d ln(1 + eᵘ)/du = σ(u). */
    derivative: logistic,
  },
];

/**
 * The ids of every chain function, in menu order. This and the table by id are marked pure: a
 * top-level call the bundler must keep would load this module on every page that imports the
 * scenarios' entry.
 */
export const CHAIN_FUNCTION_IDS: readonly ChainFunctionId[] = /* @__PURE__ */ CHAIN_FUNCTIONS.map(
  (fn) => fn.id,
);

const BY_ID = /* @__PURE__ */ new Map<string, ChainFunction>(
  /* @__PURE__ */ CHAIN_FUNCTIONS.map((fn) => [fn.id, fn]),
);

/** The chain function with this id; throws RangeError for an id that is not on the list. */
export function chainFunction(id: string): ChainFunction {
  const found = BY_ID.get(id);
  if (!found) throw new RangeError(`no chain function is called "${id}"`);
  return found;
}

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
