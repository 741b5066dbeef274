/**
 * The factory of the training chapters' comparison kinds: the chapter's 3-2-1 network (sigmoid
 * hidden nodes, identity output, θ₀ drawn from a NumPy seed as the chapter draws it) trained on a
 * table of samples three ways at once, from the same θ₀ (`compareTraining`). The batch-modes kind
 * compares batch, stochastic and mini-batch gradient descent; the optimizers kind compares
 * gradient descent, momentum and Adam. Both share the settings of the data and of the training
 * (the table, the seed, epochs, the mini-batch size, the shuffle and its seed) and every quantity
 * key below; each adds its own settings and says how its three runs are set up.
 *
 * The run holds the three training runs, each sample's forward pass and gradient at θ₀ (the
 * worked example of a batch update) and the first update of each update rule on the whole table.
 * A change that makes any run diverge is refused, so the widgets keep the last good state.
 *
 * Quantity keys: `samples` (n) and every number setting by its key (`learningRate`, `epochs`, …);
 * per run r: `r.updatesPerEpoch`, `r.samplesPerUpdate`, `r.totalUpdates`, `r.startLoss`,
 * `r.finalLoss`, `r.lastEpoch` and the series `r.epoch.ℓ` (ℓ itself), `r.loss.ℓ` and `r.updates.ℓ`
 * (updates made before that loss); per sample s: `x1.s` `x2.s` `x3.s` `y.s`, its `H4.s` `H5.s` `O6.s` at θ₀ and each
 * `dL/dw46.s` (every parameter); at θ₀: each parameter (`w46`) and its mean gradient (`dL/dw46`);
 * per update rule u of the worked first update: `u.next.w46` (θ₁), `u.velocity.w46`, `u.m.w46`,
 * `u.v.w46`, `u.mHat.w46`, `u.vHat.w46`.
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
import { boolean, integer, number, type Codec } from '../codecs.ts';
import {
  DEFAULT_SAMPLES,
  MAX_SAMPLES,
  SAMPLE_COLUMNS,
  SAMPLE_WIDTH,
  samplesCodec,
} from '../samples.ts';
import type { SettingDefinition, SettingValues, StoreKind } from '../store.ts';

/** Most epochs a comparison trains: three runs of 64 samples stay well under 100 ms. */
export const MAX_COMPARISON_EPOCHS = 1000;

/** η within these limits; the slider covers the useful part. */
export const learningRateCodec = number({
  min: 0.001,
  max: 5,
  sliderMin: 0.01,
  sliderMax: 1,
  step: 0.01,
});

/** One run of a comparison as the page names it. */
export interface RunName {
  /** Its key in quantity keys: `batch.loss.3`. */
  readonly id: string;
  /** What the page calls it: "mini-batch". */
  readonly label: string;
}

/** A worked first update: an update rule, on the whole table as one batch. */
export interface WorkedUpdate {
  readonly id: string;
  readonly optimizer: OptimizerSettings;
  readonly learningRate: number;
}

