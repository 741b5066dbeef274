/**
 * The fit at the epoch on view: the network's ŷ over [−1, 1] as a line, the data as dots. An SVG
 * plot (LinePlot) drawn on the server from the starting state; the widget's text alternative
 * beside it says the same in words and lists the data, the network's ŷ at each point, in a table.
 *
 * The data change only with a new run; a new epoch rewrites the line's `d`, and the ticks too
 * when the fit reaches past the y axis's round ends.
 */
import { signal, useComputed, type ReadonlySignal } from '@preact/signals';
import { useRef } from 'preact/hooks';
import type { ApproximationView } from './approximation.kind.ts';
import type { Store } from '../../state/store.ts';
import { LinePlot, type PlotPoints, type PlotSeries } from '../plot/LinePlot.tsx';
import { extent, niceDomain, type Domain } from '../plot/scales.ts';
import { readScalar, readSeries } from './series.ts';

interface Props {
  store: Store<unknown, ApproximationView>;
  /** The view on show: the starting one while hydrating, then the store's. */
  view: ReadonlySignal<ApproximationView>;
  /** Names the chart for assistive technology: the id of its summary sentence. */
  describedBy: string;
}

/** The fit's x axis: the targets live on [−1, 1]. */
const X_DOMAIN: ReadonlySignal<Domain> = signal<Domain>([-1, 1]);

export function FitPlot({ store, view, describedBy }: Props) {
  const run = useComputed(() => view.value.run);
  // The data: read once per run (the view is peeked, so a new epoch does not read it again).
  const data = useComputed((): PlotPoints => {
    void run.value;
    const current = view.peek();
    const samples = readScalar(store.kind, current, 'samples');
    return {
      xs: readSeries(store.kind, current, 'x', samples),
      ys: readSeries(store.kind, current, 'y', samples),
    };
  });
  const fit = useComputed((): PlotPoints => {
    const current = view.value;
    const gridSize = readScalar(store.kind, current, 'gridSize');
    return {
      xs: readSeries(store.kind, current, 'gridX', gridSize),
      ys: readSeries(store.kind, current, 'fit', gridSize),
    };
  });
  // The y axis spans the data and the fit on view, in round steps; the same domain is kept as
  // the same object, so the ticks render again only when a step is crossed.
  const shown = useRef<Domain>([0, 1]);
  const yDomain = useComputed(() => {
    const next = niceDomain(extent(data.value.ys, fit.value.ys), 4);
    if (next[0] !== shown.current[0] || next[1] !== shown.current[1]) shown.current = next;
    return shown.current;
  });
  const series: PlotSeries[] = [
    {
      label: 'line: the network’s ŷ',
      className: 'line-plot-positive',
      look: 'solid',
      points: fit,
    },
    { label: 'dots: the data y', className: 'line-plot-negative', look: 'dots', points: data },
  ];
  return (
    <LinePlot
      class="approx-plot"
      x={{ domain: X_DOMAIN, title: 'x' }}
      y={{ domain: yDomain, title: 'y' }}
      series={series}
      label="Plot of the network’s fit over the data"
      describedBy={describedBy}
    />
  );
}
