import { describe, expect, it } from 'vitest';
import { effect } from '@preact/signals';
import { initByHand, type Trace } from '../../../src/engine/index.ts';
import { networkKind } from '../../../src/components/network/network.kind.ts';
import type { NetworkView } from '../../../src/state/kind-parts/network-kind.ts';
import { createStore, type StoreKind } from '../../../src/state/store.ts';

/** The forward pass of the chapter's network, written out independently of the engine. */
function forwardByHand(p: Record<string, number>, x: number[]) {
  const sigmoid = (z: number) => 1 / (1 + Math.exp(-z));
  const H4 = sigmoid(p.w14! * x[0]! + p.w24! * x[1]! + p.w34! * x[2]! + p.b4!);
  const H5 = sigmoid(p.w15! * x[0]! + p.w25! * x[1]! + p.w35! * x[2]! + p.b5!);
  return { H4, H5, O6: p.w46! * H4 + p.w56! * H5 + p.b6! };
}

/** The chapter's kind with its engine call counted. */
function countingKind(): { kind: StoreKind<Trace, NetworkView>; runs: () => number } {
  let runs = 0;
  return {
    kind: {
      ...networkKind,
      run: (values) => {
        runs++;
        return networkKind.run(values);
      },
    },
    runs: () => runs,
  };
}

const seed13 = initByHand(13) as unknown as Record<string, number>;

describe('a store of the chapter network', () => {
  it('starts at the worked example: x = (0.5, 0.2, 0.7), y = 0.3, η = 0.2, seed-13 weights', () => {
    const store = createStore(networkKind, 'network');
    const read = (key: string) => networkKind.read(store.view.value, key);
    expect([read('x1'), read('x2'), read('x3'), read('y'), read('learningRate')]).toEqual([
      0.5, 0.2, 0.7, 0.3, 0.2,
    ]);
    for (const key of Object.keys(seed13)) expect(read(key)).toBe(seed13[key]);
    expect(read('epoch')).toBe(0);
    expect(store.settings.value['epochs']).toBe(1000);
  });

  it('derives the forward pass from what the reader set', () => {
    const store = createStore(networkKind, 'network');
    expect(store.set('w14', 0.9)).toEqual({ ok: true });
    expect(store.set('x1', -0.4)).toEqual({ ok: true });
    const expected = forwardByHand({ ...seed13, w14: 0.9 }, [-0.4, 0.2, 0.7]);
    const read = (key: string) => store.quantity(key).value!;
    expect(read('H4')).toBeCloseTo(expected.H4, 14);
    expect(read('O6')).toBeCloseTo(expected.O6, 14);
    expect(read('loss')).toBeCloseTo(0.5 * (expected.O6 - 0.3) ** 2, 14);
    // The local derivatives of the chain rule read from the same run.
    expect(read('dH4/dH4in')).toBeCloseTo(expected.H4 * (1 - expected.H4), 14);
    expect(read('dH4in/dw14')).toBe(-0.4);
    expect(read('dO6in/dH4')).toBe(seed13.w46);
    expect(read('dL/dO6')).toBeCloseTo(expected.O6 - 0.3, 14);
  });

  it('notifies a subscriber synchronously, within the same task', () => {
    const store = createStore(networkKind, 'network');
    const seen: (number | undefined)[] = [];
    const stop = effect(() => void seen.push(store.quantity('w14').value));
    store.set('w14', 0.42);
    stop();
    expect(seen.at(-1)).toBe(0.42);
  });

  it.each([
    ['w14', Number.NaN, 'λ1,4 needs a number.'],
    ['w14', 11, 'λ1,4 must be between −10 and 10.'],
    ['x2', -1e9, 'x2 must be between −10 and 10.'],
    ['learningRate', -0.1, 'η must be between 0 and 10.'],
    ['optimizer', 'sgd', 'optimizer must be one of: gradient descent, momentum, Adam.'],
    ['epochs', 2.5, 'epochs needs a whole number.'],
    ['nonsense', 1, 'nonsense is not something this page can set.'],
  ] as const)('refuses %s = %s with "%s" and keeps its state', (key, value, message) => {
    const store = createStore(networkKind, 'network');
    const before = store.settings.value;
    expect(store.set(key, value)).toEqual({ ok: false, message });
    expect(store.settings.value).toBe(before);
  });

  it('refuses a value the network cannot compute with, and says so', () => {
    const store = createStore(networkKind, 'network', { values: { epochs: 200 } });
    store.set('learningRate', 10);
    // η = 10 diverges long before epoch 199: the view there would have no finite numbers.
    const result = store.set('epochOnView', 199);
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.message).toMatch(/training stops at epoch \d+/);
    expect(store.note.value).toMatch(/^Training stops at epoch \d+/);
  });

  it('keeps the epoch on view within the run when the run gets shorter', () => {
    const store = createStore(networkKind, 'network');
    expect(store.set('epochOnView', 700)).toEqual({ ok: true });
    expect(store.set('epochs', 100)).toEqual({ ok: true });
    expect(store.settings.value['epochOnView']).toBe(99);
    expect(store.set('epochOnView', 100)).toEqual({
      ok: false,
      message: 'epoch must be between 0 and 99.',
    });
  });

  it('draws new weights for a new seed, except those the reader set', () => {
    const store = createStore(networkKind, 'network');
    store.set('w24', 0.5);
    store.set('seed', 7);
    const seed7 = initByHand(7);
    expect(store.settings.value['w14']).toBe(seed7.w14);
    expect(store.settings.value['b6']).toBe(seed7.b6);
    expect(store.settings.value['w24']).toBe(0.5);
  });

  it('applies several values in one update, in the kind’s order, skipping refused ones', () => {
    const store = createStore(networkKind, 'network');
    let updates = 0;
    const stop = effect(() => void (store.view.value, updates++));
    const results = store.setMany({ w14: 0.5, b4: 99, seed: 7, x1: 0.1 });
    stop();
    expect(updates).toBe(2); // the first run of the effect, then one for the whole batch
    expect(results['b4']?.ok).toBe(false);
    // seed 7 came first, so w14 = 0.5 is not undone by the new draws
    expect(store.settings.value['w14']).toBe(0.5);
    expect(store.settings.value['b4']).toBe(initByHand(7).b4);
    expect(store.settings.value['x1']).toBe(0.1);
  });

  it('gives out read-only signals: a write that skips `set` throws', () => {
    const store = createStore(networkKind, 'network');
    expect(() => {
      (store.settings as unknown as { value: unknown }).value = {};
    }).toThrow();
    expect(() => {
      (store.view as unknown as { value: unknown }).value = {};
    }).toThrow();
  });

  it('lets a page restrict what readers set and start elsewhere', () => {
    const store = createStore(networkKind, 'attempt', {
      settable: ['parameters'],
      values: { epochs: 1, x1: 0.9 },
    });
    expect(store.settable).toHaveLength(11);
    expect(store.set('x1', 0.1)).toEqual({
      ok: false,
      message: 'x1 is not something this page can set.',
    });
    expect(store.set('learningRate', 5).ok).toBe(false);
    expect(store.settings.value['x1']).toBe(0.9);
    expect(store.run.value.length).toBe(1);
    store.set('w14', 1);
    store.reset();
    expect(store.settings.value['w14']).toBe(seed13.w14);
    expect(store.settings.value['x1']).toBe(0.9);
    expect(() => createStore(networkKind, 'bad', { values: { x1: 99 } })).toThrow(
      /x1 must be between/,
    );
    expect(() => createStore(networkKind, 'bad', { settable: ['nothing'] })).toThrow(
      /no setting or group "nothing"/,
    );
  });
});

