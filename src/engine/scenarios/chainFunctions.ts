/**
 * The functions a chain y = h(g(f(x))) is built from: each with its formula written out (plain
 * text and TeX) and its derivative right next to it, as the activations do.
 */
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
