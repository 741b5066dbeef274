/**
 * The counter's diagram in words: "4 layers: 3 inputs, 2 hidden layers of 16 and 8 nodes,
 * 1 output." Each number is a piece naming the quantity it shows (`l0`, `layers`, …), so the
 * widget writes it as a live number read from its store; the words around it follow the widths.
 */
import { widthKey } from './widths.kind.ts';

/** Text, or the key of a quantity to show in its place. */
export type SummaryPiece = string | { readonly quantity: string };

/** A list of quantities in words: "a", "a and b", "a, b and c". */
function listOf(keys: readonly string[]): SummaryPiece[] {
  return keys.flatMap((quantity, i): SummaryPiece[] => {
    const separator = i === 0 ? '' : i === keys.length - 1 ? ' and ' : ', ';
    return separator ? [separator, { quantity }] : [{ quantity }];
  });
}

/** The sentence describing a network of these widths (at least two layers). */
export function networkSummary(widths: readonly number[]): SummaryPiece[] {
  const last = widths.length - 1;
  const inputs = widths[0]!;
  const outputs = widths[last]!;
  const hidden = widths.slice(1, last);
  const pieces: SummaryPiece[] = [
    { quantity: 'layers' },
    ' layers: ',
    { quantity: widthKey(0) },
    inputs === 1 ? ' input, ' : ' inputs, ',
  ];
  if (hidden.length === 0) {
    pieces.push('no hidden layer, ');
  } else {
    const keys = hidden.map((_, i) => widthKey(i + 1));
    const nodes = hidden.length === 1 && hidden[0] === 1 ? ' node, ' : ' nodes, ';
    pieces.push(
      { quantity: 'hiddenLayers' },
      hidden.length === 1 ? ' hidden layer of ' : ' hidden layers of ',
      ...listOf(keys),
      nodes,
    );
  }
  pieces.push({ quantity: widthKey(last) }, outputs === 1 ? ' output.' : ' outputs.');
  return pieces;
}
