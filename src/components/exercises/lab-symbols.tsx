/**
 * How the lab exercises write their numbers: each one's symbol in the node panel's notation
 * (λ₃,₇, N₇ with "in" below, ∂L/∂b₇, σ′(N₇,in), η_ℓ) and its value as a marked number of the page.
 * Nothing here computes: values come from the engine's exercise, which read them from the store.
 */
import type { LabNumber, LabPart } from '../../engine/exercises/index.ts';
import { formatNumber } from '../../state/format.ts';
import { D, In, Out, S, Slope, Weight } from '../lab/panel-math.tsx';
import { MarkedNumber } from './exercise-parts.tsx';

/** Decimals of a worked number: one more than an answer needs. */
export const LAB_WORKED_DIGITS = 4;

/** The symbol of what a number is: a weight, a bias, a node's input or output, a slope, y or η_ℓ. */
function PartSymbol({ part, activation }: { part: LabPart; activation: string }) {
  switch (part.of) {
    case 'weight':
      return part.next ? (
        <S base="λ′" sub={`${part.from},${part.to}`} />
      ) : (
        <Weight from={part.from} to={part.to} />
      );
    case 'bias':
      return <S base="b" sub={part.node} />;
    case 'input':
      return <In n={part.node} />;
    case 'output':
      return <Out n={part.node} />;
    case 'slope':
      return <Slope activation={activation} n={part.node} />;
    case 'target':
      return part.index === undefined ? <var>y</var> : <S base="y" sub={part.index} />;
    case 'rate':
      return <S base="η" sub="ℓ" />;
  }
}

/** A number's symbol, with ∂L/∂ before it when it is a derivative. */
export function LabSym({ number, activation = '' }: { number: LabNumber; activation?: string }) {
  const symbol = <PartSymbol part={number.part} activation={activation} />;
  return number.derivative ? <D>{symbol}</D> : symbol;
}

/** A number as the page marks it (`data-quantity` under the widget's id, its full `data-value`). */
export function LabValue({
  prefix,
  number,
  parenthesise = false,
}: {
  /** The widget's id, before the number's key: `check.dL/dw3_7`. */
  prefix: string;
  number: LabNumber;
  /** Writes a negative number in parentheses, as a factor or after an operator. */
  parenthesise?: boolean;
}) {
  return (
    <MarkedNumber
      quantity={`${prefix}.${number.key}`}
      value={number.value}
      text={formatNumber(number.value, LAB_WORKED_DIGITS)}
      parenthesise={parenthesise}
    />
  );
}
