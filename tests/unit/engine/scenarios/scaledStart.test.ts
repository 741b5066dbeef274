import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  BY_HAND_PARAM_KEYS,
  createByHandNetwork,
  initByHand,
  largestGap,
  scaleParameters,
  trainByHand,
  trainFromScaledStart,
  weightGradientNorm,
} from '../../../../src/engine/index';
import { expectRelClose } from '../helpers';

/** Nodes counted across the network: I₁ I₂ I₃ H₄ H₅ O₆. */
const H4 = 3;
const H5 = 4;
const O6 = 5;
/** θ's layout: λ₁,₄ λ₂,₄ λ₃,₄ λ₁,₅ λ₂,₅ λ₃,₅ b₄ b₅ λ₄,₆ λ₅,₆ b₆. */
const INTO_H4 = [0, 1, 2];
const INTO_H5 = [3, 4, 5];
const [W46, W56] = [8, 9];
const X = [0.5, 0.2, 0.7];
const Y = 0.3;

/** 1/(1 + e^−z), written here. */
const sigmoid = (z: number) => 1 / (1 + Math.exp(-z));

/**
 * ∂L/∂λ of the six hidden weights at epoch 0, by the chain rule written out for the 3-2-1 network:
 * ∂L/∂λᵢ,ⱼ = xᵢ · Hⱼ(1 − Hⱼ) · λⱼ,₆ · (O₆ − y).
 */
function handHiddenGradients(theta: Float64Array): number[] {
  const h4 = sigmoid(X[0]! * theta[0]! + X[1]! * theta[1]! + X[2]! * theta[2]! + theta[6]!);
  const h5 = sigmoid(X[0]! * theta[3]! + X[1]! * theta[4]! + X[2]! * theta[5]! + theta[7]!);
  const o6 = theta[W46]! * h4 + theta[W56]! * h5 + theta[10]!;
  const signal = o6 - Y;
  return [
    ...X.map((x) => x * h4 * (1 - h4) * theta[W46]! * signal),
    ...X.map((x) => x * h5 * (1 - h5) * theta[W56]! * signal),
  ];
}

