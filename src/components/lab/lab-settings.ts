/**
 * The lab's settings, in order (a setting's default and agreement read only the settings before
 * it): the data, the network, the training, and what is on view. Their keys are the link's names.
 *
 * Two settings follow the ones before them (the store's `agreement`, settle.ts): the output turns
 * from softmax to identity when the data become the surface (a real target has no classes), and
 * the widths' last entry is the output's nodes (1, or 2 for softmax), the hidden widths kept.
 */
import type { ActivationName, OutputActivationName } from '../../engine/core/index.ts';
import type { LabDataName, LabTask } from '../../engine/scenarios/index.ts';
import { integer, number, oneOf } from '../../state/codecs.ts';
import { setting } from '../../state/define-kind.ts';
import type { Agreement, SettingValues } from '../../state/store.ts';
import {
  LAB_STARTING_WIDTHS,
  MAX_LAB_EPOCHS,
  MAX_LAB_NODES,
} from '../../state/kind-parts/lab-limits.ts';
import { maxLabEpochs, trainCountOf } from './lab-budget.ts';
import { connectionAgreement } from './lab-connection.ts';
import { dataTaskOf, sampleCountOf, type LabDataChoice } from './lab-data.ts';
import { LAB_SAMPLES, LAB_STARTING_SAMPLES } from './lab-samples.ts';
import { labWidthsCodec, widthsAgreement } from './lab-widths.ts';

/** Fewest and most samples, and most epochs: every number of a run stays quick to show. */
export { MAX_LAB_EPOCHS, trainCountOf };
export const MIN_LAB_SAMPLES = 10;
export const MAX_LAB_SAMPLES = 500;
/** The smallest and largest share of the samples held out for testing. */
export const MIN_TEST_SHARE = 0.1;
export const MAX_TEST_SHARE = 0.5;
/** Hidden layers that have an activation setting (6 layers at most: 4 hidden). */
export const ACTIVATION_KEYS = ['act1', 'act2', 'act3', 'act4'] as const;
/** Typed and linked η and decay stay within 10, as the network kinds' do. */
const RATE_LIMIT = 10;
/** Seeds NumPy accepts: 0 … 2³² − 1. */
const MAX_SEED = 0xffffffff;

/** The data sets, as a menu names them, in the engine's order (LAB_DATA_NAMES). */
export const DATA_CHOICES = oneOf<LabDataChoice>({
  surface: 'surface',
  moons: 'two moons',
  circles: 'two circles',
  xor: 'XOR',
  spirals: 'two spirals',
  sine: 'sine, sin(πx₁): one input',
  step: 'step at x₁ = 0: one input',
  abs: 'absolute value, |x₁|: one input',
  parabola: 'parabola, x₁²: one input',
  bump: 'bump, exp(−(x₁/0.3)²): one input',
  custom: 'your own samples: a table',
});

/** What a set's y holds: a class 0 or 1 on the four class sets, a real number on the others. */
export function taskOf(data: LabDataName): LabTask {
  return dataTaskOf({ data });
}

/** The hidden activations, in the engine's order (ACTIVATION_NAMES). */
export const ACTIVATION_CHOICES = oneOf<ActivationName>({
  identity: 'identity',
  sigmoid: 'sigmoid',
  tanh: 'tanh',
  relu: 'ReLU',
  leakyRelu: 'leaky ReLU',
});

/** The output activations the lab offers; each fixes the loss (engine: softmax ⇒ cross-entropy). */
export const OUTPUT_CHOICES = oneOf<
  Extract<OutputActivationName, 'identity' | 'sigmoid' | 'softmax'>
>({ identity: 'identity', sigmoid: 'sigmoid', softmax: 'softmax' });

const MODE_CHOICES = oneOf({ batch: 'batch', stochastic: 'stochastic', miniBatch: 'mini-batch' });
const OPTIMIZER_CHOICES = oneOf({ gd: 'gradient descent', momentum: 'momentum', adam: 'Adam' });

/** The data's name for a refusal of softmax: "The surface’s", "The sine’s". */
function targetOwner(data: LabDataChoice): string {
  if (data === 'custom') return 'Your table’s';
  return data === 'surface' ? 'The surface’s' : `This set’s`;
}

/**
 * Softmax needs classes: on a real target it is refused, and a kept softmax becomes identity.
 */
const outputAgreement: Agreement<string> = {
  problem: (output, earlier) =>
    output === 'softmax' && dataTaskOf(earlier) === 'regression'
      ? `${targetOwner(earlier['data'] as LabDataChoice)} target is a real number, not a class: its output is identity or sigmoid, as softmax gives class probabilities.`
      : null,
  follow: (output, earlier) =>
    output === 'softmax' && dataTaskOf(earlier) === 'regression' ? 'identity' : output,
};

const seedCodec = integer({ min: 0, max: MAX_SEED, sliderMax: 100 });

/** The activation setting of hidden layer k (1 … 4). */
const activationSetting = (key: (typeof ACTIVATION_KEYS)[number], layer: number) =>
  setting(key, ACTIVATION_CHOICES, {
    label: `activation of hidden layer ${layer}`,
    symbol: ['α', String(layer)],
    description: `the activation of hidden layer ${layer}, used while the network has that layer`,
    default: 'sigmoid',
  });

