/**
 * The training dashboard: the chapter's network trained on its one sample, with every setting of
 * the run in reach (the sample, the target, η, decay, the optimizer, the seed, the number of
 * epochs), a player that moves the epoch on view through the recorded run, the network at that
 * epoch in three views, and the convergence plots of ŷ, the weights, the biases and the loss. The
 * run can leave the page as CSV, as a NumPy script that reproduces it, as the same script in a
 * Jupyter notebook, and each plot as a PNG.
 *
 * One island, bound to one network store. A change of a run setting trains the whole run once
 * (the store's run); the epoch on view only moves the view, so playing never calls the engine.
 * Numbers are bound (LiveNumber), plot lines read the trace's columns, and the widget renders
 * again only for what changes its structure: the tables' epochs when the run's length changes.
 */
import { useComputed } from '@preact/signals';
import { useRef } from 'preact/hooks';
import { SWING_EPOCHS } from '../../state/kind-parts/settling.ts';
import { trainingRunKind } from './training-run.kind.ts';
import { LiveNumber } from '../LiveNumber.tsx';
import { layoutOf, type NetworkLayout } from '../network/layout.ts';
import { EPOCH_RATE_ENTRY, Player } from '../player/Player.tsx';
import { ReadoutList, type ReadoutEntry } from '../ReadoutList.tsx';
import { NamedChoice } from '../SettingChoice.tsx';
import { SettingControl } from '../SettingControl.tsx';
import { SettingMenu } from '../SettingMenu.tsx';
import { StoreActions } from '../StoreActions.tsx';
import { useLiveNumbers, useMountedSignal, useStore, type StoreProps } from '../useStore.ts';
import { WakeInView } from '../WakeInView.tsx';
import { DashboardDiagram } from './DashboardDiagram.tsx';
import { Downloads } from './DashboardDownloads.tsx';
import { useRunView } from './ConvergencePlot.tsx';
import { FromTo, PlotPart, type NetworkStore, type PlotPartProps } from './DashboardPlotPart.tsx';
import { BIASES, INTO_HIDDEN, INTO_OUTPUT, LOSS, PREDICTION } from './lines.ts';
import { RememberedStart } from './RememberedStart.tsx';

interface Props extends StoreProps {
  /** Unique on the page; prefixes every element id. */
  id: string;
  /** The heading id of the section, for the link to this state. */
  anchor?: string;
}
/** The numbers at the epoch on view. */
const READOUT: readonly ReadoutEntry[] = [
  { term: 'epoch ℓ', quantity: 'epoch', digits: 0 },
  { term: 'prediction ŷ', quantity: 'O6' },
  { term: 'loss L', quantity: 'loss', digits: 6 },
  EPOCH_RATE_ENTRY,
];

/** The diagram, hydrated when it comes into view: it draws the starting state until then. */
function DiagramPart({
  store,
  layout,
  id,
}: {
  store: NetworkStore;
  layout: NetworkLayout;
  id: string;
}) {
  const mounted = useMountedSignal();
  return <DashboardDiagram store={store} layout={layout} mounted={mounted} id={id} />;
}

