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
 * Framework-free; the storage is passed in, so tests use a map.
 */
import type { SettingValues, StoreKind } from './store.ts';

/** The localStorage key; a new layout of what is stored gets a new version. */
export const REMEMBERED_KEY = 'nn-by-hand.parameters.v1';

/** Longer stored text is not read at all. */
export const MAX_REMEMBERED_LENGTH = 2048;

const MAX_TITLE_LENGTH = 80;
const SLUG = /^[a-z0-9-]{1,64}$/;

/** The part of the Web Storage API used here. */
export interface TextStorage {
  getItem(key: string): string | null;
  setItem(key: string, value: string): void;
}

/** Remembered settings and where the reader set them. */
export interface Remembered {
  /** Setting key → value, each checked by its codec. */
  readonly values: Readonly<Record<string, number>>;
  /** The page's slug, for a link back to it. */
  readonly slug: string;
  /** The page's title, as text. */
  readonly title: string;
}

/** The settings that are remembered: the seed, then every weight and bias. */
export function rememberedKeys(kind: StoreKind): string[] {
  return ['seed', ...(kind.groups['parameters'] ?? [])];
}

/** Writes the store's seed, weights and biases, and where they were set; false if it could not. */
export function rememberParameters(
  storage: TextStorage,
  kind: StoreKind,
  values: SettingValues,
  page: { slug: string; title: string },
): boolean {
  const written: Record<string, string> = {};
  for (const key of rememberedKeys(kind)) {
    const setting = kind.settings.find((entry) => entry.key === key);
    const value = values[key];
    // Full precision (the shortest text that reads back to the same double), unlike a link.
    if (setting && typeof value === 'number') written[key] = String(value);
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

/** Reads what was remembered, or null when nothing usable is stored. */
export function readRemembered(storage: TextStorage, kind: StoreKind): Remembered | null {
  let text: string | null;
  try {
    text = storage.getItem(REMEMBERED_KEY);
  } catch {
    return null;
  }
  if (typeof text !== 'string' || text.length > MAX_REMEMBERED_LENGTH) return null;
  let stored: unknown;
  try {
    stored = JSON.parse(text);
  } catch {
    return null;
  }
  if (typeof stored !== 'object' || stored === null) return null;
  const { values, slug, title } = stored as Record<string, unknown>;
  if (typeof slug !== 'string' || !SLUG.test(slug)) return null;
  if (typeof title !== 'string' || typeof values !== 'object' || values === null) return null;
  const read: Record<string, number> = {};
  for (const key of rememberedKeys(kind)) {
    const raw = (values as Record<string, unknown>)[key];
    const setting = kind.settings.find((entry) => entry.key === key);
    if (typeof raw !== 'string' || !setting) continue;
    const value = setting.codec.fromLink(raw);
    if (typeof value === 'number') read[key] = value;
  }
  if (Object.keys(read).length === 0) return null;
  return {
    values: read,
    slug,
    // eslint-disable-next-line no-control-regex -- a stored title may hold anything
    title:
      title
        .replace(/[\u0000-\u001f\u007f]/g, ' ')
        .slice(0, MAX_TITLE_LENGTH)
        .trim() || slug,
  };
}
