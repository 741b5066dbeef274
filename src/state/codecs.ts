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
import { formatLimit, formatNumber, parseTypedNumber } from './format.ts';

/** A value judged: accepted (possibly normalised), or refused with a sentence for the reader. */
export type Checked<T> = { ok: true; value: T } | { ok: false; message: string };

/** What every codec can do. */
export interface Codec<T> {
  readonly type: 'number' | 'integer' | 'enum' | 'vector' | 'boolean';
  /** Accepts a value within the limits, or says why not (`label` names it in the sentence). */
  check(value: unknown, label: string): Checked<T>;
  /** Reads text a reader typed into a box; refuses with a sentence. */
  parse(text: string, label: string): Checked<T>;
  /** Reads a link's text, clamping numbers into the limits; undefined when it is not usable. */
  fromLink(text: string): T | undefined;
  /** The value as a link writes it: short, URL-safe, and read back to the same value. */
  toLink(value: T): string;
  /** The value as the page shows it. */
  format(value: T): string;
  equals(a: T, b: T): boolean;
}

/** Longest text a link may give one value (a long vector gets more, see `vector`). */
export const MAX_LINK_VALUE_LENGTH = 24;

/** A plain decimal as links carry it: optional sign, digits, optional fraction and exponent. */
const LINK_NUMBER = /^[-+]?(\d+\.?\d*|\.\d+)(e[-+]?\d{1,3})?$/i;

/** Significant digits a link keeps: enough to restore any slider or typed value. */
const LINK_DIGITS = 6;

/** A number from a link, or undefined: short, plain decimal notation, finite. */
export function linkNumber(text: string): number | undefined {
  // The pattern needs a digit, so it refuses empty text too.
  if (text.length > MAX_LINK_VALUE_LENGTH || !LINK_NUMBER.test(text)) return undefined;
  const value = Number(text);
  return Number.isFinite(value) ? value : undefined;
}

/** A number as a link writes it: six significant digits, no trailing zeros. */
export function linkText(value: number): string {
  return String(Number(value.toPrecision(LINK_DIGITS)));
}

function clamp(value: number, min: number, max: number): number {
  return Math.min(max, Math.max(min, value));
}

/** Limits and the slider's range of a number setting. */
export interface NumberLimits {
  /** Hard limits for typed and linked values. */
  readonly min: number;
  readonly max: number;
  /** The slider's range (typed values may go beyond it, up to the hard limits). */
  readonly sliderMin?: number;
  readonly sliderMax?: number;
  /** Slider and arrow-key step. */
  readonly step?: number;
  /** Decimals shown; 3 by default. */
  readonly digits?: number;
}

/** A real-number codec, with its limits. */
export interface NumberCodec extends Codec<number>, Required<NumberLimits> {
  readonly type: 'number' | 'integer';
}

/** Shared by numbers and integers: the range check and its sentence. */
function rangeChecked(
  value: unknown,
  label: string,
  limits: { min: number; max: number },
  integer: boolean,
): Checked<number> {
  if (typeof value !== 'number' || !Number.isFinite(value)) {
    return { ok: false, message: `${label} needs a number.` };
  }
  if (integer && !Number.isInteger(value)) {
    return { ok: false, message: `${label} needs a whole number.` };
  }
  if (value < limits.min || value > limits.max) {
    return {
      ok: false,
      message: `${label} must be between ${formatLimit(limits.min)} and ${formatLimit(limits.max)}.`,
    };
  }
  return { ok: true, value };
}

/** A number codec within [min, max]; whole numbers only when `whole`. */
function numeric(limits: Required<NumberLimits>, whole: boolean): NumberCodec {
  return {
    type: whole ? 'integer' : 'number',
    ...limits,
    check: (value, label) => rangeChecked(value, label, limits, whole),
    parse(text, label) {
      const typed = parseTypedNumber(text);
      if (!typed.ok) return { ok: false, message: `${label} ${typed.problem}` };
      return rangeChecked(typed.value, label, limits, whole);
    },
    fromLink(text) {
      const value = linkNumber(text);
      return value === undefined || (whole && !Number.isInteger(value))
        ? undefined
        : clamp(value, limits.min, limits.max);
    },
    toLink: whole ? (value) => String(value) : linkText,
    format: (value) => formatNumber(value, limits.digits),
    equals: (a, b) => a === b,
  };
}

