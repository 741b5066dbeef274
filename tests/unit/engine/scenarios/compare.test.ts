/**
 * Runs side by side (compare.ts) against references written here from the published rules: a
 * plain loop over epochs and batches of the 3-2-1 network, its derivatives written out by name,
 * with gradient descent, momentum (v ← βv + g, θ ← θ − ηv) and Adam (Kingma & Ba 2015, Alg. 1);
 * per-sample gradients by central differences; and NumPy runs in matrix form
 * (scripts/optimizer_fixtures.py → tests/fixtures/optimizer-runs.json).
 */
import { describe, expect, it } from 'vitest';
import {
  BY_HAND_PARAM_KEYS,
  BY_HAND_WIDTHS,
  compareTraining,
  createByHandNetwork,
  firstUpdate,
  initializeByHand,
  mulberry32,
  networkNames,
  sampleGradients,
} from '../../../../src/engine/index';
import type {
  BatchMode,
  ByHandParams,
  ComparisonRun,
  Dataset,
  Network,
  OptimizerSettings,
} from '../../../../src/engine/index';
import { expectRelClose, loadFixture } from '../helpers';

type Key = keyof ByHandParams;
type Theta = Record<Key, number>;

/** Where each named parameter sits in the engine's θ. */
const INDEX = new Map(
  networkNames(BY_HAND_WIDTHS).parameters.map((name) => [name.key as Key, name.parameter]),
);

/** The NumPy fixture's shape. */
interface Fixture {
  seed: number;
  inputs: number[][];
  targets: number[];
  epochs: number;
  initial: Theta;
  gradients: { samples: Theta[]; mean: Theta };
  runs: {
    mode: BatchMode;
    batchSize: number | null;
    optimizer: 'gd' | 'momentum' | 'adam';
    learningRate: number;
    beta: number;
    beta1: number;
    beta2: number;
    updatesPerEpoch: number;
    loss: number[];
    updates: number[];
    parameters: Theta[];
  }[];
}

const FIXTURE = loadFixture<Fixture>('optimizer-runs.json');
const DATA: Dataset = { inputs: FIXTURE.inputs, targets: FIXTURE.targets.map((y) => [y]) };

/** The chapter's network with its seed-13 draws. */
function startingNetwork(seed = FIXTURE.seed): Network {
  const network = createByHandNetwork();
  initializeByHand(network, seed);
  return network;
}

function named(parameters: Float64Array): Theta {
  const theta = {} as Theta;
  for (const key of BY_HAND_PARAM_KEYS) theta[key] = parameters[INDEX.get(key)!]!;
  return theta;
}

function expectTheta(actual: Theta, expected: Theta, tolerance: number, label: string): void {
  for (const key of BY_HAND_PARAM_KEYS) {
    expectRelClose(actual[key], expected[key], tolerance, `${label} ${key}`, 1e-14);
  }
}

// ---- The reference: the 3-2-1 network by name, and a plain training loop ----

const sigmoid = (z: number) => 1 / (1 + Math.exp(-z));

/** One sample's loss ½(O₆ − y)² at θ. */
function referenceLoss(t: Theta, x: number[], y: number): number {
  const h4 = sigmoid(t.w14 * x[0]! + t.w24 * x[1]! + t.w34 * x[2]! + t.b4);
  const h5 = sigmoid(t.w15 * x[0]! + t.w25 * x[1]! + t.w35 * x[2]! + t.b5);
  return 0.5 * (t.w46 * h4 + t.w56 * h5 + t.b6 - y) ** 2;
}

/** One sample's ∂L/∂θ, each derivative written out with the chain rule. */
function referenceGradient(t: Theta, x: number[], y: number): Theta {
  const h4 = sigmoid(t.w14 * x[0]! + t.w24 * x[1]! + t.w34 * x[2]! + t.b4);
  const h5 = sigmoid(t.w15 * x[0]! + t.w25 * x[1]! + t.w35 * x[2]! + t.b5);
  const e = t.w46 * h4 + t.w56 * h5 + t.b6 - y; // ∂L/∂O₆ = ∂L/∂O₆in
  const d4 = e * t.w46 * h4 * (1 - h4); // ∂L/∂H₄in
  const d5 = e * t.w56 * h5 * (1 - h5);
  return {
    w14: d4 * x[0]!,
    w24: d4 * x[1]!,
    w34: d4 * x[2]!,
    w15: d5 * x[0]!,
    w25: d5 * x[1]!,
    w35: d5 * x[2]!,
    w46: e * h4,
    w56: e * h5,
    b4: d4,
    b5: d5,
    b6: e,
  };
}

