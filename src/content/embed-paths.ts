/** Paths of the book's pages under the site's base path: a chapter's and an embed's. */

/** A base path with exactly one slash at each end ("/" stays "/"). */
export function normalizeBase(base: string): string {
  const trimmed = base.replace(/^\/+|\/+$/g, '');
  return trimmed ? `/${trimmed}/` : '/';
}

/** The path of an embed's page under the site's base path. */
export function embedPath(base: string, slug: string): string {
  return `${normalizeBase(base)}embed/${slug}/`;
}

/** The path of a chapter under the site's base path. */
export function chapterPath(base: string, chapter: string): string {
  return `${normalizeBase(base)}${chapter}/`;
}
