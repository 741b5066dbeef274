/**
 * A plot's data as a table of live numbers, folded away under a summary: one row per entry of the
 * store's series (a bin, an epoch), one column per quantity, each with its heading and decimals.
 */
import type { Store } from '../../state/store.ts';
import { LiveNumber } from '../LiveNumber.tsx';

export interface SeriesColumn {
  /** The column's heading. */
  readonly name: string;
  /** The quantity key of row r: `binCount.3`, `H4At.120`. */
  readonly quantity: (row: number) => string;
  readonly digits: number;
}

interface Props {
  store: Store;
  /** What the folded table's summary line says. */
  summary: string;
  caption: string;
  columns: readonly SeriesColumn[];
  /** The entries shown, one row each. */
  rows: readonly number[];
}

export function SeriesTable({ store, summary, caption, columns, rows }: Props) {
  return (
    <details class="values-details">
      <summary>{summary}</summary>
      <div class="table-fit">
        <table class="values-table">
          <caption>{caption}</caption>
          <thead>
            <tr>
              {columns.map(({ name }) => (
                <th key={name} scope="col">
                  {name}
                </th>
              ))}
            </tr>
          </thead>
          <tbody>
            {rows.map((row) => (
              <tr key={row}>
                {columns.map(({ name, quantity, digits }) => (
                  <LiveNumber
                    key={name}
                    as="td"
                    class="number"
                    store={store}
                    quantity={quantity(row)}
                    digits={digits}
                    label={name}
                  />
                ))}
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    </details>
  );
}
