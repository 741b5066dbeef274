import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  ACTIVATION_NAMES,
  backward,
  createGradients,
  createNetwork,
  forward,
  meanGradient,
  mulberry32,
} from '../../../../src/engine/index';
import type { HiddenActivations, Network } from '../../../../src/engine/index';
import type { ReferenceNet } from '../helpers';
import {
  referenceActivationOf,
  referenceForward,
  referenceLoss,
  referenceMeanLoss,
  relativeDifference,
} from '../helpers';

/**
 * Step h of the five-point central difference f'(0) ≈ [f(−2h) − 8f(−h) + 8f(h) − f(2h)] / 12h.
 * Its truncation error is O(h⁴), so h can be far larger than the 1e-6 of the two-point rule,
 * which cuts the rounding error (≈ ε·|L|/h) that dominates for small gradients. Tried on 6000
 * random cases: h = 3e-4 gives a worst relative error of 2.4e-7; h = 1e-4 and 1e-6 exceed 1e-6.
 */
const STEP = 3e-4;
/** Largest accepted relative error |a − b| / max(|a|, |b|, FLOOR). */
const TOLERANCE = 1e-6;
/**
 * Denominator floor: gradients smaller than 1e-5 are held to an absolute error of 1e-11, about
 * what double-precision differences of a loss of order 1 can resolve.
 */
const FLOOR = 1e-5;
/** ReLU-family pre-activations must stay this far from the kink at 0 while nudged by up to ±2h. */
const KINK_MARGIN = 100 * STEP;

/**
 * Five-point central difference of `lossAt(delta)` at delta = 0. Grouped as differences of
 * symmetric pairs so that a loss that does not move at all gives exactly 0.
 */
function centralDifference(lossAt: (delta: number) => number, step = STEP): number {
  const near = lossAt(step) - lossAt(-step);
  const far = lossAt(2 * step) - lossAt(-2 * step);
  return (8 * near - far) / (12 * step);
}

type Pair = { output: 'identity' | 'softmax' };

interface Case {
  widths: number[];
  hidden: HiddenActivations;
  pair: Pair;
  seed: number;
  batchSize: number;
}

/**
 * Random networks: 1–4 weight layers of width 1–5, both output/loss pairs, and the hidden layers'
 * activation as one name for all of them or as a list with one name per hidden layer.
 */
const cases: fc.Arbitrary<Case> = fc
  .record({
    widths: fc.array(fc.integer({ min: 1, max: 5 }), { minLength: 2, maxLength: 5 }),
    pair: fc.constantFrom<Pair>({ output: 'identity' }, { output: 'softmax' }),
    seed: fc.integer({ min: 0, max: 2 ** 32 - 1 }),
    batchSize: fc.integer({ min: 1, max: 4 }),
  })
  .chain((shape) => {
    const name = fc.constantFrom(...ACTIVATION_NAMES);
    const layers = shape.widths.length - 2;
    const perLayer = fc.array(name, { minLength: layers, maxLength: layers });
    return fc.oneof(name, perLayer).map((hidden): Case => ({ ...shape, hidden }));
  });

/** Builds an engine network and the same network as nested arrays, with random parameters. */
function build(c: Case): {
  network: Network;
  reference: ReferenceNet;
  xs: number[][];
  ys: number[][];
} {
  const rng = mulberry32(c.seed);
  const draw = (half: number) => (2 * rng() - 1) * half;
  const network = createNetwork(c.widths, { hidden: c.hidden, output: c.pair.output });
  const w: number[][][] = [];
  const b: number[][] = [];
  for (let k = 1; k < c.widths.length; k++) {
    const from = c.widths[k - 1]!;
    const to = c.widths[k]!;
    const rows = Array.from({ length: to }, () => Array.from({ length: from }, () => draw(1.2)));
    const biases = Array.from({ length: to }, () => draw(0.5));
    rows.forEach((row, j) =>
      row.forEach((value, i) => (network.weights[k - 1]![j * from + i] = value)),
    );
    network.biases[k - 1]!.set(biases);
    w.push(rows);
    b.push(biases);
  }
  const inputWidth = c.widths[0]!;
  const outputWidth = c.widths[c.widths.length - 1]!;
  const xs = Array.from({ length: c.batchSize }, () =>
    Array.from({ length: inputWidth }, () => draw(2)),
  );
  const ys = Array.from({ length: c.batchSize }, () => {
    if (c.pair.output === 'identity') return Array.from({ length: outputWidth }, () => draw(1));
    const target = new Array<number>(outputWidth).fill(0);
    target[Math.floor(rng() * outputWidth)] = 1;
    return target;
  });
  const reference: ReferenceNet = {
    widths: c.widths,
    w,
    b,
    hidden: c.hidden,
    output: c.pair.output,
  };
  return { network, reference, xs, ys };
}

