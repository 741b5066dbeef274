/**
 * Every number of the network on view, as two tables a reader opens: every weight λᵢ,ⱼ and bias
 * bⱼ at the epoch on view with its ∂L/∂ for the sample on view, and every node's input and output
 * with their ∂L/∂. Rows follow the book's order (the parameters node by node, each node's weights
 * then its bias), and every cell is a live number.
 */
import type { NetworkNames } from '../../engine/core/index.ts';
import type { Store } from '../../state/store.ts';
import { LiveNumber } from '../LiveNumber.tsx';
import { biasKeyOf, derivativeKeyOf, nodeInputKeyOf, nodeKeyOf, weightKeyOf } from './lab-keys.ts';

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

export function ParameterTables({ store, names, id }: Props) {
  const cell = (key: string, label: string) => (
    <LiveNumber as="td" store={store} quantity={key} label={label} />
  );
  const rows: { key: string; symbol: [string, string] }[] = [];
  for (const node of names.nodes) {
    if (node.role === 'input') continue;
    for (const weight of names.weights) {
      if (weight.to.number !== node.number) continue;
      const key = weightKeyOf(weight.from.number, node.number);
      rows.push({ key, symbol: ['λ', `${weight.from.number},${node.number}`] });
    }
    rows.push({ key: biasKeyOf(node.number), symbol: ['b', String(node.number)] });
  }
  return (
    <div class="lab-tables">
      <details class="lab-details" id={`${id}-parameters`}>
        <summary>All parameters</summary>
        <div class="table-fit">
          <table class="lab-table lab-parameters">
            <caption>
              Every weight and bias at the epoch on view, and the derivative of the loss of the
              sample on view with respect to it; three decimals
            </caption>
            <thead>
              <tr>
                <th scope="col">parameter</th>
                <th scope="col">value</th>
                <th scope="col">∂L/∂</th>
              </tr>
            </thead>
            <tbody>
              {rows.map(({ key, symbol: [base, sub] }) => (
                <tr key={key}>
                  <th scope="row">
                    <Named base={base} sub={sub} />
                  </th>
                  {cell(key, 'value')}
                  {cell(derivativeKeyOf(key), '∂L/∂')}
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      </details>
      <details class="lab-details" id={`${id}-nodes`}>
        <summary>All nodes</summary>
        <div class="table-fit">
          <table class="lab-table lab-nodes">
            <caption>
              Every node’s input and output for the sample on view at the epoch on view, and the
              derivatives of its loss with respect to them; three decimals
            </caption>
            <thead>
              <tr>
                <th scope="col">node</th>
                <th scope="col">input</th>
                <th scope="col">output</th>
                <th scope="col">∂L/∂ input</th>
                <th scope="col">∂L/∂ output</th>
              </tr>
            </thead>
            <tbody>
              {names.nodes.map(({ number }) => (
                <tr key={number}>
                  <th scope="row">
                    <Named base="N" sub={String(number)} />
                  </th>
                  {cell(nodeInputKeyOf(number), 'input')}
                  {cell(nodeKeyOf(number), 'output')}
                  {cell(derivativeKeyOf(nodeInputKeyOf(number)), '∂L/∂ input')}
                  {cell(derivativeKeyOf(nodeKeyOf(number)), '∂L/∂ output')}
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      </details>
    </div>
  );
}
