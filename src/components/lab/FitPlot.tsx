/**
 * The fit of a network of one input, in place of the heat map: its prediction ŷ(x₁) at the epoch
 * on view as a line across the interval the data are drawn on, over the training samples (large
 * dots) and the test samples (small dots), with an upright line at the training sample on view.
 * The line is the kind's series `fit.i` at `fitX.i` (lab-fit.ts), so a new epoch rewrites the
 * line's path and nothing else; a table of eleven of its points is the plot's text alternative.
 *
 * It loads with `import()` when a set of one input is on view (LazyPart.tsx): the sets of two
 * inputs never load it.
 */
import { useComputed, type ReadonlySignal } from '@preact/signals';
import { useRef } from 'preact/hooks';
import type { Store } from '../../state/store.ts';
import { useLiveNumbers } from '../useStore.ts';
import { LiveNumber } from '../LiveNumber.tsx';
import { LinePlot, type PlotPoints, type PlotSeries } from '../plot/LinePlot.tsx';
import {
  LiveTable,
  type LiveColumn,
  type RowHeading,
  type TableClasses,
} from '../plot/LiveTable.tsx';
import { extent, type Domain } from '../plot/scales.ts';
import type { LabView } from './lab-view.ts';

export interface FitPlotProps {
  store: Store<unknown, LabView>;
  /** The view on show: the starting one while hydrating, then the store's. */
  view: ReadonlySignal<LabView>;
  id: string;
  /** The looks of the lab's tables (passed, so this part imports nothing of the lab's own). */
  tableClasses: TableClasses;
}

/** Room above and below the samples, as a share of their spread (at least ±0.25 around them). */
const PAD = 0.1;
/** Most points a series of the fit may have (the kind's are 101), so a read always ends. */
const MOST_POINTS = 1000;

/** A series of the view, `prefix.0`, `prefix.1`, … up to the first entry it does not have. */
function seriesOf(store: FitPlotProps['store'], view: LabView, prefix: string): Float64Array {
  const values: number[] = [];
  for (let i = 0; i < MOST_POINTS; i++) {
    const value = store.kind.read(view, `${prefix}.${i}`);
    if (value === undefined) break;
    values.push(value);
  }
  return Float64Array.from(values);
}

export function FitPlot({ store, view, id, tableClasses }: FitPlotProps) {
  // It renders apart from the lab (it loads later): it binds its own live numbers.
  const section = useRef<HTMLElement>(null);
  useLiveNumbers(section, store);
  const run = useComputed(() => view.value.run);
  const fitXs = useComputed(() => seriesOf(store, view.value, 'fitX'));
  /** The table's rows: every tenth point of the fit (x₁ = −1, −0.8, …, 1 for 101 points). */
  const points = fitXs.value.length;
  const tableRows = Array.from({ length: 11 }, (_, i) => Math.round((i * (points - 1)) / 10));
  const samples = (part: 'train' | 'test') =>
    useComputed((): PlotPoints => ({ xs: run.value.split[part].x1, ys: run.value.split[part].y }));
  const series: PlotSeries[] = [
    {
      label: 'prediction ŷ at the epoch on view',
      className: 'line-plot-positive',
      look: 'solid',
      points: useComputed(() => ({ xs: fitXs.value, ys: seriesOf(store, view.value, 'fit') })),
    },
    {
      label: 'training samples (large dots)',
      className: 'line-plot-neutral lab-fit-train',
      look: 'dots',
      points: samples('train'),
    },
    {
      label: 'test samples (small dots)',
      className: 'line-plot-negative lab-fit-test',
      look: 'dots',
      points: samples('test'),
    },
  ];
  // The fit's x₁ (the kind's `fitX.i`) span the interval its data are drawn on: the x axis.
  const xDomain = useComputed((): Domain => {
    const xs = fitXs.value;
    return xs.length > 1 ? [xs[0]!, xs[xs.length - 1]!] : [-1, 1];
  });
  // The samples set the y axis, so it stays put while the epoch moves; the line is clipped to it.
  const yDomain = useComputed((): Domain => {
    const [low, high] = extent(run.value.split.train.y, run.value.split.test.y) ?? [-1, 1];
    const room = Math.max(PAD * (high - low), 0.25);
    return [low - room, high + room];
  });
  const sampleX = useComputed(() => view.value.run.split.train.x1[view.value.sample] ?? Number.NaN);
  const heading: RowHeading<number> = {
    name: 'x₁',
    cell: (i) => <LiveNumber store={store} quantity={`fitX.${i}`} digits={1} />,
  };
  const columns: readonly LiveColumn<number>[] = [
    { name: 'prediction ŷ', quantity: (i) => `fit.${i}`, digits: 4 },
  ];
  const summaryId = `${id}-fit-summary`;
  return (
    <section ref={section} class="lab-part lab-fit" aria-labelledby={`${id}-fit-heading`}>
      <h3 id={`${id}-fit-heading`} class="lab-part-heading">
        The fit over x₁
      </h3>
      <LinePlot
        x={{ domain: xDomain, title: 'input x₁' }}
        y={{ domain: yDomain, title: 'target y and prediction ŷ' }}
        series={series}
        marker={{
          x: sampleX,
          label: 'upright line: the training sample on view',
          className: 'line-plot-neutral',
        }}
        label="Plot: the network’s prediction against x₁, over the samples"
        describedBy={summaryId}
      />
      <p id={summaryId} class="lab-summary">
        The line is the prediction ŷ the network gives at each x₁ from −1 to 1 at the epoch on view;
        the dots are the samples, large for training and small for test. At x₁ = 0 the network
        predicts <LiveNumber store={store} quantity={`fit.${tableRows[5] ?? 0}`} digits={4} />.
      </p>
      <LiveTable
        store={store}
        summary="The fit as a table"
        caption="The prediction ŷ at eleven values of x₁ at the epoch on view, four decimals"
        heading={heading}
        columns={columns}
        rows={tableRows}
        classes={tableClasses}
      />
    </section>
  );
}
