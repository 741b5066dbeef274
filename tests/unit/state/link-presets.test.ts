import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { networkKind } from '../../../src/components/network/network.kind.ts';
import { KIND_IDS, kindOf } from '../../../src/components/kinds.ts';
import {
  MAX_QUERY_LENGTH,
  pageLinkProblems,
  quote,
  readStoreLinkFully,
  writeLink,
} from '../../../src/state/link.ts';
import { applyStoreLink } from '../../../src/state/page-stores.ts';
import { readStateFile, stateFileName, stateFileOf } from '../../../src/state/state-file.ts';
import { createStore, type Store } from '../../../src/state/store.ts';

/** The dashboard's store: every setting of the chapter's network is the reader's. */
const dashboard = () => createStore(networkKind, 'dashboard');

describe('a link’s problems', () => {
  it('names each value it set aside and each key it does not know, quoting them safely', () => {
    const store = createStore(networkKind, 'network', { settable: ['sample', 'parameters'] });
    const link = readStoreLinkFully(
      '?network.w14=abc&network.learningRate=5&network.x1=0.5&network.%3Cb%3E=1',
      store,
    );
    expect(link.values).toEqual({ x1: 0.5 });
    expect(link.problems).toEqual([
      'λ1,4: “abc” is not a number.',
      '“network.learningRate” is ignored: no setting on this page that a link may change.',
      '“network.‹b›” is ignored: no setting on this page that a link may change.',
    ]);
  });

  it('cuts long quoted text and counts a key given twice once, as first given', () => {
    const store = dashboard();
    const link = readStoreLinkFully(`?dashboard.w14=${'9'.repeat(40)}&dashboard.w14=0.5`, store);
    expect(link.values).toEqual({});
    expect(link.problems).toEqual([`λ1,4: “${'9'.repeat(24)}…” is not a number.`]);
  });

  it('says when a link is too long to read, or names a store the page does not have', () => {
    expect(pageLinkProblems(`?${'x'.repeat(MAX_QUERY_LENGTH)}`, ['network'])).toHaveLength(1);
    expect(pageLinkProblems('?network.w14=1&other.w14=2&utm_source=course', ['network'])).toEqual([
      'This page has no widget whose state is called “other”.',
    ]);
  });
});

describe('a link’s limits', () => {
  it('quotes up to 24 characters whole and cuts a longer text after 24, with an ellipsis', () => {
    expect(quote('x'.repeat(24))).toBe(`“${'x'.repeat(24)}”`);
    expect(quote('x'.repeat(25))).toBe(`“${'x'.repeat(24)}…”`);
  });

  it(`reads a query of exactly ${MAX_QUERY_LENGTH} characters, and none longer`, () => {
    const start = '?dashboard.w14=0.5&pad=';
    const longest = `${start}${'x'.repeat(MAX_QUERY_LENGTH - start.length)}`;
    expect(longest).toHaveLength(MAX_QUERY_LENGTH);
    expect(readStoreLinkFully(longest, dashboard()).values).toEqual({ w14: 0.5 });
    expect(pageLinkProblems(longest, ['dashboard'])).toEqual([]);
    expect(
      readStoreLinkFully(`${longest}x&dashboard.lock=w14&dashboard.hide=b4`, dashboard()),
    ).toEqual({
      values: {},
      lock: [],
      hide: [],
      problems: [],
      unused: [],
    });
    expect(pageLinkProblems(`${longest}x`, ['dashboard'])).toEqual([
      `The link is ${MAX_QUERY_LENGTH + 1} characters long, more than any state of this page needs.`,
    ]);
  });

  it('takes a parameter that starts with a dot for no store, and names five unknown stores at most', () => {
    expect(pageLinkProblems('?.w14=1&.=2', ['network'])).toEqual([]);
    const six = ['a', 'b', 'c', 'd', 'e', 'f'].map((name) => `${name}.w14=1`).join('&');
    expect(pageLinkProblems(`?${six}`, ['network'])).toEqual(
      ['a', 'b', 'c', 'd', 'e'].map(
        (name) => `This page has no widget whose state is called “${name}”.`,
      ),
    );
  });
});

