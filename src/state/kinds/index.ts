/**
 * Every store kind, by the id a page's front matter names it with: the build's table. A kind is
 * found, not listed: each module in this folder (index.ts and loaders.ts aside) holds the kind
 * whose id is its file's name as its default export, `network.ts` the kind `network`; what kinds
 * share lives in
 * `parts/`. The browser loads each kind only when its page declares it, through loaders.ts, which
 * finds the same modules.
 */
import type { StoreKind } from '../store.ts';
import { kindIdOf, kindWithId } from './kind-modules.ts';

const modules = import.meta.glob<StoreKind>(
  ['./*.ts', '!./index.ts', '!./loaders.ts', '!./kind-modules.ts'],
  { eager: true, import: 'default' },
);

const KINDS: ReadonlyMap<string, StoreKind> = new Map(
  Object.entries(modules).map(([path, module]) => {
    const id = kindIdOf(path);
    const kind = kindWithId(module, id);
    if (!kind) throw new Error(`${path} holds no store kind with the id "${id}"`);
    return [id, kind];
  }),
);

/** The ids a page may name. */
export const KIND_IDS = [...KINDS.keys()];

/** The kind with this id, or undefined. */
export function kindOf(id: string): StoreKind | undefined {
  return KINDS.get(id);
}
