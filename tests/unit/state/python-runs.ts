/**
 * What the export tests share: stores trained with given settings, their settings as the NumPy
 * exports take them, and running Python programs (scripts, or notebooks cell by cell) in one
 * python3 process, since starting Python and NumPy is most of the time.
 */
import { execFileSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { NetworkKind } from '../../../src/state/kind-parts/network-kind.ts';
import { overridesOf, type ScriptSettings } from '../../../src/state/export/numpyScript.ts';
import { createStore } from '../../../src/state/store.ts';

/** A store of a network kind trained with these settings. */
export function trained(kind: NetworkKind, values: Record<string, unknown>) {
  const store = createStore(kind, 'network');
  for (const [key, value] of Object.entries(values)) {
    const result = store.set(key, value);
    if (!result.ok) throw new Error(result.message);
  }
  return store;
}

/** Settings of a store as the exports take them. */
export function scriptSettings(store: ReturnType<typeof trained>): ScriptSettings {
  const values = store.settings.value;
  return {
    x: [values['x1'], values['x2'], values['x3']] as [number, number, number],
    y: values['y'] as number,
    seed: values['seed'] as number,
    learningRate: values['learningRate'] as number,
    decay: values['decay'] as number,
    optimizer: values['optimizer'] as ScriptSettings['optimizer'],
    epochs: values['epochs'] as number,
    overrides: overridesOf(values, store.defaultsFor(values)),
  };
}

/** Whether python3 with NumPy can run here. */
export function pythonWithNumpy(): boolean {
  try {
    execFileSync('python3', ['-c', 'import numpy'], { stdio: 'ignore' });
    return true;
  } catch {
    return false;
  }
}

/** A program to run: a script's text, or a notebook file's text to run cell by cell. */
export interface Program {
  readonly kind: 'script' | 'notebook';
  readonly text: string;
}

/**
 * Runs the programs in one python3 process and returns what each printed. A script runs as
 * `__main__`; a notebook's code cells run in order in one namespace, as a kernel runs them.
 */
export function runPrograms(programs: readonly Program[]): string[] {
  const folder = mkdtempSync(join(tmpdir(), 'nn-script-'));
  const files = programs.map(({ kind, text }, i) => {
    const file = join(folder, `run${i}.${kind === 'script' ? 'py' : 'ipynb'}`);
    writeFileSync(file, text);
    return file;
  });
  const driver = [
    'import contextlib, io, json, runpy, sys',
    'for path in sys.argv[1:]:',
    '    out = io.StringIO()',
    '    with contextlib.redirect_stdout(out):',
    "        if path.endswith('.py'):",
    "            runpy.run_path(path, run_name='__main__')",
    '        else:',
    "            namespace = {'__name__': '__main__'}",
    "            for cell in json.load(open(path, encoding='utf-8'))['cells']:",
    "                if cell['cell_type'] == 'code':",
    "                    exec(''.join(cell['source']), namespace)",
    "    sys.stdout.write(out.getvalue() + '\\x00')",
  ].join('\n');
  const printed = execFileSync('python3', ['-c', driver, ...files], { encoding: 'utf8' });
  return printed.split('\x00').slice(0, programs.length);
}

/** The `key = value` lines a program printed. */
export function printedValues(printed: string): Record<string, number> {
  const values: Record<string, number> = {};
  for (const line of printed.trim().split('\n')) {
    const [key, value] = line.split(' = ');
    if (key && value) values[key] = Number(value);
  }
  return values;
}
