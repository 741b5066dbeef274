/**
 * What the data the settings chose are like, for the settings that follow them: how many inputs
 * each sample has (the first layer's width), whether y is a class or a real number (which outputs
 * are allowed) and how many samples there are. Read from the settings before the output and the
 * widths. The data is one of the engine's sets, drawn from a seed, or the reader's own table
 * (`custom`, lab-samples.ts).
 */
import type { LabTask } from '../../engine/scenarios/index.ts';
import {
  labInputsOf,
  labTaskOf,
  labTaskOfSet,
  type LabDataName,
} from '../../engine/scenarios/index.ts';
import { LAB_SAMPLES } from './lab-samples.ts';

/** The data menu's choices: the engine's sets, and the reader's own table. */
export type LabDataChoice = LabDataName | 'custom';

/** The settings a rule reads: those before it, by key. */
type Earlier = Readonly<Record<string, unknown>>;

/** The reader's own table, flat (x₁, x₂, y per sample), when the data chosen is that table. */
function customRows(earlier: Earlier): readonly number[] | null {
  return earlier['data'] === 'custom' ? (earlier['custom'] as readonly number[]) : null;
}

/** The inputs of the chosen set's samples: x₁ alone for the concepts chapter's targets, else 2. */
export function dataInputsOf(earlier: Earlier): number {
  return customRows(earlier) ? 2 : labInputsOf(earlier['data'] as LabDataName);
}

/** What the chosen set's y holds: a class 0 or 1, or a real number (a table's: every y 0 or 1). */
export function dataTaskOf(earlier: Earlier): LabTask {
  const rows = customRows(earlier);
  if (!rows) return labTaskOfSet(earlier['data'] as LabDataName);
  const { width } = LAB_SAMPLES;
  return labTaskOf(rows.filter((_, i) => i % width === width - 1));
}

/** The samples of the data, training and test together: the table's rows, or the setting n. */
export function sampleCountOf(earlier: Earlier): number {
  const rows = customRows(earlier);
  return rows ? rows.length / LAB_SAMPLES.width : (earlier['samples'] as number);
}