/** True when a ReLU-family hidden layer has a pre-activation within `margin` of its kink. */
function nearKink(reference: ReferenceNet, xs: number[][], margin = KINK_MARGIN): boolean {
  const kinked = (k: number) => ['relu', 'leakyRelu'].includes(referenceActivationOf(reference, k));
  return xs.some((x) => {
    const { z } = referenceForward(reference, x);
    return z
      .slice(1, -1)
      .some((layer, index) => kinked(index + 1) && layer.some((v) => Math.abs(v) < margin));
  });
}

/** Asserts backprop and central differences agree, naming the quantity on failure. */
function expectAgreement(analytic: number, numeric: number, label: string): void {
  const error = relativeDifference(analytic, numeric, FLOOR);
  expect(error, `${label}: backprop ${analytic}, central difference ${numeric}`).toBeLessThan(
    TOLERANCE,
  );
}

/**
 * Central differences of the reference's mean batch loss for every parameter, in the engine's
 * layout (per layer: λ row by row, row j = the weights into node j, then b), each with its name.
 */
function referenceParameterSlopes(
  reference: ReferenceNet,
  xs: number[][],
  ys: number[][],
  difference: (lossAt: (delta: number) => number) => number,
): { label: string; numeric: number }[] {
  const slopes: { label: string; numeric: number }[] = [];
  /** d(mean loss)/d(value) for a parameter held at `values[index]`. */
  const slope = (values: number[], index: number, label: string): void => {
    const original = values[index]!;
    const numeric = difference((delta) => {
      values[index] = original + delta;
      return referenceMeanLoss(reference, xs, ys);
    });
    values[index] = original;
    slopes.push({ label, numeric });
  };
  reference.w.forEach((rows, k) => {
    rows.forEach((row, j) => row.forEach((_, i) => slope(row, i, `∂L/∂λ layer ${k} (${j}←${i})`)));
    reference.b[k]!.forEach((_, j) => slope(reference.b[k]!, j, `∂L/∂b layer ${k + 1} node ${j}`));
  });
  return slopes;
}