/** A real number within [min, max]. */
export function number(limits: NumberLimits): NumberCodec {
  return numeric(
    {
      min: limits.min,
      max: limits.max,
      sliderMin: limits.sliderMin ?? limits.min,
      sliderMax: limits.sliderMax ?? limits.max,
      step: limits.step ?? 0.01,
      digits: limits.digits ?? 3,
    },
    false,
  );
}

/** A whole number within [min, max]. */
export function integer(limits: Omit<NumberLimits, 'step' | 'digits'>): NumberCodec {
  return numeric(
    {
      min: limits.min,
      max: limits.max,
      sliderMin: limits.sliderMin ?? limits.min,
      sliderMax: limits.sliderMax ?? limits.max,
      step: 1,
      digits: 0,
    },
    true,
  );
}

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

/** A list of numbers, each checked by `element`, with a length in [minLength, maxLength]. */
export interface VectorCodec extends Codec<readonly number[]> {
  readonly type: 'vector';
  readonly element: NumberCodec;
  readonly minLength: number;
  readonly maxLength: number;
}

/** Separator of a vector's entries in a link ('_' needs no escaping in a query string). */
const LINK_SEPARATOR = '_';

/**
 * A list of numbers. A reader may type it with commas, spaces or brackets ("3, 2, 1", "3 2 1",
 * "[3,2,1]"); a link writes "3_2_1".
 */
export function vector(
  element: NumberCodec,
  length: { minLength: number; maxLength: number },
): VectorCodec {
  const { minLength, maxLength } = length;
  const sizeMessage = (label: string) =>
    minLength === maxLength
      ? `${label} needs exactly ${minLength} numbers.`
      : `${label} needs ${minLength} to ${maxLength} numbers.`;
  const check = (value: unknown, label: string): Checked<readonly number[]> => {
    if (!Array.isArray(value)) return { ok: false, message: `${label} needs a list of numbers.` };
    if (value.length < minLength || value.length > maxLength) {
      return { ok: false, message: sizeMessage(label) };
    }
    for (let i = 0; i < value.length; i++) {
      const entry = element.check(value[i], `Entry ${i + 1} of ${label}`);
      if (!entry.ok) return entry;
    }
    return { ok: true, value: Object.freeze((value as number[]).slice()) };
  };
  return {
    type: 'vector',
    element,
    minLength,
    maxLength,
    check,
    parse(text, label) {
      const inner = text
        .trim()
        .replace(/^\[(.*)\]$/s, '$1')
        .trim();
      if (inner === '') return { ok: false, message: sizeMessage(label) };
      const parts = inner.split(/\s*[,;\s]\s*/);
      const values: number[] = [];
      for (let i = 0; i < parts.length; i++) {
        const entry = element.parse(parts[i]!, `Entry ${i + 1} of ${label}`);
        if (!entry.ok) return entry;
        values.push(entry.value);
      }
      return check(values, label);
    },
    fromLink(text) {
      // Only spares splitting long text: whatever it refuses has too many parts or a part too long.
      // (Empty text is one part that no element reads.)
      if (text.length > maxLength * (MAX_LINK_VALUE_LENGTH + 1)) return undefined;
      const parts = text.split(LINK_SEPARATOR);
      if (parts.length < minLength || parts.length > maxLength) return undefined;
      const values: number[] = [];
      for (const part of parts) {
        const value = element.fromLink(part);
        if (value === undefined) return undefined;
        values.push(value);
      }
      return Object.freeze(values);
    },
    toLink: (value) => value.map((entry) => element.toLink(entry)).join(LINK_SEPARATOR),
    format: (value) => value.map((entry) => element.format(entry)).join(', '),
    equals: (a, b) => a.length === b.length && a.every((entry, i) => entry === b[i]),
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
