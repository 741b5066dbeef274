import { describe, expect, it } from 'vitest';
import {
  MAX_TRACE_VALUES,
  backward,
  cloneNetwork,
  createNetwork,
  createTrainer,
  forward,
  initializeNetwork,
  meanGradient,
  meanLoss,
  mulberry32,
  type BatchMode,
  type Dataset,
  type Network,
  type OptimizerSettings,
  type TrainingOptions,
} from '../../../../src/engine/index';
import { createTraceWriter } from '../../../../src/engine/core/trace.ts';

/** A small random 2-3-2 network and four samples. */
function setup(hidden: 'sigmoid' | 'tanh' = 'sigmoid'): { network: Network; data: Dataset } {
  const network = initializeNetwork(
    createNetwork([2, 3, 2], { hidden, output: 'identity' }),
    mulberry32(11),
    { biasHalfWidth: 0.3 },
  );
  const inputs = [
    [0.3, -0.8],
    [-1.2, 0.4],
    [0.9, 0.1],
    [0, -0.5],
  ];
  const targets = inputs.map(([a, b]) => [a! * b!, a! - b!]);
  return { network, data: { inputs, targets } };
}

const MODES: { mode: BatchMode; batchSize?: number }[] = [
  { mode: 'batch' },
  { mode: 'stochastic' },
  { mode: 'miniBatch', batchSize: 3 },
];
const OPTIMIZERS: OptimizerSettings[] = [{ kind: 'gd' }, { kind: 'momentum' }, { kind: 'adam' }];

