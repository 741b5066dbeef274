/**
 * The chapter's 3-2-1 network by name: inputs I₁ I₂ I₃, sigmoid hidden nodes H₄ H₅, identity
 * output O₆, weights λᵢ,ⱼ from node i to node j, biases b₄ b₅ b₆. It is the general engine
 * (createNetwork / forward / backward / gradient descent) read out into named keys.
 */
import { backpropagate, createGradients } from './backward';
import type { Gradients } from './backward';
import { createForwardPass, propagate } from './forward';
import type { ForwardPass } from './forward';
import { initializeNetwork } from './init';
import { squaredLoss } from './losses';
import { createNetwork } from './network';
import type { Network } from './network';
import { decayedLearningRate, gradientDescentStep } from './optimize';
import { numpyRandom } from './rng';
import { MAX_EPOCHS } from './train';
import { checkFinite, checkInteger, checkNonNegative, checkVector } from './validate';

/** The 11 parameters; w14 is λ₁,₄ (from I₁ to H₄), and so on. */
export interface ByHandParams {
  w14: number;
  w24: number;
  w34: number;
  w15: number;
  w25: number;
  w35: number;
  w46: number;
  w56: number;
  b4: number;
  b5: number;
  b6: number;
}

/** Node values: I₁..I₃ = x; H₄in, H₅in, O₆in before activation; H₄, H₅, O₆ = ŷ after. */
export interface ByHandNodes {
  I1: number;
  I2: number;
  I3: number;
  H4in: number;
  H4: number;
  H5in: number;
  H5: number;
  O6in: number;
  O6: number;
}

/** One epoch of by-hand training. */
export interface ByHandEpoch {
  /** ℓ, counted from 0. */
  epoch: number;
  /** Parameters used in this epoch's forward pass. */
  params: ByHandParams;
  /** Node values of the forward pass. */
  nodes: ByHandNodes;
  /** L = ½(O₆ − y)². */
  loss: number;
  /** ∂L/∂ each parameter. */
  grads: ByHandParams;
  /** ∂L/∂ each node value (∂L/∂O₆ = O₆ − y, …, ∂L/∂I₁). */
  nodeGrads: ByHandNodes;
  /** η_ℓ = η₀/(1 + decay·ℓ), the step size of the update that follows this epoch. */
  learningRate: number;
}

/** Settings of a by-hand run; every field is optional (see BY_HAND_DEFAULTS). */
export interface ByHandOptions {
  /** Inputs x₁, x₂, x₃. */
  x?: [number, number, number];
  /** Target y. */
  y?: number;
  /** η₀. */
  learningRate?: number;
  /** Time decay of η; 0 keeps η constant. */
  decay?: number;
  /** Number of epochs (forward + backward passes); the last one is not followed by an update. */
  epochs?: number;
  /** NumPy seed for the initial parameters. */
  seed?: number;
  /** Initial values that replace the random ones (the draws still happen, in order). */
  init?: Partial<ByHandParams>;
}

/** Parameter keys in draw order (also the order of the table in the chapter). */
export const BY_HAND_PARAM_KEYS = Object.freeze([
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
] as const);

/** Node keys from inputs to output. */
export const BY_HAND_NODE_KEYS = Object.freeze([
  'I1',
  'I2',
  'I3',
  'H4in',
  'H4',
  'H5in',
  'H5',
  'O6in',
  'O6',
] as const);

/** Shape of BY_HAND_DEFAULTS. */
export interface ByHandDefaults {
  readonly x: readonly [number, number, number];
  readonly y: number;
  readonly learningRate: number;
  readonly decay: number;
  readonly epochs: number;
  readonly seed: number;
}

/** The chapter's worked example: x = (0.5, 0.2, 0.7), y = 0.3, η = 0.2, 1000 epochs, seed 13. */
export const BY_HAND_DEFAULTS: ByHandDefaults = Object.freeze({
  x: Object.freeze([0.5, 0.2, 0.7] as const),
  y: 0.3,
  learningRate: 0.2,
  decay: 0,
  epochs: 1000,
  seed: 13,
});

/** Half-width of the initial bias draws: b = (r − 0.5)·0.5 ~ U[−0.25, 0.25]. */
const BIAS_HALF_WIDTH = 0.25;

/*
 * Flat parameter layout of createNetwork([3, 2, 1]): λ⁽¹⁾ rows H₄ then H₅ (cols I₁ I₂ I₃), b⁽¹⁾,
 * λ⁽²⁾ (row O₆, cols H₄ H₅), b⁽²⁾:  [w14 w24 w34 w15 w25 w35 | b4 b5 | w46 w56 | b6]
 */
const FLAT_INDEX: Readonly<Record<keyof ByHandParams, number>> = {
  w14: 0,
  w24: 1,
  w34: 2,
  w15: 3,
  w25: 4,
  w35: 5,
  b4: 6,
  b5: 7,
  w46: 8,
  w56: 9,
  b6: 10,
};