/** Every setting of the lab, in order. */
export const LAB_SETTINGS = [
  setting('data', DATA_CHOICES, {
    label: 'data set',
    description:
      'the data the network learns: a surface or a curve to fit, or two classes to tell apart',
    default: 'surface',
  }),
  // Before the output and the widths, which follow what the table's y holds.
  setting('custom', LAB_SAMPLES.codec, {
    label: 'your samples',
    description:
      'your own samples, x1, x2 and y a row, used when the data set is your table: 4 to 80 rows, values within ±10',
    default: LAB_STARTING_SAMPLES,
  }),
  setting('samples', integer({ min: MIN_LAB_SAMPLES, max: MAX_LAB_SAMPLES }), {
    symbol: ['n', ''],
    label: 'samples n',
    description: 'how many samples the data set holds, training and test together',
    default: 200,
  }),
  setting('noise', number({ min: 0, max: 1, step: 0.01, digits: 2 }), {
    symbol: ['σ', ''],
    label: 'noise σ',
    description:
      'the standard deviation of the Gaussian noise: on the surface’s y, on the two classes’ points',
    default: 0.1,
  }),
  setting('dataSeed', seedCodec, {
    label: 'data seed',
    description: 'the NumPy seed that draws the samples and splits them into training and test',
    default: 1,
  }),
  setting(
    'testShare',
    number({ min: MIN_TEST_SHARE, max: MAX_TEST_SHARE, step: 0.05, digits: 2 }),
    {
      label: 'test share',
      description: 'the share of the samples held out to test the network on, never trained on',
      default: 0.2,
    },
  ),
  setting('output', OUTPUT_CHOICES, {
    label: 'output activation',
    description:
      'the output nodes’ activation, which sets the loss: identity or sigmoid with ½(ŷ − y)², softmax with cross-entropy',
    default: 'identity',
    agreement: outputAgreement,
  }),
  setting('widths', labWidthsCodec, {
    label: 'layer widths',
    symbol: ['L', ''],
    description: 'the number of nodes in each layer, inputs first',
    default: (earlier: SettingValues) => widthsAgreement.follow(LAB_STARTING_WIDTHS, earlier),
    agreement: widthsAgreement,
  }),
  ...ACTIVATION_KEYS.map((key, k) => activationSetting(key, k + 1)),
  setting('learningRate', number({ min: 0, max: RATE_LIMIT, sliderMax: 2 }), {
    symbol: ['η', ''],
    description: 'learning rate, the size of each gradient-descent step',
    default: 0.1,
  }),
  setting('decay', number({ min: 0, max: RATE_LIMIT, sliderMax: 0.1, step: 0.001 }), {
    description: 'time decay of the learning rate, η at epoch ℓ = η₀ / (1 + decay · ℓ)',
    default: 0,
  }),
  setting('mode', MODE_CHOICES, {
    label: 'batching',
    description: 'one update per epoch (batch), per sample (stochastic) or per mini-batch',
    default: 'batch',
  }),
  setting('batchSize', integer({ min: 1, max: MAX_LAB_SAMPLES, sliderMax: 64 }), {
    label: 'batch size',
    description: 'samples per update in mini-batch mode',
    default: 16,
  }),
  setting('optimizer', OPTIMIZER_CHOICES, {
    description: 'the update rule: plain gradient descent, momentum or Adam',
    default: 'gd',
  }),
  setting('seed', seedCodec, {
    description: 'the NumPy seed that draws the starting weights',
    default: 1,
  }),
  setting('epochs', integer({ min: 1, max: MAX_LAB_EPOCHS }), {
    description: 'how many passes over the training samples the run makes',
    default: 500,
    // Fewer for a long run: a change trains the whole run before the page answers.
    bounds: (values) => ({ max: maxLabEpochs(values) }),
  }),
  setting('epochOnView', integer({ min: 0, max: MAX_LAB_EPOCHS - 1 }), {
    label: 'epoch',
    symbol: ['ℓ', ''],
    description: 'the epoch whose parameters, passes and losses are on view',
    default: (earlier: SettingValues) => (earlier['epochs'] as number) - 1,
    affects: 'view',
    bounds: (values) => ({ max: (values['epochs'] as number) - 1 }),
  }),
  setting(
    'sampleOnView',
    integer({ min: 0, max: trainCountOf(MAX_LAB_SAMPLES, MIN_TEST_SHARE) - 1 }),
    {
      label: 'sample',
      description: 'the training sample whose forward and backward pass is on view, from 0',
      default: 0,
      affects: 'view',
      bounds: (values) => ({
        max: trainCountOf(sampleCountOf(values), values['testShare'] as number) - 1,
      }),
    },
  ),
  // The node whose panel is open: the last (an output) until a reader chooses, and kept within
  // the network, so a link can open the lab at the node an instructor asks about.
  setting('node', integer({ min: 1, max: MAX_LAB_NODES }), {
    label: 'node',
    description: 'the node whose equations the panel shows, numbered 1 … N from the inputs',
    default: nodeCount,
    affects: 'view',
    bounds: (values) => ({ max: nodeCount(values) }),
  }),
  // The connection into that node the panel marks, chosen in the diagram or the panel's menu.
  setting('from', integer({ min: 0, max: MAX_LAB_NODES }), {
    label: 'connection from node',
    description: 'the node whose connection into the chosen node is marked, 0 for none',
    default: 0,
    affects: 'view',
    agreement: connectionAgreement,
  }),
];

/** N, the number of nodes of the settings' network: the last node's number. */
function nodeCount(values: SettingValues): number {
  return (values['widths'] as readonly number[]).reduce((sum, width) => sum + width, 0);
}

/** Groups a page can expose apart: the network, the data, the training and the view. */
export const LAB_GROUPS = {
  network: ['widths', ...ACTIVATION_KEYS, 'output'],
  data: ['data', 'custom', 'samples', 'noise', 'dataSeed', 'testShare'],
  training: ['learningRate', 'decay', 'mode', 'batchSize', 'optimizer', 'seed', 'epochs'],
  view: ['epochOnView', 'sampleOnView', 'node', 'from'],
};
