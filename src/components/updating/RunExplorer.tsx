/**
 * A training run of the chapter's network seen through one or two plots against the epoch: the
 * loss and the prediction for the learning-rate section (with presets for a learning rate that is
 * too small, about right, too large and diverging), or η_ℓ itself for the decay section. One
 * island bound to one network store; the plots are the dashboard's (ConvergencePlot).
 *
 * A run that stops being finite is cut there by the engine, and the store's note says at which
 * epoch; no number past it is ever shown.
 */
import { useRef } from 'preact/hooks';
import type { Trace } from '../../engine/index.ts';
import { networkKind } from '../network/network.kind.ts';
import type { NetworkView } from '../../state/kind-parts/network-kind.ts';
import type { Store } from '../../state/store.ts';
import { LiveNumber } from '../LiveNumber.tsx';
import { NamedChoice } from '../SettingChoice.tsx';
import { SettingControl } from '../SettingControl.tsx';
import { StoreActions } from '../StoreActions.tsx';
import { ConvergencePlot, useRunView, type Line } from '../dashboard/ConvergencePlot.tsx';
import { spreadEpochs } from '../plot/LiveTable.tsx';
import { LOSS, PREDICTION, RATE } from '../dashboard/lines.ts';
import { useLiveNumbers, useStore, type StoreProps } from '../useStore.ts';

/** Learning rates to try, each with what it does to this network and sample. */
const PRESETS: [number, string][] = [
  [0.002, 'Too small'],
  [0.2, 'About right'],
  [1.8, 'Too large: it oscillates'],
  [5, 'Diverging'],
];

interface Props extends StoreProps {
  id: string;
  anchor?: string;
  /** What the widget plots: the loss and ŷ (learning rates), or η_ℓ (decay). */
  plots: 'rates' | 'decay';
  caption: string;
}

type NetworkStore = Store<Trace, NetworkView>;

/** "from a at epoch 0 to b at epoch N" for one line. */
function FromTo({ store, line, digits }: { store: NetworkStore; line: Line; digits: number }) {
  return (
    <>
      from <LiveNumber store={store} quantity={`${line.key}@0`} digits={digits} /> at epoch 0 to{' '}
      <LiveNumber store={store} quantity={`${line.key}@last`} digits={digits} /> at epoch{' '}
      <LiveNumber store={store} quantity="lastEpoch" digits={0} />
    </>
  );
}

export function RunExplorer({ id, anchor, plots, caption, ...storeProps }: Props) {
  const store = useStore(networkKind, storeProps);
  const { mounted, settings, view, lastEpoch, note } = useRunView(store);
  const figure = useRef<HTMLElement>(null);
  // The tables' epochs follow the run's length: their numbers are bound again then.
  useLiveNumbers(figure, store, lastEpoch.value);
  const plot = { store, kind: networkKind, view, rows: spreadEpochs(lastEpoch.value) };
  const rate = settings.value['learningRate'];
  return (
    <figure ref={figure} id={id} class="widget run-explorer" aria-labelledby={`${id}-caption`}>
      <figcaption id={`${id}-caption`} class="widget-caption">
        {caption}
      </figcaption>
      {plots === 'rates' && (
        <div class="run-presets" role="group" aria-label="Learning rates to try">
          {PRESETS.map(([value, name]) => (
            <button
              key={value}
              type="button"
              class="reset-button"
              aria-pressed={rate === value}
              onClick={() => store.set('learningRate', value)}
            >
              {name}: η = {value}
            </button>
          ))}
        </div>
      )}
      <div class="run-settings setting-words">
        <SettingControl
          store={store}
          setting="learningRate"
          idPrefix={id}
          label="learning rate η"
        />
        {plots === 'decay' && <SettingControl store={store} setting="decay" idPrefix={id} />}
      </div>
      <p class="run-note" role="status">
        {note}
      </p>
      <NamedChoice setting="epochAxis" store={store} id={id} mounted={mounted} />
      <div class="run-plots">
        {plots === 'rates' ? (
          <>
            <ConvergencePlot
              {...plot}
              id={`${id}-loss`}
              title="The loss"
              lines={LOSS}
              yTitle="loss L (log scale)"
              logFloor={1e-30}
              digits={6}
              summary={
                <>
                  The loss goes <FromTo store={store} line={LOSS[0]!} digits={6} />.
                </>
              }
            />
            <ConvergencePlot
              {...plot}
              id={`${id}-prediction`}
              title="The prediction ŷ and the target y"
              lines={PREDICTION}
              yTitle="ŷ and y"
              summary={
                <>
                  The prediction goes <FromTo store={store} line={PREDICTION[0]!} digits={3} />,
                  against the target y = <LiveNumber store={store} quantity="y" />.
                </>
              }
            />
          </>
        ) : (
          <ConvergencePlot
            {...plot}
            id={`${id}-rate`}
            title="The learning rate of each epoch"
            lines={RATE}
            yTitle="η_ℓ"
            digits={4}
            summary={
              <>
                η<sub>ℓ</sub> goes <FromTo store={store} line={RATE[0]!} digits={4} />.
              </>
            }
          />
        )}
      </div>
      <StoreActions store={store} anchor={anchor} />
    </figure>
  );
}