/** ∂L/∂θ of one sample by central differences, step 1e-6. */
function finiteDifferenceGradient(t: Theta, x: number[], y: number): Theta {
  const step = 1e-6;
  const gradient = {} as Theta;
  for (const key of BY_HAND_PARAM_KEYS) {
    const up = { ...t, [key]: t[key] + step };
    const down = { ...t, [key]: t[key] - step };
    gradient[key] = (referenceLoss(up, x, y) - referenceLoss(down, x, y)) / (2 * step);
  }
  return gradient;
}

interface ReferenceSettings {
  mode: BatchMode;
  batchSize?: number;
  rule: 'gd' | 'momentum' | 'adam';
  eta: number;
  beta?: number;
  beta1?: number;
  beta2?: number;
  /** The sample order of each epoch; data-set order when omitted. */
  orders?: number[][];
}

/** A plain loop: each epoch, each batch of the epoch's order, one update with the batch's mean gradient. */
function referenceRun(settings: ReferenceSettings, epochs: number) {
  const { inputs, targets } = FIXTURE;
  const n = inputs.length;
  const size =
    settings.mode === 'batch' ? n : settings.mode === 'stochastic' ? 1 : settings.batchSize!;
  const { beta = 0.9, beta1 = 0.9, beta2 = 0.999 } = settings;
  const epsilon = 1e-8;
  const theta = { ...FIXTURE.initial };
  const zero = () => Object.fromEntries(BY_HAND_PARAM_KEYS.map((k) => [k, 0])) as Theta;
  const [v, m, s] = [zero(), zero(), zero()];
  let t = 0;
  const losses: number[] = [];
  const thetas: Theta[] = [];
  for (let epoch = 0; epoch <= epochs; epoch++) {
    losses.push(inputs.reduce((sum, x, i) => sum + referenceLoss(theta, x, targets[i]!), 0) / n);
    thetas.push({ ...theta });
    // No order for an epoch (or none at all): the data set's order.
    const order = settings.orders?.[epoch] ?? inputs.map((_, i) => i);
    for (let start = 0; start < n; start += size) {
      const batch = order.slice(start, start + size);
      const g = zero();
      for (const i of batch) {
        const one = referenceGradient(theta, inputs[i]!, targets[i]!);
        for (const key of BY_HAND_PARAM_KEYS) g[key] += one[key] / batch.length;
      }
      t += 1;
      for (const key of BY_HAND_PARAM_KEYS) {
        if (settings.rule === 'gd') {
          theta[key] -= settings.eta * g[key];
        } else if (settings.rule === 'momentum') {
          v[key] = beta * v[key] + g[key];
          theta[key] -= settings.eta * v[key];
        } else {
          m[key] = beta1 * m[key] + (1 - beta1) * g[key];
          s[key] = beta2 * s[key] + (1 - beta2) * g[key] ** 2;
          const mHat = m[key] / (1 - beta1 ** t);
          const sHat = s[key] / (1 - beta2 ** t);
          theta[key] -= (settings.eta * mHat) / (Math.sqrt(sHat) + epsilon);
        }
      }
    }
  }
  return { losses, thetas };
}

function optimizerOf(settings: ReferenceSettings): OptimizerSettings {
  if (settings.rule === 'momentum') return { kind: 'momentum', beta: settings.beta ?? 0.9 };
  if (settings.rule === 'adam') {
    return { kind: 'adam', beta1: settings.beta1 ?? 0.9, beta2: settings.beta2 ?? 0.999 };
  }
  return { kind: 'gd' };
}

function engineRun(settings: ReferenceSettings, epochs: number, shuffleSeed?: number) {
  const run: ComparisonRun = {
    mode: settings.mode,
    learningRate: settings.eta,
    optimizer: optimizerOf(settings),
    ...(settings.batchSize === undefined ? {} : { batchSize: settings.batchSize }),
    ...(shuffleSeed === undefined ? {} : { shuffleSeed }),
  };
  return compareTraining(startingNetwork(), DATA, [run], epochs)[0]!;
}

/** θ at epoch ℓ of an engine run, named. */
function thetaAt(run: ReturnType<typeof engineRun>, row: number): Theta {
  return named(Float64Array.from(run.trace.parameters, (column) => column[row]!));
}

// ---- The tests ----

