/**
 * One operation of a training step as a person writes it: the rule with symbols, then the same
 * rule with the current numbers and its result, e.g.
 *   ∂L/∂H₄in = ∂H₄/∂H₄in · ∂L/∂H₄
 *            = 0.239 · (−0.105) = −0.025
 * The numbers are read from the store's view as it is when the component renders (the stepper and
 * the worksheet render the one operation they show again on each change), never computed here:
 * a sum's terms come from the engine's `evaluateOperation`.
 */
import type { ReadonlySignal } from '@preact/signals';
import type { ComponentChildren } from 'preact';
import { evaluateOperation, type Operation } from '../../engine/core/index.ts';
import { formatNumber } from '../../state/format.ts';
import type { NetworkKind, NetworkView } from '../../state/kind-parts/network-kind.ts';
import type { Store } from '../../state/store.ts';
import { Sym, SymbolHtml } from '../Sym.tsx';

export { Sym, SymbolHtml };

/** Decimals of the numbers in a worked operation, as in the chapters' equations. */
export const OPERATION_DIGITS = 3;

/** Reads quantities of a network store: the live view once mounted, the starting view before. */
export function readerOf(store: Store, mounted: ReadonlySignal<boolean>) {
  const view = (mounted.value ? store.view.value : store.initialView) as NetworkView;
  return (key: string) => store.kind.read(view, key) ?? Number.NaN;
}

/** A number of the store as it is now, marked like every live number on the page. */
export function Num({
  quantity,
  read,
  parenthesise = false,
}: {
  quantity: string;
  read: (key: string) => number;
  parenthesise?: boolean;
}) {
  const value = read(quantity);
  const text = formatNumber(value, OPERATION_DIGITS);
  return (
    <span class="live-number" data-quantity={quantity} data-value={String(value)}>
      {parenthesise && value < 0 ? `(${text})` : text}
    </span>
  );
}

/** A plain computed number (a term of a sum), not a quantity of the store. */
function Plain({ value }: { value: number }) {
  const text = formatNumber(value, OPERATION_DIGITS);
  return <span class="term-value">{value < 0 ? `(${text})` : text}</span>;
}

/** Children joined by a separator. */
function joined(items: ComponentChildren[], separator: string): ComponentChildren[] {
  return items.flatMap((item, i) => (i === 0 ? [item] : [separator, item]));
}

/** The rule of an operation with symbols, and the same with the current numbers. */
export function operationParts(
  operation: Operation,
  kind: NetworkKind,
  read: (key: string) => number,
): { symbols: ComponentChildren; numbers: ComponentChildren; terms?: readonly number[] } {
  const factor = (key: string | 1) => (key === 1 ? '1' : <Sym quantity={key} />);
  const value = (key: string | 1) =>
    key === 1 ? '1' : <Num quantity={key} read={read} parenthesise />;
  const products = (show: (key: string | 1) => ComponentChildren) =>
    joined(
      operation.terms.map((term) => joined(term.map(show), ' · ')),
      ' + ',
    );
  const node = operation.node;
  const activation = node?.role === 'output' ? kind.output : kind.hidden;
  switch (operation.kind) {
    case 'weightedSum':
    case 'alongConnections':
    case 'weightGradient':
    case 'biasGradient':
    case 'throughNode': {
      const { terms } = evaluateOperation(operation, read);
      return { symbols: products(factor), numbers: products(value), terms };
    }
    case 'activation': {
      const input = node!.inputKey;
      const name = activation === 'identity' ? '' : activation === 'sigmoid' ? 'σ' : activation;
      return {
        symbols: name ? (
          <>
            {name}(<Sym quantity={input} />)
          </>
        ) : (
          <Sym quantity={input} />
        ),
        numbers: name ? (
          <>
            {name}(<Num quantity={input} read={read} />)
          </>
        ) : (
          <Num quantity={input} read={read} />
        ),
      };
    }
    case 'loss': {
      return {
        symbols: (
          <>
            ½(ŷ − <Sym quantity="y" />
            )²
          </>
        ),
        numbers: (
          <>
            ½(
            <Num quantity={lastOutput(kind)} read={read} /> −{' '}
            <Num quantity="y" read={read} parenthesise />
            )²
          </>
        ),
      };
    }
    case 'lossDerivative': {
      const target = operation.upstream!;
      return {
        symbols: (
          <>
            <Sym quantity={node!.key} /> − <Sym quantity={target} />
          </>
        ),
        numbers: (
          <>
            <Num quantity={node!.key} read={read} /> −{' '}
            <Num quantity={target} read={read} parenthesise />
          </>
        ),
      };
    }
    case 'update': {
      const parameter = operation.result.replace(/next$/, '');
      return {
        symbols: (
          <>
            <Sym quantity={parameter} /> − η · <Sym quantity={operation.upstream!} />
          </>
        ),
        numbers: (
          <>
            <Num quantity={parameter} read={read} parenthesise /> −{' '}
            <Num quantity="epochLearningRate" read={read} /> ·{' '}
            <Num quantity={operation.upstream!} read={read} parenthesise />
          </>
        ),
      };
    }
  }
}

/** The key of the single output node, ŷ. */
function lastOutput(kind: NetworkKind): string {
  return kind.names.layers.at(-1)![0]!.key;
}

/** The operation as two lines: the rule, then the numbers and the result. */
export function OperationFormula({
  operation,
  kind,
  read,
  showTerms = false,
}: {
  operation: Operation;
  kind: NetworkKind;
  read: (key: string) => number;
  /** Also list a sum's terms, each with its value (at a node with several paths). */
  showTerms?: boolean;
}) {
  const { symbols, numbers, terms } = operationParts(operation, kind, read);
  return (
    <div class="operation-formula">
      <p class="operation-line">
        <Sym quantity={operation.result} /> = {symbols}
      </p>
      <p class="operation-line">
        = {numbers} = <Num quantity={operation.result} read={read} />
      </p>
      {showTerms && terms && terms.length > 1 && (
        <p class="operation-line operation-terms">
          {joined(
            terms.map((term, i) => (
              <span key={i}>
                term {i + 1}: <Plain value={term} />
              </span>
            )),
            ', ',
          )}
          ; their sum is <Num quantity={operation.result} read={read} />
        </p>
      )}
    </div>
  );
}
