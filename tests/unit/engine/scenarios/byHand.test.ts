import { describe, expect, it } from 'vitest';
import {
  BY_HAND_DEFAULTS,
  BY_HAND_NODE_KEYS,
  BY_HAND_PARAM_KEYS,
  byHandEpochs,
  createByHandNetwork,
  createTrainer,
  initByHand,
  trainByHand,
} from '../../../../src/engine/index';
import type { ByHandNodes, ByHandParams } from '../../../../src/engine/index';
import { expectRelClose, loadFixture } from '../helpers';

/** Shape of the by-hand fixtures written by scripts/numpy_fixtures.py. */
interface ByHandFixture {
  settings: {
    x: [number, number, number];
    y: number;
    learningRate: number;
    decay: number;
    epochs: number;
    seed: number;
    init?: Partial<ByHandParams>;
  };
  init: ByHandParams;
  yhat: number[];
  samples: {
    epoch: number;
    params: ByHandParams;
    nodes: ByHandNodes;
    loss: number;
    grads: ByHandParams;
    nodeGrads: ByHandNodes;
    learningRate: number;
  }[];
}

const FIXTURES = [
  'byhand-default.json',
  'byhand-lr05-seed7.json',
  'byhand-decay.json',
  'byhand-override.json',
].map((name) => ({ name, fixture: loadFixture<ByHandFixture>(name) }));

// Gradients shrink toward 0 as training converges; an absolute floor of 1e-14 keeps a last-digit
// difference between two ~1e-17 residues from counting as a large relative error.
const GRADIENT_FLOOR = 1e-14;

describe.each(FIXTURES)('trainByHand matches the NumPy reference ($name)', ({ fixture }) => {
  const { settings } = fixture;
  const run = trainByHand(settings);

  it('draws the same initial parameters (relative 1e-15)', () => {
    for (const key of BY_HAND_PARAM_KEYS) {
      expectRelClose(run.init[key], fixture.init[key], 1e-15, `init.${key}`);
    }
  });

  it('predicts the same ŷ = O6 at every epoch (relative 1e-12)', () => {
    expect(run.epochs).toHaveLength(fixture.yhat.length);
    fixture.yhat.forEach((expected, epoch) => {
      expectRelClose(run.epochs[epoch]!.nodes.O6, expected, 1e-12, `O6 at epoch ${epoch}`, 1e-12);
    });
  });

  it('records the same parameters, nodes, loss, gradients and η at sampled epochs', () => {
    for (const sample of fixture.samples) {
      const record = run.epochs[sample.epoch]!;
      const at = `epoch ${sample.epoch}`;
      expect(record.epoch).toBe(sample.epoch);
      expectRelClose(record.learningRate, sample.learningRate, 1e-15, `η at ${at}`);
      expectRelClose(record.loss, sample.loss, 1e-9, `loss at ${at}`, 1e-24);
      for (const key of BY_HAND_PARAM_KEYS) {
        expectRelClose(record.params[key], sample.params[key], 1e-12, `${key} at ${at}`, 1e-12);
        expectRelClose(
          record.grads[key],
          sample.grads[key],
          1e-9,
          `∂L/∂${key} at ${at}`,
          GRADIENT_FLOOR,
        );
      }
      for (const key of BY_HAND_NODE_KEYS) {
        expectRelClose(record.nodes[key], sample.nodes[key], 1e-12, `${key} at ${at}`, 1e-12);
        expectRelClose(
          record.nodeGrads[key],
          sample.nodeGrads[key],
          1e-9,
          `∂L/∂${key} at ${at}`,
          GRADIENT_FLOOR,
        );
      }
    }
  });
});

