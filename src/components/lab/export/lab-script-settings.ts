/**
 * The settings of a lab run as its NumPy script and notebook take them: the data, the network and
 * the training, each a plain value, read from the lab's settings (the view's settings, the epoch
 * and the sample on view, change no number of the run and are left out).
 */
import type { ActivationName } from '../../../engine/core/index.ts';
import type { OptimizerName } from '../../../state/export/optimizerProgram.ts';
import type { SettingValues } from '../../../state/store.ts';
import { sampleCountOf, type LabDataChoice } from '../lab-data.ts';
import { ACTIVATION_KEYS } from '../lab-settings.ts';

/** The lab's output activations; each fixes the loss. */
export type LabOutput = 'identity' | 'sigmoid' | 'softmax';

/** The ways an epoch groups its samples into updates. */
export type LabMode = 'batch' | 'stochastic' | 'miniBatch';

/** The numeric settings a program writes as they are. */
const NUMBERS = [
  ...['samples', 'noise', 'dataSeed', 'testShare'],
  ...['learningRate', 'decay', 'batchSize', 'seed', 'epochs'],
] as const;

/** The settings of the lab's run, from its settings' values. */
export function labScriptSettings(values: SettingValues) {
  const widths = values['widths'] as readonly number[];
  const numbers = Object.fromEntries(NUMBERS.map((key) => [key, values[key] as number]));
  return {
    ...(numbers as Record<(typeof NUMBERS)[number], number>),
    data: values['data'] as LabDataChoice,
    // The reader's table holds its own count of samples, and its rows (flat: x1, x2, y each).
    samples: sampleCountOf(values),
    rows: values['data'] === 'custom' ? (values['custom'] as readonly number[]) : null,
    widths,
    // The settings of the hidden layers the network has (lab-run.ts reads them the same way);
    // ACTIVATION_KEYS is what the lab's waking code already shares with this file's chunk.
    hidden: ACTIVATION_KEYS.slice(0, widths.length - 2).map((key) => values[key] as ActivationName),
    output: values['output'] as LabOutput,
    mode: values['mode'] as LabMode,
    optimizer: values['optimizer'] as OptimizerName,
  };
}

/**
 * What a lab program reproduces: the numbers as they are, the data set, the widths, the hidden
 * layers' activations (the first hidden layer first), the output and the update rule.
 */
export type LabScriptSettings = Readonly<ReturnType<typeof labScriptSettings>>;
