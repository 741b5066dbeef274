/**
 * Every store kind, by the id a page's front matter names it with. The build and the browser read
 * this one table. (The build cannot load modules lazily from its Markdown plugins, so kinds are
 * imported here directly; each is small, and the engine they share is on the page anyway.)
 */
import type { StoreKind } from '../store.ts';
import { chainKind } from './chain.ts';
import { approximationKind } from './approximation.ts';
import { chapterNetwork } from './chapter-network.ts';

const KINDS: Readonly<Record<string, StoreKind>> = {
  network: chapterNetwork,
  chain: chainKind,
  approximation: approximationKind,
};

/** The ids a page may name. */
export const KIND_IDS = Object.keys(KINDS);

/** The kind with this id, or undefined. */
export function kindOf(id: string): StoreKind | undefined {
  return Object.hasOwn(KINDS, id) ? KINDS[id] : undefined;
}
