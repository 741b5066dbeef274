/**
 * Test helpers: fixture loading, tolerance checks, and a reference forward pass written
 * independently of the engine (plain arrays and textbook formulas) for finite differences.
 */
import { readFileSync } from 'node:fs';
import { expect } from 'vitest';

/** Parses a JSON file from tests/fixtures (written by scripts/numpy_fixtures.py). */
export function loadFixture<T>(name: string): T {
  return JSON.parse(readFileSync(new URL(`../../fixtures/${name}`, import.meta.url), 'utf8')) as T;
}

/** |a − b| / max(|a|, |b|, floor). */
export function relativeDifference(a: number, b: number, floor: number): number {
  return Math.abs(a - b) / Math.max(Math.abs(a), Math.abs(b), floor);
}

/** Asserts relativeDifference(actual, expected, floor) ≤ tolerance, naming the value on failure. */
export function expectRelClose(
  actual: number,
  expected: number,
  tolerance: number,
  label: string,
  floor = Number.MIN_VALUE,
): void {
  const difference = relativeDifference(actual, expected, floor);
  expect(
    difference,
    `${label}: got ${actual}, expected ${expected} (relative difference ${difference})`,
  ).toBeLessThanOrEqual(tolerance);
}

/** Names of the activations the reference knows. */
export type ReferenceActivation =
  'identity' | 'sigmoid' | 'tanh' | 'relu' | 'leakyRelu' | 'softmax';

/** Textbook activation formulas, written without the engine. */
function activate(name: ReferenceActivation, z: number[]): number[] {
  switch (name) {
    case 'identity':
      return z.slice();
    case 'sigmoid':
      return z.map((v) => 1 / (1 + Math.exp(-v)));
    case 'tanh':
      return z.map((v) => (Math.exp(v) - Math.exp(-v)) / (Math.exp(v) + Math.exp(-v)));
    case 'relu':
      return z.map((v) => Math.max(0, v));
    case 'leakyRelu':
      return z.map((v) => (v >= 0 ? v : 0.01 * v));
    case 'softmax': {
      const exps = z.map((v) => Math.exp(v));
      const total = exps.reduce((a, b) => a + b, 0);
      return exps.map((v) => v / total);
    }
  }
}

/** A network as nested arrays: w[k][j][i] from node i of layer k to node j of layer k + 1. */
export interface ReferenceNet {
  widths: number[];
  w: number[][][];
  b: number[][];
  /** One activation for every hidden layer, or hidden[k − 1] for hidden layer k. */
  hidden: ReferenceActivation | readonly ReferenceActivation[];
  output: ReferenceActivation;
}

/** The activation of layer k ≥ 1 of a reference network. */
export function referenceActivationOf(net: ReferenceNet, k: number): ReferenceActivation {
  if (k === net.widths.length - 1) return net.output;
  return typeof net.hidden === 'string' ? net.hidden : net.hidden[k - 1]!;
}

/** A nudge added to one node value during the reference forward pass. */
export interface Nudge {
  layer: number;
  node: number;
  /** 'input' shifts the pre-activation, 'output' the post-activation. */
  kind: 'input' | 'output';
  delta: number;
}

/** Reference forward pass; returns pre-activations z and activations a per layer. */
export function referenceForward(
  net: ReferenceNet,
  x: number[],
  nudge?: Nudge,
): { z: number[][]; a: number[][] } {
  const shift = (layer: number, kind: Nudge['kind'], values: number[]): number[] => {
    if (nudge && nudge.layer === layer && nudge.kind === kind) {
      const copy = values.slice();
      copy[nudge.node] = copy[nudge.node]! + nudge.delta;
      return copy;
    }
    return values;
  };
  const z0 = shift(0, 'input', x.slice());
  const z: number[][] = [z0];
  const a: number[][] = [shift(0, 'output', z0.slice())];
  const last = net.widths.length - 1;
  for (let k = 1; k <= last; k++) {
    const previous = a[k - 1]!;
    const zk = net.w[k - 1]!.map(
      (row, j) =>
        row.reduce((sum, weight, i) => sum + weight * previous[i]!, 0) + net.b[k - 1]![j]!,
    );
    const shifted = shift(k, 'input', zk);
    z.push(shifted);
    a.push(shift(k, 'output', activate(referenceActivationOf(net, k), shifted)));
  }
  return { z, a };
}

/** Reference loss: ½Σ(ŷ − y)², or −Σ y log p for a softmax output. */
export function referenceLoss(net: ReferenceNet, x: number[], y: number[], nudge?: Nudge): number {
  const { a } = referenceForward(net, x, nudge);
  const prediction = a[a.length - 1]!;
  if (net.output === 'softmax') {
    return -y.reduce(
      (sum, target, j) => sum + (target === 0 ? 0 : target * Math.log(prediction[j]!)),
      0,
    );
  }
  return 0.5 * prediction.reduce((sum, value, j) => sum + (value - y[j]!) ** 2, 0);
}

/** Mean reference loss over a batch. */
export function referenceMeanLoss(net: ReferenceNet, xs: number[][], ys: number[][]): number {
  return xs.reduce((sum, x, s) => sum + referenceLoss(net, x, ys[s]!), 0) / xs.length;
}
