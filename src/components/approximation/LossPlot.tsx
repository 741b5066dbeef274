/**
 * The loss against the epoch for the whole run, on a logarithmic scale, with a marker at the
 * epoch on view. An SVG plot (LinePlot) drawn on the server from the starting state. The curve
 * changes only with a new run; moving the epoch moves the marker alone. The widget's text
 * alternative gives the numbers.
 */
import { useComputed, type ReadonlySignal } from '@preact/signals';
import type { ApproximationView } from './approximation.kind.ts';
import type { Store } from '../../state/store.ts';
import { LinePlot, type PlotPoints, type PlotSeries } from '../plot/LinePlot.tsx';
import { epochAxis, epochMarker } from '../plot/epochs.ts';
import { decadeDomain, type Domain } from '../plot/scales.ts';
import { readScalar, readSeries } from './series.ts';

/**
 * The lowest loss the plot's scale reaches. A run that fits a few points exactly drives the loss
 * to 10⁻³⁰ and below; a log scale over thirty decades says nothing more, so the curve rests on
 * the plot's floor instead.
 */
const LOSS_FLOOR = 1e-8;

interface Props {
  store: Store<unknown, ApproximationView>;
  /** The view on show: the starting one while hydrating, then the store's. */
  view: ReadonlySignal<ApproximationView>;
  describedBy: string;
}

export function LossPlot({ store, view, describedBy }: Props) {
  const run = useComputed(() => view.value.run);
  // The curve: read once per run (the view is peeked, so a new epoch does not read it again).
  const curve = useComputed((): PlotPoints => {
    void run.value;
    const current = view.peek();
    const count = readScalar(store.kind, current, 'lastEpoch') + 1;
    return {
      xs: readSeries(store.kind, current, 'epochAt', count),
      ys: readSeries(store.kind, current, 'lossAt', count),
    };
  });
  const xDomain = useComputed((): Domain => {
    const xs = curve.value.xs;
    return [0, Math.max(1, xs[xs.length - 1] ?? 1)];
  });
  const yDomain = useComputed(() => decadeDomain(curve.value.ys, LOSS_FLOOR));
  const epoch = useComputed(() => readScalar(store.kind, view.value, 'epoch'));
  const series: PlotSeries[] = [
    { label: 'line: the loss L', className: 'line-plot-positive', look: 'solid', points: curve },
  ];
  return (
    <LinePlot
      class="approx-plot"
      x={epochAxis(xDomain)}
      y={{ domain: yDomain, title: 'loss L (log scale)', log: true }}
      series={series}
      marker={epochMarker(epoch, 'line-plot-highlight')}
      label="Plot of the loss against the epoch"
      describedBy={describedBy}
    />
  );
}
