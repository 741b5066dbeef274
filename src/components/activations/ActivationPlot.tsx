/**
 * An activation and its derivative, plotted: the reader picks α (identity, sigmoid, tanh, ReLU,
 * leaky ReLU) and moves the node input z; the plot draws α(z) and α′(z) from −6 to 6, marks z,
 * and the numbers z, α(z) and α′(z) follow. Every point of the curves is read from the store
 * (`z[i]`, `output[i]`, `derivative[i]`), which samples them with the engine.
 *
 * The plot (LinePlot, SVG) is drawn on the server from the starting state, so the curves show
 * without JavaScript. After mounting, the curves are read again only when the function changes;
 * a new z moves the marker and its two dots, bound attributes that render nothing again. The
 * numbers are bound (`useLiveNumbers`); the function's name follows its setting through a signal.
 */
import { useComputed, type ReadonlySignal } from '@preact/signals';
import type { TargetedEvent } from 'preact';
import { useRef } from 'preact/hooks';
import type { ActivationName } from '../../engine/index.ts';
import {
  ACTIVATION_LABELS,
  PLOT_SAMPLES,
  TABLE_STRIDE,
  activationKind,
  sampleKey,
} from './activation.kind.ts';
import type { SettingValues, Store } from '../../state/store.ts';
import { LiveNumber } from '../LiveNumber.tsx';
import { ReadoutList, type ReadoutEntry } from '../ReadoutList.tsx';
import { SettingControl } from '../SettingControl.tsx';
import { StoreActions } from '../StoreActions.tsx';
import { LinePlot, type PlotPoints, type PlotSeries } from '../plot/LinePlot.tsx';
import { extent, niceDomain, type Domain } from '../plot/scales.ts';
import { useLiveNumbers, useMountedSignal, useStore, type StoreProps } from '../useStore.ts';
import type { WidgetPartProps } from '../widgetPart.ts';

interface Props extends StoreProps {
  /** Unique on the page; prefixes every element id of this widget. */
  id: string;
  /** The heading id of the section the widget sits in, for the link to this state. */
  anchor?: string;
}

/** What each curve looks like, in words, for the text alternative. */
const SHAPES: Readonly<Record<ActivationName, string>> = {
  identity: 'The identity is a straight line through the origin; its slope is 1 everywhere.',
  sigmoid:
    'The sigmoid rises in an S from 0 to 1; its slope is a bump, highest at z = 0 (one quarter) and close to 0 far from it.',
  tanh: 'The hyperbolic tangent rises in an S from −1 to 1; its slope is a bump, 1 at z = 0 and close to 0 far from it.',
  relu: 'ReLU is 0 for negative z and z itself for positive z; its slope is a step from 0 to 1 at z = 0.',
  leakyRelu:
    'Leaky ReLU is 0.01·z for negative z and z itself for positive z; its slope is a step from 0.01 to 1 at z = 0.',
};

/** Activations whose derivative jumps at a kink. */
const STEPPED = new Set<ActivationName>(['relu', 'leakyRelu']);

/** Indices of the samples the table lists. */
const TABLE_ROWS = Array.from(
  { length: Math.floor((PLOT_SAMPLES - 1) / TABLE_STRIDE) + 1 },
  (_, row) => row * TABLE_STRIDE,
);

/** The sampled curve as the store gives it: every sample read by its key. */
interface Curve {
  readonly z: number[];
  readonly output: number[];
  readonly derivative: number[];
}

function curveOf(store: Store, view: unknown): Curve {
  const column = (name: 'z' | 'output' | 'derivative') =>
    Array.from({ length: PLOT_SAMPLES }, (_, i) => store.kind.read(view, sampleKey(name, i)) ?? 0);
  return { z: column('z'), output: column('output'), derivative: column('derivative') };
}

/** The picker: a native select, its value bound to the store. */
function FunctionSelect({ store, settings, id }: WidgetPartProps) {
  const value = useComputed(() => settings.value['fn'] as string);
  const starting = store.defaults['fn'];
  const picked = (event: TargetedEvent<HTMLSelectElement>) => {
    const menu = event.currentTarget;
    if (!store.set('fn', menu.value).ok) menu.value = store.settings.peek()['fn'] as string;
  };
  return (
    <div class="activation-pick">
      <label for={`${id}-fn`} class="activation-pick-label">
        activation function α
      </label>
      <select id={`${id}-fn`} class="activation-select" value={value} onChange={picked}>
        {(Object.keys(ACTIVATION_LABELS) as ActivationName[]).map((fn) => (
          <option key={fn} value={fn} selected={fn === starting}>
            {ACTIVATION_LABELS[fn]}
          </option>
        ))}
      </select>
    </div>
  );
}

/**
 * What the plot draws, as signals: the curves (read again only when the function changes), their
 * domains, and the reader's z with its two points on the curves.
 */