describe('training from a scaled start', () => {
  it('starts every parameter at s times the chapter’s draw for the seed', () => {
    for (const [scale, seed] of [
      [1, 13],
      [2.5, 7],
      [-0.5, 0],
    ] as const) {
      const draw = initByHand(seed);
      const { start } = trainFromScaledStart({ scale, seed, epochs: 1 });
      const names = createByHandNetwork();
      expect(start).toHaveLength(names.parameters.length);
      const expected = [
        draw.w14,
        draw.w24,
        draw.w34,
        draw.w15,
        draw.w25,
        draw.w35,
        draw.b4,
        draw.b5,
        draw.w46,
        draw.w56,
        draw.b6,
      ].map((value) => scale * value);
      expect(Array.from(start)).toEqual(expected);
    }
  });

  it('at scale 1 is the chapter’s own run, epoch by epoch', () => {
    const { trace } = trainFromScaledStart({ scale: 1, seed: 13, epochs: 300 });
    const chapter = trainByHand({ epochs: 300 }).epochs;
    expect(trace.length).toBe(300);
    chapter.forEach((epoch, row) => {
      expect(trace.loss[row], `loss at ${row}`).toBe(epoch.loss);
      expect(trace.samples[0]!.nodeOutputs[H4]![row]).toBe(epoch.nodes.H4);
      expect(trace.samples[0]!.nodeOutputs[H5]![row]).toBe(epoch.nodes.H5);
    });
    expect(BY_HAND_PARAM_KEYS).toHaveLength(trace.parameters.length);
  });

  it.each([13, 0, 1, 42, 999_999])(
    'at scale 0 keeps H₄ = H₅ at every epoch, and their weights equal: symmetry is never broken (seed %i)',
    (seed) => {
      const { start, trace } = trainFromScaledStart({ scale: 0, seed, epochs: 300 });
      expect(Array.from(start)).toEqual(new Array(11).fill(0));
      expect(Object.is(start[0], -0)).toBe(false);
      const pass = trace.samples[0]!;
      expect(trace.length).toBe(300);
      for (let row = 0; row < trace.length; row++) {
        expect(pass.nodeOutputs[H4]![row], `H4 = H5 at ${row}`).toBe(pass.nodeOutputs[H5]![row]);
        expect(pass.nodeSlopes[H4]![row]).toBe(pass.nodeSlopes[H5]![row]);
        INTO_H4.forEach((p, i) =>
          expect(trace.parameters[p]![row], `λ${i + 1},4 = λ${i + 1},5`).toBe(
            trace.parameters[INTO_H5[i]!]![row],
          ),
        );
        expect(trace.parameters[W46]![row]).toBe(trace.parameters[W56]![row]);
      }
      expect(largestGap(pass.nodeOutputs[H4]!, pass.nodeOutputs[H5]!)).toBe(0);
      // Both hidden nodes start in the middle of the sigmoid, where its slope is largest.
      expect(pass.nodeOutputs[H4]![0]).toBe(0.5);
      expect(pass.nodeSlopes[H4]![0]).toBe(0.25);
      // The loss still falls: the output bias and weights learn, the hidden layer moves as one.
      expect(trace.loss[trace.length - 1]).toBeLessThan(trace.loss[0]! * 1e-6);
    },
  );

  it('with a small random start, H₄ and H₅ differ', () => {
    const { trace } = trainFromScaledStart({ scale: 1, seed: 13, epochs: 300 });
    const pass = trace.samples[0]!;
    expect(largestGap(pass.nodeOutputs[H4]!, pass.nodeOutputs[H5]!)).toBeGreaterThan(1e-3);
  });

  it('scales each hidden node’s input at epoch 0 in proportion to s', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 0, max: 999_999 }),
        fc.double({ min: 0, max: 20, noNaN: true }),
        (seed, scale) => {
          const unit = trainFromScaledStart({ scale: 1, seed, epochs: 1 }).trace.samples[0]!;
          const scaled = trainFromScaledStart({ scale, seed, epochs: 1 }).trace.samples[0]!;
          for (const node of [H4, H5]) {
            const z = scaled.nodeInputs[node]![0]!;
            expect(Math.abs(z - scale * unit.nodeInputs[node]![0]!)).toBeLessThan(
              1e-12 * Math.max(1, Math.abs(z)),
            );
            // The slope is the sigmoid's, σ(z)(1 − σ(z)), never above 1/4.
            const slope = scaled.nodeSlopes[node]![0]!;
            expectRelClose(slope, sigmoid(z) * (1 - sigmoid(z)), 1e-12, 'slope', 1e-300);
            expect(slope).toBeLessThanOrEqual(0.25);
          }
        },
      ),
      { numRuns: 50 },
    );
  });

  it.each([13, 1])(
    'at scale 20 saturates both hidden nodes: slopes below 0.01, and they hardly move (seed %i)',
    (seed) => {
      const large = trainFromScaledStart({ scale: 20, seed, epochs: 300 }).trace;
      const chapter = trainFromScaledStart({ scale: 1, seed, epochs: 300 }).trace;
      for (const node of [H4, H5]) {
        expect(large.samples[0]!.nodeSlopes[node]![0]).toBeLessThan(0.01);
        expect(chapter.samples[0]!.nodeSlopes[node]![0]).toBeGreaterThan(0.2);
      }
      // Saturated nodes hardly move over the whole run, while the output still fits the sample.
      const pass = large.samples[0]!;
      for (const node of [H4, H5]) {
        expect(Math.abs(pass.nodeOutputs[node]![299]! - pass.nodeOutputs[node]![0]!)).toBeLessThan(
          1e-3,
        );
      }
      expect(Math.abs(pass.nodeOutputs[O6]![299]! - Y)).toBeLessThan(1e-9);
    },
  );

  it('at scale 20 gives the hidden weights a far smaller share of the gradient than at scale 1 (seed 13)', () => {
    const ratio = (scale: number) => {
      const { trace } = trainFromScaledStart({ scale, seed: 13, epochs: 1 });
      return weightGradientNorm(trace, 1, 0) / weightGradientNorm(trace, 2, 0);
    };
    expect(ratio(1)).toBeGreaterThan(0.05);
    expect(ratio(20)).toBeLessThan(ratio(1) / 100);
  });

  it('measures the hidden gradient as the length of the six ∂L/∂λ the chain rule gives', () => {
    for (const [scale, seed] of [
      [1, 13],
      [0.3, 4],
      [6, 21],
      [0, 13],
    ] as const) {
      const { start, trace } = trainFromScaledStart({ scale, seed, epochs: 1 });
      const hand = handHiddenGradients(start);
      const length = Math.sqrt(hand.reduce((sum, g) => sum + g * g, 0));
      expectRelClose(weightGradientNorm(trace, 1, 0), length, 1e-12, `scale ${scale}`, 1e-300);
    }
    // At scale 0 the outgoing weights are zero, so no derivative reaches the hidden layer at first.
    expect(weightGradientNorm(trainFromScaledStart({ scale: 0, epochs: 1 }).trace, 1, 0)).toBe(0);
  });

  it('output weights’ gradient: ∂L/∂λⱼ,₆ = Hⱼ·(O₆ − y)', () => {
    const { trace } = trainFromScaledStart({ scale: 2, seed: 3, epochs: 1 });
    const pass = trace.samples[0]!;
    const signal = pass.nodeOutputs[O6]![0]! - Y;
    const expected = Math.hypot(
      pass.nodeOutputs[H4]![0]! * signal,
      pass.nodeOutputs[H5]![0]! * signal,
    );
    expectRelClose(weightGradientNorm(trace, 2, 0), expected, 1e-12, 'output gradient');
    expect(() => weightGradientNorm(trace, 3, 0)).toThrow(RangeError);
    expect(() => weightGradientNorm(trace, 1, 1)).toThrow(RangeError);
  });

  it('refuses a scale, an epoch count or a sample it cannot use', () => {
    expect(() => trainFromScaledStart({ scale: Number.NaN })).toThrow(RangeError);
    expect(() => trainFromScaledStart({ scale: Number.POSITIVE_INFINITY })).toThrow(RangeError);
    expect(() => trainFromScaledStart({ scale: 1, epochs: 0 })).toThrow(RangeError);
    expect(() => trainFromScaledStart({ scale: 1, seed: -1 })).toThrow(RangeError);
    expect(() => trainFromScaledStart({ scale: 1, y: Number.NaN })).toThrow(RangeError);
  });
});

