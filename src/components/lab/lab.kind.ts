/**
 * The store kind of the lab, where a reader designs a network and sees every number of it: the
 * data (a surface, or two classes: moons, circles, XOR, spirals), the layer widths (2 to 6 layers,
 * up to 8 nodes in a hidden layer), each hidden layer's activation, the output and its loss, and
 * the training; on view, one epoch ℓ of the run and one training sample's forward and backward
 * pass there, with the mean training and test losses.
 *
 * Its settings are in lab-settings.ts (the widths' codec in lab-widths.ts), its run in
 * lab-run.ts, its view in lab-view.ts and its quantity keys in lab-keys.ts and lab-quantities.ts;
 * docs/lab.md states the contract a page builds on.
 */
import { defineKind } from '../../state/define-kind.ts';
import { stoppedNote, stoppedRefusal } from '../../state/kind-parts/diverged.ts';
import type { SettingValues } from '../../state/store.ts';
import { epochsLimitNote } from './lab-budget.ts';
import { labQuantities } from './lab-quantities.ts';
import { runLab, type LabRun } from './lab-run.ts';
import { LAB_GROUPS, LAB_SETTINGS } from './lab-settings.ts';
import { viewLab, type LabView } from './lab-view.ts';

export type { LabRun } from './lab-run.ts';
export type { LabView } from './lab-view.ts';

/** The epoch on view the settings ask for. */
const epochOnView = (values: SettingValues): number => values['epochOnView'] as number;

export const labKind = defineKind<LabRun, LabView>({
  id: 'lab',
  settings: LAB_SETTINGS,
  groups: LAB_GROUPS,
  run: runLab,
  view: viewLab,
  refuse: (run, values) => stoppedRefusal(run, epochOnView(values)),
  // A new run that stops before the epoch on view (it diverged) shows its last finite epoch, as
  // the network kinds do: accepted while the run starts finite, with a note.
  fit: (run, values) =>
    epochOnView(values) < run.length || run.length === 0
      ? values
      : Object.freeze({ ...values, epochOnView: run.length - 1 }),
  note: (run, values) => stoppedNote(run) ?? epochsLimitNote(values),
  quantities: labQuantities(),
});

/** The kind this module holds, as the kind tables find it (kind-modules.ts). */
export default labKind;
