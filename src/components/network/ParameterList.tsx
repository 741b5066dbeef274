/**
 * The weights and biases under the diagram, when the diagram cannot carry them on its lines (on a
 * narrow screen) or when it shows derivatives: each parameter with its value, the derivative of
 * the loss with respect to it, or both.
 */
import type { Store } from '../../state/store.ts';
import { LiveNumber } from '../LiveNumber.tsx';
import { QuantitySymbol } from '../QuantitySymbol.tsx';
import type { NetworkLayout } from './layout.ts';

interface Props {
  store: Store;
  layout: NetworkLayout;
  values: boolean;
  derivatives: boolean;
}

export function ParameterList({ store, layout, values, derivatives }: Props) {
  const parameters = [...layout.names.weights, ...layout.names.biases];
  return (
    <ul class="parameter-list" aria-label="Weights and biases">
      {parameters.map(({ key, symbol }) => (
        <li key={key}>
          {values && (
            <span>
              <QuantitySymbol symbol={symbol} /> = <LiveNumber store={store} quantity={key} />
            </span>
          )}
          {derivatives && (
            <span class="is-derivative">
              ∂L/∂
              <QuantitySymbol symbol={symbol} /> ={' '}
              <LiveNumber store={store} quantity={`dL/d${key}`} />
            </span>
          )}
        </li>
      ))}
    </ul>
  );
}
