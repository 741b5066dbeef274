/**
 * How a kind's module is found: a store kind lives in the folder of the widget that draws it, in a
 * file named after its id with `.kind.ts` after it (`components/network/network.kind.ts` holds the
 * kind `network`), and the module's default export is that kind. The build's table
 * (`components/kinds.ts`) and the browser's (`components/kind-loaders.ts`) both find kinds this
 * way, so they cannot disagree.
 */
import type { StoreKind } from './store.ts';

/** The ending of a kind module's file name. */
export const KIND_FILE_ENDING = '.kind.ts';

/** The id of the kind a module path holds: its file's name (`./network/network.kind.ts` → `network`). */
export function kindIdOf(path: string): string {
  // Stryker disable next-line Regex: a path has no line break, so /.*\// matches from its start as /^.*\// does
  return path.replace(/^.*\//, '').slice(0, -KIND_FILE_ENDING.length);
}

/** The kind a module exports by default, if it has the id the module's file gives it. */
export function kindWithId(kind: StoreKind | undefined, id: string): StoreKind | undefined {
  return kind?.id === id ? kind : undefined;
}

/** Loads the kind with an id (a page's declaration names it); undefined for an id no kind has. */
export type KindLoader = (id: string) => Promise<StoreKind | undefined>;
