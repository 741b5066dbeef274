/**
 * Mutation testing of the engine and the state (StrykerJS): each mutant is a small change to the
 * code (a `>` made `>=`, a statement dropped); the unit tests should fail on every one that changes
 * behaviour. Usage: npm run mutation (see docs/testing.md). Not part of npm test.
 * @type {import('@stryker-mutator/api/core').PartialStrykerOptions}
 */
export default {
  // The state's store kinds live beside the widgets that draw them (`*.kind.ts`).
  mutate: [
    'src/engine/**/*.ts',
    'src/state/**/*.ts',
    'src/components/**/*.kind.ts',
    '!src/engine/**/index.ts',
  ],
  // Left out of the sandbox each run copies: the build, the browser tests' output, the reports
  // (incremental records of several MB), the benchmarks. No unit test reads them, and a browser
  // test run emptying test-results/ while a copy is made would fail the copy.
  ignorePatterns: ['dist', 'test-results', 'playwright-report', 'reports', 'bench', 'coverage'],
  testRunner: 'vitest',
  vitest: { configFile: 'vitest.mutation.config.ts', related: true },
  checkers: ['typescript'],
  tsconfigFile: 'tsconfig.stryker.json',
  typescriptChecker: { prioritizePerformanceOverAccuracy: true },
  coverageAnalysis: 'perTest',
  incremental: true,
  incrementalFile: 'reports/stryker-incremental.json',
  reporters: ['html', 'clear-text', 'progress'],
  htmlReporter: { fileName: 'reports/mutation/index.html' },
  cleanTempDir: 'always',
  concurrency: 2,
  timeoutMS: 5000,
  timeoutFactor: 2,
  ignoreStatic: true,
  thresholds: { high: 95, low: 85, break: null },
};
