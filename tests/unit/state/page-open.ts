/**
 * A page opened afresh for the tests of the page's state, in happy-dom: its address, its store
 * declarations (`#page-stores`) and its body, with the state's modules loaded anew (a page loads
 * them once), and everything it left on the window and <html> taken off after the test.
 */
import { afterEach, beforeEach, vi } from 'vitest';
import type { StoreDeclaration } from '../../../src/state/page-stores.ts';

/** Opens `path` (query and #anchor included) with these declarations and this body's HTML. */
export async function openPage(
  path: string,
  declarations: Record<string, StoreDeclaration> = {},
  body = '',
) {
  vi.resetModules();
  window.history.replaceState(null, '', path);
  const json = JSON.stringify(declarations);
  document.body.innerHTML = `<script type="application/json" id="page-stores">${json}</script>${body}`;
  const state = await import('../../../src/state/page-state.ts');
  const stores = await import('../../../src/state/page-stores.ts');
  // The page's own store module: a store made from another would hold another NO_PRESET.
  const { createStore } = await import('../../../src/state/store.ts');
  return { ...state, ...stores, createStore };
}

/** Timers, frames and the clock under the test's hand. */
export function fakeTime(): void {
  vi.useFakeTimers({
    toFake: ['setTimeout', 'clearTimeout', 'requestAnimationFrame', 'performance'],
  });
}

/** Whether `promise` has settled yet; read it after advancing the timers. */
export function tracked(promise: Promise<unknown>): () => boolean {
  let settled = false;
  promise.then(
    () => (settled = true),
    () => (settled = true),
  );
  return () => settled;
}

/** The details of the events of this type dispatched on the document from now on. */
export function heard(type: string): string[] {
  const details: string[] = [];
  document.addEventListener(type, (event) => details.push((event as CustomEvent<string>).detail));
  return details;
}

/** Takes off, after each test, the window's listeners that a page added, and <html>'s marks. */
export function cleanPages(): void {
  const added: [string, EventListenerOrEventListenerObject][] = [];
  beforeEach(() => {
    const add = window.addEventListener.bind(window);
    vi.spyOn(window, 'addEventListener').mockImplementation((type, listener, options) => {
      if (listener) added.push([type, listener]);
      add(type, listener, options);
    });
  });
  afterEach(() => {
    vi.useRealTimers();
    vi.restoreAllMocks();
    for (const [type, listener] of added.splice(0)) window.removeEventListener(type, listener);
    const html = document.documentElement;
    for (const name of html.getAttributeNames()) html.removeAttribute(name);
    document.head.replaceChildren();
    document.body.replaceChildren();
  });
}
