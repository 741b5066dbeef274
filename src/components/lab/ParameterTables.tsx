/**
 * Every number of the network on view, as two tables a reader opens: every weight λᵢ,ⱼ and bias
 * bⱼ at the epoch on view with its ∂L/∂ for the sample on view, and every node's input and output
 * with their ∂L/∂. Rows follow the book's order (the parameters node by node, each node's weights
 * then its bias), and every cell is a live number. They load apart from the lab (LazyPart), as the
 * reader comes near them, so they bind their own numbers.
 */
import { useRef } from 'preact/hooks';
import type { NetworkNames } from '../../engine/core/index.ts';
import type { Store } from '../../state/store.ts';
import { LiveTable, type LiveColumn, type RowHeading } from '../plot/LiveTable.tsx';
import { useLiveNumbers } from '../useStore.ts';
import { biasKeyOf, derivativeKeyOf, nodeInputKeyOf, nodeKeyOf, weightKeyOf } from './lab-keys.ts';
import { LAB_TABLE } from './lab-tables.ts';

interface Props {
  store: Store;
  names: NetworkNames;
  id: string;
}

/** A symbol with its subscript, as the tables' row headers write it. */
const Named = ({ base, sub }: { base: string; sub: string }) => (
  <>
    <var>{base}</var>
    <sub>{sub}</sub>
  </>
);

/** A parameter's row: its quantity key and its symbol, λ with "i,j" or b with "j". */
interface ParameterRow {
  readonly key: string;
  readonly symbol: readonly [string, string];
}

/** The parameters' table: each one's value and ∂L/∂ of it, headed by its symbol. */
const PARAMETER_HEADING: RowHeading<ParameterRow> = {
  name: 'parameter',
  cell: ({ symbol: [base, sub] }) => <Named base={base} sub={sub} />,
};
const PARAMETER_COLUMNS: readonly LiveColumn<ParameterRow>[] = [
  { name: 'value', quantity: ({ key }) => key },
  { name: '∂L/∂ parameter', quantity: ({ key }) => derivativeKeyOf(key) },
];

/** The nodes' table: each node's input and output and ∂L/∂ of both, headed by N with its number. */
const NODE_HEADING: RowHeading<number> = {
  name: 'node',
  cell: (number) => <Named base="N" sub={String(number)} />,
};
const NODE_COLUMNS: readonly LiveColumn<number>[] = [
  { name: 'input', quantity: nodeInputKeyOf },
  { name: 'output', quantity: nodeKeyOf },
  { name: '∂L/∂ input', quantity: (number) => derivativeKeyOf(nodeInputKeyOf(number)) },
  { name: '∂L/∂ output', quantity: (number) => derivativeKeyOf(nodeKeyOf(number)) },
];

/** The parameters in the book's order: node by node, each node's weights then its bias. */
function parameterRows(names: NetworkNames): ParameterRow[] {
  const rows: ParameterRow[] = [];
  for (const node of names.nodes) {
    if (node.role === 'input') continue;
    for (const weight of names.weights) {
      if (weight.to.number !== node.number) continue;
      const key = weightKeyOf(weight.from.number, node.number);
      rows.push({ key, symbol: ['λ', `${weight.from.number},${node.number}`] });
    }
    rows.push({ key: biasKeyOf(node.number), symbol: ['b', String(node.number)] });
  }
  return rows;
}

export function ParameterTables({ store, names, id }: Props) {
  const tables = useRef<HTMLDivElement>(null);
  useLiveNumbers(tables, store, names);
  return (
    <div ref={tables} class="lab-tables">
      <LiveTable
        store={store}
        id={`${id}-parameters`}
        summary="All parameters"
        caption="Every weight and bias at the epoch on view, and the derivative of the loss of the sample on view with respect to it; three decimals"
        heading={PARAMETER_HEADING}
        columns={PARAMETER_COLUMNS}
        rows={parameterRows(names)}
        rowKey={({ key }) => key}
        classes={{ ...LAB_TABLE, table: 'lab-table lab-parameters' }}
      />
      <LiveTable
        store={store}
        id={`${id}-nodes`}
        summary="All nodes"
        caption="Every node’s input and output for the sample on view at the epoch on view, and the derivatives of its loss with respect to them; three decimals"
        heading={NODE_HEADING}
        columns={NODE_COLUMNS}
        rows={names.nodes.map(({ number }) => number)}
        classes={{ ...LAB_TABLE, table: 'lab-table lab-nodes' }}
      />
    </div>
  );
}
