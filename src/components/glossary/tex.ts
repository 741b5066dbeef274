/**
 * TeX to MathML at build time for components (Markdown's math goes through rehype-katex): the
 * book's KaTeX settings, and the formula alone in its <math>, without the TeX source KaTeX keeps
 * beside it or the namespace an HTML page gives <math> by itself, as in the chapters
 * (rehype-live-mathml.ts).
 */
import katex from 'katex';
import { katexOptions } from '../../math/katex-options.ts';

/** Inline math as KaTeX's MathML. */
export function renderTex(tex: string): string {
  return katex
    .renderToString(tex, { ...katexOptions, displayMode: false })
    .replace(' xmlns="http://www.w3.org/1998/Math/MathML"', '')
    .replace(/<\/?semantics>|<annotation[^>]*>[\s\S]*?<\/annotation>/g, '');
}
