/** What an embed's page is built from besides its entry: its store's declaration and heights. */
import type { StoreDeclaration } from '../state/page-stores.ts';
import type { Embed } from './embed-types.ts';
// Each embed page's height at each course page width, measured in a browser from a build
// (tests/e2e/embed-heights.spec.ts writes it with UPDATE_EMBED_HEIGHTS=1 and checks it is current).
import measuredHeights from './embed-heights.json' with { type: 'json' };

/**
 * An embed page's height in CSS pixels by course page width ("360", "700", "1000"): what an
 * iframe of that width needs to show the whole widget without scrolling inside it.
 */
export function embedHeights(slug: string): Readonly<Record<string, number>> {
  const heights = (measuredHeights as Record<string, Record<string, number>>)[slug];
  if (!heights) throw new Error(`embed "${slug}" has no measured heights in embed-heights.json`);
  return heights;
}

/**
 * The declarations an embed's page makes: its store's, exactly as its chapter declares it (the
 * chapter's front matter `stores`). A store the chapter does not declare, or declares of another
 * kind than the embed's, stops the build.
 */
export function declarationsOf(
  embed: Embed,
  chapterStores: Readonly<Record<string, StoreDeclaration>> | undefined,
): Record<string, StoreDeclaration> {
  const declaration = chapterStores?.[embed.store];
  if (!declaration) {
    throw new Error(
      `embed "${embed.slug}": the chapter ${embed.chapter} declares no store "${embed.store}"`,
    );
  }
  if (declaration.kind !== embed.kind) {
    throw new Error(
      `embed "${embed.slug}": the chapter ${embed.chapter} declares "${embed.store}" of the kind ` +
        `"${declaration.kind}", not "${embed.kind}"`,
    );
  }
  return { [embed.store]: declaration };
}