export function TrainingDashboard({ id, anchor, ...storeProps }: Props) {
  const store = useStore(trainingRunKind, storeProps);
  const layout = layoutOf(trainingRunKind);
  const { mounted, settings, note } = useRunView(store);
  const readout = useRef<HTMLDivElement>(null);
  useLiveNumbers(readout, store);
  /** What the optimizer's menu and the player share: the store, the settings on show, the ids. */
  const partProps = { store, settings, idPrefix: id };
  const control = (key: string, label?: string) => (
    <SettingControl key={key} store={store} setting={key} idPrefix={id} label={label} />
  );
  // The parts below the controls show the starting run until they wake (in view, or changed).
  const changed = useComputed(() => store.settings.value !== store.defaults);
  const part = (key: string, props: Omit<PlotPartProps, 'store'>) => (
    <WakeInView key={key} class="dashboard-part dashboard-plot-part" changed={changed}>
      <PlotPart store={store} {...props} />
    </WakeInView>
  );
  return (
    <figure id={id} class="widget dashboard" aria-labelledby={`${id}-caption`}>
      <figcaption id={`${id}-caption`} class="widget-caption">
        The chapter’s network, trained on its sample for the settings you choose.
      </figcaption>
      <RememberedStart store={store} />
      <div class="dashboard-controls">
        <fieldset class="setting-group">
          <legend>The sample</legend>
          {control('x1')}
          {control('x2')}
          {control('x3')}
          {control('y', 'target y')}
        </fieldset>
        <fieldset class="setting-group setting-words">
          <legend>Training</legend>
          {control('learningRate', 'learning rate η')}
          {control('decay')}
          <SettingMenu {...partProps} setting="optimizer" label="optimizer" />
          {control('seed')}
          {control('epochs')}
        </fieldset>
      </div>
      <Player {...partProps} epochKey="epochOnView" stepSize={() => 1} back />
      <div class="dashboard-epoch setting-words">{control('epochOnView', 'epoch')}</div>
      <div ref={readout}>
        <ReadoutList store={store} class="dashboard-readout" entries={READOUT} />
      </div>
      <p class="dashboard-note" role="status">
        {note}
      </p>
      <WakeInView class="dashboard-part dashboard-diagram-part" changed={changed}>
        <DiagramPart store={store} layout={layout} id={id} />
      </WakeInView>
      <NamedChoice setting="epochAxis" store={store} id={id} mounted={mounted} />
      <div class="dashboard-plots">
        {part('prediction', {
          id: `${id}-prediction`,
          title: 'The prediction ŷ and the target y',
          lines: PREDICTION,
          yTitle: 'ŷ and y',
          summary: (last, swings) =>
            swings ? (
              <>
                Over epochs 0 to {last}, ŷ never settles: over the last {SWING_EPOCHS} epochs it
                swings between <LiveNumber store={store} quantity="O6@swingLow" /> and{' '}
                <LiveNumber store={store} quantity="O6@swingHigh" />, against the target y ={' '}
                <LiveNumber store={store} quantity="y" />.
              </>
            ) : (
              <>
                Over epochs 0 to {last}, <FromTo store={store} lines={PREDICTION.slice(0, 1)} />,
                against the target y = <LiveNumber store={store} quantity="y" />.
              </>
            ),
        })}
        {part('hidden-weights', {
          id: `${id}-hidden-weights`,
          title: 'The weights into the hidden nodes',
          lines: INTO_HIDDEN,
          yTitle: 'λ',
          summary: (last) => (
            <>
              Over epochs 0 to {last}, the weights into H4 (solid) and H5 (dashed) go:{' '}
              <FromTo store={store} lines={INTO_HIDDEN} />.
            </>
          ),
        })}
        {part('output-weights', {
          id: `${id}-output-weights`,
          title: 'The weights into the output node',
          lines: INTO_OUTPUT,
          yTitle: 'λ',
          summary: (last) => (
            <>
              Over epochs 0 to {last}, the weights into O6 go:{' '}
              <FromTo store={store} lines={INTO_OUTPUT} />.
            </>
          ),
        })}
        {part('biases', {
          id: `${id}-biases`,
          title: 'The biases',
          lines: BIASES,
          yTitle: 'b',
          summary: (last) => (
            <>
              Over epochs 0 to {last}, the biases go: <FromTo store={store} lines={BIASES} />.
            </>
          ),
        })}
        {part('loss', {
          id: `${id}-loss`,
          title: 'The loss',
          lines: LOSS,
          yTitle: 'loss L (log scale)',
          logFloor: 1e-30,
          digits: 6,
          summary: (last) => (
            <>
              Over epochs 0 to {last}, the loss goes{' '}
              <FromTo store={store} lines={[{ ...LOSS[0]!, head: '' }]} digits={6} />; the plot’s
              floor is 10⁻³⁰.
            </>
          ),
        })}
      </div>
      <Downloads store={store} />
      <StoreActions store={store} anchor={anchor} />
    </figure>
  );
}
