/**
 * Draw N random initial weights and see their histogram against the bounds ±a and the flat
 * count the uniform distribution predicts, with their summary statistics beside the theory's.
 * One island, bound to one weight-draws store: the scheme (a native menu), p, k, N and the seed
 * (sliders and boxes), and three layers to pick in one click.
 *
 * Every number is a live number of the store (the engine's draws, histogram and statistics); the
 * widget renders once and its numbers follow the store. Its tables have fixed rows (BINS bins, four
 * statistics), so nothing renders again but the plot's ticks and a refused menu's message.
 */
import { useComputed, useSignal, type ReadonlySignal } from '@preact/signals';
import type { TargetedEvent } from 'preact';
import { useRef } from 'preact/hooks';
import {
  BINS,
  FIRST_DRAWS,
  LAYER_PRESETS,
  schemeCodec,
  weightDrawsKind,
  type WeightDraws,
} from './weight-draws.kind.ts';
import type { SettingValues, Store } from '../../state/store.ts';
import { LiveNumber } from '../LiveNumber.tsx';
import { SettingControl } from '../SettingControl.tsx';
import { StoreActions } from '../StoreActions.tsx';
import { useLiveNumbers, useStore, type StoreProps } from '../useStore.ts';
import { HistogramPlot } from './HistogramPlot.tsx';
import { PresetButtons } from './PresetButtons.tsx';
import { LiveTable, type LiveColumn } from '../plot/LiveTable.tsx';
import { useShown } from './useShown.ts';

interface Props extends StoreProps {
  /** Unique on the page; prefixes every element id of this widget. */
  id: string;
  /** The heading id of the section the widget sits in, for the link to this state. */
  anchor?: string;
}

type DrawsStore = Store<unknown, WeightDraws>;

/** The table of counts: each column's heading, series and decimals. */
const BIN_COLUMNS: readonly LiveColumn<number>[] = [
  { name: 'from', quantity: (bin) => `edge.${bin}`, digits: 3 },
  { name: 'to', quantity: (bin) => `edge.${bin + 1}`, digits: 3 },
  { name: 'draws', quantity: (bin) => `binCount.${bin}`, digits: 0 },
  { name: 'predicted', quantity: (bin) => `binExpected.${bin}`, digits: 1 },
];

/** The scheme as a native menu; a refusal (never expected) says why and keeps the last one. */
function SchemeMenu({
  store,
  settings,
  id,
}: {
  store: DrawsStore;
  settings: ReadonlySignal<SettingValues>;
  id: string;
}) {
  const refusal = useSignal('');
  const value = useComputed(() => settings.value['scheme'] as string);
  const starting = store.defaults['scheme'];
  const chosen = (event: TargetedEvent<HTMLSelectElement>) => {
    const menu = event.currentTarget;
    const result = store.set('scheme', menu.value);
    refusal.value = result.ok ? '' : result.message;
    if (!result.ok) menu.value = store.settings.peek()['scheme'] as string;
  };
  return (
    <div class="init-field">
      <label for={`${id}-scheme`} class="init-label">
        Scheme
      </label>
      <select id={`${id}-scheme`} class="nn-field init-select" value={value} onChange={chosen}>
        {schemeCodec.values.map((scheme) => (
          <option key={scheme} value={scheme} selected={scheme === starting}>
            {schemeCodec.labels[scheme]}
          </option>
        ))}
      </select>
      <p class="setting-message is-error" role="alert">
        {refusal}
      </p>
    </div>
  );
}

