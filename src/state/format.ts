/**
 * How numbers look on the page. One function, used by the build (numbers inside equations) and
 * by every widget, so a number reads the same wherever it appears.
 */

/** The digits after the decimal point that the book shows unless a place asks for others. */
export const DEFAULT_DIGITS = 3;

/** The typographic minus sign, as in printed mathematics. */
const MINUS = '\u2212';

/** A value too large to show in fixed notation is shown as mantissa ×10 and a raised exponent. */
const FIXED_LIMIT = 1e6;

const SUPERSCRIPT_DIGITS = '⁰¹²³⁴⁵⁶⁷⁸⁹';

/** An integer exponent in superscript characters, as printed: −153 → ⁻¹⁵³, 6 → ⁶. */
export function superscriptExponent(exponent: number): string {
  const digits = [...String(Math.abs(exponent))].map((d) => SUPERSCRIPT_DIGITS[Number(d)]);
  return `${exponent < 0 ? '⁻' : ''}${digits.join('')}`;
}

/** A power of ten as printed, with a raised exponent: 10⁻⁶, 10¹⁵³. */
export function powerOfTen(exponent: number): string {
  return `10${superscriptExponent(exponent)}`;
}

/** A small positive number in scientific notation, as a table prints it: 3.2×10⁻⁹, 10⁻⁶. */
export function scientific(value: number): string {
  if (!Number.isFinite(value)) return '—';
  if (value === 0) return '0';
  const parts = value.toExponential(1).split('e');
  // Stryker disable next-line StringLiteral: a finite number's exponential form has both parts
  const [mantissa = '0', exponent = '0'] = parts;
  const power = powerOfTen(Number(exponent));
  // Stryker disable next-line Regex: toExponential(1) gives one decimal, so ".0" can only end the mantissa
  const digits = mantissa.replace(/\.0$/, '');
  return digits === '1' ? power : `${digits}×${power}`;
}

/** Text typed with a caret exponent ("×10^6", "10^-6") as the book prints it ("×10⁶", "10⁻⁶"). */
export function raiseCaretExponents(text: string): string {
  return text.replace(/10\^([-+\u2212]?)(\d+)/g, (_, sign: string, digits: string) =>
    powerOfTen((sign === '-' || sign === MINUS ? -1 : 1) * Number(digits)),
  );
}

/**
 * Rounds a number for display with a fixed number of decimals and a true minus sign.
 * Negative zero after rounding shows as 0; a value that is not finite shows as "—", never as NaN.
 */
export function formatNumber(value: number, digits: number = DEFAULT_DIGITS): string {
  if (!Number.isFinite(value)) return '—';
  if (Math.abs(value) >= FIXED_LIMIT) {
    const parts = value.toExponential(digits).split('e');
    // Stryker disable next-line StringLiteral: a finite number's exponential form has both parts
    const [mantissa = '0', exponent = '0'] = parts;
    return `${mantissa.replace('-', MINUS)}×${powerOfTen(Number(exponent))}`;
  }
  const text = value.toFixed(digits);
  if (Number(text) === 0) return (0).toFixed(digits);
  return text.replace('-', MINUS);
}

/** A typed number read, or what is wrong with it, as the end of a sentence that names it. */
export type TypedNumber = { ok: true; value: number } | { ok: false; problem: string };

const DECIMAL = /^[-+]?(\d+\.?\d*|\.\d+)(e[-+]?\d+)?$/i;

/**
 * Reads a number as a reader types it: a leading − or -, a decimal point or a decimal comma
 * ("0,7" is 0.7), an exponent. A comma that could be a thousands separator ("1,000") is refused
 * rather than guessed, so a typed number never changes its meaning.
 */
export function parseTypedNumber(text: string): TypedNumber {
  let cleaned = text.trim().replace(MINUS, '-');
  // Stryker disable next-line ConditionalExpression: empty text fails the decimal pattern below, with the same problem
  if (cleaned === '') return { ok: false, problem: 'needs a number, such as 0.75.' };
  if (cleaned.includes(',')) {
    if (cleaned.includes('.') || cleaned.indexOf(',') !== cleaned.lastIndexOf(',')) {
      return { ok: false, problem: 'needs one decimal point (or comma), such as 0.75.' };
    }
    const parts = cleaned.split(',');
    // Stryker disable next-line StringLiteral: text with exactly one comma splits in two parts
    const [whole = '', fraction = ''] = parts;
    if (/^[-+]?[1-9]\d{0,2}$/.test(whole) && /^\d{3}$/.test(fraction)) {
      const point = `${whole}.${fraction}`.replace('-', MINUS);
      const thousands = `${whole}${fraction}`.replace('-', MINUS);
      return {
        ok: false,
        problem: `could mean ${point} or ${thousands}: type it with a decimal point.`,
      };
    }
    cleaned = `${whole}.${fraction}`;
  }
  if (!DECIMAL.test(cleaned)) return { ok: false, problem: 'needs a number, such as 0.75.' };
  const value = Number(cleaned);
  if (!Number.isFinite(value)) return { ok: false, problem: 'is too large to use.' };
  return { ok: true, value };
}

/** A limit as a sentence states it: its shortest decimal form, with a true minus sign. */
export function formatLimit(value: number): string {
  return String(value).replace('-', MINUS);
}
