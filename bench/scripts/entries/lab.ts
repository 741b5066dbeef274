// Bundled by scripts/lib/bundle.mjs: the lab's store kind and the store, as a page will use them.
export { createStore } from '../../../src/state/store.ts';
export { labKind } from '../../../src/components/lab/lab.kind.ts';
