/**
 * The book's embeddable widgets: each one gets a page of its own, `/embed/<slug>/`, with no site
 * around it, for an iframe in a course page. The instructors' page lists them.
 *
 * An embed is declared beside its widget (`<Widget>.embed.ts` and `<Widget>.embed.astro` in the
 * widget's folder) and found here at build time (embed-discovery.ts). A declaration names the
 * chapter and section the widget comes from, its props, and the store it draws, by the name the
 * chapter gives it. It holds no store declaration of its own: the embed page reads the declaration
 * from the chapter's front matter (`declarationsOf`), so the embed's state, its links and the
 * chapter's are the same, and a link from one opens in the other.
 *
 * Only the build and the unit tests import this module: no page's script does, so none of it
 * reaches the browser.
 */
import { discoverEmbeds } from './embed-discovery.ts';
import type { Embed } from './embed-types.ts';
import { chapterSlugs } from './sidebar.ts';

export type { Embed, EmbedDeclaration } from './embed-types.ts';
export { declarationsOf, embedHeights } from './embed-page.ts';
export { chapterPath, embedPath, normalizeBase } from './embed-paths.ts';
export { widgetOf } from './embed-discovery.ts';

/** A path from this folder as a path from the repository (`../components/…` → `src/components/…`). */
function fromRoot(path: string): string {
  return path.replace(/^\.\.\//, 'src/');
}

const declarations = Object.fromEntries(
  Object.entries(
    import.meta.glob<unknown>('../components/**/*.embed.ts', { eager: true, import: 'default' }),
  ).map(([path, declared]) => [fromRoot(path), declared]),
);
// Only the paths: the embed page imports the islands itself.
const renderers = Object.keys(import.meta.glob('../components/**/*.embed.astro')).map(fromRoot);
const sources = import.meta.glob<string>('./docs/*.mdx', {
  eager: true,
  query: '?raw',
  import: 'default',
});
const chapters = Object.fromEntries(
  Object.entries(sources).map(([path, source]) => [path.replace(/^.*\/|\.mdx$/g, ''), source]),
);

/** The embeddable widgets, in the book's order. */
export const EMBEDS: readonly Embed[] = discoverEmbeds({
  declarations,
  renderers,
  chapters,
  chapterOrder: chapterSlugs,
});

/** The embed with this slug, or undefined. */
export function embedOf(slug: string): Embed | undefined {
  return EMBEDS.find((embed) => embed.slug === slug);
}
