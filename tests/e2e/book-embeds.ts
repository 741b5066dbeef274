/**
 * The book's embeds for the browser tests, found as the build finds them (discoverEmbeds, the same
 * declarations, renderers and chapters), read from the source tree: Playwright loads the specs
 * without Vite, so src/content/embeds.ts and its import.meta.glob are not for it. A unit test
 * (tests/unit/content/embed-discovery.test.ts) checks this list is the build's.
 */
import { readFileSync, readdirSync } from 'node:fs';
import type { Embed } from '../../src/content/embed-types.ts';
import { discoverEmbeds } from '../../src/content/embed-discovery.ts';
import { chapterSlugs } from '../../src/content/sidebar.ts';

const CONTENT = new URL('../../src/content/', import.meta.url);
const COMPONENTS = new URL('../../src/components/', import.meta.url);

/** Files under a folder whose names end so, as paths from that folder ("parts/X.embed.ts"). */
function filesEnding(folder: URL, ending: string): string[] {
  return readdirSync(folder, { recursive: true, encoding: 'utf8' })
    .map((path) => path.replace(/\\/g, '/'))
    .filter((path) => path.endsWith(ending))
    .sort();
}

const declarations = Object.fromEntries(
  await Promise.all(
    filesEnding(COMPONENTS, '.embed.ts').map(async (path) => {
      const module = (await import(new URL(path, COMPONENTS).href)) as { default: unknown };
      return [`src/components/${path}`, module.default] as const;
    }),
  ),
);
const chapters = Object.fromEntries(
  filesEnding(new URL('docs/', CONTENT), '.mdx').map((path) => [
    path.replace(/\.mdx$/, ''),
    readFileSync(new URL(`docs/${path}`, CONTENT), 'utf8'),
  ]),
);

/** The embeddable widgets, in the book's order. */
export const EMBEDS: readonly Embed[] = discoverEmbeds({
  declarations,
  renderers: filesEnding(COMPONENTS, '.embed.astro').map((path) => `src/components/${path}`),
  chapters,
  chapterOrder: chapterSlugs,
});
