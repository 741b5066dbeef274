/**
 * The loss against the epoch for the whole run, on a logarithmic scale, with a marker at the
 * epoch on view. The curve changes only with a new run; moving the epoch redraws the marker
 * alone. A canvas screen readers skip: the widget's text alternative gives the numbers.
 */
import { useComputed } from '@preact/signals';
import { useRef } from 'preact/hooks';
import type uPlot from 'uplot';
import type { ApproximationView } from '../../state/kinds/approximation.ts';
import type { Store } from '../../state/store.ts';
import { useDomEffect } from '../useStore.ts';
import { readScalar, readSeries } from './series.ts';
import { PLOT_HEIGHT, usePlot, type PlotColours } from './usePlot.ts';

/**
 * The lowest loss the plot's scale reaches. A run that fits a few points exactly drives the loss
 * to 10⁻³⁰ and below; a log scale over thirty decades says nothing more and uPlot's ticks
 * cannot be laid out over it, so the curve leaves the plot at the bottom instead.
 */
const LOSS_FLOOR = 1e-8;

/** The y range in whole decades, at least one decade tall, never below the floor. */
function lossRange(_chart: uPlot, min: number, max: number): uPlot.Range.MinMax {
  const low = Math.max(Number.isFinite(min) ? min : LOSS_FLOOR, LOSS_FLOOR);
  const high = Math.max(Number.isFinite(max) ? max : 1, low);
  const bottom = 10 ** Math.floor(Math.log10(low));
  const top = 10 ** Math.ceil(Math.log10(high));
  return [bottom, top > bottom ? top : bottom * 10];
}

interface Props {
  store: Store<unknown, ApproximationView>;
  describedBy: string;
}

export function LossPlot({ store, describedBy }: Props) {
  const box = useRef<HTMLDivElement>(null);
  const marker = useRef(0);
  // The curve: read once per run (the view is peeked, so a new epoch does not read it again).
  const columns = useComputed((): uPlot.AlignedData => {
    void store.run.value;
    const view = store.view.peek();
    const count = readScalar(store.kind, view, 'lastEpoch') + 1;
    return [
      readSeries(store.kind, view, 'epochAt', count),
      readSeries(store.kind, view, 'lossAt', count),
    ];
  });

  const options = (width: number, colours: PlotColours): uPlot.Options => {
    const axis = {
      stroke: colours.text,
      grid: { stroke: colours.grid, width: 1 },
      ticks: { stroke: colours.grid, width: 1 },
    };
    return {
      width,
      height: PLOT_HEIGHT,
      legend: { show: false },
      cursor: { show: false },
      scales: { x: { time: false }, y: { distr: 3, range: lossRange } },
      axes: [
        { ...axis, label: 'epoch' },
        { ...axis, label: 'loss (log scale)', size: 60 },
      ],
      series: [{}, { label: 'loss', stroke: colours.line, width: 2, points: { show: false } }],
      hooks: {
        draw: [
          (chart) => {
            const x = chart.valToPos(marker.current, 'x', true);
            const { ctx } = chart;
            const { top, height } = chart.bbox;
            ctx.save();
            ctx.strokeStyle = colours.marker;
            ctx.lineWidth = 2 * devicePixelRatio;
            ctx.beginPath();
            ctx.moveTo(x, top);
            ctx.lineTo(x, top + height);
            ctx.stroke();
            ctx.restore();
          },
        ],
      },
    };
  };

  const chart = usePlot(box, options, () => columns.value);
  useDomEffect(() => {
    marker.current = readScalar(store.kind, store.view.value, 'epoch');
    chart.current?.redraw(false);
  });

  return (
    <div
      ref={box}
      class="approx-plot"
      role="img"
      aria-label="Plot of the loss against the epoch"
      aria-describedby={describedBy}
    />
  );
}
