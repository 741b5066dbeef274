/**
 * How numbers look on the page. One function, used by the build (numbers inside equations) and
 * by every widget, so a number reads the same wherever it appears.
 */

/** The digits after the decimal point that the book shows unless a place asks for others. */
export const DEFAULT_DIGITS = 3;

/** The typographic minus sign, as in printed mathematics. */
const MINUS = '\u2212';

/** A value too large to show in fixed notation is shown as mantissa × 10^exponent. */
const FIXED_LIMIT = 1e6;

/**
 * Rounds a number for display with a fixed number of decimals and a true minus sign.
 * Negative zero after rounding shows as 0; a value that is not finite shows as "—", never as NaN.
 */
export function formatNumber(value: number, digits: number = DEFAULT_DIGITS): string {
  if (!Number.isFinite(value)) return '—';
  if (Math.abs(value) >= FIXED_LIMIT) {
    const [mantissa = '0', exponent = '0'] = value.toExponential(digits).split('e');
    return `${mantissa.replace('-', MINUS)}×10^${Number(exponent)}`;
  }
  const text = value.toFixed(digits);
  if (Number(text) === 0) return (0).toFixed(digits);
  return text.replace('-', MINUS);
}

/** Parses a reader's typed number: accepts a leading − or -, and a decimal comma. */
export function parseTypedNumber(text: string): number | undefined {
  const cleaned = text.trim().replace(MINUS, '-').replace(',', '.');
  if (cleaned === '' || !/^[-+]?(\d+\.?\d*|\.\d+)(e[-+]?\d+)?$/i.test(cleaned)) return undefined;
  const value = Number(cleaned);
  return Number.isFinite(value) ? value : undefined;
}