/** What a comparison kind adds to the shared settings and keys. */
export interface ComparisonSpec {
  readonly id: string;
  /** The runs compared, in the order widgets draw them. */
  readonly runs: readonly RunName[];
  /** Settings after the shared ones (a default may depend only on settings before it). */
  readonly settings: readonly SettingDefinition[];
  /** Groups of its own settings, for a page's `settable`. */
  readonly groups: Readonly<Record<string, readonly string[]>>;
  /** Starting number of epochs. */
  readonly epochs: number;
  /** The engine's settings of each run, in the order of `runs`. */
  runsOf(values: SettingValues): ComparisonRun[];
  /** The ids of the first updates the page works through (`gd`, `momentum`, `adam`). */
  readonly worked: readonly string[];
  /** Those first updates' settings, in the order of `worked`. */
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

/** A comparison kind: a store kind that also names its runs. */
export interface ComparisonKind extends StoreKind<ComparisonResult, ComparisonView> {
  readonly runs: readonly RunName[];
}

const NAMES = networkNames(BY_HAND_WIDTHS);
const PARAMETERS = NAMES.parameters.map((name) => ({ key: name.key, index: name.parameter }));
/** The nodes that compute, whose outputs the worked example shows (H4, H5, O6). */
const COMPUTING_NODES = NAMES.nodes.filter((node) => node.role !== 'input');

/** A setting whose change needs a new run; a reader sees its symbol, which is its label too. */
export function runSetting<T>(
  key: string,
  codec: Codec<T>,
  symbol: readonly [base: string, subscript: string],
  description: string,
  value: T,
  label = symbol.join(''),
): SettingDefinition<T> {
  return { key, codec, label, symbol, description, default: value, affects: 'run' };
}

/** Seeds are whole numbers; the slider covers the first fifty. */
const SEED = integer({ min: 0, max: 9999, sliderMax: 50 });

/** The settings every comparison has, in order. */
function sharedSettings(epochs: number): SettingDefinition[] {
  return [
    runSetting(
      'samples',
      samplesCodec,
      ['samples', ''],
      'the training samples, x1, x2, x3 and y',
      DEFAULT_SAMPLES,
      'table',
    ),
    runSetting('seed', SEED, ['seed', ''], 'the NumPy seed of the initial weights and biases', 13),
    runSetting(
      'epochs',
      integer({ min: 1, max: MAX_COMPARISON_EPOCHS, sliderMin: 10 }),
      ['epochs', ''],
      'how many passes over the table each run makes',
      epochs,
    ),
    runSetting(
      'batchSize',
      integer({ min: 1, max: MAX_SAMPLES, sliderMax: 16 }),
      ['B', ''],
      'the mini-batch size: samples per update in mini-batch mode',
      4,
    ),
    runSetting('shuffle', boolean(), ['shuffle', ''], 'reorder the samples every epoch', false),
    runSetting(
      'shuffleSeed',
      SEED,
      ['shuffle seed', ''],
      'the seed of the shuffle, so a shuffled run can be repeated exactly',
      1,
    ),
  ];
}

/** The run's shuffle: the same seed for every run, or none. */
export function shuffleOf(values: SettingValues): { shuffleSeed?: number } {
  return values['shuffle'] ? { shuffleSeed: values['shuffleSeed'] as number } : {};
}

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
function runComparison(spec: ComparisonSpec, values: SettingValues): ComparisonResult {
  const { dataset, columns } = datasetOf(values['samples'] as readonly number[]);
  const network = createByHandNetwork();
  initializeByHand(network, values['seed'] as number);
  const runs = compareTraining(network, dataset, spec.runsOf(values), values['epochs'] as number);
  const nodes = Object.fromEntries(
    COMPUTING_NODES.map((node) => [node.key, new Float64Array(dataset.inputs.length)]),
  ) as Record<string, Float64Array>;
  dataset.inputs.forEach((x, s) => {
    const pass = forward(network, x);
    for (const node of COMPUTING_NODES) nodes[node.key]![s] = pass.allOutputs[node.node]!;
  });
  const updates = new Map(
    spec
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
    initial: network.parameters.slice(),
    updates,
  };
}

type Reader = (view: ComparisonView) => number | undefined;
type SeriesReader = (view: ComparisonView) => ArrayLike<number>;

/** The last row of a run: its epochs, or where it stopped. */
const lastRow = (run: ComparedRun) => run.loss.length - 1;

/** Every scalar key of a kind and how to read it. */
function scalarReaders(spec: ComparisonSpec, settings: readonly SettingDefinition[]) {
  const readers = new Map<string, Reader>([
    ['samples', (view) => view.result.columns['y']!.length],
  ]);
  for (const setting of settings) {
    if (setting.codec.type === 'number' || setting.codec.type === 'integer') {
      readers.set(setting.key, (view) => view.values[setting.key] as number);
    }
  }
  spec.runs.forEach(({ id }, r) => {
    const run = (view: ComparisonView) => view.result.runs[r]!;
    readers.set(`${id}.updatesPerEpoch`, (view) => run(view).updatesPerEpoch);
    readers.set(`${id}.samplesPerUpdate`, (view) => run(view).samplesPerUpdate);
    readers.set(`${id}.totalUpdates`, (view) => run(view).updates[lastRow(run(view))]);
    readers.set(`${id}.startLoss`, (view) => run(view).loss[0]);
    readers.set(`${id}.finalLoss`, (view) => run(view).loss[lastRow(run(view))]);
    readers.set(`${id}.lastEpoch`, (view) => lastRow(run(view)));
  });
  const firstUpdateFields: [string, keyof FirstUpdate][] = [
    ['next', 'parameters'],
    ['velocity', 'velocity'],
    ['m', 'firstMoment'],
    ['v', 'secondMoment'],
    ['mHat', 'firstMomentHat'],
    ['vHat', 'secondMomentHat'],
  ];
  const workedIds = spec.worked;
  for (const { key, index } of PARAMETERS) {
    readers.set(key, (view) => view.result.initial[index]);
    readers.set(`dL/d${key}`, (view) => view.result.updates.get(workedIds[0]!)?.gradient[index]);
    for (const id of workedIds) {
      for (const [name, field] of firstUpdateFields) {
        readers.set(
          `${id}.${name}.${key}`,
          (view) => view.result.updates.get(id)?.[field]?.[index],
        );
      }
    }
  }
  return readers;
}

/** Every series (`prefix.i`) of a kind and how to read it. */
function seriesReaders(spec: ComparisonSpec): Map<string, SeriesReader> {
  const readers = new Map<string, SeriesReader>();
  spec.runs.forEach(({ id }, r) => {
    readers.set(`${id}.loss`, (view) => view.result.runs[r]!.loss);
    readers.set(`${id}.updates`, (view) => view.result.runs[r]!.updates);
    readers.set(`${id}.epoch`, (view) => view.result.runs[r]!.trace.epoch);
  });
  for (const name of SAMPLE_COLUMNS) readers.set(name, (view) => view.result.columns[name]!);
  for (const node of COMPUTING_NODES) readers.set(node.key, (view) => view.result.nodes[node.key]!);
  for (const { key, index } of PARAMETERS) {
    readers.set(`dL/d${key}`, (view) =>
      Float64Array.from(view.result.gradients, (gradient) => gradient[index]!),
    );
  }
  return readers;
}

/** Makes a comparison kind from what it adds to the shared settings. */
export function comparisonKind(spec: ComparisonSpec): ComparisonKind {
  const settings = [...sharedSettings(spec.epochs), ...spec.settings];
  const scalars = scalarReaders(spec, settings);
  const series = seriesReaders(spec);
  // Per-sample gradients are read once per view, not once per key.
  const cache = new WeakMap<ComparisonView, Map<string, ArrayLike<number>>>();
  const seriesOf = (view: ComparisonView, prefix: string): ArrayLike<number> | undefined => {
    let byPrefix = cache.get(view);
    if (!byPrefix) cache.set(view, (byPrefix = new Map<string, ArrayLike<number>>()));
    let found = byPrefix.get(prefix);
    if (!found) {
      const reader = series.get(prefix);
      if (!reader) return undefined;
      found = reader(view);
      byPrefix.set(prefix, found);
    }
    return found;
  };
  const read = (view: ComparisonView, key: string): number | undefined => {
    const scalar = scalars.get(key);
    if (scalar) return scalar(view);
    const match = /^(.+)\.(\d{1,5})$/.exec(key);
    if (!match) return undefined;
    const values = seriesOf(view, match[1]!);
    const index = Number(match[2]);
    return values && index < values.length ? values[index] : undefined;
  };
  // About ten thousand keys, for the build's checks of \live keys: listed when first asked for,
  // not while a page loads the kind.
  let quantityKeys: Set<string> | undefined;
  const listKeys = (): Set<string> => {
    const keys = new Set(scalars.keys());
    for (const prefix of series.keys()) {
      const length = /\.(loss|updates|epoch)$/.test(prefix)
        ? MAX_COMPARISON_EPOCHS + 1
        : MAX_SAMPLES;
      for (let i = 0; i < length; i++) keys.add(`${prefix}.${i}`);
    }
    return keys;
  };
  return {
    id: spec.id,
    runs: spec.runs,
    settings,
    groups: {
      data: ['samples'],
      network: ['seed'],
      epochs: ['epochs', 'batchSize', 'shuffle', 'shuffleSeed'],
      ...spec.groups,
    },
    run: (values) => runComparison(spec, values),
    view: (result, values) => ({ result, values }),
    refuse(result) {
      const index = result.runs.findIndex((run) => run.divergedAt !== null);
      if (index < 0) return null;
      const run = result.runs[index]!;
      return `the ${spec.runs[index]!.label} run diverges: from epoch ${run.divergedAt!} on its numbers are no longer finite. Try a smaller η.`;
    },
    note: () => null,
    read,
    get quantityKeys() {
      return (quantityKeys ??= listKeys());
    },
  };
}
