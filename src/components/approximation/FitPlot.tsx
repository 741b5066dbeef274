/**
 * The fit at the epoch on view: the network's ŷ over [−1, 1] as a line, the data as dots. Drawn by
 * uPlot on a canvas that screen readers skip; the text alternative beside it says the same in
 * words and lists the data, the network's ŷ at each point, in a table.
 */
import { useRef } from 'preact/hooks';
import type uPlot from 'uplot';
import type { ApproximationView } from '../../state/kinds/approximation.ts';
import type { Store } from '../../state/store.ts';
import { fitColumns } from './series.ts';
import { PLOT_HEIGHT, usePlot, type PlotColours } from './usePlot.ts';

interface Props {
  store: Store<unknown, ApproximationView>;
  /** Names the chart for assistive technology: the id of its summary sentence. */
  describedBy: string;
}

/** No dot for the line, no line for the dots. */
const noPath = () => null;

function fitOptions(width: number, colours: PlotColours): uPlot.Options {
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
    scales: { x: { time: false, range: [-1, 1] } },
    axes: [
      { ...axis, label: 'x' },
      { ...axis, label: 'y' },
    ],
    series: [
      {},
      {
        label: 'network ŷ',
        stroke: colours.line,
        width: 2.5,
        spanGaps: true,
        points: { show: false },
      },
      {
        label: 'data y',
        stroke: colours.points,
        paths: noPath,
        points: { show: true, size: 8, fill: colours.points, stroke: colours.points },
      },
    ],
  };
}

export function FitPlot({ store, describedBy }: Props) {
  const box = useRef<HTMLDivElement>(null);
  usePlot(box, fitOptions, () => fitColumns(store.kind, store.view.value));
  return (
    <div
      ref={box}
      class="approx-plot"
      role="img"
      aria-label="Plot of the network’s fit over the data"
      aria-describedby={describedBy}
    />
  );
}
