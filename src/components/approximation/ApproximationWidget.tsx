/**
 * A network with one input, one hidden layer of m nodes and one identity output learns a 1-D
 * target while the reader watches: the fit over the data and the loss against the epoch, with
 * Play, Pause, Step and Reset. One island, bound to one approximation store.
 *
 * The store holds the whole training run; the widget moves the epoch on view through it. Every
 * number comes from the store (`LiveNumber`, bound by `useLiveNumbers`); the plots read their
 * points from it and are drawn on the server from the starting state. The widget renders again only when a table's rows change (a target with
 * another number of points, another number of epochs), and binds its numbers again then.
 */
import { useComputed } from '@preact/signals';
import { useRef } from 'preact/hooks';
import { approximationKind, type ApproximationView } from './approximation.kind.ts';
import type { SettingValues, Store } from '../../state/store.ts';
import { LiveNumber } from '../LiveNumber.tsx';
import { ReadoutList, type ReadoutEntry } from '../ReadoutList.tsx';
import { SettingControl } from '../SettingControl.tsx';
import { Player } from '../player/Player.tsx';
import { LiveTable, spreadEpochs, type LiveColumn, type TableClasses } from '../plot/LiveTable.tsx';
import { StoreActions } from '../StoreActions.tsx';
import { useLiveNumbers, useMountedSignal, useStore, type StoreProps } from '../useStore.ts';
import { FitPlot } from './FitPlot.tsx';
import { LossPlot } from './LossPlot.tsx';
import { TargetControls } from './TargetControls.tsx';

interface Props extends StoreProps {
  /** Unique on the page; prefixes every element id of this widget. */
  id: string;
  /** The heading id of the section the widget sits in, for the link to this state. */
  anchor?: string;
  /** The caption above the widget. */
  caption?: string;
}

type ApproximationStore = Store<unknown, ApproximationView>;

/** Step moves on by a twentieth of the run, at least one epoch. */
const stepShare = (settings: SettingValues) =>
  Math.max(1, Math.round((settings['epochs'] as number) / 20));

/** Digits of a loss: it falls by several orders of magnitude. */
const LOSS_DIGITS = 5;

/** The widget's tables (approximation.css): numbers set right in a smaller type. */
const APPROX_TABLE: TableClasses = { details: 'approx-details', table: 'approx-table' };
/** The data's table: each point, its target and the network's prediction there. */
const DATA_COLUMNS: readonly LiveColumn<number>[] = [
  { name: 'x', quantity: (i) => `x.${i}` },
  { name: 'target y', quantity: (i) => `y.${i}` },
  { name: 'network ŷ', quantity: (i) => `fitAt.${i}` },
];
/** The loss's table: the loss at eleven epochs. */
const LOSS_COLUMNS: readonly LiveColumn<number>[] = [
  { name: 'epoch', quantity: (epoch) => `epochAt.${epoch}`, digits: 0 },
  { name: 'loss', quantity: (epoch) => `lossAt.${epoch}`, digits: LOSS_DIGITS },
];

/** The numbers the reader watches while it trains. */
const READOUT: readonly ReadoutEntry[] = [
  { term: 'epoch ℓ', quantity: 'epoch', digits: 0 },
  { term: 'loss L', quantity: 'loss', digits: LOSS_DIGITS },
  { term: 'hidden nodes m', quantity: 'm', digits: 0 },
  { term: 'parameters', quantity: 'parameters', digits: 0 },
];

/** The fit's text alternative: a sentence, and the data with the network's ŷ in a table. */
function FitText({
  store,
  id,
  samples,
  activation,
}: {
  store: ApproximationStore;
  id: string;
  samples: number;
  activation: { readonly value: string };
}) {
  return (
    <div class="approx-text">
      <p id={`${id}-fit-summary`} class="widget-part-note">
        At epoch <LiveNumber store={store} quantity="epoch" digits={0} />, the network of{' '}
        <LiveNumber store={store} quantity="m" digits={0} /> {activation} hidden nodes follows the{' '}
        <LiveNumber store={store} quantity="samples" digits={0} /> data points with a loss of{' '}
        <LiveNumber store={store} quantity="loss" digits={LOSS_DIGITS} />.
      </p>
      <LiveTable
        store={store}
        summary="The data and the network’s prediction as a table"
        caption="Each data point and the network’s prediction ŷ there"
        columns={DATA_COLUMNS}
        rows={Array.from({ length: samples }, (_, i) => i)}
        classes={APPROX_TABLE}
      />
    </div>
  );
}

