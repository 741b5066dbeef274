/**
 * The weights a reader set on one page, remembered for another: when a reader changes the seed, a
 * weight or a bias of a network store (forward pass, backpropagation, training steps), the page
 * writes those settings to the browser's localStorage, and the training dashboard offers to start
 * from them, saying on which page they were set.
 *
 * Only the reader's own changes are written (a page opened from a link writes nothing until the
 * reader moves something), under one versioned key. What is read back is hostile input, like a
 * link: at most MAX_REMEMBERED_LENGTH characters, JSON whose every value goes through its
 * setting's link codec (finite numbers clamped to their limits, short text only), a page slug of
 * lowercase letters, digits and hyphens, and a title cut to 80 characters and shown as text.
 * Framework-free; the storage is passed in, so tests use a map. Reading back is in recall.ts, so a
 * page that only remembers does not load it; what both share is in remembered-format.ts.
 */
import {
  MAX_REMEMBERED_LENGTH,
  MAX_TITLE_LENGTH,
  REMEMBERED_KEY,
  rememberedKeys,
  rememberedSettings,
  type TextStorage,
} from './remembered-format.ts';
import type { SettingValues, StoreKind } from './store.ts';

export { REMEMBERED_KEY, MAX_REMEMBERED_LENGTH, rememberedKeys, type TextStorage };

/** Writes the store's seed, weights and biases, and where they were set; false if it could not. */
export function rememberParameters(
  storage: TextStorage,
  kind: StoreKind,
  values: SettingValues,
  page: { slug: string; title: string },
): boolean {
  const written: Record<string, string> = {};
  for (const { key } of rememberedSettings(kind)) {
    const value = values[key];
    // Full precision (the shortest text that reads back to the same double), unlike a link.
    if (typeof value === 'number') written[key] = String(value);
  }
  const text = JSON.stringify({
    values: written,
    slug: page.slug,
    title: page.title.slice(0, MAX_TITLE_LENGTH),
  });
  if (text.length > MAX_REMEMBERED_LENGTH) return false;
  try {
    storage.setItem(REMEMBERED_KEY, text);
    return true;
  } catch {
    return false; // storage full or forbidden: nothing is remembered
  }
}