describe('quoting a link’s text', () => {
  it('puts it on one line, without a word that reads as a broken number or an angle bracket', () => {
    expect(quote('a \n\t b')).toBe('“a b”');
    expect(quote('NaN, Infinity or undefined')).toBe('“…, … or …”');
    expect(quote('<b>1</b>')).toBe('“‹b›1‹/b›”');
  });

  it('describes a value spelled as a broken number in any case instead of quoting it', () => {
    const link = readStoreLinkFully('?dashboard.w14=nan&dashboard.b4=-INFINITY', dashboard());
    expect(link.problems).toEqual([
      'λ1,4: a value that is not a finite number is not a number.',
      'b4: a value that is not a finite number is not a number.',
    ]);
  });
});

describe('presets: fixed and hidden settings', () => {
  it('reads lock, hide and only as keys or groups of what the page lets readers set', () => {
    const store = dashboard();
    const link = readStoreLinkFully(
      '?dashboard.lock=w14,parameters,nothing&dashboard.hide=seed&dashboard.learningRate=0.5',
      store,
    );
    expect(link.values).toEqual({ learningRate: 0.5 });
    expect(new Set(link.lock)).toEqual(new Set(networkKind.groups['parameters']));
    expect(link.hide).toEqual(['seed']);
    expect(link.problems).toEqual(['dashboard.lock: no control here is called “nothing”.']);

    const only = readStoreLinkFully('?dashboard.only=learningRate', store);
    expect(only.lock).toHaveLength(store.settable.length - 1);
    expect(only.lock).not.toContain('learningRate');
  });

  it('skips empty names, reads 64 names at most, and takes no inherited name for a group', () => {
    const store = dashboard();
    const link = readStoreLinkFully('?dashboard.lock=w14,,b4,', store);
    expect(link.lock).toEqual(['w14', 'b4']);
    expect(link.problems).toEqual([]);
    const many = [...Array.from({ length: 64 }, () => 'seed'), 'w14'].join(',');
    expect(readStoreLinkFully(`?dashboard.hide=${many}`, store).hide).toEqual(['seed']);
    expect(readStoreLinkFully('?dashboard.lock=constructor', store).problems).toEqual([
      'dashboard.lock: no control here is called “constructor”.',
    ]);
  });

  it('takes a group for only the settings of it this page lets readers set', () => {
    const store = createStore(networkKind, 'network', { settable: ['sample', 'parameters'] });
    // The training group (η, decay, optimizer, epochs, seed) holds nothing settable here.
    expect(readStoreLinkFully('?network.lock=training,w14', store)).toEqual({
      values: {},
      lock: ['w14'],
      hide: [],
      problems: ['network.lock: no control here is called “training”.'],
      unused: ['network.lock: no control here is called “training”.'],
    });
  });

  it('writes hidden settings back into the link', () => {
    const store = dashboard();
    applyStoreLink(store, readStoreLinkFully('?dashboard.hide=seed,w14', store));
    expect(new URLSearchParams(writeLink([store])).get('dashboard.hide')).toBe('seed,w14');
  });

  it('fixes with only every setting but those named and those hidden', () => {
    const store = dashboard();
    const link = readStoreLinkFully('?dashboard.only=learningRate&dashboard.hide=seed', store);
    expect(link.hide).toEqual(['seed']);
    expect(new Set(link.lock)).toEqual(
      new Set(store.settable.filter((key) => key !== 'learningRate' && key !== 'seed')),
    );
  });

  it('refuses a change to a fixed setting, quoting the value in force, and to one that would move a fixed one', () => {
    const store = dashboard();
    applyStoreLink(store, readStoreLinkFully('?dashboard.w14=0.3&dashboard.lock=w14', store));
    expect(store.settings.value['w14']).toBe(0.3);
    const refused = store.set('w14', 0.1);
    expect(refused).toEqual({
      ok: false,
      // The link's 0.3, not the chapter's starting λ1,4.
      message: 'λ1,4 is fixed at 0.300 by the link that opened this page.',
    });
    // A new seed draws new weights, λ1,4 among them, unless λ1,4 is fixed; here it was set
    // by hand, so the seed would not move it, and the change is allowed.
    expect(store.set('seed', 14).ok).toBe(true);
    expect(store.settings.value['w14']).toBe(0.3);

    const drawn = dashboard();
    applyStoreLink(drawn, readStoreLinkFully('?dashboard.lock=w15', drawn));
    const moved = drawn.set('seed', 14);
    expect(moved.ok).toBe(false);
    expect(drawn.settings.value['seed']).toBe(13);
  });

  it('resets to the state the link fixed, and writes the preset back into the link', () => {
    const store = dashboard();
    applyStoreLink(
      store,
      readStoreLinkFully('?dashboard.learningRate=0.5&dashboard.only=x1', store),
    );
    expect(store.set('x1', 0.9).ok).toBe(true);
    store.reset();
    expect(store.settings.value['x1']).toBe(store.defaults['x1']);
    expect(store.settings.value['learningRate']).toBe(0.5);
    const link = writeLink([store]);
    const again = dashboard();
    applyStoreLink(again, readStoreLinkFully(link, again));
    expect(again.settings.value).toEqual(store.settings.value);
    expect(again.preset.value).toEqual(store.preset.value);
    expect(again.editable('x1')).toBe(true);
    expect(again.editable('learningRate')).toBe(false);
  });

  it('a link without a preset leaves every settable control editable', () => {
    const store = dashboard();
    applyStoreLink(store, readStoreLinkFully('?dashboard.w14=0.2', store));
    expect(store.settable.every((key) => store.editable(key))).toBe(true);
  });
});

