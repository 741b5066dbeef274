/**
 * A network's numbers as a table: the text alternative to the diagram, and a compact view for
 * anyone who would rather read a column than a picture. Rows come from the network's layout;
 * keys and rounding are the same as everywhere else.
 */
import type { Trace } from '../../engine/index.ts';
import { formatNumber } from '../../state/format.ts';
import type { NetworkView } from '../../state/kinds/network.ts';
import type { Store } from '../../state/store.ts';
import { useStoreView } from '../useStore.ts';
import type { NetworkLayout } from './layout.ts';

interface Props {
  store: Store<Trace, NetworkView>;
  layout: NetworkLayout;
  caption: string;
}

export function ValuesTable({ store, layout, caption }: Props) {
  const view = useStoreView(store);
  return (
    <table class="values-table">
      <caption>{caption}</caption>
      <thead>
        <tr>
          <th scope="col">Quantity</th>
          <th scope="col">Meaning</th>
          <th scope="col">Value</th>
        </tr>
      </thead>
      <tbody>
        {layout.tableRows.map((row) => {
          const value = store.kind.read(view, row.quantity) ?? Number.NaN;
          return (
            <tr key={row.quantity}>
              <th scope="row">{row.name}</th>
              <td>{row.meaning}</td>
              <td class="number" data-quantity={row.quantity} data-value={String(value)}>
                {formatNumber(value)}
              </td>
            </tr>
          );
        })}
      </tbody>
    </table>
  );
}
