import { describe, expect, it } from 'vitest';
import {
  cloneNetwork,
  createFastTrainer,
  createNetwork,
  createTrainer,
  initializeNetwork,
  mulberry32,
  type Dataset,
  type HiddenActivations,
  type Network,
  type OutputActivationName,
  type TrainingOptions,
} from '../../../../src/engine/index';

/**
 * `advance` on a trainer from `createFastTrainer` runs the training loop of its own (no record, one function for every epoch and sample);
 * `record` runs the general one and keeps θ at the start of every epoch. The two must take the same
 * path through parameter space, bit for bit.
 */

interface Case {
  name: string;
  widths: number[];
  hidden: HiddenActivations;
  output: OutputActivationName;
}

const CASES: Case[] = [
  {
    name: "the chapter's 3-2-1, sigmoid → identity",
    widths: [3, 2, 1],
    hidden: 'sigmoid',
    output: 'identity',
  },
  { name: '3-4-1, relu → sigmoid', widths: [3, 4, 1], hidden: 'relu', output: 'sigmoid' },
  { name: '2-3-1, leakyRelu → tanh', widths: [2, 3, 1], hidden: 'leakyRelu', output: 'tanh' },
  { name: '2-3-2, tanh → identity', widths: [2, 3, 2], hidden: 'tanh', output: 'identity' },
  { name: '2-4-3, relu → softmax', widths: [2, 4, 3], hidden: 'relu', output: 'softmax' },
  { name: '3-3-2, leakyRelu → sigmoid', widths: [3, 3, 2], hidden: 'leakyRelu', output: 'sigmoid' },
  { name: '2-1, no hidden layer, identity', widths: [2, 1], hidden: 'sigmoid', output: 'identity' },
  {
    name: '2-4-3-2, sigmoid → softmax',
    widths: [2, 4, 3, 2],
    hidden: 'sigmoid',
    output: 'softmax',
  },
  { name: '3-3-3-3-1, tanh → tanh', widths: [3, 3, 3, 3, 1], hidden: 'tanh', output: 'tanh' },
  { name: '2-5-4-1, relu → identity', widths: [2, 5, 4, 1], hidden: 'relu', output: 'identity' },
  {
    name: '2-4-3-1, tanh then relu → identity',
    widths: [2, 4, 3, 1],
    hidden: ['tanh', 'relu'],
    output: 'identity',
  },
  {
    name: '2-3-4-3-2, sigmoid then leakyRelu then tanh → softmax',
    widths: [2, 3, 4, 3, 2],
    hidden: ['sigmoid', 'leakyRelu', 'tanh'],
    output: 'softmax',
  },
  {
    name: '3-4-1, a list of one: [relu] → tanh',
    widths: [3, 4, 1],
    hidden: ['relu'],
    output: 'tanh',
  },
];

/** A seeded network of the case and five samples (one-hot targets for softmax). */
function setup({ widths, hidden, output }: Case): { network: Network; data: Dataset } {
  const network = initializeNetwork(createNetwork(widths, { hidden, output }), mulberry32(5), {
    biasHalfWidth: 0.4,
  });
  const rng = mulberry32(17);
  const inputWidth = widths[0]!;
  const outputWidth = widths[widths.length - 1]!;
  const inputs = Array.from({ length: 5 }, () =>
    Array.from({ length: inputWidth }, () => 2 * rng() - 1),
  );
  const targets = inputs.map((_, s) =>
    Array.from({ length: outputWidth }, (_, j) =>
      output === 'softmax' ? (j === s % outputWidth ? 1 : 0) : rng() - 0.5,
    ),
  );
  return { network, data: { inputs, targets } };
}

/** θ at the start of each epoch and at the end, from a trace's columns. */
function recordedPath(network: Network, data: Dataset, options: TrainingOptions, epochs: number) {
  const trace = createTrainer(network, data, options).record(epochs);
  expect(trace.divergedAt).toBeNull();
  const rows = Array.from({ length: epochs }, (_, epoch) =>
    trace.parameters.map((column) => column[epoch]!),
  );
  return [...rows, Array.from(trace.finalParameters)];
}

