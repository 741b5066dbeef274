/**
 * Saving a widget's state as a file and opening one, for the closing row (StoreActions): loaded
 * at the first click that needs it, as most readers never do either. Each answers the sentence
 * the row shows.
 */
import { applyStoreLink } from '../state/page-stores.ts';
import {
  MAX_STATE_FILE_BYTES,
  readStateFile,
  stateFileName,
  stateFileOf,
} from '../state/state-file.ts';
import type { Store } from '../state/store.ts';

/** Offers a text as a file download. */
function download(text: string, name: string): void {
  const url = URL.createObjectURL(new Blob([text], { type: 'application/json' }));
  const anchor = document.createElement('a');
  anchor.href = url;
  anchor.download = name;
  anchor.click();
  setTimeout(() => URL.revokeObjectURL(url), 0);
}

/** Downloads the store's state as a file named after the page and the store. */
export function saveState(store: Store): string {
  const page = window.location.pathname;
  download(stateFileOf(store, page), stateFileName(store, page));
  return 'Saved this widget’s state as a file.';
}

/** Reads a saved state and applies what it can; the store is unchanged by a file it refuses. */
export async function openState(store: Store, file: File): Promise<string> {
  if (file.size > MAX_STATE_FILE_BYTES) {
    return 'This file is too large to be a saved state; nothing changed.';
  }
  const read = readStateFile(await file.text(), store);
  if ('error' in read) return `${read.error} Nothing changed.`;
  const problems = applyStoreLink(store, read);
  return problems.length === 0
    ? 'Opened the saved state.'
    : `Opened the saved state, except: ${problems.slice(0, 3).join(' ')}`;
}
