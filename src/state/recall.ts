/**
 * Reads back the weights a reader set on another page (written by remembered.ts), as hostile
 * input: at most MAX_REMEMBERED_LENGTH characters of JSON, every value through its setting's link
 * codec (finite numbers clamped to their limits), a slug of lowercase letters, digits and hyphens,
 * and a title without control characters, cut to 80 characters and shown as text.
 */
import {
  MAX_REMEMBERED_LENGTH,
  MAX_TITLE_LENGTH,
  REMEMBERED_KEY,
  rememberedSettings,
  type TextStorage,
} from './remembered-format.ts';
import type { StoreKind } from './store.ts';

const SLUG = /^[a-z0-9-]{1,64}$/;

/** Remembered settings and where the reader set them. */
export interface Remembered {
  /** Setting key → value, each checked by its codec. */
  readonly values: Readonly<Record<string, number>>;
  /** The page's slug, for a link back to it. */
  readonly slug: string;
  /** The page's title, as text. */
  readonly title: string;
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
  } /* Stryker disable next-line BlockStatement: text that is no JSON leaves `stored` undefined, refused next */ catch {
    return null;
  }
  if (typeof stored !== 'object' || stored === null) return null;
  const { values, slug, title } = stored as Record<string, unknown>;
  if (typeof slug !== 'string' || !SLUG.test(slug)) return null;
  if (typeof title !== 'string' || typeof values !== 'object' || values === null) return null;
  const read: Record<string, number> = {};
  for (const setting of rememberedSettings(kind)) {
    const raw = (values as Record<string, unknown>)[setting.key];
    if (typeof raw !== 'string') continue;
    const value = setting.codec.fromLink(raw);
    if (typeof value === 'number') read[setting.key] = value;
  }
  if (Object.keys(read).length === 0) return null;
  return {
    values: read,
    slug,
    title:
      title
        .replace(/[\u0000-\u001f\u007f]/g, ' ')
        .slice(0, MAX_TITLE_LENGTH)
        .trim() || slug,
  };
}
