/**
 * A widget's readout: the numbers a reader watches, each a term and its live value, as a
 * description list (read out as name and value pairs).
 */
import type { ComponentChildren } from 'preact';
import type { Store } from '../state/store.ts';
import { LiveNumber } from './LiveNumber.tsx';

/** One number of a readout: its name, the store's quantity and how many decimals it shows. */
export interface ReadoutEntry {
  term: ComponentChildren;
  quantity: string;
  /** Decimals shown; LiveNumber's default (3) if left out. */
  digits?: number;
}

interface Props {
  store: Store;
  /** The list's class, for its widget's layout. */
  class: string;
  entries: readonly ReadoutEntry[];
}

export function ReadoutList({ store, class: className, entries }: Props) {
  return (
    <dl class={className}>
      {entries.map(({ term, ...number }) => (
        <div key={number.quantity}>
          <dt>{term}</dt>
          <dd>
            <LiveNumber store={store} {...number} />
          </dd>
        </div>
      ))}
    </dl>
  );
}