describe('a state saved as a file', () => {
  it('opens again into the same settings and preset', () => {
    const store = dashboard();
    store.setMany({ w14: 0.25, learningRate: 0.4, optimizer: 'adam' });
    store.restrict(['seed'], ['decay']);
    const text = stateFileOf(store, '/training-dashboard/');
    expect(stateFileName(store, '/training-dashboard/')).toBe(
      'training-dashboard-dashboard-state.json',
    );
    const again = dashboard();
    const read = readStateFile(text, again);
    if ('error' in read) throw new Error(read.error);
    expect(applyStoreLink(again, read)).toEqual([]);
    expect(again.settings.value).toEqual(store.settings.value);
    expect(again.preset.value).toEqual(store.preset.value);
  });

  it.each([
    ['not JSON', 'This file is not a saved state: it is not JSON.'],
    ['[1, 2]', 'This file is not a saved state.'],
    ['{"format": "other"}', 'This file is not a saved state of this book.'],
    [
      '{"format": "neural-networks-by-hand/state", "kind": "chain", "settings": {}}',
      'This file holds the state of another kind of widget.',
    ],
  ])('refuses %s with a clear word', (text, error) => {
    expect(readStateFile(text, dashboard())).toEqual({ error });
  });

  it('holds a file’s values to a link’s checks', () => {
    const text = JSON.stringify({
      format: 'neural-networks-by-hand/state',
      kind: 'network',
      settings: { w14: '1e999', x1: 0.5, __proto__: '1', learningRate: { a: 1 } },
      lock: ['w14', 5],
    });
    const read = readStateFile(text, dashboard());
    if ('error' in read) throw new Error(read.error);
    expect(read.values).toEqual({ x1: 0.5 });
    expect(read.lock).toEqual(['w14']);
    expect(read.problems[0]).toBe('λ1,4: “1e999” is not a number.');
  });
});

describe('any query, for every kind', () => {
  it('leaves every store valid: values pass their codecs, presets name settable keys', () => {
    const stores: Store[] = KIND_IDS.map((id) => createStore(kindOf(id)!, 'w'));
    const words = ['lock', 'hide', 'only', '__proto__', 'constructor'];
    fc.assert(
      fc.property(
        fc.integer({ min: 0, max: stores.length - 1 }),
        fc.array(
          fc.tuple(
            fc.oneof(fc.constantFrom(...words), fc.string({ maxLength: 12 })),
            fc.oneof(fc.string({ maxLength: 30 }), fc.double().map(String)),
          ),
          { maxLength: 12 },
        ),
        (index, pairs) => {
          const store = stores[index]!;
          const keys = [...store.settable, ...words];
          const query = new URLSearchParams(
            pairs.map(([key, value], i) => [`w.${keys[i % keys.length] ?? key}`, value]),
          );
          const link = readStoreLinkFully(`?${query.toString()}`, store);
          for (const [key, value] of Object.entries(link.values)) {
            expect(store.settable).toContain(key);
            expect(store.setting(key)!.codec.check(value, key).ok).toBe(true);
          }
          for (const key of [...link.lock, ...link.hide]) expect(store.settable).toContain(key);
          applyStoreLink(store, link);
          for (const key of store.settable) {
            const value = store.settings.value[key];
            if (typeof value === 'number') expect(Number.isFinite(value)).toBe(true);
          }
        },
      ),
      { numRuns: 300 },
    );
    // Every accepted query trains its kind's run again; the lab's largest (2,000 epochs of up to
    // 450 samples) take a few hundred milliseconds each, so the whole property takes 1.5 s alone
    // and several times that beside a build: a limit for the work, not a wait for a state.
  }, 30_000);
});