describe('the fixture', () => {
  it('starts from the chapter’s seed-13 draws, as the engine draws them', () => {
    expectTheta(named(startingNetwork().parameters), FIXTURE.initial, 0, 'θ₀');
  });

  it('holds y = x₁x₃ − x₂/2 + 0.05 rounded to two decimals, the chapter’s sample first', () => {
    expect(FIXTURE.inputs[0]).toEqual([0.5, 0.2, 0.7]);
    expect(FIXTURE.targets[0]).toBe(0.3);
    FIXTURE.inputs.forEach(([x1, x2, x3], s) => {
      expect(FIXTURE.targets[s]).toBeCloseTo(x1! * x3! - x2! / 2 + 0.05, 2);
    });
  });
});

describe('a batch update takes the mean of the per-sample gradients', () => {
  const network = startingNetwork();
  const each = sampleGradients(network, DATA);

  it('gives each sample’s own ∂Lₛ/∂θ, as central differences of its loss find it', () => {
    expect(each).toHaveLength(DATA.inputs.length);
    each.forEach((gradient, s) => {
      const reference = finiteDifferenceGradient(
        FIXTURE.initial,
        FIXTURE.inputs[s]!,
        FIXTURE.targets[s]!,
      );
      expectTheta(named(gradient), reference, 1e-7, `sample ${s}`);
    });
  });

  it('moves θ by −η·(1/n)·Σₛ ∂Lₛ/∂θ in one batch update', () => {
    const eta = 0.2;
    const run = compareTraining(network, DATA, [{ mode: 'batch', learningRate: eta }], 1)[0]!;
    expect(run.updatesPerEpoch).toBe(1);
    const after = thetaAt(run, 1);
    const n = each.length;
    for (const key of BY_HAND_PARAM_KEYS) {
      const p = INDEX.get(key)!;
      const mean = each.reduce((sum, gradient) => sum + gradient[p]!, 0) / n;
      expectRelClose(after[key], FIXTURE.initial[key] - eta * mean, 1e-14, key, 1e-14);
      // And against the differences, independent of the engine's backward pass.
      const differences =
        FIXTURE.inputs.reduce(
          (sum, x, s) =>
            sum + finiteDifferenceGradient(FIXTURE.initial, x, FIXTURE.targets[s]!)[key],
          0,
        ) / n;
      expect(Math.abs(after[key] - (FIXTURE.initial[key] - eta * differences))).toBeLessThan(1e-10);
    }
    expect(run.trace.parameterGradients[INDEX.get('w46')!]![0]).toBeCloseTo(
      FIXTURE.gradients.mean.w46,
      15,
    );
  });

  it('agrees with NumPy on every sample’s gradient and on their mean', () => {
    each.forEach((gradient, s) =>
      expectTheta(named(gradient), FIXTURE.gradients.samples[s]!, 1e-12, `sample ${s}`),
    );
    const mean = firstUpdate(network, DATA, { kind: 'gd' }, 0.2).gradient;
    expectTheta(named(mean), FIXTURE.gradients.mean, 1e-12, 'mean');
  });
});

describe('updates per epoch', () => {
  it.each([
    { n: 10, mode: 'batch' as const, b: undefined, u: 1, per: 10 },
    { n: 10, mode: 'stochastic' as const, b: undefined, u: 10, per: 1 },
    { n: 10, mode: 'miniBatch' as const, b: 4, u: 3, per: 4 },
    { n: 10, mode: 'miniBatch' as const, b: 5, u: 2, per: 5 },
    { n: 10, mode: 'miniBatch' as const, b: 10, u: 1, per: 10 },
    { n: 10, mode: 'miniBatch' as const, b: 64, u: 1, per: 10 },
    { n: 7, mode: 'miniBatch' as const, b: 2, u: 4, per: 2 },
    { n: 2, mode: 'stochastic' as const, b: undefined, u: 2, per: 1 },
    { n: 64, mode: 'miniBatch' as const, b: 7, u: 10, per: 7 },
  ])('$mode on $n samples (b = $b) makes $u updates per epoch', ({ n, mode, b, u, per }) => {
    const inputs = Array.from({ length: n }, (_, s) => [s / n, 1 - s / n, (s % 3) / 3]);
    const data: Dataset = { inputs, targets: inputs.map(([a, , c]) => [a! * c!]) };
    const run = compareTraining(
      startingNetwork(),
      data,
      [{ mode, learningRate: 0.1, ...(b === undefined ? {} : { batchSize: b }) }],
      3,
    )[0]!;
    expect(run.updatesPerEpoch).toBe(u);
    expect(run.updatesPerEpoch).toBe(Math.ceil(n / per));
    expect(run.samplesPerUpdate).toBe(per);
    expect(Array.from(run.updates)).toEqual([0, u, 2 * u, 3 * u]);
    expect(run.loss).toHaveLength(4);
  });
});

