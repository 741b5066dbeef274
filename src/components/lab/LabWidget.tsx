/**
 * The lab: a reader designs a network (its layer widths, each hidden layer's activation, its
 * output), picks its data and its training, and sees every number of it. A player moves the epoch
 * on view through the recorded run; the diagram shows the network at that epoch, and choosing a
 * node opens its forward and backward equations for the training sample on view; the losses, the
 * network's answer over the plane (or, for data of one input, its fit over x₁) and tables of every
 * parameter and node follow.
 *
 * One island, bound to one `lab` store (docs/lab.md). A change of a run setting trains the run
 * once; the epoch and the sample on view only move the view, so playing never trains. Numbers are
 * bound (LiveNumber, one `useLiveNumbers` for the whole widget), the diagram's lines and the heat
 * map follow the view through effects, and the widget renders again only for what changes its
 * structure: the network's shape, its activations and output, the data's kind, the run's length,
 * the chosen node.
 */
import { useComputed } from '@preact/signals';
import { useRef } from 'preact/hooks';
import { EPOCH_RATE_ENTRY, Player } from '../player/Player.tsx';
import { ReadoutList, type ReadoutEntry } from '../ReadoutList.tsx';
import { LiveNumber } from '../LiveNumber.tsx';
import { SettingControl } from '../SettingControl.tsx';
import { StoreActions } from '../StoreActions.tsx';
import { useLiveNumbers, useMountedSignal, useStore, type StoreProps } from '../useStore.ts';
import { useWidthsBox } from '../parameters/WidthsBox.tsx';
import { LabControls } from './LabControls.tsx';
import { LabDownloads } from './LabDownloads.tsx';
import { LabDiagram } from './LabDiagram.tsx';
import { LazyPart } from './LazyPart.tsx';
import { LAB_TABLE } from './lab-tables.ts';
import { activationsOf } from './lab-activations.ts';
import { outputKeyOf } from './lab-keys.ts';
import { ACTIVATION_CHOICES, OUTPUT_CHOICES } from './lab-settings.ts';
import { labKind, type LabView } from './lab.kind.ts';
import { NodePanel } from './NodePanel.tsx';

interface Props extends StoreProps {
  /** Unique on the page; prefixes every element id. */
  id: string;
  /** The heading id of the section, for the link to this state. */
  anchor?: string;
  /** The widget's caption, in the chapter's words. */
  caption: string;
}

/** What the widget's structure follows: the widths, the activations in use, the data's kind. */
function shapeOf(view: LabView): string {
  return `${view.run.names.widths.join('-')} ${activationsOf(view).join(' ')} ${view.run.split.train.task}`;
}

/** The plots that load when first drawn (LazyPart): the losses, the heat map and the fit of one input. */
const loadLossPlot = () => import('./LossPlot.tsx').then((module) => module.LossPlot);
const loadSurface = () => import('./DecisionSurface.tsx').then((module) => module.DecisionSurface);
const loadFitPlot = () => import('./FitPlot.tsx').then((module) => module.FitPlot);
/**
 * The tables of every parameter and node, loaded as the reader comes near them: they are closed
 * until opened, and their live table shares its code with the plots (the LinePlot chunk).
 */
const loadTables = () => import('./ParameterTables.tsx').then((module) => module.ParameterTables);
/** The reader's own table, loaded when it is the data. */
const loadTable = () => import('./LabTable.tsx').then((module) => module.LabTable);
/**
 * The same plots for the server, which draws them at once. A dynamic import in a branch the
 * browser's build drops: a static one would put them back into the code the lab wakes with.
 */
const ServerLossPlot = import.meta.env.SSR ? await loadLossPlot() : undefined;
const ServerSurface = import.meta.env.SSR ? await loadSurface() : undefined;
const ServerFitPlot = import.meta.env.SSR ? await loadFitPlot() : undefined;
const ServerTable = import.meta.env.SSR ? await loadTable() : undefined;
const ServerTables = import.meta.env.SSR ? await loadTables() : undefined;

/** A menu's words for an activation: "ReLU", "leaky ReLU". */
const ACTIVATION_WORDS: Record<string, string> = {
  ...ACTIVATION_CHOICES.labels,
  ...OUTPUT_CHOICES.labels,
};

