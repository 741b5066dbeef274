/**
 * The forward pass of several samples at once: a block of BLOCK samples goes through each layer
 * together, node n of sample q at n·BLOCK + q. Each sample's sum Σᵢ λᵢⱼ·aᵢ is added in the same
 * order as `forwardSample` adds it, so every number is that pass's own to the last bit; eight sums
 * in flight keep the processor busy where one sum waits on each addition before it.
 * @internal
 */
import { activateLayer, forwardSample } from './kernel';
import { CODE, type Plan } from './plan';

/** Samples a block holds. */
export const BLOCK = 8;

/** Storage for a block's pass: node inputs z and outputs a, node n of sample q at n·BLOCK + q. */
export interface Block {
  readonly z: Float64Array;
  readonly a: Float64Array;
  /** The data set's index of each sample in the block. */
  readonly samples: Int32Array;
}

/** A block for a network of `nodes` nodes. */
export function createBlock(nodes: number): Block {
  return {
    z: new Float64Array(nodes * BLOCK),
    a: new Float64Array(nodes * BLOCK),
    samples: new Int32Array(BLOCK),
  };
}

/**
 * z⁽ᵏ⁾ = λ⁽ᵏ⁾·a⁽ᵏ⁻¹⁾ + b⁽ᵏ⁾ and a⁽ᵏ⁾ = α(z⁽ᵏ⁾) for k = 1 … n, for the block's BLOCK samples, their
 * inputs already in its first l₀ rows. A softmax output goes sample by sample through the
 * kernel's own softmax, on one sample's arrays z and a (overwritten).
 */
export function forwardBlock(
  plan: Plan,
  theta: Float64Array,
  block: Block,
  z: Float64Array,
  a: Float64Array,
): void {
  const { widths, last, nodeStart, weightStart, biasStart, codes } = plan;
  const { z: zB, a: aB } = block;
  for (let k = 1; k <= last; k++) {
    const from = widths[k - 1]!;
    const to = widths[k]!;
    const previous = nodeStart[k - 1]! * BLOCK;
    const start = nodeStart[k]!;
    const bias = biasStart[k]!;
    let row = weightStart[k]!;
    // Stryker disable next-line EqualityOperator: one more turn writes z of the next layer's first node, which that layer writes next, or past the end of the block
    for (let j = 0, n = start * BLOCK; j < to; j++, row += from, n += BLOCK) {
      let s0 = 0;
      let s1 = 0;
      let s2 = 0;
      let s3 = 0;
      let s4 = 0;
      let s5 = 0;
      let s6 = 0;
      let s7 = 0;
      for (let i = 0, m = previous; i < from; i++, m += BLOCK) {
        const lambda = theta[row + i]!;
        s0 += lambda * aB[m]!;
        s1 += lambda * aB[m + 1]!;
        s2 += lambda * aB[m + 2]!;
        s3 += lambda * aB[m + 3]!;
        s4 += lambda * aB[m + 4]!;
        s5 += lambda * aB[m + 5]!;
        s6 += lambda * aB[m + 6]!;
        s7 += lambda * aB[m + 7]!;
      }
      const b = theta[bias + j]!;
      zB[n] = s0 + b;
      zB[n + 1] = s1 + b;
      zB[n + 2] = s2 + b;
      zB[n + 3] = s3 + b;
      zB[n + 4] = s4 + b;
      zB[n + 5] = s5 + b;
      zB[n + 6] = s6 + b;
      zB[n + 7] = s7 + b;
    }
    if (codes[k] !== CODE.softmax) {
      activateLayer(codes[k]!, zB, aB, start * BLOCK, (start + to) * BLOCK);
      continue;
    }
    for (let q = 0; q < BLOCK; q++) {
      // Stryker disable next-line EqualityOperator: softmax is the output layer: one more turn reads and writes past the arrays' ends, which typed arrays ignore
      for (let j = 0; j < to; j++) z[start + j] = zB[(start + j) * BLOCK + q]!;
      // Stryker disable next-line ArithmeticOperator: a softmax layer runs to the end of the arrays, whatever end it is given
      activateLayer(CODE.softmax, z, a, start, start + to);
      // Stryker disable next-line EqualityOperator: softmax is the output layer: one more turn writes past the block's end, which a typed array ignores
      for (let j = 0; j < to; j++) aB[(start + j) * BLOCK + q] = a[start + j]!;
    }
  }
}

/**
 * The forward pass of samples order[0 … count − 1] (0 … count − 1 when `order` is null), a
 * block at a time and the last few one by one. After each sample's pass its node values stand in
 * z and a as `forwardSample` leaves them, and `visit(s)` runs, in the samples' order.
 */
export function forwardEach(
  plan: Plan,
  theta: Float64Array,
  inputs: readonly Float64Array[],
  order: ArrayLike<number> | null,
  count: number,
  z: Float64Array,
  a: Float64Array,
  block: Block,
  visit: (s: number) => void,
): void {
  const inputWidth = plan.widths[0]!;
  const nodes = plan.nodes;
  const { z: zB, a: aB, samples: picks } = block;
  let position = 0;
  // Stryker disable next-line EqualityOperator: a last whole block left to the one-by-one loop gives the same numbers
  for (; position + BLOCK <= count; position += BLOCK) {
    for (let q = 0; q < BLOCK; q++) {
      const s = order ? order[position + q]! : position + q;
      picks[q] = s;
      const x = inputs[s]!;
      // Stryker disable next-line EqualityOperator: one more turn writes the first hidden node's slot, which forwardBlock then writes
      for (let i = 0; i < inputWidth; i++) {
        zB[i * BLOCK + q] = x[i]!;
        aB[i * BLOCK + q] = x[i]!;
      }
    }
    forwardBlock(plan, theta, block, z, a);
    for (let q = 0; q < BLOCK; q++) {
      // Stryker disable next-line EqualityOperator: one more turn writes past the ends of z and a, which typed arrays ignore
      for (let n = 0, m = q; n < nodes; n++, m += BLOCK) {
        z[n] = zB[m]!;
        a[n] = aB[m]!;
      }
      visit(picks[q]!);
    }
  }
  for (; position < count; position++) {
    const s = order ? order[position]! : position;
    forwardSample(plan, theta, inputs[s]!, z, a);
    visit(s);
  }
}