function usePlotData(
  store: Store,
  mounted: ReadonlySignal<boolean>,
  settings: ReadonlySignal<SettingValues>,
) {
  /** The view on show: the starting one while hydrating, then the store's. */
  const view = useComputed(() => (mounted.value ? store.view.value : store.initialView));
  const curve = useComputed(() => {
    void settings.value['fn'];
    return curveOf(store, view.peek());
  });
  const stepped = useComputed(() => STEPPED.has(settings.value['fn'] as ActivationName));
  const point = useComputed(() => {
    const read = (key: string) => store.kind.read(view.value, key) ?? Number.NaN;
    return { z: [read('z')], output: [read('output')], derivative: [read('derivative')] };
  });
  const series: PlotSeries[] = [
    {
      label: 'solid line: the output α(z)',
      className: 'line-plot-positive',
      look: 'solid',
      points: useComputed((): PlotPoints => ({ xs: curve.value.z, ys: curve.value.output })),
    },
    {
      label: 'dashed line: the derivative α′(z)',
      className: 'line-plot-negative',
      look: 'dashed',
      points: useComputed((): PlotPoints => ({
        xs: curve.value.z,
        ys: curve.value.derivative,
        step: stepped.value,
      })),
    },
    {
      label: 'α(z) at z',
      className: 'line-plot-positive',
      look: 'dots',
      inLegend: false,
      points: useComputed((): PlotPoints => ({ xs: point.value.z, ys: point.value.output })),
    },
    {
      label: 'α′(z) at z',
      className: 'line-plot-negative',
      look: 'dots',
      inLegend: false,
      points: useComputed((): PlotPoints => ({ xs: point.value.z, ys: point.value.derivative })),
    },
  ];
  return {
    series,
    xDomain: useComputed((): Domain => extent(curve.value.z) ?? [-1, 1]),
    yDomain: useComputed(() => niceDomain(extent(curve.value.output, curve.value.derivative))),
    z: useComputed(() => point.value.z[0]!),
  };
}

/** The numbers at the z on view. */
const READOUT: readonly ReadoutEntry[] = [
  { term: 'z', quantity: 'z' },
  { term: 'output α(z)', quantity: 'output' },
  { term: 'derivative α′(z)', quantity: 'derivative' },
];

export function ActivationPlot({ id, anchor, ...storeProps }: Props) {
  const store = useStore(activationKind, storeProps);
  const mounted = useMountedSignal();
  /** The settings on view: the starting ones while hydrating, then the store's. */
  const settings = useComputed(() => (mounted.value ? store.settings.value : store.defaults));
  const name = useComputed(() => ACTIVATION_LABELS[settings.value['fn'] as ActivationName]);
  const shape = useComputed(() => SHAPES[settings.value['fn'] as ActivationName]);
  const figure = useRef<HTMLElement>(null);
  useLiveNumbers(figure, store);
  const plot = usePlotData(store, mounted, settings);
  const summaryId = `${id}-summary`;
  return (
    <figure ref={figure} id={id} class="widget activation-widget" aria-labelledby={`${id}-caption`}>
      <figcaption id={`${id}-caption`} class="widget-caption">
        Pick an activation function and move the node input z: the plot draws the function α(z) and
        its derivative α′(z), and marks z.
      </figcaption>
      <div class="activation-controls">
        <FunctionSelect store={store} settings={settings} id={id} />
        <div class="activation-input">
          <SettingControl store={store} setting="z" idPrefix={id} />
        </div>
      </div>
      <LinePlot
        class="activation-plot"
        width={640}
        height={260}
        x={{ domain: plot.xDomain, title: 'node input z' }}
        y={{ domain: plot.yDomain, title: 'α(z) and α′(z)' }}
        series={plot.series}
        marker={{
          x: plot.z,
          label: 'upright line: the node input z',
          className: 'line-plot-highlight',
        }}
        label="Plot of the activation and its derivative for z from −6 to 6"
        describedBy={summaryId}
      />
      <ReadoutList store={store} class="activation-readout" entries={READOUT} />
      <p id={summaryId} class="activation-summary">
        <span>{shape}</span> At z = <LiveNumber store={store} quantity="z" />, the {name} gives α(z)
        = <LiveNumber store={store} quantity="output" />, and its slope there is α′(z) ={' '}
        <LiveNumber store={store} quantity="derivative" />.
      </p>
      <details class="activation-details">
        <summary>
          The plotted values of the <span>{name}</span>, every 0.5 of z
        </summary>
        <div class="activation-table-holder">
          <table class="activation-table">
            <caption>
              The <span>{name}</span> and its derivative, sampled from z = −6 to 6
            </caption>
            <thead>
              <tr>
                <th scope="col">z</th>
                <th scope="col">α(z)</th>
                <th scope="col">α′(z)</th>
              </tr>
            </thead>
            <tbody>
              {TABLE_ROWS.map((i) => (
                <tr key={i}>
                  <LiveNumber store={store} quantity={sampleKey('z', i)} as="td" digits={1} />
                  <LiveNumber store={store} quantity={sampleKey('output', i)} as="td" />
                  <LiveNumber store={store} quantity={sampleKey('derivative', i)} as="td" />
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      </details>
      <StoreActions store={store} anchor={anchor} />
    </figure>
  );
}
