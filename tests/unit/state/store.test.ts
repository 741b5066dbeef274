import { describe, expect, it } from 'vitest';
import { effect } from '@preact/signals';
import { initByHand, type Trace } from '../../../src/engine/index.ts';
import { networkKind } from '../../../src/components/network/network.kind.ts';
import type { NetworkView } from '../../../src/state/kind-parts/network-kind.ts';
import { integer } from '../../../src/state/codecs.ts';
import { defineKind, setting } from '../../../src/state/define-kind.ts';
import { quantities } from '../../../src/state/quantities.ts';
import { NO_PRESET, createStore, type StoreKind } from '../../../src/state/store.ts';

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

/**
 * A small kind of its own, to watch what the store asks of a kind: its run is the settings and a
 * serial number, it records the spare run each call is offered, and it refuses a run of a above 5
 * or a view of b above 5. An a of 9 is no run at all (RangeError); an a of 8, a fault (Error).
 */
function watchedKind() {
  const spares: (number | undefined)[] = [];
  let serial = 0;
  const kind = defineKind<{ a: number; serial: number }>({
    id: 'watched',
    settings: [
      setting('a', integer({ min: 0, max: 9 }), { description: 'a run setting', default: 1 }),
      setting('b', integer({ min: 0, max: 9 }), {
        description: 'a view setting',
        default: 1,
        affects: 'view',
      }),
    ],
    groups: {},
    run(values, spare) {
      spares.push(spare?.serial);
      const a = values['a'] as number;
      if (a === 9) throw new RangeError('no run for 9');
      if (a === 8) throw new Error('a fault');
      serial += 1;
      return { a, serial };
    },
    // The same run a slice at a time, as a store warms it: one pause, then the run.
    *runInSlices(values) {
      yield;
      serial += 1;
      return { a: values['a'] as number, serial };
    },
    refuse: (run, values) =>
      run.a > 5 ? 'a is too large.' : (values['b'] as number) > 5 ? 'b is too large.' : null,
    quantities: quantities({ scalars: [['a', (run) => run.a]] }),
  });
  return { kind, spares };
}

describe('what a store asks of its kind', () => {
  it('refuses a page value for a setting the kind does not have, naming it', () => {
    expect(() => createStore(networkKind, 'network', { values: { w99: 1 } })).toThrow(
      'the network store has no setting "w99"',
    );
  });

  it('says the network cannot run where the kind throws a RangeError, and passes on any other error', () => {
    const { kind } = watchedKind();
    const store = createStore(kind, 'watched');
    expect(store.set('a', 9)).toEqual({ ok: false, message: 'With a = 9 the network cannot run.' });
    expect(store.settings.value['a']).toBe(1);
    expect(() => store.set('a', 8)).toThrow('a fault');
  });

  it('offers a refused run for recycling, but never the run still on view', () => {
    const { kind, spares } = watchedKind();
    const store = createStore(kind, 'watched');
    expect(store.run.value.serial).toBe(1);
    // A refused view: no new run was made, and the run on view (1) must not be recycled.
    expect(store.set('b', 7)).toEqual({ ok: false, message: 'With b = 7 b is too large.' });
    expect(store.set('a', 2)).toEqual({ ok: true });
    expect(store.run.value.serial).toBe(2);
    // A refused run (3) is read by nothing: the next run may take it over.
    expect(store.set('a', 7)).toEqual({ ok: false, message: 'With a = 7 a is too large.' });
    expect(store.set('a', 3)).toEqual({ ok: true });
    // Offered: nothing to runs 1 and 2 (run 1 still on view when b was refused); to run 3, run 1,
    // which run 2 replaced (no starting view was drawn from it); to run 4, the refused run 3.
    expect(spares).toEqual([undefined, undefined, 1, 3]);
  });

  it('offers each spare run once, and never the run a view change keeps on view', () => {
    const { kind, spares } = watchedKind();
    const store = createStore(kind, 'watched');
    expect(store.run.value.serial).toBe(1);
    // A view change keeps run 1 on view: it is no spare.
    expect(store.set('b', 2)).toEqual({ ok: true });
    expect(store.set('a', 2)).toEqual({ ok: true }); // run 2; run 1 replaced
    store.reset();
    expect(store.run.value.serial).toBe(3); // run 3 takes over run 1
    expect(store.set('a', 4)).toEqual({ ok: true }); // run 4: run 1 is run 3's now
    expect(spares).toEqual([undefined, undefined, 1, undefined]);
  });

  it('never offers the starting run, which the starting view holds', () => {
    const { kind, spares } = watchedKind();
    const store = createStore(kind, 'watched');
    expect(store.initialView.serial).toBe(1);
    expect(store.set('a', 2)).toEqual({ ok: true }); // run 2; the starting run 1 replaced
    expect(store.set('a', 3)).toEqual({ ok: true }); // run 3 takes nothing
    expect(store.set('a', 4)).toEqual({ ok: true }); // run 4 takes run 2
    expect(spares).toEqual([undefined, undefined, undefined, 2]);
    expect(store.initialView).toEqual({ a: 1, serial: 1 });
  });

  it('keeps a refused run on offer when a read takes the warmed starting run', async () => {
    const { kind, spares } = watchedKind();
    const store = createStore(kind, 'watched');
    let resume = () => {};
    const warmed = store.warm(() => new Promise<void>((resolve) => (resume = resolve)));
    // A refused run (1) while the starting run warms: nothing reads it.
    expect(store.set('a', 7)).toEqual({ ok: false, message: 'With a = 7 a is too large.' });
    expect(store.run.value.serial).toBe(2); // the warmed starting run, finished by the read
    expect(store.set('a', 2)).toEqual({ ok: true }); // run 3 takes over run 1
    expect(spares).toEqual([undefined, 1]);
    resume();
    await warmed;
  });

  it('shows the starting view itself at the starting settings', () => {
    const store = createStore(networkKind, 'network');
    expect(store.view.value).toBe(store.initialView);
  });

  it('gives one signal per quantity, however often it is asked for', () => {
    const store = createStore(networkKind, 'network');
    expect(store.quantity('O6')).toBe(store.quantity('O6'));
  });

  it('answers a key it cannot set among several, in words', () => {
    const store = createStore(networkKind, 'network');
    expect(store.setMany({ w14: 0.5, w99: 1 })).toEqual({
      w14: { ok: true },
      w99: { ok: false, message: 'w99 is not something this page can set.' },
    });
  });

  it('fixes only keys it may set, and a preset of none resets to the starting settings', () => {
    const store = createStore(networkKind, 'attempt', { settable: ['parameters'] });
    store.restrict(['x1', 'nothing'], ['learningRate']);
    expect(store.preset.value).toBe(NO_PRESET);
    expect(store.set('w14', 1.5)).toEqual({ ok: true });
    store.restrict(['w14'], []);
    store.restrict([], []);
    expect(store.preset.value).toBe(NO_PRESET);
    store.reset();
    expect(store.settings.value['w14']).toBe(seed13.w14);
  });
});