/** The draws' statistics beside what the uniform distribution U[−a, a] says they should be. */
function StatisticsTable({ store }: { store: DrawsStore }) {
  const rows = [
    ['smallest draw', 'min', 'low', 'the lower bound −a'],
    ['largest draw', 'max', 'high', 'the upper bound a'],
    ['mean', 'mean', 'expectedMean', '0'],
    ['standard deviation', 'sd', 'expectedSd', 'a/√3'],
  ] as const;
  return (
    <div class="table-fit">
      <table class="values-table">
        <caption>The draws’ statistics and the uniform distribution’s</caption>
        <thead>
          <tr>
            <th scope="col">statistic</th>
            <th scope="col">the draws</th>
            <th scope="col">U[−a, a]</th>
          </tr>
        </thead>
        <tbody>
          {rows.map(([name, measured, theory, formula]) => (
            <tr key={name}>
              <th scope="row">{name}</th>
              <LiveNumber
                as="td"
                class="number"
                store={store}
                quantity={measured}
                digits={4}
                label="the draws"
              />
              <td class="number" data-label="U[−a, a]">
                <LiveNumber store={store} quantity={theory} digits={4} />{' '}
                <span class="init-formula">({formula})</span>
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}

/** The histogram in words and as a table of the counts. */
function HistogramText({ store, id }: { store: DrawsStore; id: string }) {
  return (
    <div class="init-text">
      <p id={`${id}-summary`} class="init-summary">
        <LiveNumber store={store} quantity="count" digits={0} /> weights drawn from U[
        <LiveNumber store={store} quantity="low" />, <LiveNumber store={store} quantity="high" />
        ]: <LiveNumber store={store} quantity="outside" digits={0} /> of them lie outside the
        bounds, and the {BINS} bins hold from{' '}
        <LiveNumber store={store} quantity="emptiestBin" digits={0} /> to{' '}
        <LiveNumber store={store} quantity="fullestBin" digits={0} /> draws each, against{' '}
        <LiveNumber store={store} quantity="expectedCount" digits={1} /> the flat distribution
        predicts for every bin.
      </p>
      <LiveTable
        store={store}
        summary="The counts as a table"
        caption="Draws in each bin, and the count the uniform distribution predicts"
        columns={BIN_COLUMNS}
        rows={Array.from({ length: BINS }, (_, bin) => bin)}
      />
    </div>
  );
}

export function WeightDrawsWidget({ id, anchor, ...storeProps }: Props) {
  const store = useStore(weightDrawsKind, storeProps) as DrawsStore;
  const { settings, view } = useShown(store);
  const figure = useRef<HTMLElement>(null);
  useLiveNumbers(figure, store);
  const presets = LAYER_PRESETS.map(({ name, p, k }) => ({
    name: `${name} (p = ${p}, k = ${k})`,
    values: { p, k },
  }));
  return (
    <figure ref={figure} id={id} class="widget init-widget" aria-labelledby={`${id}-caption`}>
      <figcaption id={`${id}-caption`} class="widget-caption">
        Draw N random weights for a layer and compare their histogram with the bounds and with the
        flat distribution they are drawn from.
      </figcaption>
      <div class="init-controls">
        <SchemeMenu store={store} settings={settings} id={id} />
        <PresetButtons
          store={store}
          settings={settings}
          presets={presets}
          label="Layers"
          id={`${id}-layers`}
        />
      </div>
      <div class="init-settings">
        {['p', 'k', 'count', 'seed'].map((key) => (
          <SettingControl key={key} store={store} setting={key} idPrefix={id} />
        ))}
      </div>
      <p class="init-bound">
        Half-width a = <LiveNumber store={store} quantity="limit" digits={4} />, so every weight is
        drawn from U[
        <LiveNumber store={store} quantity="low" digits={4} />,{' '}
        <LiveNumber store={store} quantity="high" digits={4} />
        ].
      </p>
      <HistogramPlot kind={store.kind} view={view} bins={BINS} describedBy={`${id}-summary`} />
      <HistogramText store={store} id={id} />
      <StatisticsTable store={store} />
      <p class="init-first">
        The first {FIRST_DRAWS} draws:{' '}
        {Array.from({ length: FIRST_DRAWS }, (_, i) => (
          <span key={i}>
            {i > 0 && ', '}
            <LiveNumber store={store} quantity={`draw.${i}`} />
          </span>
        ))}
        .
      </p>
      <StoreActions store={store} anchor={anchor} />
    </figure>
  );
}
