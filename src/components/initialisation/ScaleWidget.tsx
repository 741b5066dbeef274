/**
 * What the size of the starting weights does: the chapter's network starts from a scale times a
 * seed's draw and trains for a few hundred epochs. The reader sets the scale (0 gives all zeros,
 * 1 the chapter's start, 20 saturated sigmoids) and the seed, and sees at epoch 0 the hidden
 * nodes, their sigmoid slopes and the size of the gradients, and over the run H₄ and H₅ and the
 * loss. One island, bound to one init-scale store; every number is a live number of the store.
 */
import { useComputed } from '@preact/signals';
import { useRef } from 'preact/hooks';
import { initScaleKind, SCALE_PRESETS, type ScaleRun } from './init-scale.kind.ts';
import type { Store } from '../../state/store.ts';
import { LiveNumber } from '../LiveNumber.tsx';
import { SettingControl } from '../SettingControl.tsx';
import { StoreActions } from '../StoreActions.tsx';
import { useLiveNumbers, useStore, type StoreProps } from '../useStore.ts';
import { PresetButtons } from './PresetButtons.tsx';
import { ScalePlots } from './ScalePlots.tsx';
import { LiveTable, type LiveColumn } from '../plot/LiveTable.tsx';
import { useShown } from './useShown.ts';

interface Props extends StoreProps {
  /** Unique on the page; prefixes every element id of this widget. */
  id: string;
  /** The heading id of the section the widget sits in, for the link to this state. */
  anchor?: string;
}

type ScaleStore = Store<unknown, ScaleRun>;

/** Rows of the run's table: eleven epochs, evenly spread. */
const TABLE_ROWS = 10;

/** Decimals of slopes and gradients: a saturated slope is a few ten-thousandths. */
const FINE = 5;

/** The run's table: each column's heading, series and decimals. */
const RUN_COLUMNS: readonly LiveColumn<number>[] = [
  { name: 'epoch', quantity: (epoch) => `epochAt.${epoch}`, digits: 0 },
  { name: 'H₄', quantity: (epoch) => `H4At.${epoch}`, digits: 6 },
  { name: 'H₅', quantity: (epoch) => `H5At.${epoch}`, digits: 6 },
  { name: 'loss', quantity: (epoch) => `lossAt.${epoch}`, digits: FINE },
];

/** The numbers at epoch 0, each with its name, as a table. */
function StartTable({ store }: { store: ScaleStore }) {
  const rows = [
    ['hidden node H₄', 'H4', 3],
    ['hidden node H₅', 'H5', 3],
    ['slope dH₄/dH₄in', 'dH4/dH4in', FINE],
    ['slope dH₅/dH₅in', 'dH5/dH5in', FINE],
    ['‖∂L/∂λ‖ of the weights into the hidden layer', 'hiddenGradient', FINE],
    ['‖∂L/∂λ‖ of the weights into the output', 'outputGradient', FINE],
    ['loss L', 'loss', FINE],
  ] as const;
  return (
    <div class="table-fit">
      <table class="values-table init-start">
        <caption>At epoch 0</caption>
        <tbody>
          {rows.map(([name, key, digits]) => (
            <tr key={key}>
              <th scope="row">{name}</th>
              <LiveNumber as="td" class="number" store={store} quantity={key} digits={digits} />
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}

/** The run in words and as a table. */
function RunText({ store, id, lastEpoch }: { store: ScaleStore; id: string; lastEpoch: number }) {
  const epochs = Array.from({ length: TABLE_ROWS + 1 }, (_, i) =>
    Math.round((i * lastEpoch) / TABLE_ROWS),
  );
  return (
    <div class="init-text">
      <p id={`${id}-nodes-summary`} class="init-summary">
        Over the run H₄ goes from <LiveNumber store={store} quantity="H4" digits={4} /> to{' '}
        <LiveNumber store={store} quantity="finalH4" digits={4} /> and H₅ from{' '}
        <LiveNumber store={store} quantity="H5" digits={4} /> to{' '}
        <LiveNumber store={store} quantity="finalH5" digits={4} />; the largest difference between
        them at any epoch is <LiveNumber store={store} quantity="gap" digits={6} />.
      </p>
      <p id={`${id}-loss-summary`} class="init-summary">
        The loss goes from <LiveNumber store={store} quantity="loss" digits={FINE} /> at epoch 0 to{' '}
        <LiveNumber store={store} quantity="finalLoss" digits={FINE} /> at epoch{' '}
        <LiveNumber store={store} quantity="lastEpoch" digits={0} />.
      </p>
      <LiveTable
        store={store}
        summary="The run as a table"
        caption="H₄, H₅ and the loss at eleven epochs of the run"
        columns={RUN_COLUMNS}
        rows={epochs}
      />
    </div>
  );
}

export function ScaleWidget({ id, anchor, ...storeProps }: Props) {
  const store = useStore(initScaleKind, storeProps) as ScaleStore;
  const { mounted, settings, view } = useShown(store);
  const lastEpoch = useComputed(() => store.kind.read(view.value, 'lastEpoch') ?? 0);
  const note = useComputed(() => (mounted.value ? store.note.value : ''));
  const figure = useRef<HTMLElement>(null);
  // The table's rows follow the run's length (shorter only if a run stopped early).
  useLiveNumbers(figure, store, lastEpoch.value);
  const presets = SCALE_PRESETS.map(({ name, scale }) => ({
    name: `${name} (scale ${scale})`,
    values: { scale },
  }));
  return (
    <figure ref={figure} id={id} class="widget init-widget" aria-labelledby={`${id}-caption`}>
      <figcaption id={`${id}-caption`} class="widget-caption">
        The chapter’s network starts from its seed’s draw times a scale, then trains on the
        chapter’s sample. Set the scale and watch the hidden nodes.
      </figcaption>
      <PresetButtons
        store={store}
        settings={settings}
        presets={presets}
        label="Scales"
        id={`${id}-scales`}
      />
      <div class="init-settings">
        <SettingControl store={store} setting="scale" idPrefix={id} />
        <SettingControl store={store} setting="seed" idPrefix={id} />
      </div>
      <StartTable store={store} />
      <p class="init-note" role="status">
        {note}
      </p>
      <ScalePlots
        kind={store.kind}
        view={view}
        nodesSummary={`${id}-nodes-summary`}
        lossSummary={`${id}-loss-summary`}
      />
      <RunText store={store} id={id} lastEpoch={lastEpoch.value} />
      <StoreActions store={store} anchor={anchor} />
    </figure>
  );
}
