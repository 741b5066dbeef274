/**
 * A network's numbers as a table: the text alternative to the diagram, and a compact view for
 * anyone who would rather read a column than a picture. Rows come from the network's layout;
 * each value cell is bound to its quantity, so a change rewrites only the cells that changed.
 */
import type { ReadonlySignal } from '@preact/signals';
import type { Store } from '../../state/store.ts';
import { LiveNumber } from '../LiveNumber.tsx';
import type { NetworkLayout } from './layout.ts';

interface Props {
  store: Store;
  mounted: ReadonlySignal<boolean>;
  layout: NetworkLayout;
  caption: string;
}

export function ValuesTable({ store, mounted, layout, caption }: Props) {
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
        {layout.tableRows.map((row) => (
          <tr key={row.quantity}>
            <th scope="row">{row.name}</th>
            <td>{row.meaning}</td>
            <LiveNumber
              as="td"
              class="number"
              store={store}
              quantity={row.quantity}
              mounted={mounted}
            />
          </tr>
        ))}
      </tbody>
    </table>
  );
}
