// @vitest-environment happy-dom
/**
 * The page's named stores (docs/architecture.md, "Every state is a link"): one store per name,
 * made in the state the address gives it, in the page's declared order; the link the address bar
 * shows written once the reader pauses (300 ms); and on the server one store per declaration,
 * never the address's. Each test loads the module afresh, as a page does.
 */
import { afterEach, describe, expect, it, vi } from 'vitest';
import type { StoreDeclaration } from '../../../src/state/page-stores.ts';
import { pairKind } from './page-kind.ts';

/** A page at /forward-pass/ with this query and these declarations, and its stores' module. */
async function openPage(search: string, declarations: Record<string, StoreDeclaration> = {}) {
  vi.resetModules();
  window.history.replaceState(null, '', `/forward-pass/${search}`);
  document.body.innerHTML = `<script type="application/json" id="page-stores">${JSON.stringify(declarations)}</script>`;
  return import('../../../src/state/page-stores.ts');
}

const pair = { kind: 'pair' } as const;

afterEach(() => {
  vi.useRealTimers();
  vi.unstubAllGlobals();
  document.body.replaceChildren();
});

describe('the page’s declarations', () => {
  it('names the declared stores in the page’s order, read once', async () => {
    const page = await openPage('', { network: pair, attempt: pair });
    expect(page.declaredStoreNames()).toEqual(['network', 'attempt']);
    document.getElementById('page-stores')!.textContent = '{"other":{"kind":"pair"}}';
    expect(page.declaredStoreNames()).toEqual(['network', 'attempt']);
  });

  it('names none on a page without declarations, or outside a page', async () => {
    let page = await openPage('');
    document.body.replaceChildren();
    expect(page.declaredStoreNames()).toEqual([]);
    page = await openPage('', { network: pair });
    vi.stubGlobal('document', undefined);
    expect(page.declaredStoreNames()).toEqual([]);
  });

  it('reads a widget’s declaration, and refuses a widget whose store the page does not declare', async () => {
    const page = await openPage('');
    expect(page.parseDeclaration('{"kind":"pair","settable":["a"]}', 'network')).toEqual({
      kind: 'pair',
      settable: ['a'],
    });
    for (const missing of [undefined, '']) {
      expect(() => page.parseDeclaration(missing, 'network')).toThrow(
        'store "network" is not declared in the page\'s front matter',
      );
    }
  });
});

describe('store names', () => {
  it('are a lowercase letter and at most 23 letters or digits more: plain, short, a link key’s prefix', async () => {
    const { STORE_NAME } = await openPage('');
    const good = ['n', 'network', 'attempt2', 'labRun', `a${'B1'.repeat(11)}c`];
    const bad = ['', 'Network', '2nd', 'net-work', 'forward-pass--network', 'a.b', ' network'];
    bad.push('network ', `a${'b'.repeat(24)}`);
    expect(good.at(-1)).toHaveLength(24);
    expect(good.filter((name) => STORE_NAME.test(name))).toEqual(good);
    expect(bad.filter((name) => STORE_NAME.test(name))).toEqual([]);
  });
});

describe('pageStore in the browser', () => {
  it('makes one store per name, in the state the address gives it, with the page’s options', async () => {
    const page = await openPage('?network.a=2&network.b=3', { network: pair });
    const { kind } = pairKind();
    const declaration = { kind: 'pair', settable: ['first'], values: { b: -1 } };
    const store = page.pageStore(kind, 'network', declaration);
    expect(page.pageStore(kind, 'network', declaration)).toBe(store);
    expect(page.findPageStore('network')).toBe(store);
    expect(page.findPageStore('attempt')).toBeUndefined();
    // a is settable and read from the link; b is not, and starts at the page's value.
    expect(store.settings.value).toMatchObject({ a: 2, b: -1 });
    expect(store.settable).toEqual(['a']);
    expect(page.linkProblems.value).toHaveLength(1);
    expect(page.linkProblems.value[0]).toContain('network.b');
  });

  it('notes what the address held that a store could not use, after what was noted before', async () => {
    const page = await openPage('?network.a=abc&attempt.a=99', { network: pair, attempt: pair });
    const { kind } = pairKind();
    page.linkProblems.value = ['noted before'];
    page.pageStore(kind, 'network', pair);
    page.pageStore(kind, 'attempt', pair);
    expect(page.linkProblems.value).toEqual([
      'noted before',
      'a: “abc” is not a number.',
      'a: 99 → 10, the nearest value it can take.',
    ]);
    expect(page.findPageStore('attempt')!.settings.value['a']).toBe(10);
  });

  it('leaves the noted problems as they were for a store its link fits', async () => {
    const page = await openPage('?network.a=2', { network: pair });
    const noted = page.linkProblems.value;
    expect(page.settledLink.value).toBe('');
    page.pageStore(pairKind().kind, 'network', pair);
    expect(page.linkProblems.value).toBe(noted);
  });

  it('refuses a kind other than the declared one, and a name already used by another kind', async () => {
    const page = await openPage('', { network: pair });
    const { kind } = pairKind();
    expect(() => page.pageStore(kind, 'network', { kind: 'network' })).toThrow(
      'store "network" is declared as network, used as pair',
    );
    page.pageStore(kind, 'network', pair);
    expect(() => page.pageStore(pairKind().kind, 'network', pair)).toThrow(
      'store "network" is already a pair store',
    );
  });

  it('writes the page’s link in the declared order, whatever order the stores are made in', async () => {
    const page = await openPage('?zeta.a=1&alpha.a=2&mid.a=3', {
      mid: pair,
      zeta: pair,
      alpha: pair,
    });
    const { kind } = pairKind();
    for (const name of ['alpha', 'zeta', 'mid']) page.pageStore(kind, name, pair);
    expect(page.pageLink.value).toBe('?mid.a=3&zeta.a=1&alpha.a=2');
  });
});

