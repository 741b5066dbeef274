/**
 * A plot's data (or any list of a store's numbers) as a table of live numbers folded away under
 * a summary: one row per entry (an epoch, a bin, a parameter), one column per quantity with its
 * heading and decimals, and optionally a row heading before them (the epoch, the symbol). Each
 * cell names its column (`data-label`), so a narrow screen can stack a row as name–value pairs.
 */
import type { ComponentChildren } from 'preact';
import type { Store } from '../../state/store.ts';
import { LiveNumber } from '../LiveNumber.tsx';

/** A column of live numbers: its heading and the quantity key of each row. */
export interface LiveColumn<Row> {
  /** The column's name, which each of its cells carries, and its heading unless `head` is set. */
  readonly name: string;
  /** The heading as shown, when it is more than text (a subscript). */
  readonly head?: ComponentChildren;
  /** The quantity key of a row: `binCount.3`, `trainLoss.120`. */
  readonly quantity: (row: Row) => string;
  /** Decimals shown: 3 if left out, as a LiveNumber. */
  readonly digits?: number;
}

/** The column of row headings: its heading and what each row's heading cell shows. */
export interface RowHeading<Row> {
  readonly name: string;
  readonly cell: (row: Row) => ComponentChildren;
}

/** The classes a table's parts take. */
export interface TableClasses {
  readonly details: string;
  readonly table: string;
  readonly cell?: string;
}

/** The book's plain values table (values-table.css): numbers in tabular figures, set right. */
const VALUES_TABLE: TableClasses = {
  details: 'values-details',
  table: 'values-table',
  cell: 'number',
};

/** The epochs a run's table lists: eleven spread evenly over 0 … last, each once. */
export function spreadEpochs(lastEpoch: number): number[] {
  return [...new Set(Array.from({ length: 11 }, (_, i) => Math.round((i * lastEpoch) / 10)))];
}

interface Props<Row> {
  store: Store;
  /** What the folded table's summary line says. */
  summary: string;
  caption: ComponentChildren;
  columns: readonly LiveColumn<Row>[];
  /** The entries shown, one row each. */
  rows: readonly Row[];
  /** Each row's key for Preact (the row itself when it is a number or a string). */
  rowKey?: (row: Row) => string | number;
  heading?: RowHeading<Row>;
  /** Classes of the folding element, the table and each number cell: the widget's looks. */
  classes?: TableClasses;
  /** The folding element's id, for a link to it. */
  id?: string;
}

export function LiveTable<Row>(props: Props<Row>) {
  const { store, columns, rows, heading, classes = VALUES_TABLE } = props;
  const rowKey = props.rowKey ?? ((row: Row) => row as unknown as string | number);
  return (
    <details class={classes.details} id={props.id}>
      <summary>{props.summary}</summary>
      <div class="table-fit">
        <table class={classes.table}>
          <caption>{props.caption}</caption>
          <thead>
            <tr>
              {heading && <th scope="col">{heading.name}</th>}
              {columns.map(({ name, head }) => (
                <th key={name} scope="col">
                  {head ?? name}
                </th>
              ))}
            </tr>
          </thead>
          <tbody>
            {rows.map((row) => (
              <tr key={rowKey(row)}>
                {heading && (
                  <th scope="row" data-label={heading.name}>
                    {heading.cell(row)}
                  </th>
                )}
                {columns.map(({ name, quantity, digits = 3 }) => (
                  <LiveNumber
                    key={name}
                    as="td"
                    {...(classes.cell ? { class: classes.cell } : {})}
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
