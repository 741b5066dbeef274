/** One convergence plot of the dashboard, and the "from a to b" sentences its summaries say. */
import type { ComponentChildren } from 'preact';
import { useComputed } from '@preact/signals';
import { useRef } from 'preact/hooks';
import { trainingRunKind } from './training-run.kind.ts';
import { LiveNumber } from '../LiveNumber.tsx';
import { useLiveNumbers } from '../useStore.ts';
import { ConvergencePlot, useRunView, type Line } from './ConvergencePlot.tsx';
import { spreadEpochs } from '../plot/LiveTable.tsx';
import { savePng } from './DashboardDownloads.tsx';
import type { NetworkStore } from './dashboard-store.ts';

export type { NetworkStore };

/** "λ1,4 from a to b" for each line, at epoch 0 and at the last epoch. */
export function FromTo({
  store,
  lines,
  digits = 3,
}: {
  store: NetworkStore;
  lines: readonly Line[];
  digits?: number;
}) {
  return (
    <>
      {lines.map((line, i) => (
        <span key={line.key}>
          {i > 0 && (i === lines.length - 1 ? ' and ' : ', ')}
          {line.head ?? line.label.split(' (')[0]} from{' '}
          <LiveNumber store={store} quantity={`${line.key}@0`} digits={digits} /> to{' '}
          <LiveNumber store={store} quantity={`${line.key}@last`} digits={digits} />
        </span>
      ))}
    </>
  );
}
export interface PlotPartProps {
  store: NetworkStore;
  id: string;
  title: string;
  lines: readonly Line[];
  yTitle: string;
  logFloor?: number;
  digits?: number;
  /**
   * The sentence under the plot, given the last epoch's live number and whether ŷ still swings
   * at the end of the run (the kind reads that off the trace).
   */
  summary: (last: ComponentChildren, swings: boolean) => ComponentChildren;
}

/**
 * One convergence plot, hydrated when it comes into view: it reads the run itself, so it draws
 * the starting run while it hydrates, and keeps its own numbers (summary and table) live.
 */
export function PlotPart({ store, summary, ...plot }: PlotPartProps) {
  const { view, lastEpoch } = useRunView(store);
  const root = useRef<HTMLDivElement>(null);
  const swings = useComputed(() => trainingRunKind.read(view.value, 'O6@swings') === 1);
  // The table's epochs follow the run's length, and a summary may change its sentence when ŷ
  // starts or stops swinging: the numbers are bound again then.
  useLiveNumbers(root, store, `${lastEpoch.value}:${swings.value}`);
  const last = <LiveNumber store={store} quantity="lastEpoch" digits={0} />;
  return (
    <div ref={root}>
      <ConvergencePlot
        {...plot}
        store={store}
        kind={trainingRunKind}
        view={view}
        rows={spreadEpochs(lastEpoch.value)}
        onSave={(box, plotId, title) => void savePng(box, plotId, title)}
        summary={summary(last, swings.value)}
      />
    </div>
  );
}