const SETTINGS: { label: string; options: () => TrainingOptions }[] = [
  { label: 'stochastic', options: () => ({ learningRate: 0.3, mode: 'stochastic' }) },
  {
    label: 'stochastic, shuffled, decaying η',
    options: () => ({ learningRate: 0.5, decay: 0.2, mode: 'stochastic', shuffle: mulberry32(9) }),
  },
  { label: 'batch', options: () => ({ learningRate: 0.4, mode: 'batch' }) },
  {
    label: 'mini-batches of 2 with momentum',
    options: () => ({
      learningRate: 0.1,
      mode: 'miniBatch',
      batchSize: 2,
      optimizer: { kind: 'momentum' },
      shuffle: mulberry32(4),
    }),
  },
];

describe('the fast path (advance)', () => {
  describe.each(CASES)('on $name', (testCase) => {
    it.each(SETTINGS)('follows the recorded trajectory bit for bit ($label)', ({ options }) => {
      const epochs = 12;
      const { network, data } = setup(testCase);
      const expected = recordedPath(cloneNetwork(network), data, options(), epochs);

      const stepwise = createFastTrainer(cloneNetwork(network), data, options());
      const path = [Array.from(stepwise.network.parameters)];
      for (let epoch = 0; epoch < epochs; epoch++) {
        stepwise.advance(1);
        path.push(Array.from(stepwise.network.parameters));
      }
      expect(path).toEqual(expected);
      expect(stepwise.epoch).toBe(epochs);

      // One call for all epochs, and run() with its summaries, end where the trace ends.
      const atOnce = createFastTrainer(cloneNetwork(network), data, options());
      atOnce.advance(epochs);
      expect(Array.from(atOnce.network.parameters)).toEqual(expected[epochs]);
      const summarised = createTrainer(cloneNetwork(network), data, options());
      summarised.run(epochs);
      expect(Array.from(summarised.network.parameters)).toEqual(expected[epochs]);
      expect(atOnce.optimizer.steps).toBe(summarised.optimizer.steps);
    });

    it('reads nothing a pass before it left in the trainer’s scratch arrays', () => {
      const epochs = 12;
      const { network, data } = setup(testCase);
      const options = () => ({ learningRate: 0.3, mode: 'stochastic' as const });
      const expected = recordedPath(cloneNetwork(network), data, options(), epochs);
      // loss() and record() run full passes through the same scratch arrays the fast path
      // uses, leaving every node's values in them, the output nodes' included.
      const trainer = createFastTrainer(cloneNetwork(network), data, options());
      trainer.loss();
      trainer.record(1);
      const afterOne = Array.from(trainer.network.parameters);
      expect(afterOne).toEqual(expected[1]);
      trainer.loss();
      trainer.advance(epochs - 1);
      expect(Array.from(trainer.network.parameters)).toEqual(expected[epochs]);
    });
  });
});

describe('a single softmax output node', () => {
  it('gives p = 1 for every input, so a target of 1 leaves θ as it was', () => {
    // p₁ = e^z / e^z = 1 whatever z, and ∂L/∂z = p·Σy − y = 1 − 1 = 0: no step moves θ.
    const network = initializeNetwork(
      createNetwork([2, 3, 1], { hidden: 'tanh', output: 'softmax' }),
      mulberry32(5),
      { biasHalfWidth: 0.4 },
    );
    const start = Array.from(network.parameters);
    const data: Dataset = {
      inputs: [
        [0.5, -1],
        [2, 0.25],
      ],
      targets: [[1], [1]],
    };
    const trainer = createFastTrainer(network, data, { learningRate: 0.5, mode: 'stochastic' });
    trainer.advance(3);
    expect(Array.from(trainer.network.parameters)).toEqual(start);
  });
});
