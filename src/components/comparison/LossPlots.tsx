/**
 * The three runs' loss on two plots: against the epoch, and against the number of updates made,
 * both on a logarithmic loss axis (SVG LinePlots, drawn on the server from the starting state).
 * Each plot has a sentence that says what it shows; the numbers of both (the loss and the updates
 * made at eleven epochs of each run) follow in one table.
 *
 * Lines are told apart by their look (solid, dashed, dotted) as well as their colour. A new run
 * rewrites each line's `d`; the ticks are drawn again only when an axis's round ends change.
 */
import { useComputed, type ReadonlySignal } from '@preact/signals';
import { useRef } from 'preact/hooks';
import type { ComparisonView, RunName } from '../../state/kind-parts/comparison.ts';
import { LiveNumber } from '../LiveNumber.tsx';
import { LinePlot, type PlotPoints, type PlotSeries } from '../plot/LinePlot.tsx';
import { epochAxis } from '../plot/epochs.ts';
import { decadeDomain, type Domain } from '../plot/scales.ts';
import { readScalar, readSeries, type ComparisonStore } from './series.ts';
import { spreadEpochs } from '../plot/LiveTable.tsx';

/** How each run's line looks, in the order of the runs. */
const LOOKS = [
  { word: 'solid', look: 'solid', className: 'line-plot-positive' },
  { word: 'dashed', look: 'dashed', className: 'line-plot-negative' },
  { word: 'dotted', look: 'solid', className: 'line-plot-highlight cmp-dotted' },
] as const;

/** The lowest loss the log axis reaches: a fit of a few samples may go far below it. */
const LOSS_FLOOR = 1e-8;

/** Decimals of a loss on the page. */
export const LOSS_DIGITS = 5;

interface Props {
  store: ComparisonStore;
  /** The view on show: the starting one while hydrating, then the store's. */
  view: ReadonlySignal<ComparisonView>;
  runs: readonly RunName[];
  idPrefix: string;
  /** The last epoch of the runs, for the table's rows. */
  lastEpoch: number;
  /** Whether to plot the loss against the updates made too. */
  byUpdate: boolean;
}

/** A domain kept as the same object while its ends stay the same, so the ticks are not redrawn. */
function useSteadyDomain(compute: () => Domain): ReadonlySignal<Domain> {
  const shown = useRef<Domain>([0, 1]);
  return useComputed(() => {
    const next = compute();
    if (next[0] !== shown.current[0] || next[1] !== shown.current[1]) shown.current = next;
    return shown.current;
  });
}

/** Each run's curve against one x series (`epoch` or `updates`). */
function useCurves(
  store: ComparisonStore,
  view: ReadonlySignal<ComparisonView>,
  runs: readonly RunName[],
  x: 'epoch' | 'updates',
): ReadonlySignal<PlotPoints>[] {
  // One computed per run: a widget's runs never change, so the hooks keep their order.
  return runs.map(({ id }) =>
    useComputed(() => {
      const current = view.value;
      const count = readScalar(store, current, `${id}.lastEpoch`) + 1;
      // On the log axis of updates, the curve starts after the first epoch's updates.
      const first = x === 'updates' ? 1 : 0;
      return {
        xs: readSeries(store, current, `${id}.${x}`, count).slice(first),
        ys: readSeries(store, current, `${id}.loss`, count).slice(first),
      };
    }),
  );
}

function seriesOf(runs: readonly RunName[], curves: ReadonlySignal<PlotPoints>[]): PlotSeries[] {
  return runs.map((run, r) => ({
    label: `${LOOKS[r]!.word}: ${run.label}`,
    className: LOOKS[r]!.className,
    look: LOOKS[r]!.look,
    points: curves[r]!,
  }));
}

