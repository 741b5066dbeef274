import { describe, expect, it } from 'vitest';
import {
  backward,
  cloneNetwork,
  createNetwork,
  createTrainer,
  forward,
  gradientDescentStep,
  initializeNetwork,
  meanGradient,
  meanLoss,
  mulberry32,
  train,
} from '../../../../src/engine/index';
import type { Dataset, Network, OptimizerSettings } from '../../../../src/engine/index';

/** 32 evenly spaced points of y = sin(x) on [−π, π]. */
function sineData(): Dataset {
  const inputs: number[][] = [];
  const targets: number[][] = [];
  for (let s = 0; s < 32; s++) {
    const x = -Math.PI + (2 * Math.PI * s) / 31;
    inputs.push([x]);
    targets.push([Math.sin(x)]);
  }
  return { inputs, targets };
}

/** Three Gaussian blobs (σ = 0.4) around (−2, 0), (2, 0) and (0, 2.5), 20 points each, one-hot labels. */
function blobData(): Dataset {
  const rng = mulberry32(99);
  const gaussian = () => Math.sqrt(-2 * Math.log(1 - rng())) * Math.cos(2 * Math.PI * rng());
  const centers = [
    [-2, 0],
    [2, 0],
    [0, 2.5],
  ];
  const inputs: number[][] = [];
  const targets: number[][] = [];
  centers.forEach(([cx, cy], label) => {
    for (let s = 0; s < 20; s++) {
      inputs.push([cx! + 0.4 * gaussian(), cy! + 0.4 * gaussian()]);
      targets.push([0, 1, 2].map((c) => (c === label ? 1 : 0)));
    }
  });
  return { inputs, targets };
}

const OPTIMIZERS: { name: string; settings: OptimizerSettings; learningRate: number }[] = [
  { name: 'gradient descent', settings: { kind: 'gd' }, learningRate: 0.1 },
  { name: 'momentum', settings: { kind: 'momentum', beta: 0.9 }, learningRate: 0.02 },
  { name: 'Adam', settings: { kind: 'adam' }, learningRate: 0.01 },
];

// Each run's final mean loss must fall below 1/20 of its starting loss.
const REDUCTION_FACTOR = 20;

describe.each(OPTIMIZERS)('training with $name', ({ settings, learningRate }) => {
  it(`fits a sine with a 1-8-1 tanh network by mini-batches, cutting the loss ${REDUCTION_FACTOR}×`, () => {
    const network = initializeNetwork(
      createNetwork([1, 8, 1], { hidden: 'tanh', output: 'identity' }),
      mulberry32(1),
    );
    const { history, finalLoss } = train(network, sineData(), {
      epochs: 300,
      learningRate,
      mode: 'miniBatch',
      batchSize: 8,
      shuffle: mulberry32(2),
      optimizer: settings,
    });
    expect(history[0]!.updates).toBe(4);
    expect(finalLoss).toBeLessThan(history[0]!.loss / REDUCTION_FACTOR);
  });

  it(`separates three blobs with a 2-8-3 softmax network in batch mode, cutting the loss ${REDUCTION_FACTOR}×`, () => {
    const network = initializeNetwork(
      createNetwork([2, 8, 3], { hidden: 'tanh', output: 'softmax' }),
      mulberry32(1),
    );
    const data = blobData();
    const { history, finalLoss } = train(network, data, {
      epochs: 100,
      learningRate: 2 * learningRate,
      optimizer: settings,
    });
    expect(history[0]!.updates).toBe(1);
    expect(finalLoss).toBeLessThan(history[0]!.loss / REDUCTION_FACTOR);
    const correct = data.inputs.filter((x, s) => {
      const p = forward(network, x).outputs[2]!;
      return p.indexOf(Math.max(...p)) === Array.from(data.targets[s]!).indexOf(1);
    }).length;
    expect(correct).toBe(60);
  });
});

/** A small random network for the batch tests. */
function smallNetwork(): Network {
  return initializeNetwork(
    createNetwork([2, 3, 2], { hidden: 'sigmoid', output: 'identity' }),
    mulberry32(5),
    {
      biasHalfWidth: 0.2,
    },
  );
}

describe('a trainer’s epoch count', () => {
  it('continues after advance: a record’s epochs follow on, and the trainer counts both', () => {
    const network = initializeNetwork(
      createNetwork([2, 2, 1], { hidden: 'sigmoid', output: 'identity' }),
      mulberry32(5),
    );
    const trainer = createTrainer(
      network,
      { inputs: [[0.3, -0.8]], targets: [[0.5]] },
      { learningRate: 0.1, decay: 1 },
    );
    trainer.advance(3);
    // η_ℓ = η₀/(1 + decay·ℓ): 0.1/4 and 0.1/5 at epochs 3 and 4, then 0.1/6 at epoch 5.
    expect(Array.from(trainer.record(2).learningRate)).toEqual([0.1 / 4, 0.1 / 5]);
    expect(trainer.epoch).toBe(5);
    expect(Array.from(trainer.record(1).learningRate)).toEqual([0.1 / 6]);
    expect(trainer.epoch).toBe(6);
  });
});

