/**
 * A live number in a widget: an element showing one quantity of a store, as the store starts
 * (what the server rendered, and what an island must draw while it hydrates). It is marked like
 * every live number on the page (`data-quantity`, `data-value`, `data-digits`), and the widget
 * keeps all of its numbers in step with the store through one effect (`useLiveNumbers`), so a
 * change writes only the numbers that changed and no component renders again.
 */
import { formatNumber } from '../state/format.ts';
import type { Store } from '../state/store.ts';

interface Props {
  store: Store;
  quantity: string;
  /** Decimals shown; 3 by default. */
  digits?: number;
  /** The element: a <tspan> inside SVG text, a <td> in a table, a <span> in text. */
  as?: 'span' | 'tspan' | 'td';
  class?: string;
  /** A cell's column name, shown before it when its table stacks on a phone (`.table-fit`). */
  label?: string;
}

export function LiveNumber({ store, quantity, digits = 3, as = 'span', label, ...rest }: Props) {
  const starting = store.kind.read(store.initialView, quantity) ?? Number.NaN;
  const Tag = as;
  return (
    <Tag
      data-quantity={quantity}
      data-value={String(starting)}
      data-digits={digits}
      data-label={label}
      {...rest}
    >
      {formatNumber(starting, digits)}
    </Tag>
  );
}
