/**
 * What the size of the starting weights does to training: the chapter's 3-2-1 network starts
 * from its seed's draw multiplied by a scale s (s = 0: every parameter zero; s = 1: the chapter's
 * own start; s ≫ 1: sigmoid nodes pushed far out on their flat tails) and trains by gradient
 * descent on the chapter's sample. The trace records every epoch; the helpers read what the
 * chapter on initialisation shows from it.
 */
import { BY_HAND_DEFAULTS, createByHandNetwork, initializeByHand } from './byHand';
import type { Network } from '../core/network';
import type { Trace } from '../core/trace';
import { MAX_EPOCHS, createTrainer } from '../core/train';
import { checkFinite, checkInteger, checkNonNegative, checkVector } from '../core/validate';

/** Settings of a run from a scaled start; omitted ones take the chapter's (BY_HAND_DEFAULTS). */
export interface ScaledStartOptions {
  /** s: every starting parameter is s times the seed's draw. */
  scale: number;
  /** NumPy seed of the draw (Xavier weights, U[±0.25] biases). */
  seed?: number;
  /** Epochs recorded. */
  epochs?: number;
  /** η, constant. */
  learningRate?: number;
  /** The sample x₁, x₂, x₃. */
  x?: readonly [number, number, number];
  /** Its target y. */
  y?: number;
}

/** A run from a scaled start. */
export interface ScaledStartRun {
  /** The network, holding the parameters after the last update. */
  readonly network: Network;
  /** θ₀ = s·(the seed's draw), in the layout of `network.parameters`. */
  readonly start: Float64Array;
  /** Every epoch from θ₀ on. */
  readonly trace: Trace;
}

/** θ ← s·θ: every weight and bias of the network multiplied by s, in place. */
export function scaleParameters(network: Network, scale: number): Network {
  checkFinite('scale', scale);
  const { parameters } = network;
  // s·θ with s = 0 gives −0 for a negative θ; + 0 makes every zero a plain 0.
  // Stryker disable next-line EqualityOperator: one more turn writes past the end of θ, which a typed array ignores
  for (let p = 0; p < parameters.length; p++) parameters[p] = scale * parameters[p]! + 0;
  return network;
}

/**
 * Gradient descent θ ← θ − η·∂L/∂θ on L = ½(O₆ − y)² from θ₀ = s·(the chapter's draw for a seed),
 * recording every epoch of the 3-2-1 network.
 */
export function trainFromScaledStart(options: ScaledStartOptions): ScaledStartRun {
  const { scale } = options;
  const seed = options.seed ?? BY_HAND_DEFAULTS.seed;
  const epochs = options.epochs ?? BY_HAND_DEFAULTS.epochs;
  const learningRate = options.learningRate ?? BY_HAND_DEFAULTS.learningRate;
  const x = options.x ?? BY_HAND_DEFAULTS.x;
  const y = options.y ?? BY_HAND_DEFAULTS.y;
  checkFinite('scale', scale);
  checkInteger('epochs', epochs, 1, MAX_EPOCHS);
  checkNonNegative('learningRate', learningRate);
  checkVector('x', x, 3);
  checkFinite('y', y);
  const network = createByHandNetwork();
  initializeByHand(network, seed);
  scaleParameters(network, scale);
  const start = network.parameters.slice();
  const trace = createTrainer(network, { inputs: [x], targets: [[y]] }, { learningRate }).record(
    epochs,
  );
  return { network, start, trace };
}

/** Where the weights of layer `layer` (1 = into the first hidden layer) sit in θ, and how many. */
function weightBlock(widths: readonly number[], layer: number): { offset: number; size: number } {
  checkInteger('layer', layer, 1, widths.length - 1);
  let offset = 0;
  for (let k = 1; k < layer; k++) offset += widths[k]! * (widths[k - 1]! + 1);
  return { offset, size: widths[layer]! * widths[layer - 1]! };
}

/**
 * ‖∂L/∂λ⁽ᵏ⁾‖ = √(Σ (∂L/∂λᵢ,ⱼ)²) over the weights into layer k, at one epoch of a trace: how hard
 * gradient descent pushes that layer's weights.
 */
export function weightGradientNorm(trace: Trace, layer: number, epoch: number): number {
  const { offset, size } = weightBlock(trace.widths, layer);
  checkInteger('epoch', epoch, 0, trace.length - 1);
  let squares = 0;
  for (let p = offset; p < offset + size; p++) squares += trace.parameterGradients[p]![epoch]! ** 2;
  return Math.sqrt(squares);
}

/** max over ℓ of |a_ℓ − b_ℓ|: how far apart two recorded columns (H₄ and H₅) ever get. */
export function largestGap(a: ArrayLike<number>, b: ArrayLike<number>): number {
  if (a.length !== b.length) {
    throw new RangeError(`the columns differ in length: ${a.length} and ${b.length}`);
  }
  let largest = 0;
  for (let i = 0; i < a.length; i++) largest = Math.max(largest, Math.abs(a[i]! - b[i]!));
  return largest;
}
