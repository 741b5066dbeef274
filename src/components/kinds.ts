/**
 * Every store kind, by the id a page's front matter names it with: the build's table. A kind is
 * found, not listed: it lives in the folder of the widget that draws it, as the default export of a
 * file named after its id (`network/network.kind.ts` holds the kind `network`; see
 * state/kind-modules.ts). What kinds share lives in `src/state/kind-parts/`. The browser loads each
 * kind only when its page declares it, through kind-loaders.ts, which finds the same modules.
 */
import { kindIdOf, kindWithId } from '../state/kind-modules.ts';
import type { StoreKind } from '../state/store.ts';

// Stryker disable next-line all: the bundler reads import.meta.glob's arguments as literals only
const modules = import.meta.glob<StoreKind>('./**/*.kind.ts', { eager: true, import: 'default' });

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
