/**
 * Three training runs of the chapter's network side by side, on the same table of samples from
 * the same initial weights: the settings they share (epochs, the mini-batch size, the shuffle,
 * the seed of the weights) and those of the kind (passed in as `controls`), a table of the runs
 * (samples per update, updates per epoch, the loss at the start and at the end), the loss plotted
 * against the epoch and against the updates made, and the samples as a table the reader edits.
 *
 * The store trains the three runs once per accepted change; the widget only reads it. It renders
 * again only when a table's rows change (another number of epochs), and binds its numbers again
 * then; everything else is bound.
 */
import { useComputed } from '@preact/signals';
import type { ComponentChildren } from 'preact';
import { useRef } from 'preact/hooks';
import type { RunName } from '../../state/kind-parts/comparison.ts';
import { CHAPTER_SAMPLES } from '../../state/kind-parts/comparison-samples.ts';
import { LiveNumber } from '../LiveNumber.tsx';
import { SettingControl } from '../SettingControl.tsx';
import { StoreActions } from '../StoreActions.tsx';
import { useLiveNumbers, useMountedSignal } from '../useStore.ts';
import { ChoiceToggle } from './Choices.tsx';
import { LOSS_DIGITS, LossPlots } from './LossPlots.tsx';
import { SampleTable } from '../samples/SampleTable.tsx';
import type { ComparisonStore } from './series.ts';

interface Props {
  store: ComparisonStore;
  runs: readonly RunName[];
  /** Unique on the page; prefixes every element id of the widget. */
  id: string;
  /** The heading id of the section the widget sits in, for the link to this state. */
  anchor?: string | undefined;
  caption: string;
  /** The kind's own settings, drawn first. */
  controls: ComponentChildren;
  /** The kind's own settings of how samples are grouped, drawn first among the batch settings. */
  batching?: ComponentChildren;
  /** Whether the runs make different numbers of updates per epoch: then a second plot shows
   * the loss against the updates made. */
  byUpdate: boolean;
}

/**
 * The runs table's columns after the run's name: the run's quantity, its decimals and the
 * heading (each cell's label too). One list, so a heading and its cells cannot part.
 */
const RUN_COLUMNS: readonly { quantity: string; digits: number; label: string }[] = [
  { quantity: 'samplesPerUpdate', digits: 0, label: 'samples per update' },
  { quantity: 'updatesPerEpoch', digits: 0, label: 'updates per epoch' },
  { quantity: 'totalUpdates', digits: 0, label: 'updates in all' },
  { quantity: 'startLoss', digits: LOSS_DIGITS, label: 'loss at the start' },
  { quantity: 'finalLoss', digits: LOSS_DIGITS, label: 'loss at the end' },
];

/** The runs as a table: how each groups the samples, and how far its loss falls. */
function RunsTable({ store, runs, id }: Pick<Props, 'store' | 'runs' | 'id'>) {
  return (
    <div class="cmp-table-box table-fit">
      <table class="cmp-runs">
        <caption>The three runs, from the same initial weights</caption>
        <thead>
          <tr>
            <th scope="col">run</th>
            {RUN_COLUMNS.map(({ label }) => (
              <th key={label} scope="col">
                {label}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {runs.map((run) => (
            <tr key={run.id} id={`${id}-run-${run.id}`}>
              <th scope="row">{run.label}</th>
              {RUN_COLUMNS.map((column) => (
                <LiveNumber
                  key={column.quantity}
                  as="td"
                  store={store}
                  {...column}
                  quantity={`${run.id}.${column.quantity}`}
                />
              ))}
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}

export function ComparisonWidget(props: Props) {
  const { store, runs, id, anchor, caption, controls, batching, byUpdate } = props;
  const mounted = useMountedSignal();
  const view = useComputed(() => (mounted.value ? store.view.value : store.initialView));
  const lastEpoch = useComputed(
    () => store.kind.read(view.value, `${runs[0]!.id}.lastEpoch`) ?? 0,
  ).value;
  const figure = useRef<HTMLElement>(null);
  // The plots' table has a row per tenth of the run: its numbers are bound again with it.
  useLiveNumbers(figure, store, lastEpoch);
  const settable = (key: string) => store.settable.includes(key);
  return (
    <figure ref={figure} id={id} class="widget cmp-widget" aria-labelledby={`${id}-caption`}>
      <figcaption id={`${id}-caption`} class="widget-caption">
        {caption}
      </figcaption>
      <div class="cmp-controls">
        {controls}
        <fieldset class="setting-group">
          <legend>Training</legend>
          {['epochs', 'seed'].filter(settable).map((key) => (
            <SettingControl key={key} store={store} setting={key} idPrefix={id} />
          ))}
        </fieldset>
        <fieldset class="setting-group">
          <legend>Batches</legend>
          {batching}
          {settable('batchSize') && (
            <SettingControl store={store} setting="batchSize" idPrefix={id} />
          )}
          {settable('shuffle') && (
            <ChoiceToggle
              store={store}
              setting="shuffle"
              label="Shuffle the samples at the start of every epoch"
              idPrefix={id}
            />
          )}
          {settable('shuffleSeed') && (
            <SettingControl store={store} setting="shuffleSeed" idPrefix={id} />
          )}
        </fieldset>
      </div>
      <RunsTable store={store} runs={runs} id={id} />
      <LossPlots
        store={store}
        view={view}
        runs={runs}
        idPrefix={id}
        lastEpoch={lastEpoch}
        byUpdate={byUpdate}
      />
      <SampleTable
        store={store}
        setting="samples"
        rules={CHAPTER_SAMPLES}
        idPrefix={id}
        retrains="every run trains again on the new table"
      />
      <StoreActions store={store} anchor={anchor} />
    </figure>
  );
}
