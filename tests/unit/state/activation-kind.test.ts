import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { initByHand } from '../../../src/engine/index.ts';
import {
  activationKind,
  PLOT_SAMPLES,
  sampleKey,
} from '../../../src/components/activations/activation.kind.ts';
import { collapseKind } from '../../../src/components/activations/collapse.kind.ts';
import { kindOf } from '../../../src/components/kinds.ts';
import { readStoreLink, writeLink } from '../../../src/state/link.ts';
import { createStore } from '../../../src/state/store.ts';

/** The chapter's plot store: readers pick the function and z. */
function curveStore() {
  return createStore(activationKind, 'curves', { settable: ['function', 'input'] });
}

const sigmoid = (z: number) => 1 / (1 + Math.exp(-z));

describe('the activation store kind', () => {
  it('is registered under the ids pages name it by', () => {
    expect(kindOf('activation')).toBe(activationKind);
    expect(kindOf('collapse')).toBe(collapseKind);
  });

  it('starts at the sigmoid at z = 1: σ(1) and σ′(1) = σ(1)(1 − σ(1)) by hand', () => {
    const store = curveStore();
    const read = (key: string) => store.quantity(key).value!;
    expect(read('z')).toBe(1);
    expect(read('output')).toBeCloseTo(sigmoid(1), 15);
    expect(read('derivative')).toBeCloseTo(sigmoid(1) * (1 - sigmoid(1)), 15);
  });

  it('reads the whole curve of the picked function through its keys', () => {
    const store = curveStore();
    store.set('fn', 'tanh');
    for (let i = 0; i < PLOT_SAMPLES; i++) {
      const z = store.quantity(sampleKey('z', i)).value!;
      expect(z).toBeCloseTo(-6 + i * 0.1, 12);
      expect(store.quantity(sampleKey('output', i)).value).toBeCloseTo(Math.tanh(z), 14);
      expect(store.quantity(sampleKey('derivative', i)).value).toBeCloseTo(
        1 - Math.tanh(z) ** 2,
        14,
      );
    }
    expect(activationKind.read(store.view.value, sampleKey('z', PLOT_SAMPLES))).toBeUndefined();
    expect(activationKind.read(store.view.value, 'z[-1]')).toBeUndefined();
  });

  it.each([
    ['identity', -2.5, -2.5, 1],
    ['relu', -2.5, 0, 0],
    ['relu', 3, 3, 1],
    ['leakyRelu', -2.5, -0.025, 0.01],
    ['tanh', 0, 0, 1],
  ] as const)('%s at z = %s is %s with slope %s', (fn, z, output, derivative) => {
    const store = curveStore();
    expect(store.set('fn', fn)).toEqual({ ok: true });
    expect(store.set('z', z)).toEqual({ ok: true });
    expect(store.quantity('output').value).toBeCloseTo(output, 15);
    expect(store.quantity('derivative').value).toBe(derivative);
  });

  it('works softmax through (2, 1, 0.1) term by term', () => {
    const store = createStore(activationKind, 'outputs', { settable: ['softmax'] });
    const e = [Math.exp(2), Math.exp(1), Math.exp(0.1)];
    const total = e[0]! + e[1]! + e[2]!;
    expect(store.quantity('expO1in').value).toBe(e[0]);
    expect(store.quantity('expSum').value).toBeCloseTo(total, 13);
    expect(store.quantity('O2in').value).toBe(1);
    for (let j = 0; j < 3; j++) {
      expect(store.quantity(`O${j + 1}`).value).toBeCloseTo(e[j]! / total, 15);
    }
    expect(store.set('fn', 'relu')).toEqual({
      ok: false,
      message: 'fn is not something this page can set.',
    });
  });

  it.each([
    ['fn', 'softmax', 'activation must be one of: identity, sigmoid, tanh, ReLU, leaky ReLU.'],
    ['fn', '__proto__', 'activation must be one of: identity, sigmoid, tanh, ReLU, leaky ReLU.'],
    ['z', 6.5, 'z must be between −6 and 6.'],
    ['z', -1e9, 'z must be between −6 and 6.'],
    ['z', Number.NaN, 'z needs a number.'],
    ['z', '1', 'z needs a number.'],
  ] as const)('refuses %s = %s with "%s", keeping its state', (key, value, message) => {
    const store = curveStore();
    const before = store.settings.value;
    expect(store.set(key, value)).toEqual({ ok: false, message });
    expect(store.settings.value).toBe(before);
  });

  it('refuses typed z that is empty, letters or huge', () => {
    const codec = activationKind.settings.find((s) => s.key === 'z')!.codec;
    expect(codec.parse('', 'z')).toEqual({ ok: false, message: 'z needs a number, such as 0.75.' });
    expect(codec.parse('abc', 'z')).toEqual({
      ok: false,
      message: 'z needs a number, such as 0.75.',
    });
    expect(codec.parse('1e400', 'z')).toEqual({ ok: false, message: 'z is too large to use.' });
    expect(codec.parse('-2,5', 'z')).toEqual({ ok: true, value: -2.5 });
  });
});

