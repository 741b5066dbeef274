import { describe, expect, it } from 'vitest';
import {
  APPROXIMATION_SHAPES,
  approximationTarget,
  createNetwork,
  evaluateOnGrid,
  evenlySpaced,
  fitApproximation,
  numpyRandom,
  parametersAt,
  sampleShape,
} from '../../../../src/engine/index.ts';

const sigmoid = (u: number) => 1 / (1 + Math.exp(-u));

describe('evaluateOnGrid', () => {
  it('matches a hand computation of a [1, 2, 1] sigmoid network', () => {
    const network = createNetwork([1, 2, 1], { hidden: 'sigmoid', output: 'identity' });
    // θ in the engine's layout: λ into the hidden nodes, their biases, λ into the output, its bias.
    const theta = Float64Array.from([0.5, -1.5, 0.25, 0.75, 2, -0.5, 0.1]);
    const xs = [-1, 0, 0.4, 1];
    const expected = xs.map(
      (x) => 2 * sigmoid(0.5 * x + 0.25) - 0.5 * sigmoid(-1.5 * x + 0.75) + 0.1,
    );
    const got = evaluateOnGrid(network, theta, xs);
    expected.forEach((value, i) => expect(got[i]).toBeCloseTo(value, 14));
    // The network's own parameters were not used or changed.
    expect([...network.parameters]).toEqual([0, 0, 0, 0, 0, 0, 0]);
  });

  it('matches a hand computation with ReLU nodes, writing into the array given', () => {
    const network = createNetwork([1, 2, 1], { hidden: 'relu', output: 'identity' });
    const theta = Float64Array.from([1, -1, 0, 0.5, 3, 2, -1]);
    const out = new Float64Array(3);
    const result = evaluateOnGrid(network, theta, [-1, 0.2, 1], out);
    expect(result).toBe(out);
    expect([...out]).toEqual(
      [3 * 0 + 2 * 1.5 - 1, 3 * 0.2 + 2 * 0.3 - 1, 3 * 1 + 2 * 0 - 1].map(
        (v) => expect.closeTo(v, 14) as unknown as number,
      ),
    );
  });

  it('refuses a network that is not one input, one output, and parameters of the wrong size', () => {
    const wide = createNetwork([2, 2, 1], { hidden: 'sigmoid', output: 'identity' });
    expect(() => evaluateOnGrid(wide, wide.parameters, [0])).toThrow(RangeError);
    const network = createNetwork([1, 2, 1], { hidden: 'sigmoid', output: 'identity' });
    expect(() => evaluateOnGrid(network, new Float64Array(3), [0])).toThrow(RangeError);
  });
});

describe('the targets', () => {
  it('sample each shape at evenly spaced x over [−1, 1]', () => {
    expect([...evenlySpaced(5, -1, 1)]).toEqual([-1, -0.5, 0, 0.5, 1]);
    const { xs, ys } = sampleShape('abs', 5);
    expect([...xs]).toEqual([-1, -0.5, 0, 0.5, 1]);
    expect([...ys]).toEqual([1, 0.5, 0, 0.5, 1]);
    expect(approximationTarget('step', -0.01)).toBe(0);
    expect(approximationTarget('step', 0)).toBe(1);
    expect(approximationTarget('parabola', -0.5)).toBe(0.25);
    expect(approximationTarget('sine', 0.5)).toBeCloseTo(1, 15);
    expect(approximationTarget('bump', 0.3)).toBeCloseTo(Math.exp(-1), 15);
    expect(APPROXIMATION_SHAPES).toEqual(['sine', 'step', 'abs', 'parabola', 'bump']);
  });
});

describe('fitApproximation', () => {
  it('records epochs + 1 rows whose loss falls, and its rows evaluate to that loss', () => {
    const { xs, ys } = sampleShape('sine', 21);
    const { network, trace } = fitApproximation({
      xs,
      ys,
      hiddenNodes: 4,
      activation: 'sigmoid',
      seed: 1,
      learningRate: 0.05,
      epochs: 300,
    });
    expect(trace.length).toBe(301);
    expect(trace.loss[300]!).toBeLessThan(trace.loss[0]! / 10);
    // The recorded loss at an epoch is (1/n)·Σ ½(ŷ − y)² of that epoch's parameters on the data.
    for (const epoch of [0, 150, 300]) {
      const fit = evaluateOnGrid(network, parametersAt(trace, epoch), xs);
      let sum = 0;
      for (let i = 0; i < xs.length; i++) sum += 0.5 * (fit[i]! - ys[i]!) ** 2;
      expect(trace.loss[epoch]).toBeCloseTo(sum / xs.length, 12);
    }
  });

  it('gives the same run for the same seed and another for another seed', () => {
    const { xs, ys } = sampleShape('bump', 11);
    const run = (seed: number) =>
      fitApproximation({
        xs,
        ys,
        hiddenNodes: 3,
        activation: 'tanh',
        seed,
        learningRate: 0.05,
        epochs: 20,
      }).trace.loss[20];
    expect(run(7)).toBe(run(7));
    expect(run(7)).not.toBe(run(8));
  });
});

