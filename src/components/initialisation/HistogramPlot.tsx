/**
 * The histogram of the drawn weights: the count in each bin as a step line, the count the uniform
 * distribution predicts in each bin as dots, and the bounds −a and a as dashed upright lines. An
 * SVG plot (LinePlot) drawn on the server from the starting state; the widget's sentence and
 * table beside it give the same numbers in words.
 */
import { useComputed, type ReadonlySignal } from '@preact/signals';
import type { WeightDraws } from './weight-draws.kind.ts';
import type { StoreKind } from '../../state/store.ts';
import { LinePlot, type PlotPoints, type PlotSeries } from '../plot/LinePlot.tsx';
import { niceDomain, type Domain } from '../plot/scales.ts';
import { readList, readNumber } from './read.ts';

interface Props {
  kind: StoreKind<unknown, WeightDraws>;
  /** The view on show: the starting one while hydrating, then the store's. */
  view: ReadonlySignal<WeightDraws>;
  bins: number;
  describedBy: string;
}

/** The x axis reaches this far past the bounds, so the dashed lines stand inside the plot. */
const MARGIN = 1.15;

export function HistogramPlot({ kind, view, bins, describedBy }: Props) {
  const limit = useComputed(() => readNumber(kind, view.value, 'limit'));
  // The outline of the bars: up at each bin's left edge, across to its right edge, down at the end.
  const counts = useComputed((): PlotPoints => {
    const edges = readList(kind, view.value, 'edge', bins + 1);
    const heights = readList(kind, view.value, 'binCount', bins);
    return { xs: [...edges, edges[bins]!], ys: [0, ...heights, 0], step: true };
  });
  const predicted = useComputed((): PlotPoints => ({
    xs: readList(kind, view.value, 'binCentre', bins),
    ys: readList(kind, view.value, 'binExpected', bins),
  }));
  const yDomain = useComputed(() => {
    const top = Math.max(
      readNumber(kind, view.value, 'fullestBin'),
      readNumber(kind, view.value, 'expectedCount'),
    );
    return niceDomain([0, top * 1.1], 4);
  });
  const xDomain = useComputed((): Domain =>
    niceDomain([-MARGIN * limit.value, MARGIN * limit.value], 4),
  );
  // Each bound: a line from the floor to the top of the plot; NaN between them lifts the pen.
  const bounds = useComputed((): PlotPoints => {
    const [floor, top] = yDomain.value;
    const L = limit.value;
    return { xs: [-L, -L, Number.NaN, L, L], ys: [floor, top, Number.NaN, floor, top] };
  });
  const series: PlotSeries[] = [
    {
      label: 'steps: the draws counted in each bin',
      className: 'line-plot-positive',
      look: 'solid',
      points: counts,
    },
    {
      label: 'dots: the count the uniform distribution predicts',
      className: 'line-plot-negative',
      look: 'dots',
      points: predicted,
    },
    {
      label: 'dashed: the bounds −a and a',
      className: 'line-plot-highlight',
      look: 'dashed',
      points: bounds,
    },
  ];
  return (
    <LinePlot
      class="init-plot"
      width={560}
      height={260}
      x={{ domain: xDomain, title: 'weight λ' }}
      y={{ domain: yDomain, title: 'draws per bin' }}
      series={series}
      label="Histogram of the drawn weights against the bounds and the uniform distribution’s prediction"
      describedBy={describedBy}
    />
  );
}