describe('engine calls', () => {
  it('moving the epoch on view calls the engine zero times; changing a setting, once', () => {
    const { kind, runs } = countingKind();
    const store = createStore(kind, 'network');
    expect(runs()).toBe(0); // the starting run waits until something reads it
    const shown: number[] = [];
    const stop = effect(() => void shown.push(kind.read(store.view.value, 'O6')!));
    expect(runs()).toBe(1); // the starting run

    for (const epoch of [1, 10, 500, 999, 0]) expect(store.set('epochOnView', epoch).ok).toBe(true);
    expect(runs()).toBe(1);
    expect(shown).toHaveLength(6); // every move reached the view, read from the same trace
    expect(new Set(shown.slice(1, 4)).size).toBe(3);

    expect(store.set('learningRate', 0.3).ok).toBe(true);
    expect(runs()).toBe(2);
    expect(Number.isFinite(store.quantity('loss').value)).toBe(true);
    expect(store.run.value.length).toBe(1000);
    expect(runs()).toBe(2);
    stop();
  });

  it('a refused change costs one run and leaves the current run in place', () => {
    const { kind, runs } = countingKind();
    const store = createStore(kind, 'network', { values: { epochs: 300 } });
    store.set('epochOnView', 290);
    store.restrict(['epochOnView'], []);
    // η = 10 makes the numbers overflow after about 160 epochs, before the epoch on view: the
    // run would show its last finite epoch, but a link fixed the epoch on view.
    expect(store.set('learningRate', 10).ok).toBe(false);
    expect(runs()).toBe(2);
    store.restrict([], []);
    expect(store.set('epochOnView', 20).ok).toBe(true);
    expect(networkKind.read(store.view.value, 'epoch')).toBe(20);
    expect(runs()).toBe(2);
  });
});

describe('recycled runs', () => {
  it('a new run takes over the storage of the run it replaced, and shows the same numbers as a fresh one', () => {
    const store = createStore(networkKind, 'network', { values: { epochs: 200 } });
    const startingLoss = networkKind.read(store.initialView, 'loss');
    const storages = new Set<ArrayBufferLike>();
    for (const learningRate of [0.3, 0.4, 0.5, 0.6, 0.7]) {
      expect(store.set('learningRate', learningRate).ok).toBe(true);
      storages.add(store.run.value.storage.buffer);
      const fresh = createStore(networkKind, 'fresh', { values: { epochs: 200, learningRate } });
      expect(Array.from(store.run.value.loss)).toEqual(Array.from(fresh.run.value.loss));
    }
    // Two buffers take turns: the current run's and the one it replaced.
    expect(storages.size).toBeLessThanOrEqual(2);
    // The starting run is never recycled: widgets draw it while they hydrate.
    expect(networkKind.read(store.initialView, 'loss')).toBe(startingLoss);
  });
});

describe('two stores of one kind', () => {
  it('are independent: editing one leaves the other alone', () => {
    const main = createStore(networkKind, 'network');
    const other = createStore(networkKind, 'attempt');
    main.set('w14', 1.5);
    main.set('x1', -1);
    expect(other.settings.value['w14']).toBe(seed13.w14);
    expect(other.quantity('O6').value).toBe(createStore(networkKind, 'x').quantity('O6').value);
    other.set('b6', 0.25);
    expect(main.settings.value['b6']).toBe(seed13.b6);
  });
});
