/**
 * Number codecs: real and whole numbers within limits, and numbers as links write and read them
 * (short plain decimals, six significant digits, clamped into the limits).
 */
import type { Checked, Codec } from './codec-contract.ts';
import { formatLimit, formatNumber, parseTypedNumber } from './format.ts';

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