describe('trainByHand semantics', () => {
  it('uses the chapter example by default: x = (0.5, 0.2, 0.7), y = 0.3, η = 0.2, seed 13, 1000 epochs', () => {
    expect(BY_HAND_DEFAULTS).toEqual({
      x: [0.5, 0.2, 0.7],
      y: 0.3,
      learningRate: 0.2,
      decay: 0,
      epochs: 1000,
      seed: 13,
    });
    const run = trainByHand();
    expect(run.epochs).toHaveLength(1000);
    expect(run.epochs[0]!.nodes).toMatchObject({ I1: 0.5, I2: 0.2, I3: 0.7 });
    expect(run.init).toEqual(initByHand(13));
  });

  it('lists parameter and node keys in the chapter order', () => {
    expect(BY_HAND_PARAM_KEYS).toEqual([
      'w14',
      'w24',
      'w34',
      'w15',
      'w25',
      'w35',
      'w46',
      'w56',
      'b4',
      'b5',
      'b6',
    ]);
    expect(BY_HAND_NODE_KEYS).toEqual(['I1', 'I2', 'I3', 'H4in', 'H4', 'H5in', 'H5', 'O6in', 'O6']);
  });

  it('reports the true derivative ∂L/∂O6 = O6 − y (positive when the prediction is too high)', () => {
    const run = trainByHand({ epochs: 1, init: { b6: 5 } });
    const { nodes, nodeGrads, loss } = run.epochs[0]!;
    expect(nodes.O6).toBeGreaterThan(0.3);
    expect(nodeGrads.O6).toBe(nodes.O6 - 0.3);
    expect(nodeGrads.O6in).toBe(nodeGrads.O6);
    expect(loss).toBe(0.5 * (nodes.O6 - 0.3) ** 2);
  });

  it('keeps sigmoid hidden nodes and an identity output', () => {
    const { nodes } = trainByHand({ epochs: 1 }).epochs[0]!;
    expect(nodes.H4).toBeCloseTo(1 / (1 + Math.exp(-nodes.H4in)), 15);
    expect(nodes.H5).toBeCloseTo(1 / (1 + Math.exp(-nodes.H5in)), 15);
    expect(nodes.O6).toBe(nodes.O6in);
  });

  it('moves each parameter by −η·gradient between epochs, and records η_ℓ = η₀/(1 + decay·ℓ)', () => {
    const run = trainByHand({ learningRate: 0.4, decay: 0.5, epochs: 4 });
    const expectedRates = [0.4, 0.4 / 1.5, 0.4 / 2, 0.4 / 2.5];
    run.epochs.forEach((record, epoch) =>
      expect(record.learningRate).toBeCloseTo(expectedRates[epoch]!, 15),
    );
    for (let epoch = 0; epoch < 3; epoch++) {
      const { params, grads, learningRate } = run.epochs[epoch]!;
      const next = run.epochs[epoch + 1]!.params;
      for (const key of BY_HAND_PARAM_KEYS) {
        expect(next[key]).toBeCloseTo(params[key] - learningRate * grads[key], 15);
      }
    }
  });

  it('applies init overrides after the draws, leaving the other draws unchanged', () => {
    const drawn = initByHand(21);
    const run = trainByHand({ seed: 21, epochs: 1, init: { w25: 0.125, b6: -1 } });
    expect(run.init).toEqual({ ...drawn, w25: 0.125, b6: -1 });
  });

  it('gives a learning rate of 0 no effect', () => {
    const run = trainByHand({ learningRate: 0, epochs: 5 });
    expect(run.epochs[4]!.params).toEqual(run.init);
  });

  it('drives the loss of the chapter example to (numerically) zero', () => {
    const run = trainByHand();
    expect(run.epochs[0]!.loss).toBeGreaterThan(0.01);
    expect(run.epochs[999]!.nodes.O6).toBeCloseTo(0.3, 12);
  });

  it.each([
    ['a short x', { x: [0.5, 0.2] as unknown as [number, number, number] }],
    ['a non-finite x', { x: [0.5, Number.NaN, 0.7] as [number, number, number] }],
    ['an infinite y', { y: Number.POSITIVE_INFINITY }],
    ['a negative learning rate', { learningRate: -0.1 }],
    ['a non-finite decay', { decay: Number.NaN }],
    ['zero epochs', { epochs: 0 }],
    ['fractional epochs', { epochs: 2.5 }],
    ['a negative seed', { seed: -1 }],
    ['a seed above 2³² − 1', { seed: 2 ** 32 }],
    ['a non-finite init value', { init: { w14: Number.NaN } }],
    ['an unknown init key', { init: { w16: 1 } as unknown as Partial<ByHandParams> }],
  ])('throws a RangeError for %s', (_label, options) => {
    expect(() => trainByHand(options)).toThrow(RangeError);
  });
});

describe('trainByHand refusals name what they refuse', () => {
  it.each([
    ['x', { x: [0.5, 0.2] as unknown as [number, number, number] }, /^x must have 3 entries/],
    ['y', { y: Number.NaN }, /^y must be a finite number/],
    ['learningRate', { learningRate: -0.1 }, /^learningRate must be ≥ 0/],
    ['decay', { decay: -1 }, /^decay must be ≥ 0/],
    ['epochs', { epochs: 0 }, /^epochs must be an integer from 1 to/],
    ['an init value', { init: { b5: Number.POSITIVE_INFINITY } }, /^init\.b5 must be a finite/],
    [
      'an unknown init key',
      { init: { w16: 1 } as unknown as Partial<ByHandParams> },
      /^unknown parameter "w16" in init$/,
    ],
  ])('names %s in its message', (_label, options, message) => {
    expect(() => trainByHand(options)).toThrow(message);
  });

  it.each([
    ['null', null],
    ['a number', 5],
    ['true', true],
  ])('refuses init that is %s, which holds no parameter values', (_label, init) => {
    const options = { epochs: 1, init } as unknown as Parameters<typeof trainByHand>[0];
    expect(() => trainByHand(options)).toThrow(/^init must be an object of parameter values$/);
  });
});

describe('byHandEpochs', () => {
  it('refuses a trace of the 3-2-1 network that recorded no sample', () => {
    const trainer = createTrainer(
      createByHandNetwork(),
      { inputs: [[0.5, 0.2, 0.7]], targets: [[0.3]] },
      { learningRate: 0.2 },
    );
    const trace = trainer.record(2, { samples: [] });
    expect(() => byHandEpochs(trace)).toThrow(/^the trace records no sample$/);
  });
});
