/**
 * A page's settings as a link, so an instructor can send readers to one exact state.
 *
 * The query string is hostile input: only names in the settings table are read, each value must
 * be a short, finite number, and it is clamped to that setting's hard limits. Anything else is
 * ignored, never thrown. Only settings that differ from the defaults are written, so a link stays
 * short and a default page has a clean address.
 */
import { SETTINGS, type SettingKey } from './quantities.ts';

/** Longer query strings are not read at all: no real state needs more. */
export const MAX_QUERY_LENGTH = 1024;
/** Longer values are not numbers a reader typed: "-0.123456789012345678" is 21 characters. */
const MAX_VALUE_LENGTH = 24;
/** Digits written to a link: enough to restore any slider or typed value exactly in practice. */
const LINK_DIGITS = 6;

export type SettingValues = Partial<Record<SettingKey, number>>;

/** Reads the allowed settings from a query string such as "?w14=0.3&x1=0.5". */
export function readSettingsFromQuery(search: string): SettingValues {
  const found: SettingValues = {};
  if (search.length > MAX_QUERY_LENGTH) return found;
  const query = new URLSearchParams(search);
  for (const spec of SETTINGS) {
    const text = query.get(spec.key);
    if (text === null || text.length === 0 || text.length > MAX_VALUE_LENGTH) continue;
    if (!/^[-+]?(\d+\.?\d*|\.\d+)(e[-+]?\d{1,3})?$/i.test(text)) continue;
    const value = Number(text);
    if (!Number.isFinite(value)) continue;
    found[spec.key] = Math.min(spec.max, Math.max(spec.min, value));
  }
  return found;
}

/** Writes the settings that differ from their defaults as a query string ("" when none do). */
export function writeSettingsToQuery(values: SettingValues, defaults: SettingValues): string {
  const query = new URLSearchParams();
  for (const spec of SETTINGS) {
    const value = values[spec.key];
    if (value === undefined || !Number.isFinite(value)) continue;
    const rounded = Number(value.toPrecision(LINK_DIGITS));
    const fallback = defaults[spec.key];
    if (fallback !== undefined && rounded === Number(fallback.toPrecision(LINK_DIGITS))) continue;
    query.set(spec.key, String(rounded));
  }
  const text = query.toString();
  return text ? `?${text}` : '';
}
