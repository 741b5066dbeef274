import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { chainKind } from '../../../src/components/chain/chain.kind.ts';
import { kindOf } from '../../../src/components/kinds.ts';
import { readStoreLink, writeLink } from '../../../src/state/link.ts';
import { createStore } from '../../../src/state/store.ts';

/** The chain-rule page's store: readers pick the functions and the input. */
function pageStore() {
  return createStore(chainKind, 'chain', { settable: ['functions', 'input'] });
}

const sigmoid = (u: number) => 1 / (1 + Math.exp(-u));

describe('the chain store kind', () => {
  it('is registered under the id pages name it by', () => {
    expect(kindOf('chain')).toBe(chainKind);
  });

  it('starts at y = σ(3x + 1)² with x = 0.5, every number worked out by hand', () => {
    const store = pageStore();
    expect(store.settings.value).toEqual({ f: 'linear', g: 'sigmoid', h: 'square', x: 0.5 });
    const read = (key: string) => store.quantity(key).value!;
    const s = sigmoid(2.5);
    const expected: Record<string, number> = {
      x: 0.5,
      f: 2.5,
      g: s,
      y: s * s,
      'df/dx': 3,
      'dg/df': s * (1 - s),
      'dy/dg': 2 * s,
      'dy/df': 2 * s * s * (1 - s),
      'dy/dx': 6 * s * s * (1 - s),
      'dy/dx-fd': 6 * s * s * (1 - s),
    };
    for (const [key, value] of Object.entries(expected)) {
      expect(Math.abs(read(key) - value), key).toBeLessThanOrEqual(1e-9 * Math.abs(value));
    }
    expect(read('epsilon')).toBe(1e-5);
    expect(read('relDiff')).toBeLessThan(1e-9);
    expect(read('relDiffLog10')).toBeCloseTo(Math.log10(Math.max(read('relDiff'), 1e-16)), 12);
  });

  it('answers every key it lists, and no other', () => {
    const store = pageStore();
    for (const key of chainKind.quantityKeys) {
      expect(Number.isFinite(store.quantity(key).value), key).toBe(true);
    }
    expect(chainKind.read(store.view.value, 'dL/dx')).toBeUndefined();
    expect([...chainKind.quantityKeys]).toEqual(
      expect.arrayContaining(['dy/dg', 'dy/df', 'dy/dx', 'dy/dx-fd', 'relDiff']),
    );
  });

  it('follows a change of function: g = sin(f) makes dg/df = cos(f)', () => {
    const store = pageStore();
    expect(store.set('g', 'sine')).toEqual({ ok: true });
    expect(store.set('x', -0.25)).toEqual({ ok: true });
    const f = 3 * -0.25 + 1;
    expect(store.quantity('f').value).toBe(f);
    expect(store.quantity('dg/df').value).toBeCloseTo(Math.cos(f), 15);
    expect(store.quantity('dy/dx').value).toBeCloseTo(2 * Math.sin(f) * Math.cos(f) * 3, 14);
  });

  it('refuses a chain that overflows and keeps the last one it could compute', () => {
    const store = pageStore();
    expect(store.set('f', 'exp').ok).toBe(true);
    expect(store.set('g', 'exp').ok).toBe(true);
    expect(store.set('h', 'exp').ok).toBe(true);
    const before = store.settings.value;
    expect(store.set('x', 2)).toEqual({
      ok: false,
      message:
        'With x = 2.000 the chain y = exp(exp(exp(x))) is too large to compute at x = 2.000; pick a smaller x or other functions.',
    });
    expect(store.settings.value).toBe(before);
    expect(store.quantity('y').value).toBeCloseTo(Math.exp(Math.exp(Math.exp(0.5))), 9);

    // Refused the other way round too: a function picked at an x where it overflows.
    store.reset();
    store.set('x', 3);
    store.set('f', 'exp');
    store.set('g', 'exp');
    const result = store.set('h', 'exp');
    expect(result.ok).toBe(false);
    if (!result.ok)
      expect(result.message).toMatch(/^With h = exp\(g\) the chain y = exp\(exp\(exp\(x\)\)\)/);
    expect(store.settings.value['h']).toBe('square');
  });

  it.each([
    [
      'f',
      'relu',
      'f must be one of: 3x + 1, x², x³, sin(x), exp(x), σ(x), tanh(x), ln(1 + exp(x)).',
    ],
    [
      'h',
      'constructor',
      'h must be one of: 3g + 1, g², g³, sin(g), exp(g), σ(g), tanh(g), ln(1 + exp(g)).',
    ],
    ['x', 5.5, 'x must be between −5 and 5.'],
    ['x', Number.NaN, 'x needs a number.'],
  ] as const)('refuses %s = %s with "%s"', (key, value, message) => {
    const store = pageStore();
    const before = store.settings.value;
    expect(store.set(key, value)).toEqual({ ok: false, message });
    expect(store.settings.value).toBe(before);
  });
});

describe('a link to the chain store', () => {
  it('writes only what differs from the start and reads it back to the same state', () => {
    const store = pageStore();
    expect(writeLink([store])).toBe('');
    store.set('f', 'tanh');
    store.set('h', 'softplus');
    store.set('x', -1.25);
    const link = writeLink([store]);
    expect(link).toBe('?chain.f=tanh&chain.h=softplus&chain.x=-1.25');

    const reopened = pageStore();
    reopened.setMany(readStoreLink(link, reopened));
    expect(reopened.settings.value).toEqual(store.settings.value);
    expect(reopened.quantity('dy/dx').value).toBe(store.quantity('dy/dx').value);
  });

  it.each([
    ['?chain.f=sine&chain.x=1.5', { f: 'sine', x: 1.5 }],
    ['?chain.x=99', { x: 5 }],
    ['?chain.x=-1e3', { x: -5 }],
    ['?chain.f=relu&chain.g=SIGMOID&chain.h=__proto__&chain.x=abc', {}],
    ['?chain.x=Infinity&chain.x=1e999', {}],
    ['?network.x1=0.5&f=exp&chain.epsilon=1', {}],
  ])('reads %s as %j', (query, expected) => {
    expect(readStoreLink(query, pageStore())).toEqual(expected);
  });

  it('never leaves the store in a state it refuses, whatever the link', () => {
    const ids = ['linear', 'square', 'cube', 'sine', 'exp', 'sigmoid', 'tanh', 'softplus', 'x'];
    fc.assert(
      fc.property(
        fc.record({
          f: fc.oneof(fc.constantFrom(...ids), fc.string()),
          g: fc.oneof(fc.constantFrom(...ids), fc.string()),
          h: fc.oneof(fc.constantFrom(...ids), fc.string()),
          x: fc.oneof(fc.double().map(String), fc.string()),
        }),
        (values) => {
          const query = `?${Object.entries(values)
            .map(([key, value]) => `chain.${key}=${encodeURIComponent(value)}`)
            .join('&')}`;
          const store = pageStore();
          store.setMany(readStoreLink(query, store));
          for (const key of chainKind.quantityKeys) {
            expect(Number.isFinite(store.quantity(key).value), key).toBe(true);
          }
          expect(Math.abs(store.settings.value['x'] as number)).toBeLessThanOrEqual(5);
        },
      ),
    );
  });
});
