/**
 * The dashboard's notebook export: a valid nbformat 4.5 notebook (checked against nbformat's own
 * schema), saved unrun, whose code cells joined in order are the NumPy script, and which, run cell
 * by cell with python3 and NumPy, prints the script's numbers and the engine's final ŷ. For the
 * dashboard's default run and for other seeds, learning rates, decays, optimizers and weights.
 */
import { readFileSync } from 'node:fs';
import { beforeAll, describe, expect, it } from 'vitest';
import { byHandEpochs } from '../../../src/engine/index.ts';
import { trainingRunKind } from '../../../src/components/dashboard/training-run.kind.ts';
import { notebookFile } from '../../../src/state/export/notebook.ts';
import { joinSections, numpyScript } from '../../../src/state/export/numpyScript.ts';
import {
  printedValues,
  pythonWithNumpy,
  runPrograms,
  scriptSettings,
  trained,
} from './python-runs.ts';
import { ajv, validNotebook, type Cell } from './nbformat-schema.ts';

const cases: [string, Record<string, unknown>][] = [
  ['the dashboard’s default run (seed 13, η = 0.2, 1000 epochs)', {}],
  ['another seed', { seed: 7 }],
  [
    'η, decay and the optimizer changed',
    { learningRate: 0.05, decay: 0.01, optimizer: 'momentum' },
  ],
  [
    'Adam from weights the reader set',
    { optimizer: 'adam', learningRate: 0.01, w46: 0.5, b4: -0.2 },
  ],
];
const stores = cases.map(([, changes]) => trained(trainingRunKind, changes));
const files = stores.map((store) => notebookFile(scriptSettings(store)));
const indexed = cases.map((entry, i) => [entry[0], i] as const);

describe('notebookFile', () => {
  it.each(indexed)('is a valid nbformat 4.5 notebook: %s', (_, i) => {
    const notebook: unknown = JSON.parse(files[i]!);
    const valid = validNotebook(notebook);
    expect(ajv.errorsText(validNotebook.errors)).toBe('No errors');
    expect(valid).toBe(true);
    expect(notebook).toMatchObject({ nbformat: 4, nbformat_minor: 5 });
  });

  it.each(indexed)('saves every code cell unrun: %s', (_, i) => {
    const cells = (JSON.parse(files[i]!) as { cells: Cell[] }).cells;
    const code = cells.filter((cell) => cell.cell_type === 'code');
    expect(code).toHaveLength(8);
    for (const cell of code) {
      expect(cell.outputs).toEqual([]);
      expect(cell.execution_count).toBeNull();
    }
  });

  it.each(indexed)('has code cells that, joined in order, are the NumPy script: %s', (_, i) => {
    const cells = (JSON.parse(files[i]!) as { cells: Cell[] }).cells;
    const code = cells.filter((cell) => cell.cell_type === 'code');
    expect(joinSections(code.map((cell) => cell.source.join('')))).toBe(
      numpyScript(scriptSettings(stores[i]!)),
    );
  });

  it('explains each step in a markdown cell before it, in the book’s notation', () => {
    const cells = (JSON.parse(files[0]!) as { cells: Cell[] }).cells;
    expect(cells.map((cell) => cell.id)).toEqual([
      'title',
      ...['setup', 'data', 'start', 'forward', 'backward', 'update', 'loop', 'result'].flatMap(
        (step) => [`${step}-text`, step],
      ),
    ]);
    const text = (id: string) => cells.find((cell) => cell.id === id)!.source.join('');
    expect(text('title')).toContain('$I_1, I_2, I_3 \\to H_4, H_5 \\to O_6$');
    expect(text('data-text')).toContain('$I_1 = x_1 = 0.5$');
    expect(text('start-text')).toContain("NumPy's seed 13");
    expect(text('forward-text')).toContain(
      '$$H_{4_{in}} = \\lambda_{1,4} I_1 + \\lambda_{2,4} I_2 + \\lambda_{3,4} I_3 + b_4',
    );
    expect(text('forward-text')).toContain('H_4 = \\sigma(H_{4_{in}})$$');
    expect(text('backward-text')).toContain('\\partial L / \\partial O_{6_{in}} = \\hat{y} - y');
    expect(text('update-text')).toContain('$\\eta_0 = 0.2$');
    expect(text('loop-text')).toContain('1000 epochs of plain gradient descent');
    expect(text('result-text')).toContain('$\\hat{y} = O_6$');
    const set = (JSON.parse(files[3]!) as { cells: Cell[] }).cells;
    expect(set.find((cell) => cell.id === 'start-text')!.source.join('')).toContain(
      '$\\lambda_{4,6} = 0.5$, $b_4 = -0.2$',
    );
  });
  it('writes the reviewed words, cell by cell, for Adam from two weights the reader set (tests/fixtures/notebook-words.md)', () => {
    const cells = (JSON.parse(files[3]!) as { cells: Cell[] }).cells;
    const words = cells
      .filter((cell) => cell.cell_type === 'markdown')
      .map((cell) => cell.source.join(''));
    const reviewed = readFileSync(
      new URL('../../fixtures/notebook-words.md', import.meta.url),
      'utf8',
    )
      .trimEnd()
      .split('\n\n<!-- next cell -->\n\n');
    expect(words).toEqual(reviewed);
    // The default run (seed 13, plain gradient descent) says the same of the starting weights
    // but for the two lines on the weights set on the dashboard, and writes gradient descent's
    // step for λ₁,₄.
    const drawn = (JSON.parse(files[0]!) as { cells: Cell[] }).cells;
    const said = (id: string) => drawn.find((cell) => cell.id === id)!.source.join('');
    expect(said('start-text')).toBe(
      reviewed[3]!
        .split('\n')
        .filter((line) => !line.includes('replace their draws') && !line.includes('= 0.5$'))
        .join('\n'),
    );
    expect(said('update-text')).toContain(
      '$\\lambda_{1,4} \\leftarrow \\lambda_{1,4} - \\eta_\\ell \\, \\partial L / \\partial \\lambda_{1,4}$',
    );
  });

  it('is a Python 3 notebook, as Jupyter names its kernel and language', () => {
    expect(JSON.parse(files[0]!)).toMatchObject({
      metadata: {
        kernelspec: { name: 'python3', display_name: 'Python 3', language: 'python' },
        language_info: { name: 'python' },
      },
    });
  });
});

describe.skipIf(!pythonWithNumpy())('notebookFile, run cell by cell with python3 and NumPy', () => {
  let notebooks: string[] = [];
  let scripts: string[] = [];

  beforeAll(() => {
    const printed = runPrograms([
      ...files.map((text) => ({ kind: 'notebook' as const, text })),
      ...stores.map((store) => ({
        kind: 'script' as const,
        text: numpyScript(scriptSettings(store)),
      })),
    ]);
    notebooks = printed.slice(0, files.length);
    scripts = printed.slice(files.length);
  }, 60_000);

  it.each(indexed)('prints what the script prints, the engine’s final ŷ: %s', (_, i) => {
    expect(notebooks[i]).toBe(scripts[i]);
    const trace = stores[i]!.run.value;
    const last = byHandEpochs(trace).at(-1)!;
    const printed = printedValues(notebooks[i]!);
    expect(printed['epoch']).toBe(trace.length - 1);
    expect(Math.abs(printed['O6']! - last.nodes.O6)).toBeLessThanOrEqual(
      1e-9 * Math.max(1, Math.abs(last.nodes.O6)),
    );
  });
});