describe('evaluateOnGrid refusals and bounds', () => {
  const network = createNetwork([1, 2, 1], { hidden: 'sigmoid', output: 'identity' });

  it('refuses a network of two outputs, naming the shape it needs', () => {
    const twoOut = createNetwork([1, 2, 2], { hidden: 'sigmoid', output: 'identity' });
    expect(() => evaluateOnGrid(twoOut, twoOut.parameters, [0])).toThrow(
      /^evaluateOnGrid needs a network with one input and one output$/,
    );
  });

  it('names the count of parameters a [1, 2, 1] network has (2 + 2 + 2 + 1 = 7) and the count given', () => {
    expect(() => evaluateOnGrid(network, new Float64Array(6), [0])).toThrow(
      /^parameters must have 7 entries, got 6$/,
    );
  });

  it('refuses an out one shorter than xs, and takes one of the same length', () => {
    const theta = new Float64Array(7);
    expect(() => evaluateOnGrid(network, theta, [0, 1], new Float64Array(1))).toThrow(
      /^out is shorter than xs$/,
    );
    expect([...evaluateOnGrid(network, theta, [0, 1], new Float64Array(2))]).toEqual([0, 0]);
  });

  it('writes one value per x and leaves the rest of a longer out untouched', () => {
    // All weights 0 and the output bias 0.5: ŷ = 0.5 at every x.
    const theta = Float64Array.from([0, 0, 0, 0, 0, 0, 0.5]);
    const out = Float64Array.from([9, 9, 9, 9]);
    evaluateOnGrid(network, theta, [-1, 0, 1], out);
    expect([...out]).toEqual([0.5, 0.5, 0.5, 9]);
  });
});

describe('fitApproximation settings', () => {
  const { xs, ys } = sampleShape('parabola', 5);
  const options = {
    xs,
    ys,
    hiddenNodes: 2,
    activation: 'tanh' as const,
    seed: 3,
    learningRate: 0.05,
    epochs: 4,
  };

  it('draws θ₀ from the seed: hidden λ and every b ~ U[−1, 1], output λ ~ U[−1/√2, 1/√2]', () => {
    const next = numpyRandom(3);
    const r = Array.from({ length: 7 }, () => next());
    const half = 1 / Math.sqrt(2);
    // Draw order: λ into the hidden nodes, λ into the output, then the biases layer by layer.
    // θ's layout: λ into the hidden nodes, their biases, λ into the output, its bias.
    const expected = [
      -1 + 2 * r[0]!,
      -1 + 2 * r[1]!,
      -1 + 2 * r[4]!,
      -1 + 2 * r[5]!,
      -half + 2 * half * r[2]!,
      -half + 2 * half * r[3]!,
      -1 + 2 * r[6]!,
    ];
    const theta0 = parametersAt(fitApproximation(options).trace, 0);
    expected.forEach((value, p) => expect(theta0[p]).toBeCloseTo(value, 15));
  });

  it('records no sample of its own, only θ and the loss per epoch', () => {
    const first = fitApproximation(options);
    expect(first.trace.samples).toHaveLength(0);
    const second = fitApproximation({ ...options, reuse: first.trace });
    expect(second.trace.samples).toHaveLength(0);
  });

  it('writes into the storage of the run it is given to reuse', () => {
    const first = fitApproximation(options);
    const second = fitApproximation({ ...options, seed: 4, reuse: first.trace });
    expect(second.trace.storage.buffer).toBe(first.trace.storage.buffer);
  });

  it('names what it refuses: m out of 1 … 64, and xs and ys of different lengths', () => {
    expect(() => fitApproximation({ ...options, hiddenNodes: 65 })).toThrow(
      /^hiddenNodes must be an integer from 1 to 64/,
    );
    expect(() => fitApproximation({ ...options, ys: [0, 1, 2, 3] })).toThrow(
      /^xs has 5 values but ys has 4$/,
    );
  });
});

describe('parametersAt', () => {
  it('reads epochs 0 … epochs of a run, and refuses the row after the last', () => {
    const { xs, ys } = sampleShape('abs', 3);
    const { trace } = fitApproximation({
      xs,
      ys,
      hiddenNodes: 1,
      activation: 'relu',
      seed: 0,
      learningRate: 0.1,
      epochs: 2,
    });
    expect(parametersAt(trace, 2)).toHaveLength(4);
    expect(() => parametersAt(trace, 3)).toThrow(/^epoch must be an integer from 0 to 2, got 3$/);
  });
});
