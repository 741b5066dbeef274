// @vitest-environment happy-dom
/**
 * A chapter's page state (docs/architecture.md, "Every state is a link" and "True from the first
 * paint"): the declared stores made in the link's state, an exercises store only when the link
 * names it; the mark of stores not yet made taken off, also when a kind fails; starting runs made
 * a slice at a time; what the link held that could not be used; the address bar kept to the
 * settled link, a new history entry after a shared state; Back and Forward.
 */
import { describe, expect, it, vi } from 'vitest';
import type { StoreKind } from '../../../src/state/store.ts';
import { pairKind } from './page-kind.ts';
import { cleanPages, fakeTime, heard, openPage } from './page-open.ts';

cleanPages();

const html = () => document.documentElement;
const pair = { kind: 'pair' } as const;

/** A loader of these kinds by id, as the components' table loads them. */
function loader(...kinds: StoreKind[]) {
  return vi.fn((id: string) => Promise.resolve(kinds.find((kind) => kind.id === id)));
}

/** Starts the page's state and lets it run until the page shows itself. */
async function start(page: Awaited<ReturnType<typeof openPage>>, load = loader(pairKind().kind)) {
  fakeTime();
  const started = page.startPageState(load);
  await vi.advanceTimersByTimeAsync(200);
  await started;
}

describe('the page’s declarations and link', () => {
  it('reads the declarations the build wrote, and none where it wrote none', async () => {
    const page = await openPage('/forward-pass/', { network: pair, quiz: { kind: 'x-exercises' } });
    expect(page.readDeclarations()).toEqual({ network: pair, quiz: { kind: 'x-exercises' } });
    document.body.replaceChildren();
    expect(page.readDeclarations()).toEqual({});
  });

  it('names the stores a link uses: the part of a key before its first dot, when there is one', async () => {
    const page = await openPage('/forward-pass/');
    const named = page.namedInLink('?network.w14=0.3&attempt.b6=1&plain=1&.w14=2&network.x1=1');
    expect([...named]).toEqual(['network', 'attempt']);
  });
});

describe('makeStores', () => {
  it('makes the stores in the declarations’ order, each of its kind, leaving out a kind no module has', async () => {
    const page = await openPage('/forward-pass/?attempt.a=2');
    const other = pairKind('other').kind;
    const stores = await page.makeStores(
      [
        ['network', pair],
        ['lost', { kind: 'unknown' }],
        ['attempt', { kind: 'other' }],
      ],
      loader(pairKind().kind, other),
    );
    expect(stores.map((store) => store.name)).toEqual(['network', 'attempt']);
    expect(stores[1]!.kind).toBe(other);
    expect(stores[1]!.settings.value['a']).toBe(2);
  });
});

describe('startPageState', () => {
  it('makes the declared stores in the link’s state and then says they are made', async () => {
    const page = await openPage('/forward-pass/?attempt.a=2&network.b=1', {
      network: pair,
      attempt: pair,
    });
    html().setAttribute('data-stores-starting', '');
    const warm = heard('nn-store-warm');
    await start(page);
    expect(page.findPageStore('network')!.settings.value).toMatchObject({ a: 0.5, b: 1 });
    expect(page.findPageStore('attempt')!.settings.value).toMatchObject({ a: 2, b: 0 });
    expect(html().hasAttribute('data-stores-starting')).toBe(false);
    expect(warm).toEqual(['']);
  });

  it.each([
    ['leaves an exercises store to its widget', '/forward-pass/', ['pair']],
    [
      'makes an exercises store the link names',
      '/forward-pass/?quiz.a=1',
      ['pair', 'pair-exercises'],
    ],
  ])('%s', async (_, path, loaded) => {
    const page = await openPage(path, { network: pair, quiz: { kind: 'pair-exercises' } });
    const load = loader(pairKind().kind, pairKind('pair-exercises').kind);
    await start(page, load);
    expect(load.mock.calls.map(([id]) => id)).toEqual(loaded);
    expect(page.findPageStore('quiz')?.settings.value['a']).toBe(loaded[1] && 1);
  });

  it('says the stores are made when a kind fails to load, so that no island waits for them', async () => {
    const page = await openPage('/forward-pass/', { network: pair });
    html().setAttribute('data-stores-starting', '');
    const warm = heard('nn-store-warm');
    const failed = page.startPageState(() => Promise.reject(new Error('offline')));
    await expect(failed).rejects.toThrow('offline');
    expect(html().hasAttribute('data-stores-starting')).toBe(false);
    expect(warm).toEqual(['']);
  });

  it('makes the starting run of each store at its start a slice at a time, listed meanwhile', async () => {
    const page = await openPage('/forward-pass/', {
      network: { kind: 'sliced' },
      moved: { kind: 'sliced' },
      whole: pair,
    });
    html().setAttribute('data-moved-stores', 'moved');
    const sliced = pairKind('sliced', { slices: 3 });
    const listed: string[] = [];
    document.addEventListener('nn-store-warm', (event) => {
      const name = (event as CustomEvent<string>).detail;
      listed.push(`${name}: ${html().getAttribute('data-warming-stores')}`);
    });
    await start(page, loader(sliced.kind, pairKind().kind));
    expect(listed).toEqual([': network', 'network: ']);
    expect([sliced.sliced(), sliced.runs()]).toEqual([3, 0]);
  });

  it('takes a store off the list when its starting run fails, leaving the error to its readers', async () => {
    const page = await openPage('/forward-pass/', { network: { kind: 'failing' } });
    const warm = heard('nn-store-warm');
    await start(page, loader(pairKind('failing', { slices: 1, failing: true }).kind));
    expect(warm).toEqual(['', 'network']);
    expect(html().getAttribute('data-warming-stores')).toBe('');
  });

  it('notes the page’s problems with the link first, then the stores’, and loads the notice once', async () => {
    const notice = vi.fn();
    vi.doMock('../../../src/state/link-notice.ts', () => ({ showLinkNotice: notice }));
    try {
      const page = await openPage('/forward-pass/?network.a=abc&other.a=1', { network: pair });
      await start(page);
      expect(page.linkProblems.value).toEqual([
        'This page has no widget whose state is called “other”.',
        'a: “abc” is not a number.',
      ]);
      page.linkProblems.value = ['another'];
      await vi.advanceTimersByTimeAsync(100);
      expect(notice.mock.calls).toEqual([[page.linkProblems]]);
    } finally {
      vi.doUnmock('../../../src/state/link-notice.ts');
    }
  });

  it('loads no notice for a link it could use whole', async () => {
    const notice = vi.fn();
    vi.doMock('../../../src/state/link-notice.ts', () => ({ showLinkNotice: notice }));
    try {
      await start(await openPage('/forward-pass/?network.a=1', { network: pair }));
      await vi.advanceTimersByTimeAsync(100);
      expect(notice).not.toHaveBeenCalled();
    } finally {
      vi.doUnmock('../../../src/state/link-notice.ts');
    }
  });
});

