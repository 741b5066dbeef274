/**
 * A number of a store's view, drawn as part of a widget that renders from its view (a small table
 * whose rows come and go with the settings). Marked like every live number: `data-quantity`,
 * `data-value` and `data-digits`, and the book's formatting.
 */
import type { Store } from '../../state/store.ts';
import { formatNumber } from '../../state/format.ts';

interface Props {
  store: Store;
  /** The view on show: the store's starting view while hydrating, then its live one. */
  view: unknown;
  quantity: string;
  /** Decimals shown; 3 by default. */
  digits?: number;
  as?: 'span' | 'td';
  class?: string;
  /** A cell's column name, shown before it when its table stacks on a phone (`.table-fit`). */
  label?: string;
}

export function Quantity({
  store,
  view,
  quantity,
  digits = 3,
  as = 'span',
  label,
  ...rest
}: Props) {
  const value = store.kind.read(view, quantity);
  // A widget draws only keys its view answers; a missing one would be a bug, shown as "—".
  const Tag = as;
  return (
    <Tag
      data-quantity={quantity}
      data-value={value === undefined ? '' : String(value)}
      data-digits={digits}
      data-label={label}
      {...rest}
    >
      {formatNumber(value ?? Number.NaN, digits)}
    </Tag>
  );
}
