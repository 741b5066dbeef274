/**
 * The printed symbol of a network store's quantity key, in the book's notation: `w14` is λ₁,₄,
 * `H4in` is H₄ with "in" below, `dL/dH4in` is ∂L/∂H₄in, `w14next` is λ₁,₄ after the update. One
 * function for every widget, so a symbol looks the same in the stepper, the worksheet and the
 * gradient check; screen readers and tests read each as plain text ("∂L/∂H4in").
 */

/** A symbol: a base letter with an optional subscript and a second-level subscript. */
export interface SymbolParts {
  readonly base: string;
  readonly sub?: string;
  readonly subsub?: string;
  /** A mark after the symbol: "′" for a parameter after the update. */
  readonly mark?: string;
}

/** A quantity's symbol: a single symbol or a derivative ∂top/∂bottom. */
export type QuantitySymbolParts =
  | { readonly kind: 'plain'; readonly symbol: SymbolParts }
  | { readonly kind: 'derivative'; readonly top: SymbolParts; readonly bottom: SymbolParts };

const NAMED: Readonly<Record<string, SymbolParts>> = {
  loss: { base: 'L' },
  L: { base: 'L' },
  y: { base: 'y' },
  learningRate: { base: 'η' },
  epochLearningRate: { base: 'η' },
  epsilon: { base: 'ε' },
};

/** The parts of one symbol key: x1, y1, I1, H4, H4in, O6in, w14, b4, w14next. */
function symbolOf(key: string): SymbolParts {
  const named = NAMED[key];
  if (named) return named;
  const next = /^(.*)next$/.exec(key);
  if (next) return { ...symbolOf(next[1]!), mark: '′' };
  const weight = /^w(\d)(\d)$/.exec(key);
  if (weight) return { base: 'λ', sub: `${weight[1]},${weight[2]}` };
  const wide = /^w(\d+)_(\d+)$/.exec(key);
  if (wide) return { base: 'λ', sub: `${wide[1]},${wide[2]}` };
  const node = /^([A-Za-z])(\d+)(in)?$/.exec(key);
  if (node) {
    const base = node[1] === 'w' ? 'λ' : node[1]!;
    return node[3] ? { base, sub: node[2]!, subsub: 'in' } : { base, sub: node[2]! };
  }
  return { base: key };
}

/** The symbol of a quantity key, a derivative `dA/dB` included. */
export function quantitySymbol(key: string): QuantitySymbolParts {
  const derivative = /^d(.+)\/d(.+)$/.exec(key);
  if (derivative) {
    return {
      kind: 'derivative',
      top: symbolOf(derivative[1]!),
      bottom: symbolOf(derivative[2]!),
    };
  }
  return { kind: 'plain', symbol: symbolOf(key) };
}

/** One symbol as plain text: "λ1,4", "H4in", "λ1,4′". */
export function symbolText(parts: SymbolParts): string {
  return `${parts.base}${parts.sub ?? ''}${parts.subsub ?? ''}${parts.mark ?? ''}`;
}

/** A quantity's symbol as plain text: "∂L/∂H4in", "λ1,4". */
export function quantityText(key: string): string {
  const parts = quantitySymbol(key);
  return parts.kind === 'plain'
    ? symbolText(parts.symbol)
    : `∂${symbolText(parts.top)}/∂${symbolText(parts.bottom)}`;
}
