/**
 * Layer widths as a reader types them: "3, 2, 1", "3 2 1", "[3,2,1]" or "(3; 2; 1)". Both boxes
 * labelled "layer widths" read text this way (the parameter counter's and the lab's); each judges
 * the numbers it reads with its own limits.
 */
import type { Checked } from './codecs.ts';

/** What a box says in its refusals: its longest text, and examples of a list and of one width. */
export interface WidthTextWords {
  /** The longest text read, in characters. */
  readonly maxLength: number;
  /** That length as the refusal shows it. */
  readonly maxLengthText: string;
  /** A list of widths, such as "3, 2, 1". */
  readonly list: string;
  /** One width, such as "16". */
  readonly one: string;
}

/** A typed token that reads as a number: optional sign, digits, optional fraction and exponent. */
const NUMBER_TOKEN = /^[-+\u2212]?(\d+\.?\d*|\.\d+)(e[-+]?\d+)?$/i;

/**
 * The numbers in a typed list of widths, separated by commas, semicolons or spaces, inside
 * brackets or not; a refusal for text too long, empty, or with a token that is not a number. The
 * numbers may be negative, fractions or too large to hold (Infinity): the caller judges them.
 */
export function readWidthText(text: string, words: WidthTextWords): Checked<number[]> {
  if (text.length > words.maxLength) {
    return {
      ok: false,
      message: `That text is too long to read: the widths take at most ${words.maxLengthText} characters.`,
    };
  }
  const inner = text
    .trim()
    .replace(/^[[(]/, '')
    .replace(/[\])]$/, '');
  const tokens = inner.split(/[\s,;]+/).filter((token) => token !== '');
  if (tokens.length === 0) {
    return {
      ok: false,
      message: `Type the width of each layer, inputs first, such as ${words.list}.`,
    };
  }
  const values: number[] = [];
  for (const token of tokens) {
    if (!NUMBER_TOKEN.test(token)) {
      const shown = token.length > 12 ? `${token.slice(0, 12)}…` : token;
      return {
        ok: false,
        message: `“${shown}” is not a number: each width is a count of nodes, such as ${words.one}.`,
      };
    }
    values.push(Number(token.replace('\u2212', '-')));
  }
  return { ok: true, value: values };
}
