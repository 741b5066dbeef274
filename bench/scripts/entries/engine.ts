// Bundled by scripts/lib/bundle.mjs so that plain Node can run the book's TypeScript engine.
export * from '../../../src/engine/index.ts';
