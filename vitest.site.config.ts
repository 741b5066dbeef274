import { defineConfig } from 'vitest/config';

/** The offline gates on the built site; run after `astro build` (npm test does). */
export default defineConfig({
  test: {
    include: ['tests/site/**/*.test.ts'],
    environment: 'node',
  },
});