describe('the settled link', () => {
  it('is the link the page opened with at once, and follows a change once the reader pauses for 300 ms', async () => {
    vi.useFakeTimers({ toFake: ['setTimeout', 'performance'] });
    const page = await openPage('?network.a=2', { network: pair });
    const store = page.pageStore(pairKind().kind, 'network', pair);
    expect(page.settledLink.value).toBe('?network.a=2');
    store.set('a', 3);
    vi.advanceTimersByTime(299);
    expect(page.settledLink.value).toBe('?network.a=2');
    vi.advanceTimersByTime(1);
    expect(page.settledLink.value).toBe('?network.a=3');
    store.set('a', 4);
    vi.advanceTimersByTime(300);
    expect(page.settledLink.value).toBe('?network.a=4');
  });

  it('waits 300 ms after the last of several changes', async () => {
    vi.useFakeTimers({ toFake: ['setTimeout', 'performance'] });
    const page = await openPage('', { network: pair });
    const store = page.pageStore(pairKind().kind, 'network', pair);
    store.set('a', 1);
    vi.advanceTimersByTime(200);
    store.set('a', 2);
    vi.advanceTimersByTime(299); // 499 ms in all, 299 since the last change
    expect(page.settledLink.value).toBe('');
    vi.advanceTimersByTime(1);
    expect(page.settledLink.value).toBe('?network.a=2');
  });

  it('takes in a store made later (a widget that woke) after a pause too', async () => {
    vi.useFakeTimers({ toFake: ['setTimeout', 'performance'] });
    const page = await openPage('?attempt.a=2', { network: pair, attempt: pair });
    const { kind } = pairKind();
    page.pageStore(kind, 'network', pair);
    vi.advanceTimersByTime(1000);
    page.pageStore(kind, 'attempt', pair);
    expect(page.settledLink.value).toBe('');
    vi.advanceTimersByTime(300);
    expect(page.settledLink.value).toBe('?attempt.a=2');
  });
});

describe('applyPageLink (Back and Forward)', () => {
  it('puts every store made in the query’s state, says what it could not use, and settles the link at once', async () => {
    const page = await openPage('', { network: pair, attempt: pair });
    const { kind } = pairKind();
    const network = page.pageStore(kind, 'network', pair);
    const attempt = page.pageStore(kind, 'attempt', pair);
    network.set('b', 5);
    page.applyPageLink('?network.a=-2&attempt.a=xyz&other.a=1');
    expect(network.settings.value).toMatchObject({ a: -2, b: 0 });
    expect(attempt.settings.value).toMatchObject({ a: 0.5, b: 0 });
    expect(page.linkProblems.value).toEqual([
      'This page has no widget whose state is called “other”.',
      'a: “xyz” is not a number.',
    ]);
    expect(page.settledLink.value).toBe('?network.a=-2');
    attempt.restrict(['a'], []); // a preset of this entry: the next link's own replaces it
    page.applyPageLink('?attempt.a=4');
    expect(attempt.settings.value['a']).toBe(4);
    expect(page.linkProblems.value).toEqual([]);
  });
});

describe('shared entries', () => {
  it('settles the link when the state is shared, and says so to the next change once', async () => {
    const page = await openPage('', { network: pair });
    const store = page.pageStore(pairKind().kind, 'network', pair);
    expect(page.takeShared()).toBe(false);
    store.set('a', 1);
    page.markShared();
    expect(page.settledLink.value).toBe('?network.a=1');
    expect(page.takeShared()).toBe(true);
    expect(page.takeShared()).toBe(false);
  });
});

describe('pageStore on the server', () => {
  it('makes one store per name and declaration, never shared with the page’s address', async () => {
    const page = await openPage('?network.a=2', { network: pair });
    vi.stubGlobal('window', undefined);
    const { kind } = pairKind();
    const store = page.pageStore(kind, 'network', pair);
    expect(store.settings.value['a']).toBe(0.5);
    expect(page.pageStore(kind, 'network', { kind: 'pair' })).toBe(store);
    expect(page.pageStore(kind, 'network', { kind: 'pair', values: { a: 1 } })).not.toBe(store);
    expect(page.pageStore(kind, 'attempt', pair)).not.toBe(store);
    expect(page.findPageStore('network')).toBeUndefined();
    expect(page.pageLink.value).toBe('');
  });

  it('takes a window without an address for a server’s', async () => {
    const page = await openPage('?network.a=2', { network: pair });
    vi.stubGlobal('window', {});
    expect(page.pageStore(pairKind().kind, 'network', pair).settings.value['a']).toBe(0.5);
    expect(page.findPageStore('network')).toBeUndefined();
  });
});
