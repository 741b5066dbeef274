/**
 * TeX to MathML at build time for components (Markdown's math goes through rehype-katex): the
 * book's KaTeX settings, and the TeX source kept out of the search index as in the chapters.
 */
import katex from 'katex';
import { katexOptions } from '../../math/katex-options.ts';

/** Inline math as KaTeX's MathML. */
export function renderTex(tex: string): string {
  return katex
    .renderToString(tex, { ...katexOptions, displayMode: false })
    .replace('<annotation encoding=', '<annotation data-pagefind-ignore encoding=');
}
