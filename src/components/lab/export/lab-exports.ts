/**
 * The lab's downloads, loaded only when a reader asks for one (`import()` on the first click):
 * the run as CSV, the NumPy script that reproduces it, the same program as a Jupyter notebook (its
 * builder loaded by a further `import()`, only for that download), and the losses plot or the
 * surface as a PNG (downloads/plot-png.ts, shared with the dashboard).
 */
import type { SettingValues } from '../../../state/store.ts';
import { offer } from '../../downloads/offer.ts';
import { savePlotPng } from '../../downloads/plot-png.ts';
import type { LabRun } from '../lab-run.ts';
import { labCsv } from './lab-csv.ts';
import { labScript } from './lab-script.ts';
import { labScriptSettings } from './lab-script-settings.ts';

/** Downloads the run as CSV: every epoch the lab shows, its losses, η and every parameter. */
export function saveLabCsv(run: LabRun, name: string): void {
  offer(new Blob([labCsv(run)], { type: 'text/csv' }), name);
}

/** Downloads the NumPy script that reproduces the run of these settings. */
export function saveLabScript(values: SettingValues, name: string): void {
  offer(new Blob([labScript(labScriptSettings(values))], { type: 'text/x-python' }), name);
}

/** Downloads the run as a Jupyter notebook: the NumPy script cell by cell, each step explained. */
export async function saveLabNotebook(values: SettingValues, name: string): Promise<void> {
  const { labNotebookFile } = await import('./lab-notebook.ts');
  const text = labNotebookFile(labScriptSettings(values));
  offer(new Blob([text], { type: 'application/x-ipynb+json' }), name);
}

/** Saves the losses plot, in `part` (its section), as a PNG under its heading. */
export async function saveLossesPng(part: HTMLElement, name: string, title: string) {
  await savePlotPng(part, name, title);
}

/** Saves the surface, in `part` (its section), as a PNG: the heat map, the samples, its legend. */
export async function saveSurfacePng(part: HTMLElement, name: string, title: string) {
  await savePlotPng(part, name, title, {
    svg: 'svg.lab-surface-svg',
    underlay: 'canvas.lab-surface-canvas',
    legend: '.lab-legend li',
  });
}
