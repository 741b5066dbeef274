/**
 * TeX to HTML at build time for components (Markdown's math goes through rehype-katex): the
 * book's KaTeX settings, and the MathML copy kept out of the search index as in the chapters.
 */
import katex from 'katex';
import { katexOptions } from '../../math/katex-options.ts';

/** Inline math as KaTeX's HTML and MathML. */
export function renderTex(tex: string): string {
  return katex
    .renderToString(tex, { ...katexOptions, displayMode: false })
    .replace('<span class="katex-mathml">', '<span class="katex-mathml" data-pagefind-ignore>');
}
