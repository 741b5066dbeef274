// @vitest-environment happy-dom
/**
 * What the page tells its islands through the document (docs/architecture.md, "True from the
 * first paint"): the stores that moved (`data-moved-stores` on <html>, `nn-store-moved`), the
 * starting runs being made (`data-warming-stores`, `nn-store-warm`), and the mark of stores not
 * yet made (`data-stores-starting`). The names are the ones the document states, written out here.
 */
import { afterEach, describe, expect, it, vi } from 'vitest';
import {
  hasMoved,
  isWarming,
  islandStore,
  markMoved,
  markStoresStarted,
  markWarming,
  nextTask,
  untilWarm,
} from '../../../src/state/moved-stores.ts';

const html = () => document.documentElement;

/** The details of the events of this type dispatched on the document from now on. */
function heard(type: string): string[] {
  const details: string[] = [];
  document.addEventListener(type, (event) => details.push((event as CustomEvent<string>).detail));
  return details;
}

/** Whether `promise` has settled once the microtasks queued so far have run. */
async function settledNow(promise: Promise<unknown>): Promise<boolean> {
  let settled = false;
  void promise.then(() => (settled = true));
  for (let i = 0; i < 5; i++) await Promise.resolve();
  return settled;
}

afterEach(() => {
  for (const name of html().getAttributeNames()) html().removeAttribute(name);
  vi.useRealTimers();
  vi.restoreAllMocks();
});

describe('moved stores', () => {
  it('marks a store as moved once, in data-moved-stores, and tells the islands by an event', () => {
    const moved = heard('nn-store-moved');
    expect(hasMoved('network')).toBe(false);
    markMoved('network');
    markMoved('attempt');
    markMoved('network');
    expect(html().getAttribute('data-moved-stores')).toBe('network attempt');
    expect(moved).toEqual(['network', 'attempt']);
    expect([hasMoved('network'), hasMoved('attempt'), hasMoved('net')]).toEqual([
      true,
      true,
      false,
    ]);
  });
});

describe('warming stores', () => {
  it('lists a store whose starting run is being made, once, and takes it off when made, telling its islands', () => {
    const warm = heard('nn-store-warm');
    markWarming('dashboard', true);
    expect(html().getAttribute('data-warming-stores')).toBe('dashboard');
    markWarming('lab', true);
    markWarming('dashboard', true);
    expect(html().getAttribute('data-warming-stores')).toBe('lab dashboard');
    expect([isWarming('dashboard'), isWarming('lab'), isWarming('dash')]).toEqual([
      true,
      true,
      false,
    ]);
    expect(warm).toEqual([]);
    markWarming('dashboard', false);
    expect(html().getAttribute('data-warming-stores')).toBe('lab');
    expect(isWarming('dashboard')).toBe(false);
    expect(warm).toEqual(['dashboard']);
  });

  it('says the stores are made: the starting mark goes and the islands hear a warm event naming no store', () => {
    const warm = heard('nn-store-warm');
    html().setAttribute('data-stores-starting', '');
    markStoresStarted();
    expect(html().hasAttribute('data-stores-starting')).toBe(false);
    expect(warm).toEqual(['']);
  });
});

describe('untilWarm', () => {
  it('resolves with true at once when the stores are made and its run is not being made', async () => {
    markWarming('lab', true);
    await expect(untilWarm('network')).resolves.toBe(true);
  });

  it('waits while the stores are not made yet, and resolves with false once they are', async () => {
    html().setAttribute('data-stores-starting', '');
    const waiting = untilWarm('network');
    document.dispatchEvent(new CustomEvent('nn-store-warm', { detail: 'other' }));
    expect(await settledNow(waiting)).toBe(false);
    markStoresStarted();
    await expect(waiting).resolves.toBe(false);
  });

  it('waits while its store’s run is being made, through other stores’ events, and stops listening once warm', async () => {
    const removed = vi.spyOn(document, 'removeEventListener');
    markWarming('network', true);
    markWarming('lab', true);
    const waiting = untilWarm('network');
    markWarming('lab', false);
    expect(await settledNow(waiting)).toBe(false);
    expect(removed).not.toHaveBeenCalled();
    markWarming('network', false);
    await expect(waiting).resolves.toBe(false);
    expect(removed.mock.calls.map(([type]) => type)).toEqual(['nn-store-warm']);
  });
});

describe('nextTask', () => {
  it('resolves in a task of its own, after the microtasks and before a later timer', async () => {
    vi.useFakeTimers();
    const order: string[] = [];
    setTimeout(() => order.push('timer set before'), 0);
    const task = nextTask().then(() => order.push('next task'));
    setTimeout(() => order.push('timer set after'), 0);
    expect(await settledNow(task)).toBe(false);
    await vi.advanceTimersByTimeAsync(0);
    await task;
    expect(order).toEqual(['timer set before', 'next task', 'timer set after']);
  });
});

describe('islandStore', () => {
  /** An island with these props, as Astro writes them (each value as [type, value]). */
  function island(props?: string): Element {
    const element = document.createElement('astro-island');
    if (props !== undefined) element.setAttribute('props', props);
    return element;
  }

  it('reads the store an island draws from its props', () => {
    expect(islandStore(island('{"store":[0,"network"],"id":[0,"fp"]}'))).toBe('network');
  });

  it.each([
    ['no props', undefined],
    ['props that are no JSON', '{"store":[0,"network"'],
    ['props without a store', '{"id":[0,"fp"]}'],
    ['a store that is not a [type, value] pair', '{"store":"network"}'],
    ['a store whose value is no name', '{"store":[0,5]}'],
  ])('reads no store from an island with %s', (_, props) => {
    expect(islandStore(island(props))).toBeNull();
  });
});

describe('the names the islands’ directive reads', () => {
  it('are the ones docs/architecture.md states', async () => {
    // Loaded afresh: the directive is bundled apart and knows these names only as text.
    vi.resetModules();
    const names = await import('../../../src/state/moved-stores.ts');
    expect([
      names.MOVED_ATTRIBUTE,
      names.STORE_MOVED_EVENT,
      names.SETTLING_CLASS,
      names.WAKE_WHEN_MOVED,
      names.BOOK_ISLANDS_ID,
      names.WARMING_ATTRIBUTE,
      names.LOADING_WIDGET_ATTRIBUTE,
      names.STORE_WARM_EVENT,
      names.STARTING_ATTRIBUTE,
    ]).toEqual([
      'data-moved-stores',
      'nn-store-moved',
      'nn-settling',
      'moved',
      'book-islands',
      'data-warming-stores',
      'data-loading-widget',
      'nn-store-warm',
      'data-stores-starting',
    ]);
  });
});
