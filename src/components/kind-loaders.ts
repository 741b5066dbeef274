/**
 * The browser's table of store kinds: each kind's module, loaded only when the page declares a
 * store of that kind, so a page ships the kinds it uses and no others. The modules are found as
 * kinds.ts finds them (state/kind-modules.ts): every `*.kind.ts` under the components is one kind,
 * named by its file. The page's script hands `loadKind` to the state (page-state.ts), which does
 * not look up into the components itself.
 */
import { kindIdOf, kindWithId, type KindLoader } from '../state/kind-modules.ts';
import type { StoreKind } from '../state/store.ts';

// Stryker disable next-line all: the bundler reads import.meta.glob's arguments as literals only
const modules = import.meta.glob<StoreKind>('./**/*.kind.ts', { import: 'default' });

const LOADERS: ReadonlyMap<string, () => Promise<StoreKind>> = new Map(
  Object.entries(modules).map(([path, load]) => [kindIdOf(path), load]),
);

/** The kind with this id, loaded; undefined for an id no kind has. */
export const loadKind: KindLoader = async (id) => {
  const load = LOADERS.get(id);
  return load ? kindWithId(await load(), id) : undefined;
};