describe('a run recorded in slices', () => {
  /** A 2-3-1 network from seed 5, set to train on three samples with these options. */
  function trainerFor(options: Parameters<typeof createTrainer>[2], seed = 5) {
    const network = initializeNetwork(
      createNetwork([2, 3, 1], { hidden: 'tanh', output: 'identity' }),
      mulberry32(seed),
    );
    const dataset = {
      inputs: [
        [0.3, -0.8],
        [1.2, 0.4],
        [-0.5, 0.9],
      ],
      targets: [[0.5], [-0.2], [0.8]],
    };
    return createTrainer(network, dataset, options);
  }

  /** Runs a generator to its end, counting its yields and keeping what they said. */
  function drain<T>(slices: Generator<number, T, void>): { result: T; yielded: number[] } {
    const yielded: number[] = [];
    let next = slices.next();
    while (!next.done) {
      yielded.push(next.value);
      next = slices.next();
    }
    return { result: next.value, yielded };
  }

  const CASES = [
    { name: 'batch gradient descent with decay', options: { learningRate: 0.3, decay: 0.01 } },
    {
      name: 'shuffled stochastic momentum',
      options: {
        learningRate: 0.05,
        mode: 'stochastic' as const,
        shuffle: mulberry32(11),
        optimizer: { kind: 'momentum' as const, beta: 0.9 },
      },
    },
    { name: 'Adam', options: { learningRate: 0.02, optimizer: { kind: 'adam' as const } } },
  ];

  it.each(CASES)(
    'with $name gives, for slices of 1, 7 and 50 epochs, the trace record gives',
    ({ options }) => {
      // A shuffle draws from its generator as it runs: each trainer gets a fresh one, same seed.
      const fresh = () =>
        'shuffle' in options ? { ...options, shuffle: mulberry32(11) } : options;
      const whole = trainerFor(fresh()).record(50);
      for (const rows of [1, 7, 50]) {
        const trainer = trainerFor(fresh());
        const { result, yielded } = drain(trainer.recordInSlices(50, rows));
        // It yields after every slice but the last: the epochs recorded so far.
        const expected = Array.from({ length: Math.ceil(50 / rows) - 1 }, (_, i) => (i + 1) * rows);
        expect(yielded).toEqual(expected);
        expect(result.length).toBe(50);
        expect(trainer.epoch).toBe(50);
        expect(Array.from(result.storage)).toEqual(Array.from(whole.storage));
        expect(Array.from(result.finalParameters)).toEqual(Array.from(whole.finalParameters));
      }
    },
  );

  it('stops where record stops when the run diverges, at a slice’s start or inside one', () => {
    // η = 40 on this network sends θ past every finite number: at epoch 72 (a multiple of 3, not 5).
    const whole = trainerFor({ learningRate: 40 }).record(200);
    expect(whole.divergedAt).toBe(72);
    for (const rows of [3, 5]) {
      const trainer = trainerFor({ learningRate: 40 });
      const { result, yielded } = drain(trainer.recordInSlices(200, rows));
      expect(result.divergedAt).toBe(72);
      expect(result.length).toBe(72);
      // Slices end at 3, 6, … 72, then the next stops at once; or at 5, … 70, then inside 70–75.
      expect(yielded.at(-1)).toBe(rows === 3 ? 72 : 70);
      expect(trainer.epoch).toBe(72);
      expect(Array.from(result.storage)).toEqual(Array.from(whole.storage));
    }
  });

  it('counts on from the epochs the trainer has run, as record does', () => {
    const trainer = trainerFor({ learningRate: 0.1, decay: 1 });
    trainer.advance(3);
    const { result } = drain(trainer.recordInSlices(4, 3));
    // η_ℓ = η₀/(1 + decay·ℓ) for ℓ = 3 … 6: the second slice goes on from epoch 6.
    expect(Array.from(result.learningRate)).toEqual([0.1 / 4, 0.1 / 5, 0.1 / 6, 0.1 / 7]);
    expect(trainer.epoch).toBe(7);
  });

  it('refuses a slice of no epochs, naming it', () => {
    expect(() => trainerFor({ learningRate: 0.1 }).recordInSlices(10, 0).next()).toThrow(
      /rowsPerSlice/,
    );
  });
});

