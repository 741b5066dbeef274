// Bundled by scripts/lib/bundle.mjs: the page store whose `history` the training dashboard reads.
export { settings, history, defaultSettings } from '../../../src/state/by-hand-store.ts';
