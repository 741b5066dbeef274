/**
 * Remembers the seed, weights and biases a reader sets in a network widget, for the training
 * dashboard to start from (src/state/remembered.ts). Only changes made after the widget mounted
 * are written: a page opened from a link, or at its defaults, writes nothing.
 *
 * The write waits until the reader has paused (WRITE_AFTER), and happens at once when the page is
 * hidden or left: localStorage writes synchronously, and one write per step of a slider was the
 * largest single cost of handling the step (about a third of it at 4× CPU slow-down).
 */
import { effect } from '@preact/signals';
import { useEffect } from 'preact/hooks';
import { rememberParameters, rememberedKeys } from '../../state/remembered.ts';
import type { Store } from '../../state/store.ts';

/** The page a reader is on: its slug (last part of the path) and its heading. */
function currentPage(): { slug: string; title: string } {
  const slug = location.pathname.split('/').filter(Boolean).at(-1) ?? '';
  return { slug, title: document.querySelector('h1')?.textContent?.trim() ?? slug };
}

/** How long after the last change the settings are written, in milliseconds. */
const WRITE_AFTER = 400;

export function useRememberChanges(store: Store): void {
  useEffect(() => {
    const keys = rememberedKeys(store.kind);
    const pick = () => keys.map((key) => store.settings.peek()[key]);
    let last = pick();
    let pending: ReturnType<typeof setTimeout> | undefined;
    const write = () => {
      pending = undefined;
      try {
        rememberParameters(localStorage, store.kind, store.settings.peek(), currentPage());
      } catch {
        // No storage in this browser (or it is forbidden): nothing is remembered.
      }
    };
    const flush = () => {
      if (pending === undefined) return;
      clearTimeout(pending);
      write();
    };
    const onHidden = () => {
      if (document.visibilityState === 'hidden') flush();
    };
    addEventListener('pagehide', flush);
    document.addEventListener('visibilitychange', onHidden);
    const stop = effect(() => {
      const values = store.settings.value;
      const now = keys.map((key) => values[key]);
      if (now.every((value, i) => value === last[i])) return;
      last = now;
      if (pending !== undefined) clearTimeout(pending);
      pending = setTimeout(write, WRITE_AFTER);
    });
    return () => {
      stop();
      flush();
      removeEventListener('pagehide', flush);
      document.removeEventListener('visibilitychange', onHidden);
    };
  }, [store]);
}