describe('refusals', () => {
  const network = () => createNetwork([2, 1], { hidden: 'identity', output: 'identity' });
  const data = { inputs: [[1, 2]], targets: [[3]] };

  it.each([
    ['inputs that are no list', { inputs: 'x', targets: [[3]] }, 'must be arrays'],
    ['targets that are no list', { inputs: [[1, 2]], targets: 3 }, 'must be arrays'],
    ['no samples', { inputs: [], targets: [] }, 'dataset must hold at least one sample'],
    [
      'one target too few',
      {
        inputs: [
          [1, 2],
          [3, 4],
        ],
        targets: [[3]],
      },
      'dataset has 2 inputs but 1 targets',
    ],
  ])('refuses a data set with %s', (_what, dataset, message) => {
    expect(() =>
      createTrainer(network(), dataset as unknown as Dataset, { learningRate: 0.1 }),
    ).toThrow(message);
  });

  it('refuses options it cannot use, naming them', () => {
    const trainer = (options: object) => () =>
      createTrainer(network(), data, { learningRate: 0.1, ...options });
    expect(trainer({ mode: 'miniBatch' })).toThrow("batchSize is required in 'miniBatch' mode");
    expect(trainer({ mode: 'online' })).toThrow('unknown batch mode "online"');
    expect(trainer({ epochLoss: 'end' })).toThrow("epochLoss must be 'start' or 'during', got end");
    const made = createTrainer(network(), data, { learningRate: 0.1 });
    expect(() => made.record(1, { samples: 'some' as unknown as 'all' })).toThrow(
      "samples must be 'all' or a list of indices",
    );
    expect(() => made.record(1, { samples: [0, 1] })).toThrow(/samples\[1\]/);
    expect(() => made.advance(-1)).toThrow(/epochs/);
    expect(() => made.run(-1)).toThrow(/epochs/);
    expect(() => made.recordInSlices(0, 1).next()).toThrow(/epochs/);
    expect(trainer({ mode: 'miniBatch', batchSize: 0 })).toThrow(/batchSize/);
    expect(trainer({ learningRate: -1 })).toThrow(/learningRate/);
    expect(trainer({ decay: -1 })).toThrow(/decay/);
  });

  it('gives a recorded run its own copy of the final parameters: training on leaves it as it was', () => {
    const network = createNetwork([2, 1], { hidden: 'identity', output: 'identity' });
    network.parameters.set([0.5, -0.25, 0.1]);
    const trainer = createTrainer(network, data, { learningRate: 0.1 });
    const trace = trainer.record(3);
    const final = Array.from(trace.finalParameters);
    trainer.advance(5);
    expect(Array.from(network.parameters)).not.toEqual(final);
    expect(Array.from(trace.finalParameters)).toEqual(final);
  });

  it('counts every single-sample update of plain gradient descent as a step', () => {
    const trainer = createTrainer(
      network(),
      {
        inputs: [
          [1, 2],
          [3, 4],
          [5, 6],
        ],
        targets: [[1], [2], [3]],
      },
      { learningRate: 0.01, mode: 'stochastic' },
    );
    trainer.advance(2);
    expect(trainer.optimizer.steps).toBe(6); // 2 epochs × 3 samples
  });
});

