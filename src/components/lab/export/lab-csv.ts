/**
 * The lab's run as CSV: one row per epoch ℓ the lab shows, with the lab's quantity keys as the
 * header: `epoch`, `trainLoss` and `testLoss` (the mean losses at θ_ℓ), `epochLearningRate`
 * (η_ℓ), then every weight and bias of θ_ℓ in θ's order (`w1_3`, …, `b3`, …). Written by the
 * dashboard's `runCsv`, so every number is the shortest text that reads back to the same double.
 */
import type { NetworkNames } from '../../../engine/core/index.ts';
import { runCsv, type ColumnSource } from '../../../state/export/runCsv.ts';
import { biasKeyOf, weightKeyOf } from '../lab-keys.ts';
import type { LabRun } from '../lab-run.ts';

/** The keys of θ in θ's order: each weight `w{i}_{j}` and bias `b{j}` at its index. */
export function parameterKeysOf(names: NetworkNames): string[] {
  return names.parameters.map((parameter) =>
    'from' in parameter
      ? weightKeyOf(parameter.from.number, parameter.to.number)
      : biasKeyOf(parameter.node.number),
  );
}

/** The columns of a lab run: the epoch's numbers, then θ by key. */
function labColumns(run: LabRun): ColumnSource<LabRun> {
  const { trace, testLoss } = run;
  const parameterKeys = parameterKeysOf(run.names);
  const byKey = new Map<string, ArrayLike<number>>([
    ['epoch', trace.epoch],
    ['trainLoss', trace.loss],
    ['testLoss', testLoss],
    ['epochLearningRate', trace.learningRate],
    ...parameterKeys.map((key, p): [string, ArrayLike<number>] => [key, trace.parameters[p]!]),
  ]);
  return { columnKeys: [...byKey.keys()], column: (_, key) => byKey.get(key) };
}

/** The run as CSV text: a header row of keys, then one row for each epoch the lab shows. */
export function labCsv(run: LabRun): string {
  return runCsv(labColumns(run), run);
}
