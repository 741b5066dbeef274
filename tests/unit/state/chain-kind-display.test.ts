/**
 * What the chain-rule store shows beside its numbers: each link's menu of functions, labelled in
 * that link's argument, the input's limits and slider, the groups a page may name; and the
 * logarithm of a relative difference of 0, which has none; and a chain refused when only the
 * difference that checks it overflows.
 */
import { describe, expect, it } from 'vitest';
import { chainOf, checkChain } from '../../../src/engine/index.ts';
import { chainKind } from '../../../src/components/chain/chain.kind.ts';
import { createStore } from '../../../src/state/store.ts';
import { settingsTable } from './settings-table.ts';

/** The chain-rule page's store: readers pick the functions and the input. */
const pageStore = () => createStore(chainKind, 'chain', { settable: ['functions', 'input'] });
describe('what the chain store shows beside its numbers', () => {
  it('offers each link the eight functions, labelled by their formula in that link’s argument', () => {
    const menu = (a: string) =>
      `linear (3${a} + 1), square (${a}²), cube (${a}³), sine (sin(${a})), exp (exp(${a})), sigmoid (σ(${a})), tanh (tanh(${a})), softplus (ln(1 + exp(${a})))`;
    expect(settingsTable(chainKind)).toEqual([
      `f · f · f · the inner function, applied to x · ${menu('x')} · linear`,
      `g · g · g · the middle function, applied to f · ${menu('f')} · sigmoid`,
      `h · h · h · the outer function, applied to g · ${menu('g')} · square`,
      'x · x · x · the input of the chain · -5 … 5, slider -3 … 3 by 0.01, 3 digits · 0.5',
    ]);
    expect(chainKind.groups).toEqual({ functions: ['f', 'g', 'h'], input: ['x'] });
  });

  it('shows the logarithm of a relative difference of 0 as −16, about a double’s precision', () => {
    // y = ((x²)²)² at x = 0: dy/dx = 8x⁷ = 0, and y(±ε) = ε⁸ on both sides, so the difference is 0.
    const store = pageStore();
    store.setMany({ f: 'square', g: 'square', h: 'square', x: 0 });
    expect(store.quantity('dy/dx').value).toBe(0);
    expect(store.quantity('relDiff').value).toBe(0);
    expect(store.quantity('relDiffLog10').value).toBe(-16);
  });

  it('refuses a chain whose derivative is finite when the difference that checks it overflows', () => {
    // y = exp(exp(exp(x))) just below x = 1.8799239884, where dy/dx = y·e^(eˣ)·eˣ passes 1.8·10³⁰⁸:
    // dy/dx is still finite there, but y(x + ε) − y(x − ε), divided by 2ε, is not.
    const x = 1.87992395;
    const chain = chainOf(['exp', 'exp', 'exp'], x);
    expect(chain.finite).toBe(true);
    expect(checkChain(chain).finite).toBe(false);
    const store = pageStore();
    store.setMany({ f: 'exp', g: 'exp', h: 'exp', x: 1 });
    expect(store.set('x', x)).toEqual({
      ok: false,
      message:
        'With x = 1.880 the chain y = exp(exp(exp(x))) is too large to compute at x = 1.880; pick a smaller x or other functions.',
    });
    expect(store.settings.value['x']).toBe(1);
  });
});
