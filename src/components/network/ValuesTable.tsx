/**
 * A network's numbers as a table: the text alternative to the diagram, and a compact view for
 * anyone who would rather read a column than a picture. Rows come from the network's layout;
 * each value cell is a live number, kept in step by its widget.
 */
import type { Store } from '../../state/store.ts';
import { LiveNumber } from '../LiveNumber.tsx';
import type { NetworkLayout } from './layout.ts';

interface Props {
  store: Store;
  layout: NetworkLayout;
  caption: string;
  /** Also a column of ∂L/∂ of each value. */
  derivatives?: boolean;
}

export function ValuesTable({ store, layout, caption, derivatives = false }: Props) {
  return (
    <div class="table-fit">
      <table class="values-table">
        <caption>{caption}</caption>
        <thead>
          <tr>
            <th scope="col">Quantity</th>
            <th scope="col">Meaning</th>
            <th scope="col">Value</th>
            {derivatives && <th scope="col">∂L/∂ of it</th>}
          </tr>
        </thead>
        <tbody>
          {layout.tableRows.map((row) => (
            <tr key={row.quantity}>
              <th scope="row">{row.name}</th>
              <td data-label="Meaning">{row.meaning}</td>
              <LiveNumber
                as="td"
                class="number"
                store={store}
                quantity={row.quantity}
                label="Value"
              />
              {derivatives &&
                (store.kind.quantityKeys.has(`dL/d${row.quantity}`) ? (
                  <LiveNumber
                    as="td"
                    class="number"
                    store={store}
                    quantity={`dL/d${row.quantity}`}
                    label="∂L/∂ of it"
                  />
                ) : (
                  <td data-label="∂L/∂ of it">—</td>
                ))}
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
