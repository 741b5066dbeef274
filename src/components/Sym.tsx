/**
 * A quantity's symbol in the book's notation, as HTML: λ<sub>1,4</sub>, H<sub>4<sub>in</sub></sub>,
 * ∂L/∂H₄in. Screen readers and tests read it as one plain word ("λ1,4", "∂L/∂H4in"). Shared by
 * the backpropagation widgets and the exercises.
 */
import { quantitySymbol, type SymbolParts } from './quantity-symbols.ts';

/** One symbol as HTML: λ<sub>1,4</sub>, H<sub>4<sub>in</sub></sub>. */
export function SymbolHtml({ parts }: { parts: SymbolParts }) {
  return (
    <>
      <span class="symbol-base">{parts.base}</span>
      {parts.sub && (
        <sub>
          {parts.sub}
          {parts.subsub && <sub>{parts.subsub}</sub>}
        </sub>
      )}
      {parts.mark}
    </>
  );
}

/** A quantity's symbol as HTML: ∂L/∂H₄in, λ₁,₄, ŷ-free plain symbols. */
export function Sym({ quantity }: { quantity: string }) {
  const parts = quantitySymbol(quantity);
  return (
    <span class="sym">
      {parts.kind === 'plain' ? (
        <SymbolHtml parts={parts.symbol} />
      ) : (
        <>
          ∂<SymbolHtml parts={parts.top} />
          /∂
          <SymbolHtml parts={parts.bottom} />
        </>
      )}
    </span>
  );
}
