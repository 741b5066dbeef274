import { describe, expect, it } from 'vitest';
import { BY_HAND_PARAM_KEYS, initByHand } from '../../../src/engine/index.ts';
import { kindOf } from '../../../src/components/kinds.ts';
import {
  initScaleKind,
  EPOCHS,
  MAX_SCALE,
} from '../../../src/components/initialisation/init-scale.kind.ts';
import {
  BINS,
  FIRST_DRAWS,
  LAYER_PRESETS,
  MAX_DRAWS,
  weightDrawsKind,
} from '../../../src/components/initialisation/weight-draws.kind.ts';
import { readStoreLink, writeLink } from '../../../src/state/link.ts';
import { createStore, type Store } from '../../../src/state/store.ts';

/** The weights into H₄ and H₅, λ₁,₄ … λ₃,₅: the first six a seed draws. */
const HIDDEN_KEYS = BY_HAND_PARAM_KEYS.slice(0, 6);

/** Entries `prefix.0` … of a store's view, while they exist. */
function series(store: Store, prefix: string): number[] {
  const values: number[] = [];
  for (let i = 0; ; i++) {
    const value = store.kind.read(store.view.value, `${prefix}.${i}`);
    if (value === undefined) return values;
    values.push(value);
  }
}

const read = (store: Store, key: string) => store.quantity(key).value!;

describe('the weight-draws store kind', () => {
  const makeStore = () => createStore(weightDrawsKind, 'draws');

  it('is registered under the id pages name it by', () => {
    expect(kindOf('weight-draws')).toBe(weightDrawsKind);
  });

  it('starts with 1000 Xavier draws for the chapter’s hidden layer, the chapter’s weights first', () => {
    const store = makeStore();
    const chapter = initByHand(13);
    expect(series(store, 'draw')).toEqual(HIDDEN_KEYS.map((key) => chapter[key]));
    expect(series(store, 'draw')).toHaveLength(FIRST_DRAWS);
    expect(read(store, 'limit')).toBe(1 / Math.sqrt(3));
    expect(read(store, 'low')).toBe(-1 / Math.sqrt(3));
    expect(read(store, 'count')).toBe(1000);
    expect(read(store, 'outside')).toBe(0);
    const counts = series(store, 'binCount');
    expect(counts).toHaveLength(BINS);
    expect(counts.reduce((sum, c) => sum + c, 0)).toBe(1000);
    expect(series(store, 'edge')).toHaveLength(BINS + 1);
    expect(read(store, 'expectedCount')).toBeCloseTo(1000 / BINS, 12);
    expect(read(store, 'expectedSd')).toBeCloseTo(1 / 3, 15);
    expect(read(store, 'fullestBin')).toBe(Math.max(...counts));
    expect(read(store, 'emptiestBin')).toBe(Math.min(...counts));
    expect(read(store, 'min')).toBeGreaterThanOrEqual(read(store, 'low'));
    expect(read(store, 'max')).toBeLessThanOrEqual(read(store, 'high'));
    // Bin centres lie halfway between their edges.
    const edges = series(store, 'edge');
    series(store, 'binCentre').forEach((centre, i) =>
      expect(centre).toBeCloseTo((edges[i]! + edges[i + 1]!) / 2, 15),
    );
  });

  it('draws again for another scheme, layer, count or seed', () => {
    const store = makeStore();
    const first = read(store, 'draw.0');
    expect(store.set('scheme', 'normalizedXavier').ok).toBe(true);
    expect(read(store, 'limit')).toBeCloseTo(Math.sqrt(6 / 5), 15);
    expect(read(store, 'draw.0') / read(store, 'limit')).toBeCloseTo(first * Math.sqrt(3), 12);
    const wide = LAYER_PRESETS[2];
    expect(store.setMany({ p: wide.p, k: wide.k })).toEqual({ p: { ok: true }, k: { ok: true } });
    expect(read(store, 'limit')).toBeCloseTo(Math.sqrt(6 / 512), 15);
    expect(store.set('count', MAX_DRAWS).ok).toBe(true);
    expect(series(store, 'binCount').reduce((sum, c) => sum + c, 0)).toBe(MAX_DRAWS);
    // Plain Xavier's range depends on p alone.
    expect(store.setMany({ scheme: 'xavier', k: 7 })).toEqual({
      scheme: { ok: true },
      k: { ok: true },
    });
    expect(read(store, 'limit')).toBe(1 / Math.sqrt(256));
    expect(store.set('k', 900).ok).toBe(true);
    expect(read(store, 'limit')).toBe(1 / Math.sqrt(256));
    expect(store.set('seed', 14).ok).toBe(true);
    expect(read(store, 'seed')).toBe(14);
    expect(read(store, 'draw.0')).not.toBe(first);
  });

  it('refuses bad settings and keeps its state', () => {
    const store = makeStore();
    const before = store.settings.value;
    const refusals: Array<[string, unknown]> = [
      ['count', 0],
      ['count', 9],
      ['count', 1e9],
      ['count', 12.5],
      ['count', Number.NaN],
      ['p', 0],
      ['p', 5000],
      ['k', 1.5],
      ['seed', -1],
      ['seed', 1e7],
      ['scheme', 'he'],
      ['scheme', 3],
    ];
    for (const [key, value] of refusals) {
      expect(store.set(key, value).ok, `${key} = ${String(value)}`).toBe(false);
    }
    expect(store.settings.value).toBe(before);
    const count = store.setting('count')!.codec;
    expect(count.parse('', 'N').ok).toBe(false);
    expect(count.parse('abc', 'N').ok).toBe(false);
    expect(count.parse('1,5', 'N').ok).toBe(false);
    expect(count.parse('1,000', 'N').ok).toBe(false);
    expect(count.parse('5000', 'N')).toEqual({ ok: true, value: 5000 });
  });

  it('writes its settings to a link, reads them back, and treats hostile links as nothing', () => {
    const store = makeStore();
    store.setMany({ scheme: 'normalizedXavier', p: 2, k: 1, count: 250, seed: 7 });
    const link = writeLink([store]);
    expect(link).toContain('draws.scheme=normalizedXavier');
    const copy = makeStore();
    copy.setMany(readStoreLink(link, copy));
    expect(copy.settings.value).toEqual(store.settings.value);
    expect(series(copy, 'binCount')).toEqual(series(store, 'binCount'));
    const hostile = (query: string) => readStoreLink(query, makeStore());
    expect(hostile('?draws.scheme=he')).toEqual({});
    expect(hostile('?draws.count=1e9')).toEqual({ count: MAX_DRAWS });
    expect(hostile('?draws.count=0')).toEqual({ count: 10 });
    expect(hostile('?draws.p=-3&draws.k=1.5')).toEqual({ p: 1 });
    expect(hostile('?draws.seed=abc&draws.count=1e400')).toEqual({});
  });
});

