/**
 * KaTeX settings for the build. KaTeX writes MathML alone, which the browser lays out (MathML
 * Core): one copy of each formula, read by eye and by screen readers alike, instead of MathML and
 * an HTML copy of positioned glyph boxes several times its size. The only HTML extension the book
 * allows is \htmlData, which marks a live number in the TeX; every other trust request is refused.
 */
import type { KatexOptions } from 'katex';

/** The typographic minus sign that live numbers use; KaTeX has its glyph but no text metrics. */
const MINUS_SIGN = '\u2212';

export const katexOptions: KatexOptions = {
  output: 'mathml',
  throwOnError: true,
  trust: (context) => context.command === '\\htmlData',
  strict: (errorCode: string, errorMsg: string) => {
    if (errorCode === 'htmlExtension') return 'ignore';
    if (errorCode === 'unknownSymbol' && errorMsg.includes(`"${MINUS_SIGN}"`)) return 'ignore';
    return 'error';
  },
};
