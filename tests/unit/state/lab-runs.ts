/**
 * What the lab's export tests share: lab stores trained with given settings, the settings they
 * try (each a different data set, network, output, optimizer or batching), and the numbers of a
 * run's last epoch by the keys its programs print.
 */
import { labKind, type LabRun } from '../../../src/components/lab/lab.kind.ts';
import { parameterKeysOf } from '../../../src/components/lab/export/lab-csv.ts';
import { createStore } from '../../../src/state/store.ts';

/** A lab store trained with these settings; every setting must be taken. */
export function labStore(values: Record<string, unknown>) {
  const store = createStore(labKind, 'lab');
  for (const [key, answer] of Object.entries(store.setMany(values))) {
    if (!answer.ok) throw new Error(`${key}: ${answer.message}`);
  }
  return store;
}

/** Settings the exported programs must reproduce, by what they try. */
export const LAB_CASES: [string, Record<string, unknown>][] = [
  ['the lab’s defaults (2-4-3-1 sigmoid on the surface, 500 epochs)', {}],
  [
    '2-4-3-1 tanh on two moons with Adam',
    {
      data: 'moons',
      output: 'sigmoid',
      act1: 'tanh',
      act2: 'tanh',
      optimizer: 'adam',
      learningRate: 0.01,
      epochs: 300,
    },
  ],
  [
    'softmax on two spirals',
    {
      data: 'spirals',
      output: 'softmax',
      widths: [2, 8, 8, 2],
      act1: 'tanh',
      act2: 'sigmoid',
      learningRate: 0.5,
      epochs: 200,
    },
  ],
  [
    'mini-batches with momentum and decay on XOR',
    {
      data: 'xor',
      output: 'sigmoid',
      mode: 'miniBatch',
      batchSize: 12,
      optimizer: 'momentum',
      learningRate: 0.05,
      decay: 0.02,
      epochs: 150,
    },
  ],
  [
    'ReLU and leaky ReLU on two circles',
    {
      data: 'circles',
      output: 'softmax',
      act1: 'relu',
      act2: 'leakyRelu',
      learningRate: 0.2,
      samples: 120,
      noise: 0.05,
      dataSeed: 9,
      testShare: 0.25,
      seed: 4,
      epochs: 200,
    },
  ],
  [
    'stochastic updates, one hidden layer of identity',
    {
      widths: [2, 5, 1],
      act1: 'identity',
      mode: 'stochastic',
      learningRate: 0.02,
      samples: 60,
      epochs: 60,
    },
  ],
  [
    'a target of one input: the bump, 1-8-1 tanh with Adam',
    {
      data: 'bump',
      widths: [1, 8, 1],
      act1: 'tanh',
      optimizer: 'adam',
      learningRate: 0.02,
      noise: 0.05,
      epochs: 150,
    },
  ],
  [
    'a reader’s own table of ten rows, softmax on its two classes, mini-batches with momentum',
    {
      data: 'custom',
      custom: [
        ...[0.1, 0.2, 0, 0.9, 0.8, 1, -0.3, 0.4, 0, 0.75, -0.6, 1, -1.25, -0.5, 0],
        ...[0.05, 0.95, 1, 2, -2, 1, -0.4, -0.45, 0, 0.3, 0.6, 1, -0.8, 0.1, 0],
      ],
      output: 'softmax',
      widths: [2, 3, 2],
      act1: 'tanh',
      mode: 'miniBatch',
      batchSize: 3,
      optimizer: 'momentum',
      learningRate: 0.3,
      dataSeed: 5,
      testShare: 0.3,
      epochs: 120,
    },
  ],
];

/** A run whose numbers stop being finite: η = 5 on the default network. */
export const DIVERGING = { learningRate: 5 };

/** The last epoch the lab shows, by the keys a program prints. */
export function lastEpochOf(run: LabRun): Record<string, number> {
  const row = run.length - 1;
  const numbers: Record<string, number> = {
    epoch: row,
    trainLoss: run.trace.loss[row]!,
    testLoss: run.testLoss[row]!,
    epochLearningRate: run.trace.learningRate[row]!,
  };
  parameterKeysOf(run.names).forEach((key, p) => (numbers[key] = run.trace.parameters[p]![row]!));
  return numbers;
}
