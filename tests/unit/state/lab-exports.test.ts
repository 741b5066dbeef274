/**
 * The lab's CSV and NumPy script: the CSV holds every epoch the lab shows, its losses, η and every
 * weight and bias at full precision under the lab's keys; the script, run with python3 and NumPy,
 * draws the same data, splits it, starts and trains the same network with its own loop, and prints
 * the engine's numbers for the last epoch (the default run, tanh on moons with Adam, softmax on
 * spirals, mini-batches with momentum and decay, ReLU and leaky ReLU, stochastic updates).
 */
import { beforeAll, describe, expect, it } from 'vitest';
import { labCsv, parameterKeysOf } from '../../../src/components/lab/export/lab-csv.ts';
import { labScript } from '../../../src/components/lab/export/lab-script.ts';
import { labScriptSettings } from '../../../src/components/lab/export/lab-script-settings.ts';
import { DIVERGING, labStore, LAB_CASES, lastEpochOf } from './lab-runs.ts';
import { printedValues, pythonWithNumpy, runPrograms } from './python-runs.ts';

describe('labCsv', () => {
  const run = labStore({ widths: [2, 3, 1], data: 'moons', output: 'sigmoid', epochs: 40 }).run
    .value;
  const [header, ...rows] = labCsv(run).trimEnd().split('\n');
  const keys = header!.split(',');

  it('has one row per epoch and a column for the losses, η and every weight and bias', () => {
    expect(rows).toHaveLength(40);
    expect(keys.slice(0, 4)).toEqual(['epoch', 'trainLoss', 'testLoss', 'epochLearningRate']);
    expect(keys.slice(4)).toEqual([
      'w1_3',
      'w2_3',
      'w1_4',
      'w2_4',
      'w1_5',
      'w2_5',
      'b3',
      'b4',
      'b5',
      'w3_6',
      'w4_6',
      'w5_6',
      'b6',
    ]);
    for (const row of rows) expect(row.split(',')).toHaveLength(keys.length);
  });

  it('writes the engine numbers exactly', () => {
    const at = (row: number, key: string) => Number(rows[row]!.split(',')[keys.indexOf(key)]);
    for (const row of [0, 1, 39]) {
      expect(at(row, 'epoch')).toBe(row);
      expect(at(row, 'trainLoss')).toBe(run.trace.loss[row]);
      expect(at(row, 'testLoss')).toBe(run.testLoss[row]);
      expect(at(row, 'epochLearningRate')).toBe(run.trace.learningRate[row]);
      parameterKeysOf(run.names).forEach((key, p) =>
        expect(at(row, key)).toBe(run.trace.parameters[p]![row]),
      );
    }
  });

  it('stops at the last epoch the lab shows when the run diverges', () => {
    const diverged = labStore(DIVERGING).run.value;
    expect(diverged.divergedAt).not.toBeNull();
    expect(labCsv(diverged).trimEnd().split('\n')).toHaveLength(diverged.length + 1);
  });
});

describe.skipIf(!pythonWithNumpy())('labScript, run with python3 and NumPy', () => {
  const stores = [...LAB_CASES.map(([, values]) => labStore(values)), labStore(DIVERGING)];
  let outputs: string[] = [];

  beforeAll(() => {
    outputs = runPrograms(
      stores.map((store) => ({
        kind: 'script' as const,
        text: labScript(labScriptSettings(store.settings.value)),
      })),
    );
  }, 120_000);

  it.each(LAB_CASES.map((entry, i) => [entry[0], i] as const))(
    'prints the engine’s last epoch: %s',
    (_, i) => {
      const expected = lastEpochOf(stores[i]!.run.value);
      const printed = printedValues(outputs[i]!);
      expect(Object.keys(printed).sort()).toEqual(Object.keys(expected).sort());
      for (const [key, value] of Object.entries(expected)) {
        const tolerance = 1e-9 * Math.max(1, Math.abs(value));
        expect(Math.abs(printed[key]! - value), key).toBeLessThanOrEqual(tolerance);
      }
    },
  );
});