describe('backprop', () => {
  it('matches central differences of the mean batch loss for every weight and bias', () => {
    fc.assert(
      fc.property(cases, (c) => {
        const { network, reference, xs, ys } = build(c);
        fc.pre(!nearKink(reference, xs));
        const gradient = meanGradient(network, { inputs: xs, targets: ys });
        const slopes = referenceParameterSlopes(reference, xs, ys, centralDifference);
        expect(slopes).toHaveLength(network.parameters.length);
        slopes.forEach(({ label, numeric }, p) => expectAgreement(gradient[p]!, numeric, label));
      }),
      { numRuns: 300, seed: 20240601 },
    );
  });

  it('matches two-point central differences (h = 1e-6) on every parameter of a 3-5-4-3 softmax network with tanh, then ReLU hidden layers', () => {
    const c: Case = {
      widths: [3, 5, 4, 3],
      hidden: ['tanh', 'relu'],
      pair: { output: 'softmax' },
      seed: 31,
      batchSize: 4,
    };
    const { network, reference, xs, ys } = build(c);
    const step = 1e-6;
    expect(nearKink(reference, xs, 100 * step)).toBe(false); // ReLU's inputs far from its kink
    const twoPoint = (lossAt: (delta: number) => number) =>
      (lossAt(step) - lossAt(-step)) / (2 * step);
    const gradient = meanGradient(network, { inputs: xs, targets: ys });
    const slopes = referenceParameterSlopes(reference, xs, ys, twoPoint);
    expect(slopes).toHaveLength(network.parameters.length);
    // The two-point rule's error: truncation h²·L‴/6 ≈ 1e-13, rounding ≈ ε·|L|/h ≈ 1e-10. So a
    // gradient under 1e-4 is held to 1e-10 absolute, a larger one to 1e-6 relative (worst seen:
    // 4e-8).
    slopes.forEach(({ label, numeric }, p) => {
      const error = relativeDifference(gradient[p]!, numeric, 1e-4);
      expect(
        error,
        `${label}: backprop ${gradient[p]}, central difference ${numeric}`,
      ).toBeLessThan(1e-6);
    });
  });

  it('matches central differences for every node input and node output of a sample', () => {
    fc.assert(
      fc.property(cases, (c) => {
        const { network, reference, xs, ys } = build(c);
        fc.pre(!nearKink(reference, xs));
        const x = xs[0]!;
        const y = ys[0]!;
        const pass = forward(network, x);
        const grads = backward(network, pass, y);
        const last = c.widths.length - 1;
        for (let layer = 0; layer <= last; layer++) {
          for (let node = 0; node < c.widths[layer]!; node++) {
            for (const kind of ['input', 'output'] as const) {
              // −log p is steep near p = 0, so a softmax probability is nudged relative to its size
              const isProbability =
                kind === 'output' && layer === last && c.pair.output === 'softmax';
              const value = (kind === 'input' ? pass.inputs : pass.outputs)[layer]![node]!;
              const numeric = centralDifference(
                (delta) => referenceLoss(reference, x, y, { layer, node, kind, delta }),
                isProbability ? STEP * Math.min(1, value) : STEP,
              );
              const analytic = (kind === 'input' ? grads.inputs : grads.outputs)[layer]![node]!;
              expectAgreement(analytic, numeric, `∂L/∂(node ${kind}) layer ${layer} node ${node}`);
            }
          }
        }
      }),
      { numRuns: 300, seed: 20240602 },
    );
  });

  it('agrees with an independent reference forward pass', () => {
    fc.assert(
      fc.property(cases, (c) => {
        const { network, reference, xs } = build(c);
        for (const x of xs) {
          const pass = forward(network, x);
          const { z, a } = referenceForward(reference, x);
          z.forEach((layer, k) =>
            layer.forEach((value, j) => {
              expect(relativeDifference(pass.inputs[k]![j]!, value, 1e-12)).toBeLessThan(1e-12);
              expect(relativeDifference(pass.outputs[k]![j]!, a[k]![j]!, 1e-12)).toBeLessThan(
                1e-12,
              );
            }),
          );
        }
      }),
      { numRuns: 200, seed: 20240603 },
    );
  });

  it('refuses a target, a pass or gradients of another network', () => {
    const network = createNetwork([1, 1], { hidden: 'identity', output: 'identity' });
    const other = createNetwork([1, 2, 1], { hidden: 'identity', output: 'identity' });
    const pass = forward(network, [1]);
    expect(() => backward(network, pass, [1, 2])).toThrow('y must have 1 entries, got 2');
    expect(() => backward(network, forward(other, [1]), [1])).toThrow(RangeError);
    expect(() => backward(network, pass, [1], createGradients(other))).toThrow(RangeError);
    // [1, 2] and [3, 1] both have 4 parameters, over 3 and 4 nodes.
    const narrow = createNetwork([1, 2], network);
    const sameCount = createGradients(createNetwork([3, 1], network));
    expect(() => backward(narrow, forward(narrow, [1]), [1, 2], sameCount)).toThrow(RangeError);
    const wrongSize = { ...createGradients(network), parameters: new Float64Array(1) };
    expect(() => backward(network, pass, [1], wrongSize)).toThrow(
      'gradients were created for a different network',
    );
  });

  it('overwrites the Gradients it is given: a reused object holds the last sample’s gradients, not a sum', () => {
    // One weight λ and one bias b, identity output, L = ½(λx + b − y)²:
    // ∂L/∂λ = (λx + b − y)·x and ∂L/∂b = λx + b − y.
    const network = createNetwork([1, 1], { hidden: 'identity', output: 'identity' });
    network.weights[0]![0] = 2;
    network.biases[0]![0] = 0.5;
    const grads = createGradients(network);
    backward(network, forward(network, [1]), [0], grads); // 2 + 0.5 − 0 = 2.5: ∂L/∂λ = 2.5
    backward(network, forward(network, [3]), [4], grads); // 6 + 0.5 − 4 = 2.5: ∂L/∂λ = 7.5
    // A sum of the two would give ∂L/∂λ = 10 and ∂L/∂b = 5.
    expect(grads.weights[0]![0]).toBe(7.5);
    expect(grads.biases[0]![0]).toBe(2.5);
  });
});
