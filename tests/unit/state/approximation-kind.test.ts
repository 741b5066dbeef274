import { describe, expect, it } from 'vitest';
import { countParameters } from '../../../src/engine/index.ts';
import {
  approximationKind,
  DEFAULT_POINTS,
  GRID_SIZE,
  SHAPE_SAMPLES,
} from '../../../src/components/approximation/approximation.kind.ts';
import { pointsCodec } from '../../../src/state/points-codec.ts';
import { kindOf } from '../../../src/components/kinds.ts';
import { readStoreLink, writeLink } from '../../../src/state/link.ts';
import { createStore } from '../../../src/state/store.ts';

const makeStore = (values?: Record<string, unknown>) =>
  createStore(approximationKind, 'fit', values ? { values } : {});

/** Reads a series of a store's view: `prefix.0`, `prefix.1`, … while they exist. */
function series(store: ReturnType<typeof makeStore>, prefix: string): number[] {
  const values: number[] = [];
  for (let i = 0; ; i++) {
    const value = store.kind.read(store.view.value, `${prefix}.${i}`);
    if (value === undefined) return values;
    values.push(value);
  }
}

describe('the approximation store kind', () => {
  it('is registered under the id pages name it by', () => {
    expect(kindOf('approximation')).toBe(approximationKind);
  });

  it('starts at epoch 0 of a sine fit with 4 sigmoid nodes and 13 parameters', () => {
    const store = makeStore();
    const read = (key: string) => store.quantity(key).value;
    expect(store.settings.value['target']).toBe('sine');
    expect(read('epoch')).toBe(0);
    expect(read('m')).toBe(4);
    expect(read('parameters')).toBe(countParameters([1, 4, 1]).total);
    expect(read('parameters')).toBe(13);
    expect(read('samples')).toBe(SHAPE_SAMPLES);
    expect(series(store, 'gridX')).toHaveLength(GRID_SIZE);
    expect(series(store, 'fit')).toHaveLength(GRID_SIZE);
    expect(read('lastEpoch')).toBe(1000);
  });

  it('loss falls over the run of the default target, and moving the epoch does not train again', () => {
    const store = makeStore();
    const run = store.run.value;
    const start = store.quantity('loss').value!;
    expect(store.set('epoch', 500).ok).toBe(true);
    const middle = store.quantity('loss').value!;
    expect(store.set('epoch', 1000).ok).toBe(true);
    const end = store.quantity('loss').value!;
    expect(store.run.value).toBe(run);
    expect(middle).toBeLessThan(start);
    expect(end).toBeLessThan(middle);
    expect(end).toBeLessThan(start / 100);
    // The loss read at the epoch on view is the data's mean ½(ŷ − y)² of the fit read there.
    const fit = series(store, 'fitAt');
    const ys = series(store, 'y');
    const mean = fit.reduce((sum, value, i) => sum + 0.5 * (value - ys[i]!) ** 2, 0) / ys.length;
    expect(end).toBeCloseTo(mean, 12);
    expect(store.quantity('lossAt.1000').value).toBe(end);
  });

  it('with identity activations fits only a straight line: second differences vanish', () => {
    for (const target of ['sine', 'parabola', 'points']) {
      const store = makeStore({ activation: 'identity', target, epoch: 1000 });
      const xs = series(store, 'gridX');
      const fit = series(store, 'fit');
      const step = xs[1]! - xs[0]!;
      for (let i = 1; i + 1 < fit.length; i++) {
        const second = fit[i + 1]! - 2 * fit[i]! + fit[i - 1]!;
        expect(Math.abs(second), `${target} at ${i}`).toBeLessThan(1e-9);
        expect(xs[i + 1]! - xs[i]!).toBeCloseTo(step, 12);
      }
    }
  });

  it('more hidden nodes fit the bump better', () => {
    const loss = (m: number) =>
      makeStore({ target: 'bump', m, epoch: 1000 }).quantity('loss').value!;
    expect(loss(8)).toBeLessThan(loss(1) / 100);
  });

  it('refuses m outside 1 to 16 and keeps its state', () => {
    const store = makeStore();
    const before = store.settings.value;
    for (const m of [0, 17, 1000, 2.5, Number.NaN]) {
      const result = store.set('m', m);
      expect(result.ok, String(m)).toBe(false);
    }
    expect(store.settings.value).toBe(before);
    const m = store.setting('m')!.codec;
    expect(m.parse('', 'm').ok).toBe(false);
    expect(m.parse('abc', 'm').ok).toBe(false);
    expect(m.parse('8', 'm')).toEqual({ ok: true, value: 8 });
  });

  it('reads typed points, with decimal points or commas, and refuses bad ones with a reason', () => {
    const parse = (text: string) => pointsCodec.parse(text, 'points');
    expect(parse('-1, 0; 0, 1; 1, 0')).toEqual({ ok: true, value: [-1, 0, 0, 1, 1, 0] });
    expect(parse('-0,5, 1,5; 0,5, -1')).toEqual({ ok: true, value: [-0.5, 1.5, 0.5, -1] });
    expect(parse('-1 0\n1 1')).toEqual({ ok: true, value: [-1, 0, 1, 1] });
    const refusals: Array<[string, RegExp]> = [
      ['', /needs points/],
      ['a, b; c, d', /x of point 1 needs a number/],
      ['0, 1', /2 to 12 points/],
      ['0, 1; 0.5', /Point 2 .* needs two numbers/],
      ['0, 1; 2, 0', /x of point 2 must be between −1 and 1/],
      ['0, 1; 1, 5', /y of point 2 must be between −2 and 2/],
      ['0, 1, 2; 1, 0', /Point 1 .* needs two numbers/],
      [Array.from({ length: 13 }, (_, i) => `${i / 13}, 0`).join('; '), /2 to 12 points/],
    ];
    for (const [text, message] of refusals) {
      const result = parse(text);
      expect(result.ok, text).toBe(false);
      if (!result.ok) expect(result.message).toMatch(message);
    }
  });

  it('refuses bad points through the store and keeps the last good ones', () => {
    const store = makeStore({ target: 'points' });
    expect(store.set('points', [0, 1, 0.5]).ok).toBe(false);
    expect(store.set('points', [0, 1, 3, 0]).ok).toBe(false);
    expect(store.settings.value['points']).toEqual(DEFAULT_POINTS);
    expect(store.set('points', [-1, 1, 1, -1]).ok).toBe(true);
    expect(series(store, 'x')).toEqual([-1, 1]);
    expect(series(store, 'y')).toEqual([1, -1]);
  });

  it('writes its settings to a link and reads them back', () => {
    const store = createStore(approximationKind, 'fit');
    const settings = {
      target: 'points',
      points: [-1, 0.25, 0, -1.5, 0.5, 0.125, 1, 2],
      m: 9,
      activation: 'tanh',
      seed: 42,
      learningRate: 0.02,
      epochs: 800,
      epoch: 640,
    };
    const results = store.setMany(settings);
    for (const [key, result] of Object.entries(results)) expect(result.ok, key).toBe(true);
    const link = writeLink([store]);
    expect(link).toContain('fit.points=-1_0.25_0_-1.5_0.5_0.125_1_2');
    const copy = createStore(approximationKind, 'fit');
    copy.setMany(readStoreLink(link, copy));
    expect(copy.settings.value).toEqual(store.settings.value);
    expect(copy.quantity('loss').value).toBe(store.quantity('loss').value);
  });

  it('treats hostile links as nothing', () => {
    const store = createStore(approximationKind, 'fit');
    const read = (query: string) => readStoreLink(query, store);
    expect(read('?fit.points=1_2_3')).toEqual({});
    expect(read('?fit.points=0_1_5_0')).toEqual({});
    expect(read('?fit.points=abc_1')).toEqual({});
    expect(read('?fit.activation=softplus')).toEqual({});
    expect(read('?fit.m=1e400')).toEqual({});
    expect(read('?fit.m=1000')).toEqual({ m: 16 });
  });
});
