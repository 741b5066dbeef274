/**
 * Checks a number a reader worked out by hand against the store's value, with one rule the
 * worksheet states to the reader: an answer is right to three decimals, within 0.0005 of the
 * value. The typed text is read as the book reads every typed number (`parseTypedNumber`: a
 * decimal comma, a true minus sign), and it is never changed.
 *
 * Why the rule has two halves: |typed − value| ≤ 0.0005 accepts both neighbours of a tie
 * (0.0125 may be typed 0.012 or 0.013) and any sign of zero ("−0.000" for −0.0004). A small slack
 * of 1e-9 keeps it from refusing a correctly rounded decimal whose binary value lands a hair past
 * 0.0005. The second half, the text equal to the book's own rounding `formatNumber(value, 3)`,
 * accepts what the page would show even where the first cannot read it (a value of a million or
 * more is printed as 1.235×10⁶, and may be typed with a caret, 1.235×10^6).
 */
import { formatNumber, parseTypedNumber, raiseCaretExponents } from './format.ts';

/** Decimals an answer must be right to. */
export const ANSWER_DIGITS = 3;

/** How far an answer may be from the value: half a unit of the third decimal. */
export const ANSWER_TOLERANCE = 0.0005;

/** Room for binary rounding at exactly 0.0005 away: 0.001 − 0.0005 is not exactly 0.0005. */
const ROUNDING_SLACK = 1e-9;

/** What a check says about an answer. */
export type AnswerStatus = 'empty' | 'unreadable' | 'right' | 'wrong';

/** The outcome of a check: its status, and a sentence for the reader ('' when empty). */
export interface AnswerCheck {
  readonly status: AnswerStatus;
  readonly message: string;
}

/** The rule as the worksheet states it. */
export function toleranceRule(tolerance: number = ANSWER_TOLERANCE): string {
  return `An answer is right to three decimals: within ${String(tolerance)} of the value.`;
}

/** Typed text with the book's minus sign, to compare with `formatNumber`'s text. */
function asPrinted(text: string): string {
  // Stryker disable next-line Regex: the book prints no ASCII minus, and a caret exponent reads - and − alike, so only a leading - can match
  return raiseCaretExponents(text.trim().replace(/^-/, '\u2212'));
}

/**
 * Checks a typed answer against the true value.
 * Right when |typed − truth| ≤ tolerance (+ 1e-9 for binary rounding), or when the text is the
 * truth as the book prints it to three decimals.
 * @param text what the reader typed, as typed
 * @param truth the store's value
 * @param tolerance how far an answer may be (0.0005: right to three decimals)
 */
export function checkAnswer(
  text: string,
  truth: number,
  tolerance: number = ANSWER_TOLERANCE,
): AnswerCheck {
  if (text.trim() === '') return { status: 'empty', message: '' };
  const printed = Number.isFinite(truth) && asPrinted(text) === formatNumber(truth, ANSWER_DIGITS);
  if (printed) return { status: 'right', message: 'Right.' };
  const typed = parseTypedNumber(text);
  if (!typed.ok) {
    return { status: 'unreadable', message: `Can’t read this as a number: it ${typed.problem}` };
  }
  if (!Number.isFinite(truth)) {
    return { status: 'wrong', message: 'This state has no finite value to check against.' };
  }
  if (Math.abs(typed.value - truth) <= tolerance + ROUNDING_SLACK) {
    return { status: 'right', message: 'Right.' };
  }
  return {
    status: 'wrong',
    message: `Wrong: more than ${String(tolerance)} away from the value.`,
  };
}
