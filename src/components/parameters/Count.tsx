/**
 * One number of the parameter counter, read from its store's view by quantity key and marked as
 * every live number is (`data-quantity`, `data-value`). Counts are whole numbers, shown with all
 * their digits in groups of three; the counter renders again when its widths change, so this
 * element is simply drawn anew.
 */
import type { ParameterTerms } from '../../engine/index.ts';
import { formatCount, widthsKind } from './widths.kind.ts';

interface Props {
  view: ParameterTerms;
  quantity: string;
  /** The element: a <tspan> inside SVG text, a <span> in text. */
  as?: 'span' | 'tspan';
}

export function Count({ view, quantity, as = 'span' }: Props) {
  const value = widthsKind.read(view, quantity) ?? Number.NaN;
  const Tag = as;
  return (
    <Tag class="counter-number" data-quantity={quantity} data-value={String(value)}>
      {formatCount(value)}
    </Tag>
  );
}
