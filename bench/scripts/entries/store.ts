// Bundled by scripts/lib/bundle.mjs: a store of the chapter's network, as the dashboard will use it.
export { createStore } from '../../../src/state/store.ts';
export { networkKind } from '../../../src/components/network/network.kind.ts';
