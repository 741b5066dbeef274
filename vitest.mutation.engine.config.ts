import { defineConfig, type ViteUserConfig } from 'vitest/config';
import merged from './vitest.mutation.config.ts';

/** The mutation runs' settings, typed (mergeConfig returns a plain record). */
const mutation = merged as ViteUserConfig;

/**
 * The engine's own unit tests (tests/unit/engine/), as a mutation run of `src/engine/` uses them
 * (stryker.engine.config.mjs): its references are there (NumPy trajectories, central differences,
 * known counts). The store tests that train whole lab networks are left out: with every engine
 * line instrumented they ran about 100 times slower and passed a minute each.
 */
// Spread, not mergeConfig: that would add these files to the unit tests' `include`.
export default defineConfig({
  ...mutation,
  test: { ...mutation.test, include: ['tests/unit/engine/**/*.test.ts'] },
});