export function LabWidget({ id, anchor, caption, ...storeProps }: Props) {
  const store = useStore(labKind, storeProps);
  const mounted = useMountedSignal();
  const settings = useComputed(() => (mounted.value ? store.settings.value : store.defaults));
  const view = useComputed(() => (mounted.value ? store.view.value : store.initialView));
  const shape = useComputed(() => shapeOf(view.value));
  const lastEpoch = useComputed(() => view.value.run.length - 1);
  const note = useComputed(() => (mounted.value ? store.note.value : ''));
  // Whether the run, or the epoch on view, is no longer the one the server drew: the plots drawn
  // later (LazyPart) must then load at once. Signals, as a link's state arrives once the island
  // has mounted, and the widget does not render again for every change of the view.
  const runMoved = useComputed(() => view.value.run !== store.initialView.run);
  const viewMoved = useComputed(() => runMoved.value || view.value.row !== store.initialView.row);
  // The tables of every number follow the sample on view too (its passes and derivatives).
  const passMoved = useComputed(
    () => viewMoved.value || view.value.sample !== store.initialView.sample,
  );
  /** The chosen node's number, 1 … N, and the connection into it (0: none): settings, so a link keeps them. */
  const chosen = useComputed(() => settings.value['node'] as number);
  const from = useComputed(() => settings.value['from'] as number);
  /** Whether the data is the reader's own table, which the widget then shows to edit. */
  const ownTable = useComputed(() => settings.value['data'] === 'custom').value;
  /** Whether training goes by mini-batches, the one mode with a batch size to set. */
  const miniBatch = useComputed(() => settings.value['mode'] === 'miniBatch').value;
  const box = useWidthsBox(store);
  const root = useRef<HTMLElement>(null);

  // Reading these renders the widget again when they change, and only then.
  const structure = `${shape.value}|${lastEpoch.value}|${chosen.value}|${from.value}`;
  const shown = view.peek();
  const { names } = shown.run;
  const count = names.nodes.length;
  const node = Math.min(Math.max(1, chosen.value), count);
  const activations = activationsOf(shown);
  const classes = shown.run.split.train.task === 'classes';
  /** A set of one input: its fit over x₁ takes the heat map's place. */
  const oneInput = names.widths[0] === 1;
  // The plots that load when first drawn bind their own numbers (LazyPart, FitPlot).
  useLiveNumbers(root, store, structure, '.lab-lazy');

  const readout: ReadoutEntry[] = [
    { term: 'epoch ℓ', quantity: 'epoch', digits: 0 },
    { term: 'training loss', quantity: 'trainLoss', digits: 4 },
    { term: 'test loss', quantity: 'testLoss', digits: 4 },
    EPOCH_RATE_ENTRY,
    {
      term: (
        <>
          output O<sub>{count}</sub> of the sample
        </>
      ),
      quantity: outputKeyOf(count),
    },
  ];
  const fact = (key: string) => <LiveNumber store={store} quantity={key} digits={0} />;
  const partProps = { store, settings, idPrefix: id };
  /** What the diagram and the node panel both draw from: the network on view. */
  const networkProps = { store, view, names, id };
  return (
    <figure ref={root} id={id} class="widget lab setting-words" aria-labelledby={`${id}-caption`}>
      <figcaption id={`${id}-caption`} class="widget-caption">
        {caption}
      </figcaption>
      <LabControls
        store={store}
        settings={settings}
        hiddenLayers={names.widths.length - 2}
        box={box}
        id={id}
        ownTable={ownTable}
        miniBatch={miniBatch}
      />
      {ownTable && (
        <LazyPart key="table" load={loadTable} server={ServerTable} props={{ store, id }} eager />
      )}
      <div class="lab-run">
        <Player {...partProps} epochKey="epochOnView" stepSize={() => 1} back />
        <div class="lab-view-controls">
          <SettingControl store={store} setting="epochOnView" idPrefix={id} label="epoch" />
          <SettingControl
            store={store}
            setting="sampleOnView"
            idPrefix={id}
            label="training sample"
          />
        </div>
        <ReadoutList store={store} class="lab-readout" entries={readout} />
        <p class="lab-note" role="status">
          {note}
        </p>
        <p class="lab-facts">
          {fact('layers')} layers, {fact('nodes')} nodes, {fact('parameters')} weights and biases;
          trained on {fact('trainSamples')} samples, tested on {fact('testSamples')}.
        </p>
      </div>
      <div class="lab-network">
        <LabDiagram
          {...networkProps}
          activations={activations.map((name) => ACTIVATION_WORDS[name] ?? name)}
          chosen={node}
          from={from.value}
          // A node chosen anew starts with no connection marked.
          onChoose={(number) => store.setMany({ node: number, from: 0 })}
          onChooseConnection={(start, end) => store.setMany({ node: end, from: start })}
        />
        <NodePanel {...networkProps} node={node} from={from.value} activations={activations} />
      </div>
      <div class="lab-plots">
        <LazyPart
          key="loss"
          load={loadLossPlot}
          server={ServerLossPlot}
          props={{ store, view, lastEpoch: lastEpoch.value, id }}
          // Its lines follow the run, and its marker the epoch on view.
          eager={viewMoved.value}
        />
        {oneInput ? (
          <LazyPart
            key="fit"
            load={loadFitPlot}
            server={ServerFitPlot}
            props={{ store, view, id, tableClasses: LAB_TABLE }}
            eager
          />
        ) : (
          <LazyPart
            key="surface"
            load={loadSurface}
            server={ServerSurface}
            props={{ view, mounted, classes, id }}
            eager={runMoved.value}
          />
        )}
      </div>
      <LabDownloads store={store} root={root} classes={classes} oneInput={oneInput} />
      <LazyPart
        key="tables"
        load={loadTables}
        server={ServerTables}
        props={{ store, names, id }}
        // Every number in them follows the epoch and the sample on view: a pass not the server's
        // loads them at once.
        eager={passMoved.value}
      />
      <StoreActions store={store} anchor={anchor} onReset={() => box.show()} />
    </figure>
  );
}
