/**
 * A store's state as a small JSON file a reader can save and open again: the settings that differ
 * from the page's starting state, as their link text (the rest start where the page starts
 * them), and any preset. Opening a file goes through the link's reader, so a
 * file is held to the same checks as a link: it is hostile input too.
 */
import { changedSettings, readStoreLinkFully, type StoreLink } from './link.ts';
import { linkName } from './scoped-names.ts';
import type { Store } from './store.ts';

/** Names the file's format, so another JSON file is refused with a clear word. */
export const STATE_FILE_FORMAT = 'neural-networks-by-hand/state';

/** Larger files are not read: a state is a few hundred bytes. */
export const MAX_STATE_FILE_BYTES = 64 * 1024;

/** The file's content for a store's current state. */
export function stateFileOf(store: Store, page: string): string {
  const settings = Object.fromEntries(changedSettings(store));
  const { lock, hide } = store.preset.peek();
  const file = {
    format: STATE_FILE_FORMAT,
    version: 1,
    page,
    kind: store.kind.id,
    settings,
    ...(lock.size > 0 ? { lock: [...lock] } : {}),
    ...(hide.size > 0 ? { hide: [...hide] } : {}),
  };
  return `${JSON.stringify(file, null, 2)}\n`;
}

/** A file name for a store's state: the page and the store, plain characters only. */
export function stateFileName(store: Store, page: string): string {
  const slug = page.replace(/[^a-z0-9]+/gi, '-').replace(/^-|-$/g, '') || 'book';
  return `${slug}-${store.name}-state.json`;
}

/** Reads a string list from a file's field, or nothing. */
function names(value: unknown): string[] {
  return Array.isArray(value)
    ? value.filter((item): item is string => typeof item === 'string')
    : [];
}

/**
 * What a file's text gives a store (read as a link would be), or why it cannot be used at all:
 * not JSON, not a state file, or a state of another kind of widget.
 */
export function readStateFile(text: string, store: Store): StoreLink | { error: string } {
  if (text.length > MAX_STATE_FILE_BYTES)
    return { error: 'This file is too large to be a saved state.' };
  let file: unknown;
  try {
    file = JSON.parse(text);
  } catch {
    return { error: 'This file is not a saved state: it is not JSON.' };
  }
  if (typeof file !== 'object' || file === null || Array.isArray(file)) {
    return { error: 'This file is not a saved state.' };
  }
  const fields = file as Record<string, unknown>;
  if (fields['format'] !== STATE_FILE_FORMAT)
    return { error: 'This file is not a saved state of this book.' };
  if (fields['kind'] !== store.kind.id) {
    return { error: 'This file holds the state of another kind of widget.' };
  }
  const settings = fields['settings'];
  const query = new URLSearchParams();
  const name = linkName(store.name);
  if (typeof settings === 'object' && settings !== null && !Array.isArray(settings)) {
    for (const [key, value] of Object.entries(settings as Record<string, unknown>)) {
      if (typeof value === 'string' || typeof value === 'number') {
        query.append(`${name}.${key}`, String(value));
      }
    }
  }
  const lock = names(fields['lock']);
  const hide = names(fields['hide']);
  if (lock.length > 0) query.set(`${name}.lock`, lock.join(','));
  if (hide.length > 0) query.set(`${name}.hide`, hide.join(','));
  return readStoreLinkFully(`?${query.toString()}`, store);
}
