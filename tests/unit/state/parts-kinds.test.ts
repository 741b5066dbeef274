import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { encodingKind } from '../../../src/components/parts/encoding.kind.ts';
import { kindOf } from '../../../src/components/kinds.ts';
import { scalingKind } from '../../../src/components/parts/scaling.kind.ts';
import { classOutputKind } from '../../../src/components/parts/class-output.kind.ts';
import { readStoreLink, writeLink } from '../../../src/state/link.ts';
import { createStore, type Store } from '../../../src/state/store.ts';

const scaling = () => createStore(scalingKind, 'scaling');
const encoding = () => createStore(encodingKind, 'facies');
const outputs = () => createStore(classOutputKind, 'outputs');

/** A store reopened from the link another store writes. */
function reopen<R, V>(store: Store<R, V>, make: () => Store<R, V>): Store<R, V> {
  const reopened = make();
  reopened.setMany(readStoreLink(writeLink([store]), reopened));
  return reopened;
}

describe('the kinds of the network-parts chapter', () => {
  it('are registered under the ids pages name them by', () => {
    expect(kindOf('scaling')).toBe(scalingKind);
    expect(kindOf('encoding')).toBe(encodingKind);
    expect(kindOf('class-output')).toBe(classOutputKind);
  });

  it('answer every key they list with a finite number at the start', () => {
    for (const store of [scaling(), encoding(), outputs()] as Store[]) {
      const used = [...store.kind.quantityKeys].filter(
        (key) => store.quantity(key).value !== undefined,
      );
      expect(used.length).toBeGreaterThan(3);
      for (const key of used) expect(Number.isFinite(store.quantity(key).value), key).toBe(true);
    }
  });
});

describe('the scaling store', () => {
  it('starts on porosity 12.5, 18, 24.2, 8.1, 20.6 scaled onto [0, 1], worked by hand', () => {
    const store = scaling();
    const q = (key: string) => store.quantity(key).value!;
    expect(q('min')).toBe(8.1);
    expect(q('max')).toBe(24.2);
    const raw = [12.5, 18, 24.2, 8.1, 20.6];
    raw.forEach((x, i) => {
      expect(q(`scaled${i + 1}`)).toBeCloseTo((x - 8.1) / 16.1, 14);
      expect(q(`restored${i + 1}`)).toBeCloseTo(x, 12);
    });
    expect(store.quantity('scaled6').value).toBeUndefined();
    // O6 = 0.5 on [0, 1] is halfway: 8.1 + 0.5 · 16.1.
    expect(q('response')).toBeCloseTo(16.15, 12);
  });

  it('switches to [−1, 1]: x′ = 2(x − min)/(max − min) − 1', () => {
    const store = scaling();
    expect(store.set('target', 'symmetric')).toEqual({ ok: true });
    expect(store.quantity('scaled1').value).toBeCloseTo((2 * 4.4) / 16.1 - 1, 14);
    expect(store.quantity('scaled4').value).toBe(-1);
    expect(store.quantity('response').value).toBeCloseTo(8.1 + 0.75 * 16.1, 12);
  });

  it('refuses a constant column with a clear sentence and keeps the last column', () => {
    const store = scaling();
    const before = store.settings.value;
    expect(store.set('raw', [5, 5, 5])).toEqual({
      ok: false,
      message:
        'With porosity = 5.000, 5.000, 5.000 every value is the same (min = max), so there is no range to divide by; change one of the values.',
    });
    expect(store.settings.value).toBe(before);
  });

  it.each([
    ['raw', [1], 'porosity needs 2 to 8 numbers.'],
    ['raw', [1, 2, 3, 4, 5, 6, 7, 8, 9], 'porosity needs 2 to 8 numbers.'],
    ['raw', [1, 2e5], 'Entry 2 of porosity must be between −100000 and 100000.'],
    ['raw', [1, Number.NaN], 'Entry 2 of porosity needs a number.'],
    ['target', 'percent', 'range must be one of: [0, 1], [−1, 1].'],
    ['O6', 3, 'O6 must be between −2 and 2.'],
  ] as const)('refuses %s = %j with "%s"', (key, value, message) => {
    const store = scaling();
    expect(store.set(key, value)).toEqual({ ok: false, message });
  });

  it('reopens from its link', () => {
    const store = scaling();
    store.set('raw', [2100, 2150.5, 2230]);
    store.set('target', 'symmetric');
    store.set('O6', -0.25);
    expect(writeLink([store as Store])).toBe(
      '?scaling.raw=2100_2150.5_2230&scaling.target=symmetric&scaling.O6=-0.25',
    );
    const reopened = reopen(store, scaling);
    expect(reopened.settings.value).toEqual(store.settings.value);
    expect(reopened.quantity('restored2').value).toBe(store.quantity('restored2').value);
    // A linked constant column is refused like a typed one.
    const linked = scaling();
    linked.setMany(readStoreLink('?scaling.raw=3_3', linked));
    expect(linked.settings.value).toBe(linked.defaults);
  });
});

