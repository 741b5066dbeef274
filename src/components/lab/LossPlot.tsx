/**
 * The lab's losses against the epoch: the mean training loss and the mean test loss at every θ_ℓ
 * of the run, on a logarithmic axis (a loss falls by factors, not by steps), with an upright
 * line at the epoch on view, a sentence that says what the plot shows and the numbers at eleven
 * epochs in a table. The lines read the run's own columns, so a new epoch on view moves only the
 * marker and a new run rewrites each line once.
 */
import { useComputed, type ReadonlySignal } from '@preact/signals';
import { useRef } from 'preact/hooks';
import type { Store } from '../../state/store.ts';
import { LiveNumber } from '../LiveNumber.tsx';
import { useLiveNumbers } from '../useStore.ts';
import { LinePlot, type PlotPoints, type PlotSeries } from '../plot/LinePlot.tsx';
import { epochAxis, epochMarker } from '../plot/epochs.ts';
import { LiveTable, spreadEpochs, type LiveColumn, type RowHeading } from '../plot/LiveTable.tsx';
import { decadeDomain, extent, type Domain } from '../plot/scales.ts';
import { LAB_TABLE } from './lab-tables.ts';
import type { LabView } from './lab-view.ts';

interface Props {
  store: Store;
  /** The view on show: the starting one while hydrating, then the store's. */
  view: ReadonlySignal<LabView>;
  /** The last epoch the run shows (the table's rows follow it). */
  lastEpoch: number;
  id: string;
}

/** The smallest loss the axis shows: a loss below it sits on the axis's floor. */
const FLOOR = 1e-8;

/** The table's rows are epochs, headed by their number. */
const EPOCH_HEADING: RowHeading<number> = { name: 'epoch', cell: (epoch) => epoch };
/** The table's columns: both losses at the row's epoch. */
const LOSS_COLUMNS: readonly LiveColumn<number>[] = [
  { name: 'training loss', quantity: (epoch) => `trainLoss.${epoch}`, digits: 4 },
  { name: 'test loss', quantity: (epoch) => `testLoss.${epoch}`, digits: 4 },
];

export function LossPlot({ store, view, lastEpoch, id }: Props) {
  // It renders apart from the lab (it loads later, LazyPart): it binds its own live numbers.
  const section = useRef<HTMLElement>(null);
  useLiveNumbers(section, store, lastEpoch);
  const run = useComputed(() => view.value.run);
  const line = (label: string, className: string, look: PlotSeries['look'], test: boolean) => ({
    label,
    className,
    look,
    points: useComputed((): PlotPoints => {
      const { trace, testLoss, length } = run.value;
      return {
        xs: trace.epoch.subarray(0, length),
        ys: test ? testLoss : trace.loss.subarray(0, length),
      };
    }),
  });
  const series: PlotSeries[] = [
    line('training loss', 'line-plot-positive', 'solid', false),
    line('test loss', 'line-plot-negative', 'dashed', true),
  ];
  const xDomain = useComputed((): Domain => [0, Math.max(1, run.value.length - 1)]);
  const shown = useRef<Domain>([FLOOR, 1]);
  const yDomain = useComputed((): Domain => {
    const both = extent(...series.map((entry) => entry.points.value.ys));
    const next = decadeDomain(both ?? [], FLOOR);
    // The same domain stays the same object, so the ticks render again only when it changes.
    if (next[0] !== shown.current[0] || next[1] !== shown.current[1]) shown.current = next;
    return shown.current;
  });
  const epoch = useComputed(() => view.value.row);
  const live = (key: string) => <LiveNumber store={store} quantity={key} digits={4} />;
  const summaryId = `${id}-loss-summary`;
  return (
    <section ref={section} class="lab-part lab-loss" aria-labelledby={`${id}-loss-heading`}>
      <h3 id={`${id}-loss-heading`} class="lab-part-heading">
        The losses, epoch by epoch
      </h3>
      <LinePlot
        x={epochAxis(xDomain)}
        y={{ domain: yDomain, title: 'mean loss (log scale)', log: true }}
        series={series}
        marker={epochMarker(epoch, 'line-plot-neutral')}
        label="Plot: the training and test losses against the epoch"
        describedBy={summaryId}
      />
      <p id={summaryId} class="lab-summary">
        Over epochs 0 to <LiveNumber store={store} quantity="lastEpoch" digits={0} />, the mean
        training loss goes from {live('trainLoss.0')} to {live(`trainLoss.${lastEpoch}`)} and the
        mean test loss from {live('testLoss.0')} to {live(`testLoss.${lastEpoch}`)}.
      </p>
      <LiveTable
        store={store}
        summary="The losses as a table"
        caption="The mean training and test losses at eleven epochs of the run, four decimals"
        heading={EPOCH_HEADING}
        columns={LOSS_COLUMNS}
        rows={spreadEpochs(lastEpoch)}
        classes={LAB_TABLE}
      />
    </section>
  );
}
