import { defineConfig, mergeConfig } from 'vitest/config';
import unit from './vitest.config.ts';

/**
 * The unit tests as mutation testing runs them (stryker.config.mjs): the same tests, with more
 * time per test. Instrumented code runs several times slower than the build's, and a run shares
 * the machine with its checker; the property tests that run the engine hundreds of times (about
 * 0.5 s each normally) passed 5 s under it.
 */
export default mergeConfig(unit, defineConfig({ test: { testTimeout: 60_000 } }));
