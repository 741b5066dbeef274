/**
 * Remembers the seed, weights and biases a reader sets in a network widget, for the training
 * dashboard to start from (src/state/remembered.ts). Only changes made after the widget mounted
 * are written: a page opened from a link, or at its defaults, writes nothing.
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

export function useRememberChanges(store: Store): void {
  useEffect(() => {
    const keys = rememberedKeys(store.kind);
    const pick = () => keys.map((key) => store.settings.peek()[key]);
    let last = pick();
    return effect(() => {
      const values = store.settings.value;
      const now = keys.map((key) => values[key]);
      if (now.every((value, i) => value === last[i])) return;
      last = now;
      try {
        rememberParameters(localStorage, store.kind, values, currentPage());
      } catch {
        // No storage in this browser (or it is forbidden): nothing is remembered.
      }
    });
  }, [store]);
}