describe('the address bar', () => {
  it('rewrites the address to the clean link, keeping its path, #anchor and history state', async () => {
    const page = await openPage('/forward-pass/', { network: pair });
    window.history.replaceState({ scroll: 5 }, '', '/forward-pass/?network.a=2&junk=1#net');
    const replace = vi.spyOn(window.history, 'replaceState');
    const push = vi.spyOn(window.history, 'pushState');
    await start(page);
    expect(replace.mock.calls).toEqual([[{ scroll: 5 }, '', '/forward-pass/?network.a=2#net']]);
    expect(push).not.toHaveBeenCalled();
  });

  it('gives the first change after a shared link a history entry of its own, and rewrites it after', async () => {
    const page = await openPage('/forward-pass/?network.a=2#net', { network: pair });
    const replace = vi.spyOn(window.history, 'replaceState');
    const push = vi.spyOn(window.history, 'pushState');
    await start(page);
    expect(replace).not.toHaveBeenCalled();
    page.findPageStore('network')!.set('a', 3);
    await vi.advanceTimersByTimeAsync(300);
    expect(push.mock.calls).toEqual([[null, '', '/forward-pass/?network.a=3#net']]);
    page.findPageStore('network')!.set('a', 4);
    await vi.advanceTimersByTimeAsync(300);
    expect(replace.mock.calls).toEqual([[null, '', '/forward-pass/?network.a=4#net']]);
    expect(push).toHaveBeenCalledTimes(1);
  });

  it('rewrites the entry of a page opened without a link as the reader works', async () => {
    const page = await openPage('/forward-pass/', { network: pair });
    const replace = vi.spyOn(window.history, 'replaceState');
    const push = vi.spyOn(window.history, 'pushState');
    await start(page);
    page.findPageStore('network')!.set('a', 3);
    await vi.advanceTimersByTimeAsync(300);
    expect(replace.mock.calls).toEqual([[null, '', '/forward-pass/?network.a=3']]);
    expect(push).not.toHaveBeenCalled();
  });

  it('puts the stores in the state of the entry Back lands on, rewrites that entry, and gives the next change its own', async () => {
    const page = await openPage('/forward-pass/?network.a=2', { network: pair });
    await start(page);
    window.history.replaceState(null, '', '/forward-pass/?network.a=-1&junk=1');
    const replace = vi.spyOn(window.history, 'replaceState');
    const push = vi.spyOn(window.history, 'pushState');
    window.dispatchEvent(new PopStateEvent('popstate'));
    expect(page.findPageStore('network')!.settings.value['a']).toBe(-1);
    expect(replace.mock.calls).toEqual([[null, '', '/forward-pass/?network.a=-1']]);
    expect(push).not.toHaveBeenCalled();
    page.findPageStore('network')!.set('a', 1);
    await vi.advanceTimersByTimeAsync(300);
    expect(push.mock.calls).toEqual([[null, '', '/forward-pass/?network.a=1']]);
  });
});
