/**
 * The chain-rule widget's functions, each with its derivative, written out from the textbook and
 * not from the engine: the unit tests and the browser tests compare the book with these.
 */

export type ChainFunctionName =
  'linear' | 'square' | 'cube' | 'sine' | 'exp' | 'sigmoid' | 'tanh' | 'softplus';

/** Each function u ↦ value(u) and its slope d value/du. */
export const TEXTBOOK_FUNCTIONS: Record<
  ChainFunctionName,
  { value: (u: number) => number; slope: (u: number) => number }
> = {
  linear: { value: (u) => 3 * u + 1, slope: () => 3 },
  square: { value: (u) => u ** 2, slope: (u) => 2 * u },
  cube: { value: (u) => u ** 3, slope: (u) => 3 * u ** 2 },
  sine: { value: Math.sin, slope: Math.cos },
  exp: { value: Math.exp, slope: Math.exp },
  sigmoid: {
    value: (u) => 1 / (1 + Math.exp(-u)),
    slope: (u) => Math.exp(-u) / (1 + Math.exp(-u)) ** 2,
  },
  tanh: { value: Math.tanh, slope: (u) => 4 / (Math.exp(u) + Math.exp(-u)) ** 2 },
  softplus: { value: (u) => Math.log1p(Math.exp(u)), slope: (u) => 1 / (1 + Math.exp(-u)) },
};
