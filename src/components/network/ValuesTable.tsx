/**
 * The network's numbers as a table: the text alternative to the diagram, and a compact view for
 * anyone who would rather read a column than a picture. Same keys, same rounding as elsewhere.
 */
import { formatNumber } from '../state/format.ts';
import { readQuantity } from '../state/quantities.ts';
import { usePageView } from './usePageView.ts';

interface Row {
  quantity: string;
  name: string;
  meaning: string;
}

const ROWS: Row[] = [
  { quantity: 'x1', name: 'x1 = I1', meaning: 'feature 1, passed on by input node I1' },
  { quantity: 'x2', name: 'x2 = I2', meaning: 'feature 2, passed on by input node I2' },
  { quantity: 'x3', name: 'x3 = I3', meaning: 'feature 3, passed on by input node I3' },
  { quantity: 'w14', name: 'λ1,4', meaning: 'weight from I1 to H4' },
  { quantity: 'w24', name: 'λ2,4', meaning: 'weight from I2 to H4' },
  { quantity: 'w34', name: 'λ3,4', meaning: 'weight from I3 to H4' },
  { quantity: 'b4', name: 'b4', meaning: 'bias of H4' },
  { quantity: 'H4in', name: 'H4in', meaning: 'H4 before activation' },
  { quantity: 'H4', name: 'H4', meaning: 'H4 after the sigmoid' },
  { quantity: 'w15', name: 'λ1,5', meaning: 'weight from I1 to H5' },
  { quantity: 'w25', name: 'λ2,5', meaning: 'weight from I2 to H5' },
  { quantity: 'w35', name: 'λ3,5', meaning: 'weight from I3 to H5' },
  { quantity: 'b5', name: 'b5', meaning: 'bias of H5' },
  { quantity: 'H5in', name: 'H5in', meaning: 'H5 before activation' },
  { quantity: 'H5', name: 'H5', meaning: 'H5 after the sigmoid' },
  { quantity: 'w46', name: 'λ4,6', meaning: 'weight from H4 to O6' },
  { quantity: 'w56', name: 'λ5,6', meaning: 'weight from H5 to O6' },
  { quantity: 'b6', name: 'b6', meaning: 'bias of O6' },
  { quantity: 'O6in', name: 'O6in', meaning: 'O6 before activation' },
  { quantity: 'O6', name: 'O6 = ŷ', meaning: 'the prediction (identity activation)' },
  { quantity: 'y', name: 'y', meaning: 'the target' },
];

interface Props {
  caption: string;
}

export function ValuesTable({ caption }: Props) {
  const current = usePageView();
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
        {ROWS.map((row) => {
          const value = readQuantity(row.quantity, current) ?? Number.NaN;
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
