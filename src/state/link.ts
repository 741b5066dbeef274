/**
 * Stores as a link, so an instructor can send readers to one exact state. A link holds each
 * store's settings under its name, `?network.w14=0.3&attempt.b4=-0.5`, written and read by the
 * settings' own codecs.
 *
 * The query string is hostile input. Only the stores on the page and their settable keys are
 * read; each value goes through its codec (short text, finite numbers clamped to their limits,
 * allowed names only); anything else is ignored, never thrown, and never written back. A query
 * longer than any real state is not read at all. Only values that differ from what they would
 * start as are written (a weight that a linked seed draws is not), so links stay short and an
 * untouched page has a clean address.
 */
import type { Store } from './store.ts';

/** Longer queries are not read: no real state of a page needs more. */
export const MAX_QUERY_LENGTH = 4096;

/** The values a query gives one store: settable keys only, each read by its codec. */
export function readStoreLink(search: string, store: Store): Record<string, unknown> {
  const found: Record<string, unknown> = {};
  if (search.length > MAX_QUERY_LENGTH) return found;
  const query = new URLSearchParams(search);
  for (const key of store.settable) {
    const text = query.get(`${store.name}.${key}`);
    if (text === null) continue;
    const value = store.setting(key)!.codec.fromLink(text);
    if (value !== undefined) found[key] = value;
  }
  return found;
}

/** The query for the stores' current settings: "?name.key=value&…", or "" when all are at the start. */
export function writeLink(stores: readonly Store[]): string {
  const query = new URLSearchParams();
  for (const store of stores) {
    const values = store.settings.value;
    const starting = store.defaultsFor(values);
    for (const key of store.settable) {
      const { codec } = store.setting(key)!;
      const text = codec.toLink(values[key]);
      if (text !== codec.toLink(starting[key])) query.set(`${store.name}.${key}`, text);
    }
  }
  const text = query.toString();
  return text ? `?${text}` : '';
}
