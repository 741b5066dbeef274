/**
 * A quantity's symbol with its subscript, as HTML (λ<sub>1,4</sub>) or as SVG text. Screen
 * readers and tests read it as one word: "λ1,4".
 */
interface Props {
  symbol: readonly [base: string, subscript: string];
}

export function QuantitySymbol({ symbol: [base, subscript] }: Props) {
  return (
    <>
      <span class="symbol-base">{base}</span>
      {subscript && <sub>{subscript}</sub>}
    </>
  );
}

/** The SVG version: a <tspan> shifted to the subscript baseline and shrunk. */
export function SvgSymbol({ symbol: [base, subscript] }: Props) {
  return (
    <>
      <tspan class="symbol-base">{base}</tspan>
      {subscript && (
        <tspan class="svg-sub" baseline-shift="sub">
          {subscript}
        </tspan>
      )}
    </>
  );
}
