/**
 * Store names on the whole book's page (/book/), where every chapter keeps its own stores: a
 * chapter's store `network` is `forward-pass--network` there, written as element ids are
 * (`bookId`), while a link still names it as the chapter does (`network.w14=0.3`). A chapter's
 * own store names hold no `--` (`STORE_NAME`), so on a chapter a store's link name is its name.
 */

/** Between a chapter's slug and its store's name on the whole book's page. */
export const SCOPE_SEPARATOR = '--';

/** The name a chapter's store takes on the whole book's page: "forward-pass--network". */
export function scopedStoreName(slug: string, name: string): string {
  return `${slug}${SCOPE_SEPARATOR}${name}`;
}

/** The name a link gives a store: its chapter's name for it ("network"), on any page. */
export function linkName(storeName: string): string {
  const at = storeName.lastIndexOf(SCOPE_SEPARATOR);
  return at < 0 ? storeName : storeName.slice(at + SCOPE_SEPARATOR.length);
}
