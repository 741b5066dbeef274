/**
 * The factory of the training chapters' comparison kinds: the chapter's 3-2-1 network (sigmoid
 * hidden nodes, identity output, θ₀ drawn from a NumPy seed as the chapter draws it) trained on a
 * table of samples three ways at once, from the same θ₀ (comparison-run.ts). The batch-modes kind
 * compares batch, stochastic and mini-batch gradient descent; the optimizers kind compares
 * gradient descent, momentum and Adam. Both share the settings of the data and of the training
 * (the table, the seed, epochs, the mini-batch size, the shuffle and its seed) and every quantity
 * key (comparison-quantities.ts); each adds its own settings and says how its three runs are set
 * up.
 *
 * The run holds the three training runs, each sample's forward pass and gradient at θ₀ (the
 * worked example of a batch update) and the first update of each update rule on the whole table.
 * A change that makes any run diverge is refused, so the widgets keep the last good state.
 */
import { boolean, integer, number } from '../codecs.ts';
import { defineKind, setting } from '../define-kind.ts';
import { CHAPTER_SAMPLES, DEFAULT_SAMPLES, MAX_SAMPLES } from './comparison-samples.ts';
import type { SettingDefinition, SettingValues, StoreKind } from '../store.ts';
import { comparisonQuantities, MAX_COMPARISON_EPOCHS } from './comparison-quantities.ts';
import {
  runComparison,
  type ComparisonResult,
  type ComparisonSetup,
  type ComparisonView,
  type RunName,
  type WorkedUpdate,
} from './comparison-run.ts';

export type { ComparisonView, RunName };

/** η within these limits; the slider covers the useful part. */
export const learningRateCodec = number({
  min: 0.001,
  max: 5,
  sliderMin: 0.01,
  sliderMax: 1,
  step: 0.01,
});

/** What a comparison kind adds to the shared settings and keys. */
export interface ComparisonSpec extends ComparisonSetup {
  readonly id: string;
  /** What the page calls each run, by its id, in the order widgets draw them. */
  readonly runs: Readonly<Record<string, string>>;
  /** Settings after the shared ones (a default may depend only on settings before it). */
  readonly settings: readonly SettingDefinition[];
  /** Groups of its own settings, for a page's `settable`. */
  readonly groups: Readonly<Record<string, readonly string[]>>;
  /** Starting number of epochs. */
  readonly epochs: number;
}

/** A comparison kind: a store kind that also names its runs. */
export interface ComparisonKind extends StoreKind<ComparisonResult, ComparisonView> {
  readonly runs: readonly RunName[];
}

/** Seeds are whole numbers; the slider covers the first fifty. */
const SEED = integer({ min: 0, max: 9999, sliderMax: 50 });

/** The settings every comparison has, in order. */
function sharedSettings(epochs: number): SettingDefinition[] {
  return [
    setting('samples', CHAPTER_SAMPLES.codec, {
      label: 'table',
      description: 'the training samples, x1, x2, x3 and y',
      default: DEFAULT_SAMPLES,
    }),
    setting('seed', SEED, {
      description: 'the NumPy seed of the initial weights and biases',
      default: 13,
    }),
    setting('epochs', integer({ min: 1, max: MAX_COMPARISON_EPOCHS, sliderMin: 10 }), {
      description: 'how many passes over the table each run makes',
      default: epochs,
    }),
    setting('batchSize', integer({ min: 1, max: MAX_SAMPLES, sliderMax: 16 }), {
      symbol: ['B', ''],
      description: 'the mini-batch size: samples per update in mini-batch mode',
      default: 4,
    }),
    setting('shuffle', boolean(), {
      description: 'reorder the samples every epoch',
      default: false,
    }),
    setting('shuffleSeed', SEED, {
      symbol: ['shuffle seed', ''],
      description: 'the seed of the shuffle, so a shuffled run can be repeated exactly',
      default: 1,
    }),
  ];
}

/** The run's shuffle: the same seed for every run, or none. */
export function shuffleOf(values: SettingValues): { shuffleSeed?: number } {
  return values['shuffle'] ? { shuffleSeed: values['shuffleSeed'] as number } : {};
}

/** Plain gradient descent's worked first update, with the learning rate `learningRate`. */
export function gradientDescent(values: SettingValues): WorkedUpdate {
  return { id: 'gd', optimizer: { kind: 'gd' }, learningRate: values['learningRate'] as number };
}

/** Makes a comparison kind from what it adds to the shared settings. */
export function comparisonKind(spec: ComparisonSpec): ComparisonKind {
  const settings = [...sharedSettings(spec.epochs), ...spec.settings];
  const runs = Object.entries(spec.runs).map(([id, label]) => ({ id, label }));
  // The worked updates' ids do not depend on the settings: the defaults' are all of them.
  const defaults = Object.fromEntries(settings.map((s) => [s.key, s.default]));
  const worked = spec.workedUpdatesOf(defaults).map((update) => update.id);
  const kind = defineKind<ComparisonResult, ComparisonView>({
    id: spec.id,
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
      const { divergedAt } = result.runs[index]!;
      return `the ${runs[index]!.label} run diverges: from epoch ${divergedAt!} on its numbers are no longer finite. Try a smaller η.`;
    },
    quantities: comparisonQuantities(runs, worked, settings),
  });
  return Object.assign(kind, { runs });
}