describe('every mode learns at a modest η', () => {
  it.each([
    { mode: 'batch' as const, batchSize: undefined },
    { mode: 'stochastic' as const, batchSize: undefined },
    { mode: 'miniBatch' as const, batchSize: 4 },
  ])('$mode: the loss falls to under a tenth in 500 epochs at η = 0.2', ({ mode, batchSize }) => {
    const [run] = compareTraining(
      startingNetwork(),
      DATA,
      [{ mode, learningRate: 0.2, ...(batchSize ? { batchSize } : {}) }],
      500,
    );
    expect(run!.divergedAt).toBeNull();
    expect(run!.loss).toHaveLength(501);
    expect(run!.loss[500]).toBeLessThan(run!.loss[0]! / 10);
    expect(run!.loss[250]).toBeLessThan(run!.loss[0]!);
  });
});

describe('runs side by side', () => {
  const SETTINGS: [string, ReferenceSettings][] = [
    ['batch gradient descent', { mode: 'batch', rule: 'gd', eta: 0.2 }],
    ['stochastic gradient descent', { mode: 'stochastic', rule: 'gd', eta: 0.2 }],
    ['mini-batch gradient descent', { mode: 'miniBatch', batchSize: 4, rule: 'gd', eta: 0.3 }],
    ['batch momentum', { mode: 'batch', rule: 'momentum', eta: 0.2, beta: 0.9 }],
    ['mini-batch momentum', { mode: 'miniBatch', batchSize: 3, rule: 'momentum', eta: 0.1 }],
    ['stochastic momentum', { mode: 'stochastic', rule: 'momentum', eta: 0.05, beta: 0.5 }],
    ['batch Adam', { mode: 'batch', rule: 'adam', eta: 0.05 }],
    ['mini-batch Adam', { mode: 'miniBatch', batchSize: 4, rule: 'adam', eta: 0.02 }],
    ['stochastic Adam', { mode: 'stochastic', rule: 'adam', eta: 0.01, beta1: 0.8, beta2: 0.99 }],
  ];

  it.each(SETTINGS)('%s follows the plain loop written from the published rule', (_, settings) => {
    const epochs = 8;
    const engine = engineRun(settings, epochs);
    const reference = referenceRun(settings, epochs);
    for (let row = 0; row <= epochs; row++) {
      expectRelClose(engine.loss[row]!, reference.losses[row]!, 1e-12, `loss at ${row}`);
      expectTheta(thetaAt(engine, row), reference.thetas[row]!, 1e-12, `θ at ${row}`);
    }
    expectTheta(named(engine.finalParameters), reference.thetas[epochs]!, 1e-12, 'final θ');
  });

  it.each(FIXTURE.runs.map((run) => [`${run.optimizer} ${run.mode} b=${run.batchSize}`, run]))(
    '%s matches NumPy epoch by epoch',
    (_, fixture) => {
      const settings: ReferenceSettings = {
        mode: fixture.mode,
        rule: fixture.optimizer,
        eta: fixture.learningRate,
        beta: fixture.beta,
        beta1: fixture.beta1,
        beta2: fixture.beta2,
        ...(fixture.batchSize === null ? {} : { batchSize: fixture.batchSize }),
      };
      const engine = engineRun(settings, FIXTURE.epochs);
      expect(engine.updatesPerEpoch).toBe(fixture.updatesPerEpoch);
      expect(Array.from(engine.updates)).toEqual(fixture.updates);
      fixture.loss.forEach((loss, row) => {
        expectRelClose(engine.loss[row]!, loss, 1e-12, `loss at ${row}`);
        expectTheta(thetaAt(engine, row), fixture.parameters[row]!, 1e-12, `θ at ${row}`);
      });
    },
  );

  it('reorders the samples each epoch with a seeded Fisher–Yates shuffle', () => {
    const epochs = 5;
    const rng = mulberry32(7);
    const order = FIXTURE.inputs.map((_, i) => i);
    const orders: number[][] = [];
    for (let epoch = 0; epoch <= epochs; epoch++) {
      for (let i = order.length - 1; i > 0; i--) {
        const j = Math.floor(rng() * (i + 1));
        [order[i], order[j]] = [order[j]!, order[i]!];
      }
      orders.push(order.slice());
    }
    for (const settings of [
      { mode: 'stochastic', rule: 'gd', eta: 0.2, orders },
      { mode: 'miniBatch', batchSize: 4, rule: 'momentum', eta: 0.1, orders },
    ] satisfies ReferenceSettings[]) {
      const engine = engineRun(settings, epochs, 7);
      const reference = referenceRun(settings, epochs);
      expectTheta(named(engine.finalParameters), reference.thetas[epochs]!, 1e-12, settings.mode);
      const unshuffled = referenceRun({ ...settings, orders: [] }, epochs);
      expect(Math.abs(engine.finalParameters[0]! - unshuffled.thetas[epochs]!.w14)).toBeGreaterThan(
        1e-9,
      );
    }
  });

  it('trains copies: the network passed in keeps θ₀, and every run starts from it', () => {
    const network = startingNetwork();
    const before = network.parameters.slice();
    const runs = compareTraining(
      network,
      DATA,
      [
        { mode: 'batch', learningRate: 0.2 },
        { mode: 'stochastic', learningRate: 0.2 },
      ],
      4,
    );
    expect(Array.from(network.parameters)).toEqual(Array.from(before));
    for (const run of runs) expect(thetaAt(run, 0)).toEqual(named(before));
    expect(runs[0]!.loss[0]).toBe(runs[1]!.loss[0]);
  });

  it('stops a run that diverges at its first epoch that is not finite, recording only finite numbers', () => {
    const [run] = compareTraining(
      startingNetwork(),
      DATA,
      [{ mode: 'stochastic', learningRate: 10 }],
      200,
    );
    expect(run!.divergedAt).not.toBeNull();
    expect(run!.loss.length).toBe(run!.divergedAt);
    expect(run!.loss.every(Number.isFinite)).toBe(true);
    expect(run!.finalParameters.every(Number.isFinite)).toBe(true);
  });

  it('refuses epochs outside 1 … MAX_EPOCHS − 1', () => {
    for (const epochs of [0, 1.5, -1, Number.NaN]) {
      expect(() =>
        compareTraining(startingNetwork(), DATA, [{ mode: 'batch', learningRate: 0.1 }], epochs),
      ).toThrow(RangeError);
    }
  });
});

