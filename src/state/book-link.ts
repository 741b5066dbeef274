/**
 * A link read on the whole book's page (/book/), where every chapter keeps its own stores and a
 * link names them as a chapter does: `network.w14=0.77` reaches every chapter's `network` store
 * (`forward-pass--network`, `backpropagation--network`, …) that lets a link set λ1,4. Each store
 * reads the link itself, as on its chapter (`readStoreLinkFully`); this says what the page as a
 * whole could not use.
 */
import { readStoreLinkFully } from './link.ts';
import { linkName } from './scoped-names.ts';
import type { Store } from './store.ts';

/** The names a link gives a page's stores, each once, in the page's order. */
export function linkNames(storeNames: readonly string[]): string[] {
  return [...new Set(storeNames.map(linkName))];
}

/**
 * The notes on a link where several stores answer to one name: each note once, and a note that a
 * key or a control is missing only when every store of that name misses it (the backpropagation
 * chapter's `network.step` is no fault of the forward pass's `network`).
 * @param notes what the stores said as they read the link, in order, repeats included
 */
export function sharedLinkNotes(
  notes: readonly string[],
  search: string,
  stores: readonly Store[],
): string[] {
  const missed = new Map<string, Set<Store>>();
  const named = new Map<string, Store[]>();
  for (const store of stores) {
    const name = linkName(store.name);
    named.set(name, [...(named.get(name) ?? []), store]);
    for (const note of readStoreLinkFully(search, store).unused) {
      missed.set(note, (missed.get(note) ?? new Set()).add(store));
    }
  }
  const usedElsewhere = (note: string): boolean => {
    const missing = missed.get(note);
    if (!missing) return false;
    const [first] = missing;
    return (named.get(linkName(first!.name)) ?? []).some((store) => !missing.has(store));
  };
  return [...new Set(notes)].filter((note) => !usedElsewhere(note));
}
