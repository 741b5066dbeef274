import { describe, expect, it } from 'vitest';
import { findMathProblems } from '../../site/lib/math.ts';

describe('the math gate', () => {
  it('passes typeset math, even with $$ inside its TeX annotation', () => {
    const html =
      '<span class="katex"><annotation encoding="application/x-tex">$$x$$</annotation><span class="katex-html">x</span></span>';
    expect(findMathProblems(html)).toEqual({ katexErrors: 0, rawDisplayMath: 0 });
  });

  it('fails a KaTeX error', () => {
    expect(
      findMathProblems('<span class="katex-error" title="ParseError">\\frac</span>').katexErrors,
    ).toBe(1);
  });

  it('fails display math that never reached KaTeX', () => {
    expect(findMathProblems('<p>$$ H_4 = \\sigma(x) $$</p>').rawDisplayMath).toBe(2);
  });
});
