/**
 * Which quantity the reader is pointing at or editing, per store, so every widget bound to that
 * store can mark it: focus the λ1,4 box and the λ1,4 connection lights up in the diagram. It is
 * not a setting (never in a link); another store's widgets do not react.
 */
import { signal, type Signal } from '@preact/signals';

const byStore = new Map<string, Signal<string | null>>();

/** The highlighted quantity key of a store (null when none). */
export function highlightOf(storeName: string): Signal<string | null> {
  let found = byStore.get(storeName);
  if (!found) {
    found = signal<string | null>(null);
    byStore.set(storeName, found);
  }
  return found;
}
