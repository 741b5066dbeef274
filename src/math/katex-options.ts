/**
 * KaTeX settings for the build. The only HTML extension the book allows is \htmlData, which
 * carries a live number's key and value into the page; every other trust request is refused.
 */
import type { KatexOptions } from 'katex';

/** The typographic minus sign that live numbers use; KaTeX has its glyph but no text metrics. */
const MINUS_SIGN = '\u2212';

export const katexOptions: KatexOptions = {
  throwOnError: true,
  trust: (context) => context.command === '\\htmlData',
  strict: (errorCode: string, errorMsg: string) => {
    if (errorCode === 'htmlExtension') return 'ignore';
    if (errorCode === 'unknownSymbol' && errorMsg.includes(`"${MINUS_SIGN}"`)) return 'ignore';
    return 'error';
  },
};
