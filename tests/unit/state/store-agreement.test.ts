/**
 * A setting's agreement with the settings before it, checked and kept as bounds are: a value
 * given that disagrees is refused with its sentence, and a value kept follows a change of the
 * settings it agrees with. Shown on a small kind of its own: a list whose length is a count.
 */
import { describe, expect, it } from 'vitest';
import { integer, number, vector } from '../../../src/state/codecs.ts';
import { defineKind, setting } from '../../../src/state/define-kind.ts';
import { quantities } from '../../../src/state/quantities.ts';
import { createStore, type Agreement, type SettingValues } from '../../../src/state/store.ts';

/** The list has `count` entries: a longer one is cut, a shorter one filled with zeros. */
const lengthAgreement: Agreement<readonly number[]> = {
  problem: (list, earlier) =>
    list.length === earlier['count'] ? null : `The list needs ${String(earlier['count'])} entries.`,
  follow: (list, earlier) => {
    const count = earlier['count'] as number;
    if (list.length === count) return list;
    return Object.freeze(Array.from({ length: count }, (_, i) => list[i] ?? 0));
  },
};

let runs = 0;
const listKind = defineKind<SettingValues>({
  id: 'agreeing-list',
  settings: [
    setting('count', integer({ min: 1, max: 4 }), { description: 'entries', default: 2 }),
    setting('list', vector(number({ min: -9, max: 9 }), { minLength: 1, maxLength: 4 }), {
      description: 'the list',
      default: Object.freeze([1, 2]),
      agreement: lengthAgreement,
    }),
  ],
  groups: {},
  run(values) {
    runs += 1;
    return values;
  },
  quantities: quantities({ scalars: [] }),
});

describe('a setting that agrees with the settings before it', () => {
  it('refuses a value that disagrees with its own sentence, before any run, and keeps the store', () => {
    const store = createStore(listKind, 'list');
    void store.run.value;
    const before = store.settings.value;
    const runsBefore = runs;
    expect(store.set('list', [1, 2, 3])).toEqual({
      ok: false,
      message: 'The list needs 2 entries.',
    });
    expect(store.settings.value).toBe(before);
    expect(runs).toBe(runsBefore);
  });

  it('follows a change of the settings before it, keeping what it can: [1, 2] → [1, 2, 0] → [1]', () => {
    const store = createStore(listKind, 'list');
    expect(store.set('count', 3)).toEqual({ ok: true });
    expect(store.settings.value['list']).toEqual([1, 2, 0]);
    expect(store.set('list', [4, 5, 6])).toEqual({ ok: true });
    expect(store.set('count', 1)).toEqual({ ok: true });
    expect(store.settings.value['list']).toEqual([4]);
  });

  it('takes a page’s values in the kind’s order, each checked among those before it', () => {
    // The page names the list first: its three entries agree with the page's count of 3.
    const store = createStore(listKind, 'list', { values: { list: [7, 8, 9], count: 3 } });
    expect(store.settings.value).toEqual({ count: 3, list: [7, 8, 9] });
    expect(() => createStore(listKind, 'bad', { values: { count: 3, list: [7] } })).toThrow(
      'bad: The list needs 3 entries.',
    );
  });

  it('refuses a change that would move a value a link fixed', () => {
    const store = createStore(listKind, 'list');
    store.restrict(['list'], []);
    expect(store.set('count', 3)).toEqual({
      ok: false,
      message: 'count would change list, which the link that opened this page fixed.',
    });
    expect(store.settings.value['list']).toEqual([1, 2]);
  });
});
