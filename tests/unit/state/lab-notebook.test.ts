/**
 * The lab's notebook export: a valid nbformat 4.5 notebook (checked against nbformat's own
 * schema), saved unrun, whose code cells joined in order are the lab's NumPy script, with a
 * markdown cell before each step; run cell by cell with python3 and NumPy, it prints what the
 * script prints, the engine's last epoch, for every setting the script is tested with.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import { labNotebookFile } from '../../../src/components/lab/export/lab-notebook.ts';
import { LAB_SECTIONS, labScript } from '../../../src/components/lab/export/lab-script.ts';
import { labScriptSettings } from '../../../src/components/lab/export/lab-script-settings.ts';
import { joinSections } from '../../../src/state/export/numpyScript.ts';
import { labStore, LAB_CASES, lastEpochOf } from './lab-runs.ts';
import { ajv, validNotebook, type Cell } from './nbformat-schema.ts';
import { printedValues, pythonWithNumpy, runPrograms } from './python-runs.ts';

const stores = LAB_CASES.map(([, values]) => labStore(values));
const settings = stores.map((store) => labScriptSettings(store.settings.value));
const files = settings.map(labNotebookFile);
const cellsOf = (i: number) => (JSON.parse(files[i]!) as { cells: Cell[] }).cells;
const indexed = LAB_CASES.map((entry, i) => [entry[0], i] as const);

describe('labNotebookFile', () => {
  it.each(indexed)('is a valid nbformat 4.5 notebook, saved unrun: %s', (_, i) => {
    const notebook: unknown = JSON.parse(files[i]!);
    expect(validNotebook(notebook), ajv.errorsText(validNotebook.errors)).toBe(true);
    expect(notebook).toMatchObject({ nbformat: 4, nbformat_minor: 5 });
    for (const cell of cellsOf(i).filter((each) => each.cell_type === 'code')) {
      expect(cell.outputs).toEqual([]);
      expect(cell.execution_count).toBeNull();
    }
  });

  it.each(indexed)('has code cells that, joined in order, are the NumPy script: %s', (_, i) => {
    const code = cellsOf(i).filter((cell) => cell.cell_type === 'code');
    expect(joinSections(code.map((cell) => cell.source.join('')))).toBe(labScript(settings[i]!));
  });

  it('explains each step in a markdown cell before it, with the run’s settings', () => {
    const cells = cellsOf(1);
    expect(cells.map((cell) => cell.id)).toEqual([
      'title',
      ...LAB_SECTIONS.flatMap((step) => [`${step}-text`, step]),
    ]);
    const text = (id: string) => cells.find((cell) => cell.id === id)!.source.join('');
    const expected: [string, string][] = [
      ['title', 'the 2-4-3-1 network on moons'],
      ['data-text', '200 samples of moons'],
      ['start-text', '$\\lambda_{1,3}$ (`w1_3`)'],
      ['update-text', '$\\eta_0 = 0.01$'],
      ['update-text', 'Adam keeps two running means'],
      ['loop-text', '300 epochs of Adam'],
      ['forward-text', '$L = \\frac{1}{2} (\\hat{y} - y)^2$'],
    ];
    for (const [id, words] of expected) expect(text(id), id).toContain(words);
    const softmax = (JSON.parse(files[2]!) as { cells: Cell[] }).cells;
    expect(softmax.find((cell) => cell.id === 'backward-text')!.source.join('')).toContain(
      '$\\partial L / \\partial z = p - y$',
    );
  });
});

describe.skipIf(!pythonWithNumpy())(
  'labNotebookFile, run cell by cell with python3 and NumPy',
  () => {
    let notebooks: string[] = [];
    let scripts: string[] = [];

    beforeAll(() => {
      const printed = runPrograms([
        ...files.map((text) => ({ kind: 'notebook' as const, text })),
        ...settings.map((each) => ({ kind: 'script' as const, text: labScript(each) })),
      ]);
      notebooks = printed.slice(0, files.length);
      scripts = printed.slice(files.length);
    }, 120_000);

    it.each(indexed)('prints what the script prints, the engine’s last epoch: %s', (_, i) => {
      expect(notebooks[i]).toBe(scripts[i]);
      const printed = printedValues(notebooks[i]!);
      const expected = lastEpochOf(stores[i]!.run.value);
      expect(printed['epoch']).toBe(expected['epoch']);
      const loss = expected['trainLoss']!;
      expect(Math.abs(printed['trainLoss']! - loss)).toBeLessThanOrEqual(1e-9 * Math.max(1, loss));
    });
  },
);
