/**
 * An activation and its derivative, plotted: the reader picks α (identity, sigmoid, tanh, ReLU,
 * leaky ReLU) and moves the node input z; the plot draws α(z) and α′(z) from −6 to 6, marks z,
 * and the numbers z, α(z) and α′(z) follow. Every point of the curves is read from the store
 * (`z[i]`, `output[i]`, `derivative[i]`), which samples them with the engine.
 *
 * The chart (uPlot) is loaded once the widget has mounted; until then, and without JavaScript,
 * the box keeps its place and says where the same numbers are: the sentence under it and the
 * table of samples. The numbers are bound (`useLiveNumbers`); the function's name follows its
 * setting through a signal; nothing renders again after mounting.
 */
import { useComputed, useSignal, type ReadonlySignal } from '@preact/signals';
import type { TargetedEvent } from 'preact';
import { useEffect, useRef } from 'preact/hooks';
import type { ActivationName } from '../../engine/index.ts';
import {
  ACTIVATION_LABELS,
  PLOT_SAMPLES,
  TABLE_STRIDE,
  activationKind,
  sampleKey,
} from '../../state/kinds/activation.ts';
import type { SettingValues, Store } from '../../state/store.ts';
import { LiveNumber } from '../LiveNumber.tsx';
import { SettingControl } from '../SettingControl.tsx';
import { StoreActions } from '../StoreActions.tsx';
import {
  useDomEffect,
  useLiveNumbers,
  useMountedSignal,
  useStore,
  type StoreProps,
} from '../useStore.ts';
import type { CurveChart, CurveData, CurvePoint } from './curveChart.ts';

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

/** The curve as the store gives it: every sample read by its key. */
function curveOf(store: Store, view: unknown, fn: ActivationName): CurveData {
  const column = (name: 'z' | 'output' | 'derivative') =>
    Array.from({ length: PLOT_SAMPLES }, (_, i) => store.kind.read(view, sampleKey(name, i)) ?? 0);
  return {
    z: column('z'),
    output: column('output'),
    derivative: column('derivative'),
    stepped: STEPPED.has(fn),
  };
}

function pointOf(store: Store, view: unknown): CurvePoint {
  const read = (key: string) => store.kind.read(view, key) ?? 0;
  return { z: read('z'), output: read('output'), derivative: read('derivative') };
}

/** The picker: a native select, its value bound to the store. */
function FunctionSelect({
  store,
  settings,
  id,
}: {
  store: Store;
  settings: ReadonlySignal<SettingValues>;
  id: string;
}) {
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

/** The chart, created after mounting and fed from the store until unmounting. */
function useCurveChart(holder: { readonly current: HTMLElement | null }, store: Store): void {
  const chart = useRef<CurveChart | null>(null);
  const drawnFn = useRef<string>('');
  /** Counts the charts made, so the effect that feeds the chart runs once one exists. */
  const made = useSignal(0);

  useEffect(() => {
    const element = holder.current;
    if (!element) return undefined;
    let cancelled = false;
    let resize: ResizeObserver | undefined;
    let theme: MutationObserver | undefined;
    void import('./curveChart.ts').then(({ createCurveChart }) => {
      if (cancelled) return;
      const view = store.view.peek();
      const fn = store.settings.peek()['fn'] as ActivationName;
      element.replaceChildren();
      chart.current = createCurveChart(
        element,
        element.clientWidth,
        curveOf(store, view, fn),
        pointOf(store, view),
      );
      drawnFn.current = fn;
      element.classList.add('is-drawn');
      resize = new ResizeObserver(() => chart.current?.resize(element.clientWidth));
      resize.observe(element);
      theme = new MutationObserver(() => chart.current?.redraw());
      theme.observe(document.documentElement, {
        attributes: true,
        attributeFilter: ['data-theme'],
      });
      made.value++;
    });
    return () => {
      cancelled = true;
      resize?.disconnect();
      theme?.disconnect();
      chart.current?.destroy();
      chart.current = null;
    };
  }, [holder, store, made]);

  // Each change of the store: new curves for a new function, else only the marker moves.
  useDomEffect(() => {
    void made.value;
    const view = store.view.value;
    const fn = store.settings.value['fn'] as ActivationName;
    if (!chart.current) return;
    if (fn !== drawnFn.current) {
      drawnFn.current = fn;
      chart.current.setCurve(curveOf(store, view, fn));
    }
    chart.current.setPoint(pointOf(store, view));
  });
}

export function ActivationPlot({ id, anchor, ...storeProps }: Props) {
  const store = useStore(activationKind, storeProps);
  const mounted = useMountedSignal();
  /** The settings on view: the starting ones while hydrating, then the store's. */
  const settings = useComputed(() => (mounted.value ? store.settings.value : store.defaults));
  const name = useComputed(() => ACTIVATION_LABELS[settings.value['fn'] as ActivationName]);
  const shape = useComputed(() => SHAPES[settings.value['fn'] as ActivationName]);
  const figure = useRef<HTMLElement>(null);
  const holder = useRef<HTMLDivElement>(null);
  useLiveNumbers(figure, store);
  useCurveChart(holder, store);
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
      <ul class="activation-legend" aria-label="How the curves are drawn">
        <li>
          <svg class="activation-swatch" viewBox="0 0 40 10" aria-hidden="true">
            <line x1="0" y1="5" x2="40" y2="5" class="activation-swatch-output" />
          </svg>
          solid line: the output α(z)
        </li>
        <li>
          <svg class="activation-swatch" viewBox="0 0 40 10" aria-hidden="true">
            <line x1="0" y1="5" x2="40" y2="5" class="activation-swatch-derivative" />
          </svg>
          dashed line: the derivative α′(z)
        </li>
        <li>
          <svg class="activation-swatch" viewBox="0 0 40 10" aria-hidden="true">
            <line x1="20" y1="0" x2="20" y2="10" class="activation-swatch-marker" />
          </svg>
          upright line: the node input z
        </li>
      </ul>
      <div
        ref={holder}
        class="activation-plot"
        role="img"
        aria-label="Plot of the activation and its derivative for z from −6 to 6"
        aria-describedby={summaryId}
      >
        <p class="activation-plot-waiting">
          The plot needs JavaScript; the sentence below and the table of its points hold the same
          numbers.
        </p>
      </div>
      <dl class="activation-readout">
        <div>
          <dt>z</dt>
          <dd>
            <LiveNumber store={store} quantity="z" />
          </dd>
        </div>
        <div>
          <dt>output α(z)</dt>
          <dd>
            <LiveNumber store={store} quantity="output" />
          </dd>
        </div>
        <div>
          <dt>derivative α′(z)</dt>
          <dd>
            <LiveNumber store={store} quantity="derivative" />
          </dd>
        </div>
      </dl>
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
