import base from './stryker.config.mjs';

/**
 * Mutation testing of the engine against its own tests (vitest.mutation.engine.config.ts):
 * npm run mutation:engine (see docs/testing.md). Not part of npm test.
 * @type {import('@stryker-mutator/api/core').PartialStrykerOptions}
 */
export default {
  ...base,
  mutate: ['src/engine/**/*.ts', '!src/engine/**/index.ts'],
  vitest: { configFile: 'vitest.mutation.engine.config.ts', related: true },
  incrementalFile: 'reports/stryker-engine-incremental.json',
  htmlReporter: { fileName: 'reports/mutation-engine/index.html' },
};
