/**
 * Softmax on three output nodes: the reader sets each node's input O_j,in and sees e^(O_j,in),
 * their sum and the probabilities O_j, all read from the store (the engine works softmax out
 * term by term). The equations under the widget show the same store's numbers.
 */
import { useRef } from 'preact/hooks';
import { SOFTMAX_INPUTS, activationKind } from './activation.kind.ts';
import { LiveNumber } from '../LiveNumber.tsx';
import { SettingControl } from '../SettingControl.tsx';
import { StoreActions } from '../StoreActions.tsx';
import { useLiveNumbers, useStore, type StoreProps } from '../useStore.ts';

interface Props extends StoreProps {
  /** Unique on the page; prefixes every element id of this widget. */
  id: string;
  /** The heading id of the section the widget sits in, for the link to this state. */
  anchor?: string;
}

export function SoftmaxInputs({ id, anchor, ...storeProps }: Props) {
  const store = useStore(activationKind, storeProps);
  const figure = useRef<HTMLElement>(null);
  useLiveNumbers(figure, store);
  return (
    <figure ref={figure} id={id} class="widget softmax-widget" aria-labelledby={`${id}-caption`}>
      <figcaption id={`${id}-caption`} class="widget-caption">
        Set the inputs of three output nodes: softmax turns them into three probabilities that sum
        to 1.
      </figcaption>
      <div class="softmax-inputs">
        {SOFTMAX_INPUTS.map((key) => (
          <SettingControl key={key} store={store} setting={key} idPrefix={id} />
        ))}
      </div>
      <div class="table-fit">
        <table class="softmax-table">
          <caption>Softmax, term by term</caption>
          <thead>
            <tr>
              <th scope="col">output node</th>
              <th scope="col">input</th>
              <th scope="col">e to the input</th>
              <th scope="col">probability</th>
            </tr>
          </thead>
          <tbody>
            {SOFTMAX_INPUTS.map((key, j) => (
              <tr key={key}>
                <th scope="row" data-label="output node">
                  {j + 1}
                </th>
                <LiveNumber store={store} quantity={key} as="td" label="input" />
                <LiveNumber store={store} quantity={`exp${key}`} as="td" label="e to the input" />
                <LiveNumber store={store} quantity={`O${j + 1}`} as="td" label="probability" />
              </tr>
            ))}
          </tbody>
          <tfoot>
            <tr>
              <th scope="row" colSpan={2}>
                sum of the exponentials
              </th>
              <LiveNumber store={store} quantity="expSum" as="td" />
              <td />
            </tr>
          </tfoot>
        </table>
      </div>
      <StoreActions store={store} anchor={anchor} />
    </figure>
  );
}
