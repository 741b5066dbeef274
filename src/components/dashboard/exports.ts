/**
 * The dashboard's downloads, loaded only when a reader asks for one (`import()` on the click):
 * the run as CSV, the NumPy script that reproduces it, the same program as a Jupyter notebook
 * (its builder loaded by a further `import()`, only for that download), and a plot as a PNG
 * (downloads/plot-png.ts, shared with the lab).
 */
import type { Trace } from '../../engine/index.ts';
import type { NetworkKind } from '../../state/kind-parts/network-kind.ts';
import { numpyScript, overridesOf, type ScriptSettings } from '../../state/export/numpyScript.ts';
import type { SettingValues } from '../../state/store.ts';
import { runCsv } from '../../state/export/runCsv.ts';
import { offer } from '../downloads/offer.ts';

export { savePlotPng } from '../downloads/plot-png.ts';

/** Downloads the run as CSV: every epoch, every quantity. */
export function saveRunCsv(kind: NetworkKind, trace: Trace, name: string): void {
  offer(new Blob([runCsv(kind, trace)], { type: 'text/csv' }), name);
}

/** The settings of a run as the NumPy exports take them; `drawn` holds what the seed draws. */
function scriptSettings(values: SettingValues, drawn: SettingValues): ScriptSettings {
  const number = (key: string) => values[key] as number;
  return {
    x: [number('x1'), number('x2'), number('x3')],
    y: number('y'),
    seed: number('seed'),
    learningRate: number('learningRate'),
    decay: number('decay'),
    optimizer: values['optimizer'] as ScriptSettings['optimizer'],
    epochs: number('epochs'),
    overrides: overridesOf(values, drawn),
  };
}

/**
 * Downloads the NumPy script that reproduces the run of these settings; `drawn` holds what the
 * seed draws, so the script sets explicitly only the parameters the reader changed.
 */
export function saveScript(values: SettingValues, drawn: SettingValues, name: string): void {
  offer(new Blob([numpyScript(scriptSettings(values, drawn))], { type: 'text/x-python' }), name);
}

/** Downloads the run as a Jupyter notebook: the NumPy script cell by cell, each step explained. */
export async function saveNotebook(values: SettingValues, drawn: SettingValues, name: string) {
  const { notebookFile } = await import('../../state/export/notebook.ts');
  const text = notebookFile(scriptSettings(values, drawn));
  offer(new Blob([text], { type: 'application/x-ipynb+json' }), name);
}
