/**
 * The lab's settings as a reader edits them, in three groups: the network (the layer widths
 * typed in a box, an activation menu for each hidden layer it has, the output), the data and the
 * training. Every control writes through the store, which checks the value and trains again; a
 * refusal is said next to its control and the lab keeps its last good state. A control shows only
 * where it changes the run: n and σ not for the reader's own table, the batch size only in
 * mini-batch mode.
 */
import type { ReadonlySignal } from '@preact/signals';
import type { SettingValues, Store } from '../../state/store.ts';
import { WidthsBox, type WidthsBoxState } from '../parameters/WidthsBox.tsx';
import { SettingControl } from '../SettingControl.tsx';
import { SettingMenu } from '../SettingMenu.tsx';
import { ACTIVATION_KEYS } from './lab-settings.ts';

interface Props {
  store: Store;
  /** The settings on view: the starting ones while hydrating, then the store's. */
  settings: ReadonlySignal<SettingValues>;
  /** Hidden layers of the network on view: one activation menu each. */
  hiddenLayers: number;
  box: WidthsBoxState;
  id: string;
  /** The data is the reader's own table: no n to draw, no noise to add. */
  ownTable: boolean;
  /** Training goes by mini-batches: the only mode a batch size changes. */
  miniBatch: boolean;
}

const WIDTHS_HINT =
  'Nodes in each layer, inputs first: 2 inputs, up to 4 hidden layers of 1 to 8 nodes, then 1 output (2 for softmax). Enter trains the network.';
const WIDTHS_KEPT = (widths: string) => `The lab keeps ${widths}.`;

export function LabControls(props: Props) {
  const { store, settings, hiddenLayers, box, id, ownTable, miniBatch } = props;
  const control = (key: string, label?: string) => (
    <SettingControl key={key} store={store} setting={key} idPrefix={id} label={label} />
  );
  const menu = (key: string, label: string) => (
    <SettingMenu
      key={key}
      store={store}
      settings={settings}
      setting={key}
      label={label}
      idPrefix={id}
    />
  );
  return (
    <div class="lab-controls">
      <fieldset class="setting-group lab-group">
        <legend>Network</legend>
        <WidthsBox store={store} box={box} id={id} hint={WIDTHS_HINT} kept={WIDTHS_KEPT} />
        {ACTIVATION_KEYS.slice(0, hiddenLayers).map((key, k) =>
          menu(key, `activation of hidden layer ${k + 1}`),
        )}
        {menu('output', 'output activation')}
      </fieldset>
      <fieldset class="setting-group lab-group">
        <legend>Data</legend>
        {menu('data', 'data set')}
        {!ownTable && control('samples', 'samples n')}
        {!ownTable && control('noise', 'noise σ')}
        {control('dataSeed', 'data seed')}
        {control('testShare', 'test share')}
      </fieldset>
      <fieldset class="setting-group lab-group">
        <legend>Training</legend>
        {control('learningRate', 'learning rate η')}
        {control('decay', 'decay')}
        {menu('mode', 'batching')}
        {miniBatch && control('batchSize', 'batch size')}
        {menu('optimizer', 'optimizer')}
        {control('seed', 'seed')}
        {control('epochs', 'epochs')}
      </fieldset>
    </div>
  );
}
