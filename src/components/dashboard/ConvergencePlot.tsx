/**
 * One quantity (or a few) of a network store against the epoch, over the whole recorded run:
 * LinePlot with a marker at the epoch on view, a linear or logarithmic epoch axis (the store's
 * `epochAxis`, one choice for all of a widget's plots, which links keep), a sentence that says
 * what the plot shows and the data at eleven epochs in a table. On the dashboard a button saves the plot as a PNG.
 *
 * The lines read the trace's own columns (`kind.column`), so a plot copies nothing: a new run
 * rewrites each line's `d` once, and a new epoch on view moves only the marker. On the log axis
 * the epochs start at 1; epoch 0 is drawn on the axis's left edge with epoch 1.
 */
import { useComputed, type ReadonlySignal } from '@preact/signals';
import type { ComponentChildren } from 'preact';
import { useRef } from 'preact/hooks';
import type { Trace } from '../../engine/index.ts';
import type { NetworkKind, NetworkView } from '../../state/kind-parts/network-kind.ts';
import type { Store } from '../../state/store.ts';
import { useMountedSignal } from '../useStore.ts';
import { LinePlot, type PlotPoints, type PlotSeries } from '../plot/LinePlot.tsx';
import { epochAxis, epochMarker } from '../plot/epochs.ts';
import { LiveTable, type RowHeading, type TableClasses } from '../plot/LiveTable.tsx';
import { plainText, Subscripted } from '../plot/Subscripted.tsx';
import { decadeDomain, extent, niceDomain, type Domain } from '../plot/scales.ts';

/** One line: a quantity key of the store, or a setting drawn as a level line (the target y). */
export interface Line {
  readonly key: string;
  readonly label: string;
  readonly className: string;
  readonly look: PlotSeries['look'];
  /** Draw the setting `key` as a constant across the run instead of a column. */
  readonly level?: boolean;
  /** The table's column head (the key by default). */
  readonly head?: string;
}

interface Props {
  store: Store<Trace, NetworkView>;
  kind: NetworkKind;
  /** The view on show: the starting one while hydrating, then the store's. */
  view: ReadonlySignal<NetworkView>;
  /** The epochs the table lists (eleven, spread over the recorded run). */
  rows: readonly number[];
  id: string;
  title: string;
  lines: readonly Line[];
  yTitle: string;
  /** A logarithmic value axis (the loss), down to this floor. */
  logFloor?: number;
  /** The sentence that says in words what the plot shows. */
  summary: ComponentChildren;
  /** Decimals in the table. */
  digits?: number;
  /** Saves the plot (its box) as a picture; no button when absent. */
  onSave?: ((box: HTMLElement, id: string, title: string) => void) | undefined;
}

/** The table's rows are epochs, headed by their number. */
const EPOCH_HEADING: RowHeading<number> = { name: 'epoch', cell: (epoch) => epoch };
/** The plots' tables (training-dashboard.css): small tabular figures. */
const DASHBOARD_TABLE: TableClasses = { details: 'dashboard-details', table: 'dashboard-table' };

/**
 * What a widget of run plots reads from its store: the settings and view on show (the starting
 * ones while hydrating, then the store's), and the last recorded epoch.
 */
export function useRunView(store: Store<Trace, NetworkView>) {
  const mounted = useMountedSignal();
  const settings = useComputed(() => (mounted.value ? store.settings.value : store.defaults));
  const view = useComputed(() => (mounted.value ? store.view.value : store.initialView));
  const lastEpoch = useComputed(() => view.value.trace.length - 1);
  const note = useComputed(() => (mounted.value ? store.note.value : ''));
  return { mounted, settings, view, lastEpoch, note };
}

/** The lowest epoch a log axis shows. */
const LOG_START = 1;

export function ConvergencePlot(props: Props) {
  const { store, kind, view, rows, id, title, lines, yTitle, logFloor, summary } = props;
  const digits = props.digits ?? 3;
  const logEpochs = useComputed(() => view.value.values['epochAxis'] === 'log');
  const trace = useComputed(() => view.value.trace);
  const series: PlotSeries[] = lines.map((line) => {
    // A level line follows its setting; every line follows the run (the trace changes with it).
    const setting = useComputed(() => (line.level ? (view.value.values[line.key] as number) : 0));
    return {
      label: line.label,
      className: line.className,
      look: line.look,
      points: useComputed((): PlotPoints => {
        const run = trace.value;
        if (!line.level) return { xs: run.epoch, ys: kind.column(run, line.key) ?? [] };
        const at = setting.value;
        return { xs: [0, Math.max(1, run.length - 1)], ys: [at, at] };
      }),
    };
  });
  const lastEpoch = useComputed(() => Math.max(1, trace.value.length - 1));
  const xDomain = useComputed((): Domain =>
    logEpochs.value ? [LOG_START, Math.max(10, lastEpoch.value)] : [0, lastEpoch.value],
  );
  const shown = useRef<Domain>([0, 1]);
  const yDomain = useComputed((): Domain => {
    const all = series.map((entry) => entry.points.value.ys);
    const next =
      logFloor === undefined ? niceDomain(extent(...all), 4) : decadeDomain(all[0]!, logFloor);
    // The same domain stays the same object, so the ticks render again only when it changes.
    if (next[0] !== shown.current[0] || next[1] !== shown.current[1]) shown.current = next;
    return shown.current;
  });
  const epoch = useComputed(() => view.value.row);
  const box = useRef<HTMLDivElement>(null);

  return (
    <section class="dashboard-plot" aria-labelledby={`${id}-heading`}>
      <h3 id={`${id}-heading`} class="dashboard-plot-heading">
        {title}
      </h3>
      <div ref={box}>
        <LinePlot
          class="dashboard-line-plot"
          x={epochAxis(xDomain, logEpochs.value)}
          y={{ domain: yDomain, title: yTitle, log: logFloor !== undefined }}
          series={series}
          marker={epochMarker(epoch, 'line-plot-neutral')}
          label={`Plot: ${title}`}
          describedBy={`${id}-summary`}
        />
      </div>
      <p id={`${id}-summary`} class="dashboard-summary">
        {summary}
      </p>
      <LiveTable
        store={store}
        summary="The data as a table"
        caption={`${title}: eleven epochs of the run, ${digits} decimals`}
        heading={EPOCH_HEADING}
        columns={lines
          .filter((line) => !line.level)
          .map((line) => ({
            name: plainText(line.head ?? line.key),
            head: <Subscripted text={line.head ?? line.key} />,
            quantity: (row: number) => `${line.key}@${row}`,
            digits,
          }))}
        rows={rows}
        classes={DASHBOARD_TABLE}
      />
      {props.onSave && (
        <button
          type="button"
          class="reset-button"
          onClick={() => box.current && props.onSave?.(box.current, id, title)}
        >
          Save this plot as PNG
        </button>
      )}
    </section>
  );
}
