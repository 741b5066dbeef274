/**
 * The lab's run, one engine call per accepted change of a run setting: the data drawn and split,
 * the network built and started from a seed, its training recorded epoch by epoch (θ_ℓ, the mean
 * training loss), and the mean test loss at every θ_ℓ. No sample's node values are recorded: the
 * view computes the passes of the one sample on view (lab-view.ts).
 */
import {
  createNetwork,
  createTrainer,
  initializeNetwork,
  networkNames,
  numpyRandom,
  type ActivationName,
  type Dataset,
  type Network,
  type NetworkNames,
  type OutputActivationName,
  type Trace,
} from '../../engine/core/index.ts';
import {
  customLabData,
  generateLabData,
  labDataset,
  splitLabData,
  type LabDataName,
  type LabSplit,
} from '../../engine/scenarios/index.ts';
import type { SettingValues } from '../../state/store.ts';
import { ACTIVATION_KEYS } from './lab-settings.ts';

/** A lab run: the training run and what the view needs to read it. */
export interface LabRun {
  /** The training run: θ_ℓ and the mean training loss per epoch, no sample's passes. */
  readonly trace: Trace;
  /** testLoss[ℓ]: the mean loss over the test samples at θ_ℓ; `length` entries. */
  readonly testLoss: Float64Array;
  /** Epochs whose training and test numbers are all finite: 0 … length − 1 can be shown. */
  readonly length: number;
  /** The first epoch that cannot be shown (its numbers are no longer finite), or null. */
  readonly divergedAt: number | null;
  /** The data, split: columns x₁, x₂, y of the training and the test samples. */
  readonly split: LabSplit;
  /** The training samples as the trainer read them: x = [x₁, x₂], y = [y] or one-hot. */
  readonly train: Dataset;
  /** The network trained, with the book's names; a view sets its θ to θ_ℓ before its passes. */
  readonly network: Network;
  readonly names: NetworkNames;
  /** Storage of `testLoss`, for a later run to take over (`spare`). */
  readonly testLossStorage: Float64Array;
}

/** The hidden activations the settings give a network of these widths: α₁ … α₍ₙ₋₁₎. */
export function hiddenActivationsOf(values: SettingValues, widths: readonly number[]) {
  return ACTIVATION_KEYS.slice(0, widths.length - 2).map((key) => values[key] as ActivationName);
}

/**
 * The mean test loss at each recorded θ_ℓ, into `out`, up to the first that is not finite. The
 * test set's trainer is never stepped: its `loss()` is the engine's mean loss over the packed set
 * at the network's current θ, set here row by row from the trace.
 * @returns how many epochs have a finite test loss
 */
function recordTestLoss(network: Network, test: Dataset, trace: Trace, out: Float64Array): number {
  const judge = createTrainer(network, test, { learningRate: 0 });
  const { parameters } = network;
  for (let epoch = 0; epoch < trace.length; epoch++) {
    for (let p = 0; p < parameters.length; p++) parameters[p] = trace.parameters[p]![epoch]!;
    out[epoch] = judge.loss();
    if (!Number.isFinite(out[epoch])) return epoch;
  }
  return trace.length;
}

/**
 * Trains the settings' network on the settings' data (a set drawn from the data seed, or the
 * reader's own table as it is; the data seed splits either). Starting weights: normalized Xavier
 * (Glorot) λ ~ U[−√6/√(p + k), √6/√(p + k)] drawn from `numpyRandom(seed)`, biases 0. Glorot
 * chose that width so the variance of the node values and of the derivatives stays about the
 * same from layer to layer for activations that are near linear around 0 with slope ≤ 1,
 * sigmoid and tanh, the lab's default and its most common choice.
 * @param spare a run nothing reads any more, whose storage this run takes over
 */
export function runLab(values: SettingValues, spare?: LabRun): LabRun {
  const data =
    values['data'] === 'custom'
      ? customLabData(values['custom'] as readonly number[])
      : generateLabData(values['data'] as LabDataName, {
          samples: values['samples'] as number,
          noise: values['noise'] as number,
          seed: values['dataSeed'] as number,
        });
  const split = splitLabData(data, values['testShare'] as number, values['dataSeed'] as number);
  const widths = values['widths'] as readonly number[];
  const output = values['output'] as OutputActivationName;
  const network = createNetwork(widths, { hidden: hiddenActivationsOf(values, widths), output });
  initializeNetwork(network, numpyRandom(values['seed'] as number), {
    scheme: 'normalizedXavier',
  });
  const train = labDataset(split.train, output);
  const trainer = createTrainer(network, train, {
    learningRate: values['learningRate'] as number,
    decay: values['decay'] as number,
    mode: values['mode'] as 'batch' | 'stochastic' | 'miniBatch',
    batchSize: values['batchSize'] as number,
    optimizer: { kind: values['optimizer'] as 'gd' | 'momentum' | 'adam' },
  });
  const epochs = values['epochs'] as number;
  const trace = trainer.record(epochs, { samples: [], ...(spare ? { reuse: spare.trace } : {}) });
  const reused = spare && spare.testLossStorage.length >= epochs;
  const testLossStorage = reused ? spare.testLossStorage : new Float64Array(epochs);
  const length = recordTestLoss(network, labDataset(split.test, output), trace, testLossStorage);
  return {
    trace,
    testLoss: testLossStorage.subarray(0, length),
    length,
    divergedAt: length < trace.length ? length : trace.divergedAt,
    split,
    train,
    network,
    names: networkNames(widths),
    testLossStorage,
  };
}