describe('the init-scale store kind', () => {
  const makeStore = (values?: Record<string, unknown>) =>
    createStore(initScaleKind, 'start', values ? { values } : {});

  it('is registered under the id pages name it by', () => {
    expect(kindOf('init-scale')).toBe(initScaleKind);
  });

  it('starts at the chapter’s own start, scale 1 and seed 13', () => {
    const store = makeStore();
    const chapter = initByHand(13);
    expect(read(store, 'w14')).toBe(chapter.w14);
    expect(read(store, 'b6')).toBe(chapter.b6);
    expect(read(store, 'learningRate')).toBe(0.2);
    expect(read(store, 'lastEpoch')).toBe(EPOCHS - 1);
    expect(series(store, 'H4At')).toHaveLength(EPOCHS);
    expect(read(store, 'H4')).toBe(read(store, 'H4At.0'));
    expect(read(store, 'finalH4')).toBe(read(store, `H4At.${EPOCHS - 1}`));
    expect(read(store, 'gap')).toBeGreaterThan(0);
    const h4 = read(store, 'H4');
    expect(read(store, 'dH4/dH4in')).toBeCloseTo(h4 * (1 - h4), 15);
  });

  it('at scale 0 shows H₄ = H₅ at every epoch, with slopes of 1/4', () => {
    const store = makeStore({ scale: 0 });
    expect(series(store, 'H4At')).toEqual(series(store, 'H5At'));
    expect(read(store, 'gap')).toBe(0);
    expect(read(store, 'dH4/dH4in')).toBe(0.25);
    expect(read(store, 'dH5/dH5in')).toBe(0.25);
    expect(read(store, 'hiddenGradient')).toBe(0);
    expect(read(store, 'w14')).toBe(0);
  });

  it('at the largest scale shows saturated slopes', () => {
    const store = makeStore();
    expect(store.set('scale', MAX_SCALE).ok).toBe(true);
    expect(read(store, 'dH4/dH4in')).toBeLessThan(0.01);
    expect(read(store, 'dH5/dH5in')).toBeLessThan(0.01);
    expect(read(store, 'H4')).toBeGreaterThan(0.99);
  });

  it('refuses scales outside 0 to 20 and seeds it cannot draw, and keeps its state', () => {
    const store = makeStore();
    const before = store.settings.value;
    for (const [key, value] of [
      ['scale', -0.5],
      ['scale', 20.5],
      ['scale', Number.NaN],
      ['scale', Number.POSITIVE_INFINITY],
      ['seed', 1.5],
      ['seed', -1],
    ] as const) {
      expect(store.set(key, value).ok, `${key} = ${value}`).toBe(false);
    }
    expect(store.settings.value).toBe(before);
    const scale = store.setting('scale')!.codec;
    expect(scale.parse('0,5', 'scale')).toEqual({ ok: true, value: 0.5 });
    expect(scale.parse('', 'scale').ok).toBe(false);
    expect(scale.parse('big', 'scale').ok).toBe(false);
  });

  it('writes its settings to a link and clamps hostile values', () => {
    const store = makeStore();
    store.setMany({ scale: 0, seed: 42 });
    const link = writeLink([store]);
    expect(link).toContain('start.scale=0');
    const copy = makeStore();
    copy.setMany(readStoreLink(link, copy));
    expect(copy.settings.value).toEqual(store.settings.value);
    const hostile = (query: string) => readStoreLink(query, makeStore());
    expect(hostile('?start.scale=1e9')).toEqual({ scale: MAX_SCALE });
    expect(hostile('?start.scale=-3')).toEqual({ scale: 0 });
    expect(hostile('?start.scale=NaN&start.seed=Infinity')).toEqual({});
  });
});
