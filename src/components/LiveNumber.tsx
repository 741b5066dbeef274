/**
 * A live number in a widget: an element whose text and `data-value` are bound to one quantity of a
 * store. It renders once; when the quantity changes, its text node and attribute are written
 * directly, and nothing else on the page renders again. Marked like every live number on the
 * page: `data-quantity` (which number), `data-value` (its full precision), `data-digits`.
 */
import { useComputed, type ReadonlySignal } from '@preact/signals';
import { formatNumber } from '../state/format.ts';
import type { Store } from '../state/store.ts';
import { useShownQuantity } from './useStore.ts';

interface Props {
  store: Store;
  quantity: string;
  /** False while the island hydrates (the starting value shows), then true. */
  mounted: ReadonlySignal<boolean>;
  /** Decimals shown; 3 by default. */
  digits?: number;
  /** The element: a <tspan> inside SVG text, a <td> in a table, a <span> in text. */
  as?: 'span' | 'tspan' | 'td';
  class?: string;
}

export function LiveNumber({ store, quantity, mounted, digits = 3, as = 'span', ...rest }: Props) {
  const value = useShownQuantity(store, quantity, mounted);
  const text = useComputed(() => formatNumber(value.value, digits));
  const full = useComputed(() => String(value.value));
  const Tag = as;
  return (
    <Tag data-quantity={quantity} data-value={full} data-digits={digits} {...rest}>
      {text}
    </Tag>
  );
}
