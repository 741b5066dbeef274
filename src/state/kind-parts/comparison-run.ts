/**
 * The engine's work for a comparison kind: the chapter's 3-2-1 network, θ₀ drawn from a NumPy
 * seed as the chapter draws it, trained on the table three ways at once (`compareTraining`); each
 * sample's forward pass and gradient at θ₀ (the worked example of a batch update); and the first
 * update of each worked update rule on the whole table.
 */
// The engine by module, not through its index: the index also holds the chain rule, the
// gradient check and the rest, which would load with these widgets (3 kB, gzip).
import {
  BY_HAND_WIDTHS,
  createByHandNetwork,
  initializeByHand,
} from '../../engine/scenarios/index.ts';
import {
  compareTraining,
  firstUpdate,
  sampleGradients,
  type ComparedRun,
  type ComparisonRun,
  type FirstUpdate,
} from '../../engine/scenarios/index.ts';
import { forward } from '../../engine/core/index.ts';
import { networkNames } from '../../engine/core/index.ts';
import type { OptimizerSettings } from '../../engine/core/index.ts';
import type { Dataset } from '../../engine/core/index.ts';
import { SAMPLE_COLUMNS, SAMPLE_WIDTH } from './comparison-samples.ts';
import type { SettingValues } from '../store.ts';

/** A worked first update: an update rule, on the whole table as one batch. */
export interface WorkedUpdate {
  readonly id: string;
  readonly optimizer: OptimizerSettings;
  readonly learningRate: number;
}

/** How a comparison's runs and worked updates are set up from its settings. */
export interface ComparisonSetup {
  /** The engine's settings of each run, in the order the kind names them. */
  runsOf(values: SettingValues): ComparisonRun[];
  /** The first updates the page works through. */
  workedUpdatesOf(values: SettingValues): WorkedUpdate[];
}

/** Everything a comparison computed, for one set of settings. */
export interface ComparisonResult {
  readonly runs: readonly ComparedRun[];
  /** The table's columns x1, x2, x3, y. */
  readonly columns: Readonly<Record<string, Float64Array>>;
  /** Each node's output per sample at θ₀, by node key (H4, H5, O6). */
  readonly nodes: Readonly<Record<string, Float64Array>>;
  /** ∂Lₛ/∂θ of each sample at θ₀. */
  readonly gradients: readonly Float64Array[];
  /** θ₀. */
  readonly initial: Float64Array;
  readonly updates: ReadonlyMap<string, FirstUpdate>;
}

/** What widgets read: the result and the settings it was made from. */
export interface ComparisonView {
  readonly result: ComparisonResult;
  readonly values: SettingValues;
}

/** One run of a comparison as the page names it. */
export interface RunName {
  /** Its key in quantity keys: `batch.loss.3`. */
  readonly id: string;
  /** What the page calls it: "mini-batch". */
  readonly label: string;
}

export const NAMES = networkNames(BY_HAND_WIDTHS);
/** The nodes that compute, whose outputs the worked example shows (H4, H5, O6). */
export const COMPUTING_NODES = NAMES.nodes.filter((node) => node.role !== 'input');

/** The table as the engine's data set, and its columns. */
function datasetOf(samples: readonly number[]): {
  dataset: Dataset;
  columns: Record<string, Float64Array>;
} {
  const count = samples.length / SAMPLE_WIDTH;
  const inputs: number[][] = [];
  const targets: number[][] = [];
  const columns = Object.fromEntries(
    SAMPLE_COLUMNS.map((name) => [name, new Float64Array(count)]),
  ) as Record<string, Float64Array>;
  for (let s = 0; s < count; s++) {
    const row = samples.slice(s * SAMPLE_WIDTH, (s + 1) * SAMPLE_WIDTH);
    inputs.push(row.slice(0, 3));
    targets.push([row[3]!]);
    SAMPLE_COLUMNS.forEach((name, column) => (columns[name]![s] = row[column]!));
  }
  return { dataset: { inputs, targets }, columns };
}

/** The engine's work: three runs, the worked example at θ₀, the first updates. */
export function runComparison(setup: ComparisonSetup, values: SettingValues): ComparisonResult {
  const { dataset, columns } = datasetOf(values['samples'] as readonly number[]);
  const network = createByHandNetwork();
  initializeByHand(network, values['seed'] as number);
  const runs = compareTraining(network, dataset, setup.runsOf(values), values['epochs'] as number);
  const nodes = Object.fromEntries(
    COMPUTING_NODES.map((node) => [node.key, new Float64Array(dataset.inputs.length)]),
  ) as Record<string, Float64Array>;
  dataset.inputs.forEach((x, s) => {
    const pass = forward(network, x);
    for (const node of COMPUTING_NODES) nodes[node.key]![s] = pass.allOutputs[node.node]!;
  });
  const updates = new Map(
    setup
      .workedUpdatesOf(values)
      .map((update) => [
        update.id,
        firstUpdate(network, dataset, update.optimizer, update.learningRate),
      ]),
  );
  return {
    runs,
    columns,
    nodes,
    gradients: sampleGradients(network, dataset),
    // Stryker disable next-line MethodExpression: the network is this run's own, and nothing changes its θ after
    initial: network.parameters.slice(),
    updates,
  };
}
