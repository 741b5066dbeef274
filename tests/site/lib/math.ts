/**
 * The math gate: every equation was typeset at build time. A KaTeX error leaves a
 * `katex-error` element; an equation that never reached KaTeX leaves its `$$` in the text.
 */

/** The page's visible text: no scripts, styles or KaTeX's TeX annotations. */
function visibleText(html: string): string {
  return html.replace(/<(script|style|annotation)\b[\s\S]*?<\/\1>/g, ' ').replace(/<[^>]+>/g, ' ');
}

export interface MathProblems {
  katexErrors: number;
  rawDisplayMath: number;
}

export function findMathProblems(html: string): MathProblems {
  return {
    katexErrors: (html.match(/class="[^"]*\bkatex-error\b/g) ?? []).length,
    rawDisplayMath: (visibleText(html).match(/\$\$/g) ?? []).length,
  };
}
