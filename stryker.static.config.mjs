import base from './stryker.config.mjs';

/**
 * Mutation testing of code that runs as its module loads (a kind's settings, a codec, a notebook's
 * text), with its static mutants, against the test files named in MUTATION_TESTS:
 * MUTATION_TESTS=tests/unit/a.test.ts,tests/unit/b.test.ts npm run mutation:static -- --mutate src/…
 * (see docs/testing.md). Not part of npm test.
 * @type {import('@stryker-mutator/api/core').PartialStrykerOptions}
 */
export default {
  ...base,
  ignoreStatic: false,
  vitest: { configFile: 'vitest.mutation.static.config.ts', related: false },
  incrementalFile: 'reports/stryker-static-incremental.json',
  htmlReporter: { fileName: 'reports/mutation-static/index.html' },
};