/** The general network behind the by-hand view: 3-2-1, sigmoid hidden, identity output. */
function createByHandNetwork(): Network {
  return createNetwork([3, 2, 1], { hidden: 'sigmoid', output: 'identity' });
}

/** Reads the flat parameter (or gradient) array into named keys. */
function toParams(flat: Float64Array): ByHandParams {
  return {
    w14: flat[0]!,
    w24: flat[1]!,
    w34: flat[2]!,
    w15: flat[3]!,
    w25: flat[4]!,
    w35: flat[5]!,
    w46: flat[8]!,
    w56: flat[9]!,
    b4: flat[6]!,
    b5: flat[7]!,
    b6: flat[10]!,
  };
}

/** Reads per-layer node inputs and outputs (values or their gradients) into named keys. */
function toNodes(layers: ForwardPass | Gradients): ByHandNodes {
  const inputs = layers.outputs[0]!;
  const hiddenIn = layers.inputs[1]!;
  const hiddenOut = layers.outputs[1]!;
  return {
    I1: inputs[0]!,
    I2: inputs[1]!,
    I3: inputs[2]!,
    H4in: hiddenIn[0]!,
    H4: hiddenOut[0]!,
    H5in: hiddenIn[1]!,
    H5: hiddenOut[1]!,
    O6in: layers.inputs[2]![0]!,
    O6: layers.outputs[2]![0]!,
  };
}

/** Draws the chapter's initial parameters into `network` and applies any overrides. */
function initializeByHand(network: Network, seed: number, init: Partial<ByHandParams>): void {
  initializeNetwork(network, numpyRandom(seed), {
    scheme: 'xavier',
    biasHalfWidth: BIAS_HALF_WIDTH,
  });
  for (const key of Object.keys(init)) {
    if (!(key in FLAT_INDEX)) throw new RangeError(`unknown parameter "${key}" in init`);
    const value = init[key as keyof ByHandParams];
    if (value === undefined) continue;
    checkFinite(`init.${key}`, value);
    network.parameters[FLAT_INDEX[key as keyof ByHandParams]] = value;
  }
}

/**
 * Initial θ for a NumPy seed: λ·,₄ λ·,₅ ~ U[±1/√3], λ₄,₆ λ₅,₆ ~ U[±1/√2], b = (r − 0.5)·0.5.
 * @remarks Draws in BY_HAND_PARAM_KEYS order, each weight as low + r·(high − low).
 * @param seed integer in [0, 2³² − 1]
 */
export function initByHand(seed: number = BY_HAND_DEFAULTS.seed): ByHandParams {
  const network = createByHandNetwork();
  initializeByHand(network, seed, {});
  return toParams(network.parameters);
}

/**
 * Gradient descent θ ← θ − η_ℓ·∂L/∂θ on L = ½(O₆ − y)², recording every epoch of the 3-2-1 net.
 * @remarks η_ℓ = η₀/(1 + decay·ℓ); the last epoch is not followed by an update.
 * @param options settings; omitted ones take BY_HAND_DEFAULTS
 * @returns the initial parameters and one record per epoch
 */
export function trainByHand(options: ByHandOptions = {}): {
  init: ByHandParams;
  epochs: ByHandEpoch[];
} {
  const x = options.x ?? BY_HAND_DEFAULTS.x;
  const y = options.y ?? BY_HAND_DEFAULTS.y;
  const initialLearningRate = options.learningRate ?? BY_HAND_DEFAULTS.learningRate;
  const decay = options.decay ?? BY_HAND_DEFAULTS.decay;
  const epochCount = options.epochs ?? BY_HAND_DEFAULTS.epochs;
  const seed = options.seed ?? BY_HAND_DEFAULTS.seed;
  checkVector('x', x, 3);
  checkFinite('y', y);
  checkNonNegative('learningRate', initialLearningRate);
  checkNonNegative('decay', decay);
  checkInteger('epochs', epochCount, 1, MAX_EPOCHS);
  if (options.init !== undefined && (typeof options.init !== 'object' || options.init === null)) {
    throw new RangeError('init must be an object of parameter values');
  }

  const network = createByHandNetwork();
  initializeByHand(network, seed, options.init ?? {});
  const pass = createForwardPass(network);
  const grads = createGradients(network);
  const init = toParams(network.parameters);
  const target = [y];
  const epochs: ByHandEpoch[] = [];
  for (let epoch = 0; epoch < epochCount; epoch++) {
    propagate(network, x, pass);
    backpropagate(network, pass, target, grads);
    const learningRate = decayedLearningRate(initialLearningRate, decay, epoch);
    epochs.push({
      epoch,
      params: toParams(network.parameters),
      nodes: toNodes(pass),
      loss: squaredLoss(pass.outputs[2]!, target),
      grads: toParams(grads.parameters),
      nodeGrads: toNodes(grads),
      learningRate,
    });
    if (epoch < epochCount - 1)
      gradientDescentStep(network.parameters, grads.parameters, learningRate);
  }
  return { init, epochs };
}