describe('a link to an activation store', () => {
  it('writes only what differs from the start and reads it back to the same state', () => {
    const store = curveStore();
    expect(writeLink([store])).toBe('');
    store.set('fn', 'leakyRelu');
    store.set('z', -3.25);
    const link = writeLink([store]);
    expect(link).toBe('?curves.fn=leakyRelu&curves.z=-3.25');
    const reopened = curveStore();
    reopened.setMany(readStoreLink(link, reopened));
    expect(reopened.settings.value).toEqual(store.settings.value);
    expect(reopened.quantity('derivative').value).toBe(0.01);
  });

  it.each([
    ['?curves.fn=relu&curves.z=2', { fn: 'relu', z: 2 }],
    ['?curves.z=99', { z: 6 }],
    ['?curves.z=-1e3', { z: -6 }],
    ['?curves.fn=softmax&curves.fn=RELU&curves.z=abc', {}],
    ['?curves.O1in=3&curves.z=Infinity', {}],
  ])('reads %s as %j', (query, expected) => {
    expect(readStoreLink(query, curveStore())).toEqual(expected);
  });

  it('never leaves a number that is not finite, whatever the link', () => {
    const names = ['identity', 'sigmoid', 'tanh', 'relu', 'leakyRelu'];
    fc.assert(
      fc.property(
        fc.oneof(fc.constantFrom(...names), fc.string()),
        fc.oneof(fc.double().map(String), fc.string()),
        (fn, z) => {
          const store = curveStore();
          store.setMany(
            readStoreLink(
              `?curves.fn=${encodeURIComponent(fn)}&curves.z=${encodeURIComponent(z)}`,
              store,
            ),
          );
          for (const key of ['z', 'output', 'derivative']) {
            expect(Number.isFinite(store.quantity(key).value), key).toBe(true);
          }
        },
      ),
    );
  });
});

describe('the collapse store kind', () => {
  const p = initByHand(13);
  const x = [0.5, 0.2, 0.7];

  it('starts with identity hidden nodes and the chapter’s seed-13 weights: both outputs agree', () => {
    const store = createStore(collapseKind, 'collapse');
    const read = (key: string) => store.quantity(key).value!;
    const beta = [
      p.w14 * p.w46 + p.w15 * p.w56,
      p.w24 * p.w46 + p.w25 * p.w56,
      p.w34 * p.w46 + p.w35 * p.w56,
    ];
    const beta0 = p.b4 * p.w46 + p.b5 * p.w56 + p.b6;
    beta.forEach((value, i) => expect(read(`beta${i + 1}`)).toBeCloseTo(value, 15));
    expect(read('beta0')).toBeCloseTo(beta0, 15);
    const linear = beta[0]! * x[0]! + beta[1]! * x[1]! + beta[2]! * x[2]! + beta0;
    // The network by hand, with identity hidden nodes.
    const h4 = p.w14 * x[0]! + p.w24 * x[1]! + p.w34 * x[2]! + p.b4;
    const h5 = p.w15 * x[0]! + p.w25 * x[1]! + p.w35 * x[2]! + p.b5;
    expect(read('O6')).toBeCloseTo(p.w46 * h4 + p.w56 * h5 + p.b6, 14);
    expect(read('linear')).toBeCloseTo(linear, 14);
    expect(Math.abs(read('difference'))).toBeLessThan(1e-12);
  });

  it('with sigmoid hidden nodes the network is no longer that linear model', () => {
    const store = createStore(collapseKind, 'collapse');
    expect(store.set('hidden', 'sigmoid')).toEqual({ ok: true });
    const h4 = sigmoid(p.w14 * x[0]! + p.w24 * x[1]! + p.w34 * x[2]! + p.b4);
    const h5 = sigmoid(p.w15 * x[0]! + p.w25 * x[1]! + p.w35 * x[2]! + p.b5);
    expect(store.quantity('H4').value).toBeCloseTo(h4, 15);
    expect(store.quantity('O6').value).toBeCloseTo(p.w46 * h4 + p.w56 * h5 + p.b6, 14);
    expect(Math.abs(store.quantity('difference').value!)).toBeGreaterThan(1e-3);
  });

  it('follows an edited weight: β₁ = λ₁,₄λ₄,₆ + λ₁,₅λ₅,₆', () => {
    const store = createStore(collapseKind, 'collapse');
    store.set('w14', 1.5);
    store.set('w46', -0.75);
    expect(store.quantity('beta1').value).toBeCloseTo(1.5 * -0.75 + p.w15 * p.w56, 15);
    expect(Math.abs(store.quantity('difference').value!)).toBeLessThan(1e-12);
    expect(store.set('w14', 11)).toEqual({
      ok: false,
      message: 'λ1,4 must be between −10 and 10.',
    });
    expect(store.set('hidden', 'relu')).toEqual({
      ok: false,
      message: 'hidden activation must be one of: identity, sigmoid.',
    });
  });

  it('round-trips a link', () => {
    const store = createStore(collapseKind, 'collapse');
    store.set('hidden', 'sigmoid');
    store.set('x2', -0.4);
    store.set('b6', 0.3);
    const link = writeLink([store]);
    expect(link).toBe('?collapse.hidden=sigmoid&collapse.x2=-0.4&collapse.b6=0.3');
    const reopened = createStore(collapseKind, 'collapse');
    reopened.setMany(readStoreLink(link, reopened));
    expect(reopened.settings.value).toEqual(store.settings.value);
  });
});
