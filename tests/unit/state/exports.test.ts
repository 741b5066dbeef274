/**
 * The dashboard's exports: the run as CSV holds every epoch and every quantity at full precision,
 * and the NumPy script, run with python3, prints the engine's numbers for the last epoch (GD,
 * momentum and Adam, with decay, from the seed's draws and from the reader's own weights).
 */
import { beforeAll, describe, expect, it } from 'vitest';
import { byHandEpochs, initByHand } from '../../../src/engine/index.ts';
import { networkKind } from '../../../src/components/network/network.kind.ts';
import { runCsv, type ColumnSource } from '../../../src/state/export/runCsv.ts';
import { joinSections, numpyScript, overridesOf } from '../../../src/state/export/numpyScript.ts';
import { py } from '../../../src/state/export/optimizerProgram.ts';
import {
  printedValues,
  pythonWithNumpy,
  runPrograms,
  scriptSettings,
  trained as trainedOf,
} from './python-runs.ts';

/** A store of the chapter's network trained with these settings. */
function trained(values: Record<string, unknown>) {
  return trainedOf(networkKind, values);
}

describe('CSV, as RFC 4180 writes it', () => {
  /** Two epochs of four columns, and a fifth this run does not have. */
  const kind: ColumnSource = {
    columnKeys: ['epoch', 'a,b', 'missing', 'say "hi"', 'line\nbreak'],
    column: (_, key) => (key === 'missing' ? undefined : key === 'epoch' ? [0, 1] : [0.5, -0.25]),
  };

  it('quotes a header holding a comma, a quote or a line break, doubling its quotes', () => {
    const [header] = runCsv(kind, { length: 2 }).split('\n');
    expect(header).toBe('epoch,"a,b","say ""hi""","line');
  });

  it('writes a row per epoch, comma separated, leaving out a column the run does not have', () => {
    expect(runCsv(kind, { length: 2 })).toBe(
      'epoch,"a,b","say ""hi""","line\nbreak"\n0,0.5,0.5,0.5\n1,-0.25,-0.25,-0.25\n',
    );
  });
});

describe('a program’s text', () => {
  it('sets top-level sections two blank lines apart and ends with a line break', () => {
    expect(joinSections(['import numpy as np', 'def f():\n    pass'])).toBe(
      'import numpy as np\n\n\ndef f():\n    pass\n',
    );
  });

  it('writes a finite number as the shortest text that reads back to it, and refuses any other', () => {
    expect(py(0.1)).toBe('0.1');
    expect(py(-2.5e-7)).toBe('-2.5e-7');
    expect(() => py(Number.NaN)).toThrow(new RangeError('cannot write NaN into a script'));
    expect(() => py(Infinity)).toThrow(RangeError);
  });
});

describe('runCsv', () => {
  const store = trained({ epochs: 50, decay: 0.01 });
  const trace = store.run.value;
  const csv = runCsv(networkKind, trace);
  const [header, ...rows] = csv.trimEnd().split('\n');
  const keys = header!.split(',');
  const epochs = byHandEpochs(trace);

  it('has one row per epoch and a column for every quantity', () => {
    expect(rows).toHaveLength(50);
    for (const key of ['epoch', 'epochLearningRate', 'loss', 'w14', 'b6', 'H4in', 'H4', 'O6']) {
      expect(keys).toContain(key);
    }
    for (const key of ['dL/dw14', 'dL/db6', 'dL/dH4in', 'dL/dH4', 'dL/dO6in', 'dL/dI1']) {
      expect(keys).toContain(key);
    }
    expect(new Set(keys).size).toBe(keys.length);
    for (const row of rows) expect(row.split(',')).toHaveLength(keys.length);
  });

  it('writes the engine numbers exactly', () => {
    const at = (row: number, key: string) => Number(rows[row]!.split(',')[keys.indexOf(key)]);
    for (const row of [0, 1, 49]) {
      const epoch = epochs[row]!;
      expect(at(row, 'epoch')).toBe(row);
      expect(at(row, 'loss')).toBe(epoch.loss);
      expect(at(row, 'epochLearningRate')).toBe(0.2 / (1 + 0.01 * row));
      expect(at(row, 'w46')).toBe(epoch.params.w46);
      expect(at(row, 'H5in')).toBe(epoch.nodes.H5in);
      expect(at(row, 'dL/dw14')).toBe(epoch.grads.w14);
      expect(at(row, 'dL/dH4')).toBe(epoch.nodeGrads.H4);
    }
  });
});

describe('overridesOf', () => {
  it('names only the parameters that differ from the seed draws', () => {
    const drawn = initByHand(13);
    expect(overridesOf({ ...drawn }, { ...drawn })).toEqual({});
    expect(overridesOf({ ...drawn, w46: 0.5, b4: drawn.b4 }, { ...drawn })).toEqual({ w46: 0.5 });
  });
});

const hasPython = pythonWithNumpy();

describe.skipIf(!hasPython)('numpyScript, run with python3 and NumPy', () => {
  const cases: [string, Record<string, unknown>][] = [
    ['the chapter’s run (seed 13, η = 0.2, 1000 epochs)', {}],
    ['decay, another seed and sample', { seed: 7, decay: 0.05, x1: -0.4, y: 0.9, epochs: 400 }],
    ['momentum', { optimizer: 'momentum', learningRate: 0.05, epochs: 300 }],
    ['Adam', { optimizer: 'adam', learningRate: 0.01, epochs: 300 }],
    ['weights the reader set', { w14: 1.5, b6: -0.7, w56: 0.25, epochs: 200 }],
  ];
  const diverging = trained({ learningRate: 10, w46: 8, w56: 8, epochs: 400 });
  const stores = cases.map(([, changes]) => trained(changes));
  let outputs: string[] = [];

  beforeAll(() => {
    outputs = runPrograms(
      [...stores, diverging].map((store) => ({
        kind: 'script',
        text: numpyScript(scriptSettings(store)),
      })),
    );
  }, 60_000);

  it.each(cases.map((entry, i) => [...entry, i] as const))(
    'prints the engine’s last epoch: %s',
    (_, __, i) => {
      const trace = stores[i]!.run.value;
      const last = byHandEpochs(trace).at(-1)!;
      const printed = printedValues(outputs[i]!);
      expect(printed['epoch']).toBe(trace.length - 1);
      const close = (actual: number | undefined, expected: number) =>
        expect(Math.abs(actual! - expected)).toBeLessThanOrEqual(
          1e-9 * Math.max(1, Math.abs(expected)),
        );
      close(printed['O6'], last.nodes.O6);
      close(printed['loss'], last.loss);
      for (const [key, value] of Object.entries(last.params) as [string, number][])
        close(printed[key], value);
    },
  );

  it('says where a diverging run stops, as the engine does', () => {
    const trace = diverging.run.value;
    expect(trace.divergedAt).not.toBeNull();
    const printed = outputs[cases.length]!;
    expect(printed).toContain(`diverged at epoch ${trace.divergedAt}`);
    expect(printedValues(printed)['epoch']).toBe(trace.length - 1);
  });
});