describe('the first update of each rule', () => {
  const network = startingNetwork();
  const g = FIXTURE.gradients.mean;
  const theta0 = FIXTURE.initial;

  it('gradient descent: θ₁ = θ₀ − η·g', () => {
    const update = firstUpdate(network, DATA, { kind: 'gd' }, 0.2);
    expectTheta(named(update.gradient), g, 1e-12, 'g');
    for (const key of BY_HAND_PARAM_KEYS) {
      expectRelClose(named(update.parameters)[key], theta0[key] - 0.2 * g[key], 1e-12, key);
    }
    expect(update.velocity).toBeUndefined();
  });

  it('momentum: v₁ = g, so its first step is gradient descent’s', () => {
    const update = firstUpdate(network, DATA, { kind: 'momentum', beta: 0.9 }, 0.2);
    expectTheta(named(update.velocity!), g, 1e-12, 'v₁');
    for (const key of BY_HAND_PARAM_KEYS) {
      expectRelClose(named(update.parameters)[key], theta0[key] - 0.2 * g[key], 1e-12, key);
    }
  });

  it('Adam: m̂₁ = g and v̂₁ = g², so every parameter moves by about η', () => {
    const [beta1, beta2, eta] = [0.8, 0.99, 0.05];
    const update = firstUpdate(network, DATA, { kind: 'adam', beta1, beta2 }, eta);
    for (const key of BY_HAND_PARAM_KEYS) {
      const gk = g[key];
      expectRelClose(named(update.firstMoment!)[key], (1 - beta1) * gk, 1e-12, `m₁ ${key}`);
      expectRelClose(named(update.secondMoment!)[key], (1 - beta2) * gk * gk, 1e-12, `v₁ ${key}`);
      expectRelClose(named(update.firstMomentHat!)[key], gk, 1e-12, `m̂₁ ${key}`);
      expectRelClose(named(update.secondMomentHat!)[key], gk * gk, 1e-12, `v̂₁ ${key}`);
      const step = theta0[key] - named(update.parameters)[key];
      expectRelClose(step, (eta * gk) / (Math.abs(gk) + 1e-8), 1e-9, `step ${key}`);
      expect(Math.abs(Math.abs(step) - eta)).toBeLessThan(1e-5);
    }
  });
});