describe('the encoding store', () => {
  it('starts with one column per facies, in order of first appearance', () => {
    const store = encoding();
    const q = (key: string) => store.quantity(key).value;
    expect(store.view.value.categories).toEqual(['shale', 'sandstone', 'siltstone']);
    expect(q('categories')).toBe(3);
    const expected = [
      [1, 0, 0],
      [0, 1, 0],
      [0, 0, 1],
      [0, 1, 0],
      [1, 0, 0],
    ];
    expected.forEach((row, i) =>
      row.forEach((value, j) => expect(q(`s${i + 1}c${j + 1}`)).toBe(value)),
    );
    expect([1, 2, 3, 4, 5].map((i) => q(`rank${i}`))).toEqual([1, 2, 3, 2, 1]);
    expect(q('s1c4')).toBeUndefined();
  });

  it('reads typed names: commas or semicolons, any case, spaces tidied', () => {
    const codec = encodingKind.settings[0]!.codec;
    expect(codec.parse(' Coal;  shale ,Coal ', 'Facies')).toEqual({
      ok: true,
      value: ['coal', 'shale', 'coal'],
    });
    expect(codec.parse('cross-bedded  sand, shale', 'Facies')).toEqual({
      ok: true,
      value: ['cross-bedded sand', 'shale'],
    });
  });

  it.each([
    ['', 'Facies needs at least one name, such as shale.'],
    ['shale, , sand', 'Sample 2 has no name.'],
    ['shale, <script>', 'Sample 2 must be a word of letters or digits (at most 20).'],
    ['a, b, c, d, e, f, g', 'Facies has 7 different names; at most 6 fit.'],
    ['a, a, a, a, a, a, a, a, a', 'Facies takes at most 8 samples.'],
  ])('refuses "%s" with "%s"', (text, message) => {
    const codec = encodingKind.settings[0]!.codec;
    expect(codec.parse(text, 'Facies')).toEqual({ ok: false, message });
    const store = encoding();
    expect(store.set('facies', text.split(','))).toMatchObject({ ok: false });
    expect(store.settings.value).toBe(store.defaults);
  });

  it('reopens from its link and ignores a hostile one', () => {
    const store = encoding();
    store.set('facies', ['coal', 'shale', 'tight sand']);
    expect(writeLink([store as Store])).toBe('?facies.facies=coal_shale_tight+sand');
    expect(reopen(store, encoding).settings.value).toEqual(store.settings.value);
    for (const query of [
      '?facies.facies=%3Cscript%3E',
      '?facies.facies=',
      '?facies.facies=a_b_c_d_e_f_g',
      `?facies.facies=${'x'.repeat(400)}`,
    ]) {
      expect(readStoreLink(query, encoding() as Store)).toEqual({});
    }
  });
});

describe('the class-output store', () => {
  it('starts at z = (2, 1, 0.1): probabilities by hand, summing to one', () => {
    const store = outputs();
    const e = [Math.exp(2), Math.exp(1), Math.exp(0.1)];
    const total = e[0]! + e[1]! + e[2]!;
    e.forEach((value, j) =>
      expect(store.quantity(`p${j + 1}`).value).toBeCloseTo(value / total, 15),
    );
    expect(store.quantity('sum').value).toBeCloseTo(1, 15);
    expect(store.quantity('predicted').value).toBe(1);
    expect(store.quantity('classes').value).toBe(3);
    expect(store.quantity('p4').value).toBeUndefined();
  });

  it.each([
    [[1], 'Oj,in needs 2 to 6 numbers.'],
    [[1, 2, 3, 4, 5, 6, 7], 'Oj,in needs 2 to 6 numbers.'],
    [[1, 1e4], 'Entry 2 of Oj,in must be between −1000 and 1000.'],
    [['a', 1], 'Entry 1 of Oj,in needs a number.'],
  ])('refuses z = %j with "%s"', (value, message) => {
    const store = outputs();
    expect(store.set('z', value)).toEqual({ ok: false, message });
    expect(store.settings.value).toBe(store.defaults);
  });

  it('reopens from its link; a link is clamped, never trusted', () => {
    const store = outputs();
    store.set('z', [1000, -3.5, 0, 2]);
    expect(writeLink([store as Store])).toBe('?outputs.z=1000_-3.5_0_2');
    const reopened = reopen(store, outputs);
    expect(reopened.settings.value).toEqual(store.settings.value);
    expect(reopened.quantity('p1').value).toBe(1);
    expect(readStoreLink('?outputs.z=1e9_0', outputs() as Store)).toEqual({ z: [1000, 0] });
    fc.assert(
      fc.property(fc.string(), (text) => {
        const fresh = outputs();
        fresh.setMany(readStoreLink(`?outputs.z=${encodeURIComponent(text)}`, fresh));
        expect(fresh.quantity('sum').value).toBeCloseTo(1, 12);
      }),
    );
  });
});
