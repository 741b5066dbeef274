/**
 * The run from a scaled start, in two SVG plots (LinePlot) drawn on the server from the starting
 * state: H₄ and H₅ against the epoch (one solid, one dashed, so where they lie on top of each other
 * both still show), and the loss on a logarithmic scale. The widget's sentences and table give the
 * same numbers in words.
 */
import { signal, useComputed, type ReadonlySignal } from '@preact/signals';
import type { ScaleRun } from './init-scale.kind.ts';
import type { StoreKind } from '../../state/store.ts';
import { LinePlot, type PlotPoints, type PlotSeries } from '../plot/LinePlot.tsx';
import { epochAxis } from '../plot/epochs.ts';
import { decadeDomain, type Domain } from '../plot/scales.ts';
import { readList, readNumber } from './read.ts';

interface Props {
  kind: StoreKind<unknown, ScaleRun>;
  /** The run on show: the starting one while hydrating, then the store's. */
  view: ReadonlySignal<ScaleRun>;
  /** The id of the sentence that describes each plot. */
  nodesSummary: string;
  lossSummary: string;
}

/** A sigmoid's output lies between 0 and 1. */
const NODE_DOMAIN: ReadonlySignal<Domain> = signal<Domain>([0, 1]);

/** The loss plot's floor: a fitted sample's loss falls to 10⁻³⁰ and below, which says nothing more. */
const LOSS_FLOOR = 1e-10;

export function ScalePlots({ kind, view, nodesSummary, lossSummary }: Props) {
  const columns = useComputed(() => {
    const run = view.value;
    const length = readNumber(kind, run, 'lastEpoch') + 1;
    const epochs = readList(kind, run, 'epochAt', length);
    return {
      h4: { xs: epochs, ys: readList(kind, run, 'H4At', length) } satisfies PlotPoints,
      h5: { xs: epochs, ys: readList(kind, run, 'H5At', length) } satisfies PlotPoints,
      loss: { xs: epochs, ys: readList(kind, run, 'lossAt', length) } satisfies PlotPoints,
    };
  });
  const h4 = useComputed(() => columns.value.h4);
  const h5 = useComputed(() => columns.value.h5);
  const loss = useComputed(() => columns.value.loss);
  const epochDomain = useComputed((): Domain => [0, Math.max(1, h4.value.xs.length - 1)]);
  const lossDomain = useComputed(() => decadeDomain(loss.value.ys, LOSS_FLOOR));
  const nodes: PlotSeries[] = [
    { label: 'solid: H₄', className: 'line-plot-positive', look: 'solid', points: h4 },
    { label: 'dashed: H₅', className: 'line-plot-negative', look: 'dashed', points: h5 },
  ];
  const losses: PlotSeries[] = [
    { label: 'solid: the loss L', className: 'line-plot-positive', look: 'solid', points: loss },
  ];
  return (
    <div class="init-plots">
      <div class="init-panel">
        <h3 class="init-heading">The hidden nodes</h3>
        <LinePlot
          class="init-plot"
          x={epochAxis(epochDomain)}
          y={{ domain: NODE_DOMAIN, title: 'node output' }}
          series={nodes}
          label="Plot of the hidden nodes’ outputs H₄ and H₅ against the epoch"
          describedBy={nodesSummary}
        />
      </div>
      <div class="init-panel">
        <h3 class="init-heading">The loss</h3>
        <LinePlot
          class="init-plot"
          x={epochAxis(epochDomain)}
          y={{ domain: lossDomain, title: 'loss L (log scale)', log: true }}
          series={losses}
          label="Plot of the loss against the epoch"
          describedBy={lossSummary}
        />
      </div>
    </div>
  );
}
