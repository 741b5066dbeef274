/**
 * The settings of a lab run as its NumPy script and notebook take them: the data, the network and
 * the training, each a plain value, read from the lab's settings (the view's settings, the epoch
 * and the sample on view, change no number of the run and are left out).
 */
import type { ActivationName } from '../../../engine/core/index.ts';
import type { LabDataName } from '../../../engine/scenarios/index.ts';
import type { OptimizerName } from '../../../state/export/optimizerProgram.ts';
import type { SettingValues } from '../../../state/store.ts';
import { ACTIVATION_KEYS } from '../lab-settings.ts';

/** The lab's output activations; each fixes the loss. */
export type LabOutput = 'identity' | 'sigmoid' | 'softmax';

/** The ways an epoch groups its samples into updates. */
export type LabMode = 'batch' | 'stochastic' | 'miniBatch';

/** What a lab program reproduces. */
export interface LabScriptSettings {
  readonly data: LabDataName;
  readonly samples: number;
  readonly noise: number;
  readonly dataSeed: number;
  readonly testShare: number;
  readonly widths: readonly number[];
  /** α of each hidden layer, the first hidden layer first. */
  readonly hidden: readonly ActivationName[];
  readonly output: LabOutput;
  readonly learningRate: number;
  readonly decay: number;
  readonly mode: LabMode;
  readonly batchSize: number;
  readonly optimizer: OptimizerName;
  readonly seed: number;
  readonly epochs: number;
}

/** The settings of the lab's run, from its settings' values. */
export function labScriptSettings(values: SettingValues): LabScriptSettings {
  const number = (key: string) => values[key] as number;
  const widths = values['widths'] as readonly number[];
  return {
    data: values['data'] as LabDataName,
    samples: number('samples'),
    noise: number('noise'),
    dataSeed: number('dataSeed'),
    testShare: number('testShare'),
    widths,
    // The settings of the hidden layers the network has (lab-run.ts reads them the same way);
    // ACTIVATION_KEYS is what the lab's waking code already shares with this file's chunk.
    hidden: ACTIVATION_KEYS.slice(0, widths.length - 2).map((key) => values[key] as ActivationName),
    output: values['output'] as LabOutput,
    learningRate: number('learningRate'),
    decay: number('decay'),
    mode: values['mode'] as LabMode,
    batchSize: number('batchSize'),
    optimizer: values['optimizer'] as OptimizerName,
    seed: number('seed'),
    epochs: number('epochs'),
  };
}
