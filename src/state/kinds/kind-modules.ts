/**
 * How a kind's module is found: its file's name is its id (`./network.ts` holds the kind
 * `network`), and the module's default export is that kind. index.ts (the build) and loaders.ts
 * (the browser) both find kinds this way, so they cannot disagree.
 */
import type { StoreKind } from '../store.ts';

/** The id of the kind a module path holds: its file's name (`./network.ts` → `network`). */
export function kindIdOf(path: string): string {
  return path.replace(/^.*\//, '').replace(/\.ts$/, '');
}

/** The kind a module exports by default, if it has the id the module's file gives it. */
export function kindWithId(kind: StoreKind | undefined, id: string): StoreKind | undefined {
  return kind?.id === id ? kind : undefined;
}