describe('a trace', () => {
  it('records, for every epoch, θ, the mean gradient and loss, and each sample’s passes at θ_ℓ', () => {
    const { network, data } = setup();
    const reference = cloneNetwork(network);
    const epochs = 6;
    const trace = createTrainer(network, data, { learningRate: 0.3, decay: 0.5 }).record(epochs);
    expect(trace.length).toBe(epochs);
    expect(trace.divergedAt).toBeNull();
    expect(trace.updatesPerEpoch).toBe(1);
    expect(Array.from(trace.epoch)).toEqual([0, 1, 2, 3, 4, 5]);

    // An independent replay through the public per-sample API, one epoch at a time.
    for (let epoch = 0; epoch < epochs; epoch++) {
      expect(trace.learningRate[epoch]).toBe(0.3 / (1 + 0.5 * epoch));
      reference.parameters.forEach((value, p) => expect(trace.parameters[p]![epoch]).toBe(value));
      expect(trace.loss[epoch]).toBeCloseTo(meanLoss(reference, data), 15);
      const mean = meanGradient(reference, data);
      mean.forEach((value, p) => expect(trace.parameterGradients[p]![epoch]).toBe(value));
      data.inputs.forEach((x, s) => {
        const pass = forward(reference, x);
        const grads = backward(reference, pass, data.targets[s]!);
        const recorded = trace.samples[s]!;
        pass.allInputs.forEach((value, n) => expect(recorded.nodeInputs[n]![epoch]).toBe(value));
        pass.allOutputs.forEach((value, n) => expect(recorded.nodeOutputs[n]![epoch]).toBe(value));
        grads.allInputs.forEach((value, n) =>
          expect(recorded.nodeInputGradients[n]![epoch]).toBe(value),
        );
        grads.allOutputs.forEach((value, n) =>
          expect(recorded.nodeOutputGradients[n]![epoch]).toBe(value),
        );
      });
      for (let p = 0; p < mean.length; p++) {
        reference.parameters[p] = reference.parameters[p]! - trace.learningRate[epoch]! * mean[p]!;
      }
    }
    // Every column is one row per epoch, ready for a plot.
    for (const column of [...trace.parameters, ...trace.samples[0]!.nodeSlopes]) {
      expect(column).toBeInstanceOf(Float64Array);
      expect(column).toHaveLength(epochs);
    }
  });

  it('records each node’s local slope: σ′ = σ(1 − σ) in hidden nodes, 1 for inputs and identity outputs', () => {
    const { network, data } = setup();
    const trace = createTrainer(network, data, { learningRate: 0.1 }).record(2);
    const pass = trace.samples[1]!;
    for (const n of [0, 1, 5, 6]) expect(pass.nodeSlopes[n]![1]).toBe(1);
    for (const n of [2, 3, 4]) {
      const h = pass.nodeOutputs[n]![1]!;
      expect(pass.nodeSlopes[n]![1]).toBeCloseTo(h * (1 - h), 15);
      // ∂L/∂(node input) = slope · ∂L/∂(node output), the chain rule through the activation
      expect(pass.nodeInputGradients[n]![1]).toBeCloseTo(
        pass.nodeSlopes[n]![1]! * pass.nodeOutputGradients[n]![1]!,
        15,
      );
    }
  });

  it.each([{ mode: 'stochastic' as const }, { mode: 'miniBatch' as const, batchSize: 3 }])(
    'records, in $mode mode with shuffling, the mean loss and ∂L/∂θ over the samples in their own order',
    (mode) => {
      // The epochs visit the samples in a shuffled order, but the mean the trace records is that
      // of the data set at θ_ℓ, (1/n)·Σₛ for s = 0 … n − 1, as meanLoss and meanGradient add it.
      const { network, data } = setup('tanh');
      const epochs = 8;
      const options = { learningRate: 0.2, ...mode, shuffle: mulberry32(3) };
      const trace = createTrainer(network, data, options).record(epochs);
      const at = cloneNetwork(network);
      for (let epoch = 0; epoch < epochs; epoch++) {
        at.parameters.forEach((_, p) => (at.parameters[p] = trace.parameters[p]![epoch]!));
        expect(trace.loss[epoch], `loss at ${epoch}`).toBe(meanLoss(at, data));
        meanGradient(at, data).forEach((value, p) =>
          expect(trace.parameterGradients[p]![epoch], `∂L/∂θ${p} at ${epoch}`).toBe(value),
        );
      }
    },
  );

  describe.each(MODES)('in $mode mode', (mode) => {
    it.each(OPTIMIZERS)(
      'with $kind trains exactly as run() and advance() do (one training loop)',
      (optimizer) => {
        const options: TrainingOptions = {
          learningRate: 0.05,
          decay: 0.1,
          optimizer,
          ...mode,
          shuffle: mulberry32(3),
        };
        const runs = [0, 1, 2].map(() => setup().network);
        const { data } = setup();
        const trace = createTrainer(runs[0]!, data, { ...options, shuffle: mulberry32(3) }).record(
          7,
        );
        createTrainer(runs[1]!, data, { ...options, shuffle: mulberry32(3) }).run(7);
        createTrainer(runs[2]!, data, { ...options, shuffle: mulberry32(3) }).advance(7);
        expect(Array.from(runs[0]!.parameters)).toEqual(Array.from(runs[1]!.parameters));
        expect(Array.from(runs[2]!.parameters)).toEqual(Array.from(runs[1]!.parameters));
        expect(Array.from(trace.finalParameters)).toEqual(Array.from(runs[1]!.parameters));
        expect(trace.updatesPerEpoch).toBe(
          mode.mode === 'batch' ? 1 : mode.mode === 'stochastic' ? 4 : 2,
        );
      },
    );
  });

  it('stops at the first epoch whose numbers are not finite, and holds none of them', () => {
    const { network, data } = setup();
    const trace = createTrainer(network, data, { learningRate: 40 }).record(500);
    expect(trace.divergedAt).not.toBeNull();
    expect(trace.length).toBe(trace.divergedAt);
    expect(trace.length).toBeGreaterThan(0);
    const columns = [
      trace.loss,
      ...trace.parameters,
      ...trace.parameterGradients,
      ...trace.samples.flatMap((s) => [...s.nodeInputs, ...s.nodeOutputs, ...s.nodeInputGradients]),
    ];
    for (const column of columns) {
      expect(column).toHaveLength(trace.length);
      expect(column.every(Number.isFinite)).toBe(true);
    }
  });

  it('stops where only a recorded sample’s own numbers are not finite, its loss and θ finite', () => {
    // A softmax layer with no hidden layer, z = λ·x + b at x = 0: logits (0, 800). Class 0's
    // probability e^0/(e^0 + e^800) underflows to 0, so ∂L/∂p₀ = −y₀/p₀ = −∞ for y = (1, 0),
    // while the loss from the logits, log(1 + e^800) ≈ 800, θ and ∂L/∂z = p − y = (−1, 1) are
    // all finite: only the sample's row says the state is not finite.
    const network = createNetwork([1, 2], { hidden: [], output: 'softmax' });
    network.parameters.set([0, 0, 0, 800]); // λ for both outputs, then their biases
    const trace = createTrainer(
      network,
      { inputs: [[0]], targets: [[1, 0]] },
      {
        learningRate: 0.1,
      },
    ).record(3);
    expect(trace.divergedAt).toBe(0);
    expect(trace.length).toBe(0);
    // Without the sample recorded, the same state is finite throughout.
    network.parameters.set([0, 0, 0, 800]);
    const unrecorded = createTrainer(
      network,
      { inputs: [[0]], targets: [[1, 0]] },
      {
        learningRate: 0.1,
      },
    ).record(3, { samples: [] });
    expect(unrecorded.divergedAt).toBeNull();
    expect(unrecorded.loss[0]).toBeCloseTo(800, 9);
  });

  it('may take over the storage of a trace no longer read, and records the same numbers in it', () => {
    const first = setup();
    const old = createTrainer(first.network, first.data, { learningRate: 0.2 }).record(50);
    const { network, data } = setup();
    const reference = createTrainer(cloneNetwork(network), data, { learningRate: 0.1 }).record(40);
    const reused = createTrainer(network, data, { learningRate: 0.1 }).record(40, { reuse: old });
    expect(reused.storage.buffer).toBe(old.storage.buffer);
    expect(Array.from(reused.storage)).toEqual(Array.from(reference.storage));
    // A larger run than the old storage holds gets storage of its own.
    const larger = createTrainer(setup().network, data, { learningRate: 0.1 }).record(60, {
      reuse: reused,
    });
    expect(larger.storage.buffer).not.toBe(old.storage.buffer);
  });

  it('records only the samples asked for, and refuses indices that are not samples', () => {
    const { network, data } = setup();
    const trainer = createTrainer(network, data, { learningRate: 0.1 });
    const trace = trainer.record(3, { samples: [2] });
    expect(trace.samples.map((s) => s.sample)).toEqual([2]);
    expect(() => trainer.record(3, { samples: [4] })).toThrow(RangeError);
    expect(() => trainer.record(0)).toThrow(RangeError);
  });

  it(`refuses a run of more than ${MAX_TRACE_VALUES} numbers before training`, () => {
    const { network, data } = setup();
    expect(() => createTrainer(network, data, { learningRate: 0.1 }).record(1_000_000)).toThrow(
      /exceeds/,
    );
  });

  it(`allows a run of exactly ${MAX_TRACE_VALUES} numbers, and refuses one more epoch`, () => {
    // Columns: epoch, loss, η, θ and ∂L/∂θ (2 × 20), then one sample's loss and five blocks of
    // its 4 nodes (1 + 5·4): 3 + 40 + 21 = 64 = 2⁶, so 2²³ / 2⁶ = 2¹⁷ epochs fill it exactly.
    const rows = MAX_TRACE_VALUES / 64;
    expect(Number.isInteger(rows)).toBe(true);
    expect(createTraceWriter(rows, 20, 4, 1).buffer.length).toBe(MAX_TRACE_VALUES);
    expect(() => createTraceWriter(rows + 1, 20, 4, 1)).toThrow(/exceeds/);
  });
});
