/**
 * Adds the `client:state` hydration directive (src/components/islands/hydrate-with-state.ts):
 * an island wakes when it comes into view or when the store it draws leaves its starting state.
 */
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';

export function stateDirective(): AstroIntegration {
  return {
    name: 'state-directive',
    hooks: {
      'astro:config:setup': ({ addClientDirective }) => {
        addClientDirective({
          name: 'state',
          entrypoint: fileURLToPath(
            new URL('../components/islands/hydrate-with-state.ts', import.meta.url),
          ),
        });
      },
    },
  };
}
