import { defineConfig, type ViteUserConfig } from 'vitest/config';
import merged from './vitest.mutation.config.ts';

/** The mutation runs' settings, typed (mergeConfig returns a plain record). */
const mutation = merged as ViteUserConfig;

/**
 * The unit tests a mutation run with static mutants uses (stryker.static.config.mjs): only the
 * files named in MUTATION_TESTS (comma-separated), each importing the code afresh (`isolate`), so
 * a codec, a kind or a text built as its module loads is built again with each mutant.
 */
const files = (process.env['MUTATION_TESTS'] ?? '').split(',').filter(Boolean);
if (files.length === 0) throw new Error('MUTATION_TESTS names no test file');

// Spread, not mergeConfig: that would add these files to the unit tests' `include`.
export default defineConfig({
  ...mutation,
  test: { ...mutation.test, include: files, isolate: true },
});
