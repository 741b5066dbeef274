/**
 * The browser's table of store kinds: each kind's module, loaded only when the page declares a
 * store of that kind, so a page ships the kinds it uses and no others. The modules are found as
 * index.ts finds them (kind-modules.ts): every module of this folder is one kind, named by its file.
 */
import type { StoreKind } from '../store.ts';
import { kindIdOf, kindWithId } from './kind-modules.ts';

const modules = import.meta.glob<StoreKind>(
  ['./*.ts', '!./index.ts', '!./loaders.ts', '!./kind-modules.ts'],
  { import: 'default' },
);

const LOADERS: ReadonlyMap<string, () => Promise<StoreKind>> = new Map(
  Object.entries(modules).map(([path, load]) => [kindIdOf(path), load]),
);

/** The kind with this id, loaded; undefined for an id no kind has. */
export async function loadKind(id: string): Promise<StoreKind | undefined> {
  const load = LOADERS.get(id);
  return load ? kindWithId(await load(), id) : undefined;
}
