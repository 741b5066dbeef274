/**
 * Typed settings: how each kind of value a reader can set is checked, compared, typed, and written
 * to and read from a link. One codec serves the controls, the store's checks and the URL, so the
 * three can never disagree.
 *
 * Two ways in, two policies:
 * - `check` judges a value a reader gave (a control, a typed number): out of range is refused
 *   with a sentence that says why, never silently changed.
 * - `fromLink` reads text from a URL, which is hostile input: short text only, finite numbers
 *   only, allowed values only; numbers are clamped to the limits. Anything else is undefined.
 */
import type { Codec } from './codec-contract.ts';
import { linkNumber } from './number-codecs.ts';
import { LINK_SEPARATOR } from './vector-codec.ts';

export type { Checked, Codec } from './codec-contract.ts';

export type { NumberCodec, NumberLimits } from './number-codecs.ts';
export { MAX_LINK_VALUE_LENGTH, integer, linkNumber, linkText, number } from './number-codecs.ts';
export type { VectorCodec } from './vector-codec.ts';
export { vector } from './vector-codec.ts';

/** One of a fixed list of names. */
export interface EnumCodec<T extends string> extends Codec<T> {
  readonly type: 'enum';
  readonly values: readonly T[];
  /** What the page calls each value. */
  readonly labels: Readonly<Record<T, string>>;
}

/** One of `values`; `labels` names them for the reader. */
export function oneOf<T extends string>(labels: Readonly<Record<T, string>>): EnumCodec<T> {
  const values = Object.keys(labels) as T[];
  const allowed = new Set<string>(values);
  const isValue = (value: unknown): value is T => typeof value === 'string' && allowed.has(value);
  const list = values.map((value) => labels[value]).join(', ');
  return {
    type: 'enum',
    values,
    labels,
    check: (value, label) =>
      isValue(value)
        ? { ok: true, value }
        : { ok: false, message: `${label} must be one of: ${list}.` },
    parse(text, label) {
      const trimmed = text.trim();
      const match = values.find((value) => value === trimmed || labels[value] === trimmed);
      return match !== undefined
        ? { ok: true, value: match }
        : { ok: false, message: `${label} must be one of: ${list}.` };
    },
    fromLink: (text) => (isValue(text) ? text : undefined),
    toLink: (value) => value,
    format: (value) => labels[value],
    equals: (a, b) => a === b,
  };
}

/** On or off. */
export function boolean(): Codec<boolean> {
  return {
    type: 'boolean',
    check: (value, label) =>
      typeof value === 'boolean'
        ? { ok: true, value }
        : { ok: false, message: `${label} must be on or off.` },
    parse(text, label) {
      const word = text.trim().toLowerCase();
      if (['1', 'on', 'yes', 'true'].includes(word)) return { ok: true, value: true };
      if (['0', 'off', 'no', 'false'].includes(word)) return { ok: true, value: false };
      return { ok: false, message: `${label} must be on or off.` };
    },
    fromLink: (text) => (text === '1' ? true : text === '0' ? false : undefined),
    toLink: (value) => (value ? '1' : '0'),
    format: (value) => (value ? 'on' : 'off'),
    equals: (a, b) => a === b,
  };
}
/**
 * A link's text for one setting, read: its value and whether the limits moved it (so the page can
 * say "x1: 99 → 10"), or why it is not usable, in words that follow the value's quote.
 */
export type LinkReading<T> =
  | { readonly ok: true; readonly value: T; readonly clamped: boolean }
  | { readonly ok: false; readonly reason: string };

/** Why a link's text is no value of a codec, as the end of a sentence that quotes it. */
function linkReason(codec: Codec<unknown>, text: string): string {
  if (codec.type !== 'number' && codec.type !== 'integer') return 'is not a value it can take';
  return linkNumber(text) === undefined ? 'is not a number' : 'is not a whole number';
}

/**
 * Reads a link's text with the codec's `fromLink` and says what that did: a number (or a list's
 * entry) the limits moved is reported as clamped; text it cannot use comes back with the reason.
 */
export function readLinkValue<T>(codec: Codec<T>, text: string): LinkReading<T> {
  const value = codec.fromLink(text);
  if (value === undefined) return { ok: false, reason: linkReason(codec, text) };
  // The numbers the text spells (a list's entries are separated by "_"), against those kept.
  const given = text.split(LINK_SEPARATOR).map(linkNumber);
  const kept: unknown[] = Array.isArray(value) ? value : [value];
  const clamped =
    given.length === kept.length &&
    kept.every((entry, i) => typeof entry === 'number' && given[i] !== undefined) &&
    given.some((entry, i) => entry !== kept[i]);
  return { ok: true, value, clamped };
}