/** The loss curve's text alternative: a sentence, and the loss at eleven epochs in a table. */
function LossText({
  store,
  id,
  lastEpoch,
}: {
  store: ApproximationStore;
  id: string;
  lastEpoch: number;
}) {
  const epochs = spreadEpochs(lastEpoch);
  return (
    <div class="approx-text">
      <p id={`${id}-loss-summary`} class="widget-part-note">
        The loss goes from <LiveNumber store={store} quantity="startLoss" digits={LOSS_DIGITS} /> at
        epoch 0 to <LiveNumber store={store} quantity="finalLoss" digits={LOSS_DIGITS} /> at epoch{' '}
        <LiveNumber store={store} quantity="lastEpoch" digits={0} />; the marker stands at epoch{' '}
        <LiveNumber store={store} quantity="epoch" digits={0} />.
      </p>
      <LiveTable
        store={store}
        summary="The loss as a table"
        caption="The loss at eleven epochs of the run"
        columns={LOSS_COLUMNS}
        rows={epochs}
        classes={APPROX_TABLE}
      />
    </div>
  );
}

export function ApproximationWidget({ id, anchor, caption, ...storeProps }: Props) {
  const store = useStore(approximationKind, storeProps) as ApproximationStore;
  const mounted = useMountedSignal();
  /** The settings and view on show: the starting ones while hydrating, then the store's. */
  const settings = useComputed(() => (mounted.value ? store.settings.value : store.defaults));
  const view = useComputed(() => (mounted.value ? store.view.value : store.initialView));
  const samples = useComputed(() => store.kind.read(view.value, 'samples') ?? 0);
  const lastEpoch = useComputed(() => store.kind.read(view.value, 'lastEpoch') ?? 0);
  const activation = useComputed(() => {
    const name = settings.value['activation'] as string;
    return name === 'relu' ? 'ReLU' : name;
  });
  const figure = useRef<HTMLElement>(null);
  // The tables' rows follow the number of points and the run's length: numbers are bound again.
  useLiveNumbers(figure, store, `${samples.value} ${lastEpoch.value}`);
  const note = useComputed(() => (mounted.value ? store.note.value : ''));
  const settable = (key: string) => store.settable.includes(key);
  /** What the target's controls and the player share: the store, the settings on show, the ids. */
  const partProps = { store, settings, idPrefix: id };
  return (
    <figure ref={figure} id={id} class="widget approx-widget" aria-labelledby={`${id}-caption`}>
      <figcaption id={`${id}-caption`} class="widget-caption">
        {caption ??
          'A network with one input, m hidden nodes and one output learns to fit a target. Press Play to watch it train.'}
      </figcaption>
      <TargetControls {...partProps} />
      <div class="approx-settings setting-words">
        {settable('m') && <SettingControl store={store} setting="m" idPrefix={id} />}
      </div>
      <Player {...partProps} epochKey="epoch" stepSize={stepShare} />
      {settable('epoch') && (
        <div class="approx-settings setting-words">
          <SettingControl store={store} setting="epoch" idPrefix={id} />
        </div>
      )}
      <ReadoutList store={store} class="approx-readout" entries={READOUT} />
      <p class="approx-note" role="status">
        {note}
      </p>
      <div class="approx-plots">
        <div class="approx-panel">
          <h3 id={`${id}-fit-heading`} class="widget-part-heading">
            The fit
          </h3>
          <FitPlot store={store} view={view} describedBy={`${id}-fit-summary`} />
          <FitText store={store} id={id} samples={samples.value} activation={activation} />
        </div>
        <div class="approx-panel">
          <h3 id={`${id}-loss-heading`} class="widget-part-heading">
            The loss
          </h3>
          <LossPlot store={store} view={view} describedBy={`${id}-loss-summary`} />
          <LossText store={store} id={id} lastEpoch={lastEpoch.value} />
        </div>
      </div>
      <details class="approx-details approx-training">
        <summary>Training settings: learning rate, epochs, seed</summary>
        <div class="approx-settings setting-words">
          {['learningRate', 'epochs', 'seed'].filter(settable).map((key) => (
            <SettingControl key={key} store={store} setting={key} idPrefix={id} />
          ))}
        </div>
      </details>
      <StoreActions store={store} anchor={anchor} />
    </figure>
  );
}