describe('batches', () => {
  const xA = [0.3, -0.8];
  const yA = [0.5, -0.1];
  const xB = [-1.2, 0.4];
  const yB = [0.9, 0.2];

  it('updates with the mean gradient: a batch of two identical samples moves θ as one sample does', () => {
    const one = smallNetwork();
    const two = smallNetwork();
    train(one, { inputs: [xA], targets: [yA] }, { epochs: 1, learningRate: 0.3 });
    train(two, { inputs: [xA, xA], targets: [yA, yA] }, { epochs: 1, learningRate: 0.3 });
    expect(Array.from(two.parameters)).toEqual(Array.from(one.parameters));
  });

  it('averages per-sample gradients from backward over a batch', () => {
    const network = smallNetwork();
    const gradientA = Array.from(backward(network, forward(network, xA), yA).parameters);
    const gradientB = Array.from(backward(network, forward(network, xB), yB).parameters);
    const mean = meanGradient(network, { inputs: [xA, xB], targets: [yA, yB] });
    mean.forEach((value, i) => expect(value).toBeCloseTo((gradientA[i]! + gradientB[i]!) / 2, 15));
  });

  it('makes one update per sample in stochastic mode, in data-set order without a shuffle', () => {
    const trained = smallNetwork();
    const manual = cloneNetwork(trained);
    const summary = createTrainer(
      trained,
      { inputs: [xA, xB], targets: [yA, yB] },
      {
        learningRate: 0.5,
        mode: 'stochastic',
      },
    ).step();
    expect(summary.updates).toBe(2);
    for (const [x, y] of [
      [xA, yA],
      [xB, yB],
    ] as const) {
      gradientDescentStep(
        manual.parameters,
        backward(manual, forward(manual, x), y).parameters,
        0.5,
      );
    }
    expect(Array.from(trained.parameters)).toEqual(Array.from(manual.parameters));
  });

  it('splits an epoch into ⌈n / batchSize⌉ mini-batches, the last one smaller', () => {
    const inputs = Array.from({ length: 10 }, (_, s) => [s / 10, 1 - s / 10]);
    const targets = inputs.map(([a, b]) => [a! * b!, a! - b!]);
    const summary = createTrainer(
      smallNetwork(),
      { inputs, targets },
      {
        learningRate: 0.1,
        mode: 'miniBatch',
        batchSize: 4,
      },
    ).step();
    expect(summary.updates).toBe(3);
  });

  it('reproduces a shuffled mini-batch run with the same seed, and differs from data-set order', () => {
    const inputs = Array.from({ length: 12 }, (_, s) => [Math.cos(s), Math.sin(s)]);
    const targets = inputs.map(([a, b]) => [a! + b!, a! * b!]);
    const run = (shuffle?: number) => {
      const network = smallNetwork();
      train(
        network,
        { inputs, targets },
        {
          epochs: 3,
          learningRate: 0.2,
          mode: 'miniBatch',
          batchSize: 5,
          ...(shuffle === undefined ? {} : { shuffle: mulberry32(shuffle) }),
        },
      );
      return Array.from(network.parameters);
    };
    expect(run(4)).toEqual(run(4));
    expect(run(4)).not.toEqual(run());
  });

  it('records η₀/(1 + decay·ℓ) and the loss at the start of each epoch', () => {
    const network = smallNetwork();
    const data = { inputs: [xA, xB], targets: [yA, yB] };
    const before = meanLoss(network, data);
    const trainer = createTrainer(network, data, { learningRate: 0.4, decay: 0.25 });
    const history = trainer.run(3);
    expect(history.map((h) => h.epoch)).toEqual([0, 1, 2]);
    expect(history.map((h) => h.learningRate)).toEqual([0.4, 0.4 / 1.25, 0.4 / 1.5]);
    expect(history[0]!.loss).toBe(before);
    expect(trainer.epoch).toBe(3);
    expect(trainer.loss()).toBeLessThan(history[2]!.loss);
  });

  it("reports with epochLoss 'during' the mean of the losses each sample had just before its update", () => {
    const trained = smallNetwork();
    const manual = cloneNetwork(trained);
    const data = { inputs: [xA, xB], targets: [yA, yB] };
    const summary = createTrainer(trained, data, {
      learningRate: 0.5,
      mode: 'stochastic',
      epochLoss: 'during',
    }).step();
    // Independently: ½Σ(ŷ − y)² of each sample at the parameters it met, then its own update.
    let lossSum = 0;
    for (const [x, y] of [
      [xA, yA],
      [xB, yB],
    ] as const) {
      const pass = forward(manual, x);
      const prediction = pass.outputs[pass.outputs.length - 1]!;
      lossSum += 0.5 * y.reduce((sum, target, j) => sum + (prediction[j]! - target) ** 2, 0);
      gradientDescentStep(manual.parameters, backward(manual, pass, y).parameters, 0.5);
    }
    expect(summary.loss).toBeCloseTo(lossSum / 2, 15);
    expect(Array.from(trained.parameters)).toEqual(Array.from(manual.parameters));
  });

  it("gives the same loss with 'during' as with 'start' in batch mode", () => {
    const data = { inputs: [xA, xB], targets: [yA, yB] };
    const start = createTrainer(smallNetwork(), data, { learningRate: 0.3 }).run(4);
    const during = createTrainer(smallNetwork(), data, {
      learningRate: 0.3,
      epochLoss: 'during',
    }).run(4);
    during.forEach((summary, e) => expect(summary.loss).toBeCloseTo(start[e]!.loss, 15));
  });

  it.each([
    ['an empty data set', { inputs: [], targets: [] }, {}],
    ['mismatched inputs and targets', { inputs: [xA], targets: [] }, {}],
    ['a sample of the wrong width', { inputs: [[1, 2, 3]], targets: [yA] }, {}],
    ['a non-finite target', { inputs: [xA], targets: [[Number.NaN, 0]] }, {}],
    [
      'a mini-batch run without a batch size',
      { inputs: [xA], targets: [yA] },
      { mode: 'miniBatch' as const },
    ],
    [
      'a zero batch size',
      { inputs: [xA], targets: [yA] },
      { mode: 'miniBatch' as const, batchSize: 0 },
    ],
    ['a negative learning rate', { inputs: [xA], targets: [yA] }, { learningRate: -1 }],
    ['an infinite decay', { inputs: [xA], targets: [yA] }, { decay: Number.POSITIVE_INFINITY }],
  ])('throws a RangeError for %s', (_label, data, options) => {
    expect(() => createTrainer(smallNetwork(), data, { learningRate: 0.1, ...options })).toThrow(
      RangeError,
    );
  });
});
