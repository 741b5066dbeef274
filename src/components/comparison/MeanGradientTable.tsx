/**
 * Why a batch update takes a mean, on the reader's own samples: each sample's forward pass at the
 * initial weights (H₄ and ŷ), its own derivative ∂Lₛ/∂λ₄,₆ = H₄·(ŷ − y), and their mean, which is
 * what one batch update of λ₄,₆ steps against. An island bound to the page's batch-modes store:
 * editing the samples in the comparison widget changes these rows too.
 */
import { useComputed } from '@preact/signals';
import { useRef } from 'preact/hooks';
import { batchModesKind } from './batch-modes.kind.ts';
import { LiveNumber } from '../LiveNumber.tsx';
import { useLiveNumbers, useMountedSignal, useStore, type StoreProps } from '../useStore.ts';

interface Props extends StoreProps {
  id: string;
}

/** Decimals of the derivatives: they are small, and their mean is what the step uses. */
const DIGITS = 4;

export function MeanGradientTable({ id, ...storeProps }: Props) {
  const store = useStore(batchModesKind, storeProps);
  const mounted = useMountedSignal();
  const rows = useComputed(
    () => store.kind.read(mounted.value ? store.view.value : store.initialView, 'samples') ?? 0,
  ).value;
  const figure = useRef<HTMLElement>(null);
  useLiveNumbers(figure, store, rows);
  return (
    <figure ref={figure} id={id} class="widget cmp-mean" aria-labelledby={`${id}-caption`}>
      <figcaption id={`${id}-caption`} class="widget-caption">
        Each sample’s own derivative of its loss with respect to λ4,6, at the initial weights, and
        their mean over the <LiveNumber store={store} quantity="samples" digits={0} /> samples.
      </figcaption>
      <div class="cmp-table-box table-fit">
        <table class="cmp-numbers">
          <caption class="sr-only">
            Per sample: H4 and the prediction ŷ at the initial weights, the target y and ∂L/∂λ4,6
          </caption>
          <thead>
            <tr>
              <th scope="col">sample s</th>
              <th scope="col">
                H<sub>4</sub>
              </th>
              <th scope="col">ŷ</th>
              <th scope="col">y</th>
              <th scope="col">
                ∂L<sub>s</sub>/∂λ<sub>4,6</sub> = H<sub>4</sub>·(ŷ − y)
              </th>
            </tr>
          </thead>
          <tbody>
            {Array.from({ length: rows }, (_, s) => (
              <tr key={s}>
                <th scope="row" data-label="sample s">
                  {s + 1}
                </th>
                <LiveNumber as="td" store={store} quantity={`H4.${s}`} label="H₄" />
                <LiveNumber as="td" store={store} quantity={`O6.${s}`} label="ŷ" />
                <LiveNumber as="td" store={store} quantity={`y.${s}`} label="y" />
                <LiveNumber
                  as="td"
                  store={store}
                  quantity={`dL/dw46.${s}`}
                  digits={DIGITS}
                  label="∂Lₛ/∂λ₄,₆"
                />
              </tr>
            ))}
          </tbody>
          <tfoot>
            <tr>
              <th scope="row" colSpan={4}>
                mean, (1/n)·Σ ∂L<sub>s</sub>/∂λ<sub>4,6</sub>
              </th>
              <LiveNumber as="td" store={store} quantity="dL/dw46" digits={DIGITS} />
            </tr>
          </tfoot>
        </table>
      </div>
    </figure>
  );
}