export function LossPlots({ store, view, runs, idPrefix, lastEpoch, byUpdate }: Props) {
  const byEpoch = useCurves(store, view, runs, 'epoch');
  const updateCurves = useCurves(store, view, runs, 'updates');
  const yDomain = useSteadyDomain(() =>
    decadeDomain(
      byEpoch.flatMap((curve) => Array.from(curve.value.ys)),
      LOSS_FLOOR,
    ),
  );
  const epochDomain = useSteadyDomain(() => [0, Math.max(1, ...byEpoch.map(lastX))]);
  // Whole decades from the first update to the last run's end.
  const updateDomain = useSteadyDomain(() => decadeDomain([1, ...updateCurves.map(lastX)], 1));
  const first = runs[0]!.id;
  const finals = runs.map((run, r) => (
    <span key={run.id}>
      {r > 0 && (r === runs.length - 1 ? ' and ' : ', ')}
      <LiveNumber store={store} quantity={`${run.id}.finalLoss`} digits={LOSS_DIGITS} /> (
      {run.label})
    </span>
  ));
  const totals = runs.map((run, r) => (
    <span key={run.id}>
      {r > 0 && (r === runs.length - 1 ? ' and ' : ', ')}
      <LiveNumber store={store} quantity={`${run.id}.totalUpdates`} digits={0} /> ({run.label},{' '}
      <LiveNumber store={store} quantity={`${run.id}.updatesPerEpoch`} digits={0} /> per epoch)
    </span>
  ));
  const loss = { domain: yDomain, title: 'loss L (log scale)', log: true };
  return (
    <div class={`cmp-plots${byUpdate ? '' : ' is-single'}`}>
      <div class="cmp-panel">
        <h3 class="widget-part-heading">The loss, epoch by epoch</h3>
        <LinePlot
          height={240}
          x={epochAxis(epochDomain)}
          y={loss}
          series={seriesOf(runs, byEpoch)}
          label="Plot of each run’s loss against the epoch"
          describedBy={`${idPrefix}-epoch-summary`}
        />
        <p id={`${idPrefix}-epoch-summary`} class="widget-part-note">
          In <LiveNumber store={store} quantity={`${first}.lastEpoch`} digits={0} /> epochs the loss
          goes from{' '}
          <LiveNumber store={store} quantity={`${first}.startLoss`} digits={LOSS_DIGITS} /> to{' '}
          {finals}.
        </p>
      </div>
      {byUpdate && (
        <div class="cmp-panel">
          <h3 class="widget-part-heading">The loss, update by update</h3>
          <LinePlot
            height={240}
            x={{ domain: updateDomain, title: 'updates made (log scale)', log: true }}
            y={loss}
            series={seriesOf(runs, updateCurves)}
            label="Plot of each run’s loss against the number of updates it has made"
            describedBy={`${idPrefix}-update-summary`}
          />
          <p id={`${idPrefix}-update-summary`} class="widget-part-note">
            Those epochs take {totals} updates. The plot starts after the first epoch’s updates.
          </p>
        </div>
      )}
      <details class="cmp-details">
        <summary>The numbers of both plots as a table</summary>
        <div class="cmp-table-box table-fit">
          <table class="cmp-numbers">
            <caption>The updates made and the loss at eleven epochs of each run</caption>
            <thead>
              <tr>
                <th scope="col" rowSpan={2}>
                  epoch
                </th>
                {runs.map((run) => (
                  <th key={run.id} scope="colgroup" colSpan={2}>
                    {run.label}
                  </th>
                ))}
              </tr>
              <tr>
                {runs.map((run) => [
                  <th key={`${run.id}-u`} scope="col">
                    updates
                  </th>,
                  <th key={`${run.id}-l`} scope="col">
                    loss
                  </th>,
                ])}
              </tr>
            </thead>
            <tbody>
              {spreadEpochs(lastEpoch).map((epoch) => (
                <tr key={epoch}>
                  <LiveNumber
                    as="td"
                    store={store}
                    quantity={`${first}.epoch.${epoch}`}
                    digits={0}
                    label="epoch"
                  />
                  {runs.map((run) => [
                    <LiveNumber
                      key={`${run.id}-u`}
                      as="td"
                      store={store}
                      quantity={`${run.id}.updates.${epoch}`}
                      digits={0}
                      label={`${run.label}: updates`}
                    />,
                    <LiveNumber
                      key={`${run.id}-l`}
                      as="td"
                      store={store}
                      quantity={`${run.id}.loss.${epoch}`}
                      digits={LOSS_DIGITS}
                      label={`${run.label}: loss`}
                    />,
                  ])}
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      </details>
    </div>
  );
}

/** The last x of a curve. */
function lastX(curve: ReadonlySignal<PlotPoints>): number {
  const { xs } = curve.value;
  return xs[xs.length - 1] ?? 0;
}
