/**
 * A plot's text in the book's notation: a symbol written `η_ℓ` in a label shows as η with ℓ
 * below it, as the chapters print it; an HTML <sub> in a legend or a table, a lowered <tspan>
 * in an SVG title. Text without `_` is shown as it is.
 */

/** `_` followed by the subscript: up to the next space, comma or closing bracket. */
const SUBSCRIPT = /_([^\s,)]+)/g;

/** The text as plain text, its subscripts run in (η_ℓ → ηℓ): for a label drawn by CSS. */
export function plainText(text: string): string {
  return text.replace(SUBSCRIPT, '$1');
}

/** The text cut into plain runs and subscripts, in order. */
function partsOf(text: string): { text: string; sub: boolean }[] {
  const parts: { text: string; sub: boolean }[] = [];
  let last = 0;
  for (const match of text.matchAll(SUBSCRIPT)) {
    if (match.index > last) parts.push({ text: text.slice(last, match.index), sub: false });
    parts.push({ text: match[1]!, sub: true });
    last = match.index + match[0].length;
  }
  if (last < text.length) parts.push({ text: text.slice(last), sub: false });
  return parts;
}

/**
 * The text with its subscripts lowered: as HTML, or as SVG tspans inside a <text>. An SVG
 * subscript is 0.85 of its text: the plots' 13 px titles give 11 px, the smallest text a widget
 * draws (0.75 drew ℓ at 9.75 px).
 */
export function Subscripted({ text, svg = false }: { text: string; svg?: boolean }) {
  const parts = partsOf(text);
  if (svg) {
    return (
      <>
        {parts.map((part, i) =>
          part.sub ? (
            <tspan key={i} baseline-shift="sub" font-size="0.85em">
              {part.text}
            </tspan>
          ) : (
            <tspan key={i}>{part.text}</tspan>
          ),
        )}
      </>
    );
  }
  return <>{parts.map((part, i) => (part.sub ? <sub key={i}>{part.text}</sub> : part.text))}</>;
}
