/**
 * Layer widths as a reader types them: "3, 2, 1", "3 2 1" or "[3,2,1]", separated by commas,
 * semicolons or spaces, inside brackets or not. The parameter counter and the lab both read their
 * box this way; each then judges the numbers by its own limits and in its own words.
 */
import type { Checked } from '../codec-contract.ts';

/** A typed token that reads as a number: optional sign, digits, optional fraction and exponent. */
const NUMBER_TOKEN = /^[-+\u2212]?(\d+\.?\d*|\.\d+)(e[-+]?\d+)?$/i;

/** Longest piece of a token a refusal quotes. */
const QUOTED = 12;

/** What the sentences of a refusal give as examples. */
export interface WidthsExamples {
  /** A whole network, inputs first: "3, 2, 1". */
  readonly network: string;
  /** One width: "16". */
  readonly width: string;
}

/**
 * The numbers of typed widths, in order, or the sentence for the first problem: no token at all,
 * a token that is not a number, or a number `judge` refuses as it is read (its sentence). A token
 * such as "1e999" reads as Infinity; without a judge, the caller's limits judge it.
 */
export function readWidthTokens(
  text: string,
  examples: WidthsExamples,
  judge: (value: number, index: number) => string | null = () => null,
): Checked<number[]> {
  const inner = text
    .trim()
    .replace(/^[[(]/, '')
    .replace(/[\])]$/, '');
  const tokens = inner.split(/[\s,;]+/).filter((token) => token !== '');
  if (tokens.length === 0) {
    return {
      ok: false,
      message: `Type the width of each layer, inputs first, such as ${examples.network}.`,
    };
  }
  const values: number[] = [];
  for (const token of tokens) {
    if (!NUMBER_TOKEN.test(token)) {
      const shown = token.length > QUOTED ? `${token.slice(0, QUOTED)}…` : token;
      return {
        ok: false,
        message: `“${shown}” is not a number: each width is a count of nodes, such as ${examples.width}.`,
      };
    }
    const value = Number(token.replace('\u2212', '-'));
    const problem = judge(value, values.length);
    if (problem) return { ok: false, message: problem };
    values.push(value);
  }
  return { ok: true, value: values };
}
