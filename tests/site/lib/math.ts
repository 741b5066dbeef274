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

/** The characters no font draws (function application, invisible separators, joiners). */
const INVISIBLE = /[\u200b-\u200d\u2060-\u2064]/u;

/** The Mathematical Italic letter a lone letter is drawn as (MathML Core's math-auto). */
function italicOf(letter: string): string | undefined {
  const code = letter.codePointAt(0)!;
  if (letter === 'h') return '\u210e'; // the italic h sits among the letter-like symbols
  if (code >= 0x61 && code <= 0x7a) return String.fromCodePoint(0x1d44e + code - 0x61);
  if (code >= 0x41 && code <= 0x5a) return String.fromCodePoint(0x1d434 + code - 0x41);
  if (code >= 0x3b1 && code <= 0x3c9) return String.fromCodePoint(0x1d6fc + code - 0x3b1);
  if (code >= 0x391 && code <= 0x3a9) return String.fromCodePoint(0x1d6e2 + code - 0x391);
  return undefined;
}

/**
 * Every character the page's equations draw in the math font: the text of each `<math>` (its TeX
 * source left out), and for a lone letter in an `<mi>` without mathvariant="normal", the italic
 * letter the browser draws instead.
 */
export function mathCharacters(html: string): Set<string> {
  const drawn = new Set<string>();
  const decode = (text: string) =>
    text
      .replace(/&#x([0-9a-f]+);/gi, (_, hex: string) => String.fromCodePoint(parseInt(hex, 16)))
      .replace(/&#(\d+);/g, (_, decimal: string) => String.fromCodePoint(Number(decimal)))
      .replace(/&lt;/g, '<')
      .replace(/&gt;/g, '>')
      .replace(/&quot;/g, '"')
      .replace(/&nbsp;/g, '\u00a0')
      .replace(/&amp;/g, '&');
  for (const [math] of html.matchAll(/<math\b[\s\S]*?<\/math>/g)) {
    const shown = math.replace(/<annotation\b[\s\S]*?<\/annotation>/g, '');
    for (const character of decode(shown.replace(/<[^>]+>/g, '')))
      if (!INVISIBLE.test(character)) drawn.add(character);
    for (const [, attributes, text] of shown.matchAll(/<mi\b([^>]*)>([^<]*)<\/mi>/g)) {
      const letters = [...decode(text!)];
      if (letters.length !== 1 || /mathvariant="normal"/.test(attributes!)) continue;
      const italic = italicOf(letters[0]!);
      if (italic) drawn.add(italic);
    }
  }
  return drawn;
}