describe('helpers', () => {
  it('scaleParameters multiplies θ in place and writes no negative zero', () => {
    const network = createByHandNetwork();
    network.parameters.set([1, -2, 3, -4, 5, -6, 7, -8, 9, -10, 0.5]);
    scaleParameters(network, 0);
    expect(Array.from(network.parameters).every((value) => Object.is(value, 0))).toBe(true);
    network.parameters.set([1, -2, 3, -4, 5, -6, 7, -8, 9, -10, 0.5]);
    scaleParameters(network, -2);
    expect(Array.from(network.parameters)).toEqual([-2, 4, -6, 8, -10, 12, -14, 16, -18, 20, -1]);
    expect(() => scaleParameters(network, Number.NaN)).toThrow(RangeError);
  });

  it('largestGap is the largest |aᵢ − bᵢ|', () => {
    expect(largestGap([0.5, 0.25, 1], [0.5, 0.75, 0.875])).toBe(0.5);
    expect(largestGap([], [])).toBe(0);
    expect(() => largestGap([1], [1, 2])).toThrow(RangeError);
  });
});

describe('refusals name what they refuse', () => {
  it.each([
    ['scale', { scale: Number.NaN }, /^scale must be a finite number/],
    ['epochs', { scale: 1, epochs: 0 }, /^epochs must be an integer from 1 to/],
    ['learningRate', { scale: 1, learningRate: -0.5 }, /^learningRate must be ≥ 0/],
    ['x', { scale: 1, x: [1, 2] as unknown as [number, number, number] }, /^x must have 3 entries/],
    ['y', { scale: 1, y: Number.NEGATIVE_INFINITY }, /^y must be a finite number/],
  ])('trainFromScaledStart names %s', (_label, options, message) => {
    expect(() => trainFromScaledStart(options)).toThrow(message);
  });

  it('scaleParameters names the scale', () => {
    expect(() => scaleParameters(createByHandNetwork(), Number.NaN)).toThrow(
      /^scale must be a finite number/,
    );
  });

  it('weightGradientNorm names the layer (1 … 2 in the 3-2-1 network) and the epoch', () => {
    const { trace } = trainFromScaledStart({ scale: 1, epochs: 2 });
    expect(() => weightGradientNorm(trace, 0, 0)).toThrow(
      /^layer must be an integer from 1 to 2, got 0$/,
    );
    expect(() => weightGradientNorm(trace, 1, 2)).toThrow(
      /^epoch must be an integer from 0 to 1, got 2$/,
    );
  });

  it('largestGap names both lengths', () => {
    expect(() => largestGap([1, 2, 3], [1, 2])).toThrow(/^the columns differ in length: 3 and 2$/);
  });
});
