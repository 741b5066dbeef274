/**
 * What the data the settings chose are like, for the settings that follow them: how many inputs
 * each sample has (the first layer's width) and whether y is a class or a real number (which
 * outputs are allowed). Read from the settings before the output and the widths.
 */
import type { LabTask } from '../../engine/scenarios/index.ts';
import { labInputsOf, labTaskOfSet, type LabDataName } from '../../engine/scenarios/index.ts';

/** The settings a rule reads: those before it, by key. */
type Earlier = Readonly<Record<string, unknown>>;

/** The inputs of the chosen set's samples: x₁ alone for the concepts chapter's targets, else 2. */
export function dataInputsOf(earlier: Earlier): number {
  return labInputsOf(earlier['data'] as LabDataName);
}

/** What the chosen set's y holds: a class 0 or 1, or a real number. */
export function dataTaskOf(earlier: Earlier): LabTask {
  return labTaskOfSet(earlier['data'] as LabDataName);
}
