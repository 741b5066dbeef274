/**
 * The chapter's 3-2-1 network by name: inputs I₁ I₂ I₃, sigmoid hidden nodes H₄ H₅, identity
 * output O₆, weights λᵢ,ⱼ from node i to node j, biases b₄ b₅ b₆. It is the general engine's
 * training run, recorded as a trace, read out into named keys.
 */
import { initializeNetwork } from '../core/init';
import { networkNames } from '../core/names';
import { createNetwork } from '../core/network';
import type { Network } from '../core/network';
import { numpyRandom } from '../core/rng';
import type { Trace } from '../core/trace';
import { MAX_EPOCHS, createTrainer } from '../core/train';
import { checkFinite, checkInteger, checkNonNegative, checkVector } from '../core/validate';

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
export const BY_HAND_PARAM_KEYS = /* @__PURE__ */ Object.freeze([
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
export const BY_HAND_NODE_KEYS = /* @__PURE__ */ Object.freeze([
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
export const BY_HAND_DEFAULTS: ByHandDefaults = /* @__PURE__ */ Object.freeze({
  x: /* @__PURE__ */ Object.freeze([0.5, 0.2, 0.7] as const),
  y: 0.3,
  learningRate: 0.2,
  decay: 0,
  epochs: 1000,
  seed: 13,
});

/** Half-width of the chapter's initial bias draws: b = (r − 0.5)·0.5 ~ U[−0.25, 0.25]. */
export const BY_HAND_BIAS_HALF_WIDTH = 0.25;

/** The chapter's layer widths: three inputs, two hidden nodes, one output. */
export const BY_HAND_WIDTHS: readonly number[] = /* @__PURE__ */ Object.freeze([3, 2, 1]);

/**
 * Where each named parameter lives in θ, and each named node in the flat node arrays. The
 * top-level calls here are marked pure: one the bundler must keep would make every page that
 * imports the scenarios' entry load the chunk that entry lands in.
 */
const NAMES = /* @__PURE__ */ networkNames(BY_HAND_WIDTHS);
const PARAMETER_INDEX = /* @__PURE__ */ new Map(
  /* @__PURE__ */ NAMES.parameters.map((name) => [name.key, name.parameter]),
);

/** The general network behind the by-hand view: 3-2-1, sigmoid hidden, identity output. */
export function createByHandNetwork(): Network {
  return createNetwork(BY_HAND_WIDTHS, { hidden: 'sigmoid', output: 'identity' });
}

/** Names the 11 values of θ (or ∂L/∂θ), read by their index in θ. */
function namedParams(valueAt: (index: number) => number): ByHandParams {
  const params = {} as Record<keyof ByHandParams, number>;
  for (const key of BY_HAND_PARAM_KEYS) params[key] = valueAt(PARAMETER_INDEX.get(key)!);
  return params;
}

/** θ (or ∂L/∂θ) at one row of per-parameter columns, named. */
function paramsAt(columns: readonly Float64Array[], row: number): ByHandParams {
  return namedParams((index) => columns[index]![row]!);
}

/** Reads node inputs and outputs (values or their derivatives) at one row into named keys. */
function nodesAt(
  inputs: readonly Float64Array[],
  outputs: readonly Float64Array[],
  row: number,
): ByHandNodes {
  const nodes = {} as Record<keyof ByHandNodes, number>;
  for (const name of NAMES.nodes) {
    nodes[name.inputKey as keyof ByHandNodes] = inputs[name.node]![row]!;
    nodes[name.key as keyof ByHandNodes] = outputs[name.node]![row]!;
  }
  return nodes;
}

/**
 * Draws the chapter's initial parameters into `network` (Xavier weights and U[±0.25] biases from
 * NumPy's stream for `seed`) and applies any overrides.
 */
export function initializeByHand(
  network: Network,
  seed: number,
  init: Partial<ByHandParams> = {},
): void {
  initializeNetwork(network, numpyRandom(seed), {
    scheme: 'xavier',
    biasHalfWidth: BY_HAND_BIAS_HALF_WIDTH,
  });
  for (const key of Object.keys(init)) {
    const index = PARAMETER_INDEX.get(key);
    if (index === undefined) throw new RangeError(`unknown parameter "${key}" in init`);
    const value = init[key as keyof ByHandParams];
    if (value === undefined) continue;
    checkFinite(`init.${key}`, value);
    network.parameters[index] = value;
  }
}

/**
 * Initial θ for a NumPy seed: λ·,₄ λ·,₅ ~ U[±1/√3], λ₄,₆ λ₅,₆ ~ U[±1/√2], b = (r − 0.5)·0.5.
 * @remarks Draws in BY_HAND_PARAM_KEYS order, each weight as low + r·(high − low).
 * @param seed integer in [0, 2³² − 1]
 */
export function initByHand(seed: number = BY_HAND_DEFAULTS.seed): ByHandParams {
  const network = createByHandNetwork();
  initializeByHand(network, seed);
  return namedParams((index) => network.parameters[index]!);
}

/**
 * Gradient descent θ ← θ − η_ℓ·∂L/∂θ on L = ½(O₆ − y)², recording every epoch of the 3-2-1 net.
 * @remarks η_ℓ = η₀/(1 + decay·ℓ); epoch ℓ records the passes at θ_ℓ, before its update. A run
 * that diverges stops at the first epoch whose numbers are not finite.
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
  const init = namedParams((index) => network.parameters[index]!);
  const trace = createTrainer(
    network,
    { inputs: [x], targets: [[y]] },
    { learningRate: initialLearningRate, decay },
  ).record(epochCount);
  return { init, epochs: byHandEpochs(trace) };
}

/** The rows of a trace of the 3-2-1 network (one sample) as named records. */
export function byHandEpochs(trace: Trace): ByHandEpoch[] {
  const pass = trace.samples[0];
  if (!pass) throw new RangeError('the trace records no sample');
  return Array.from({ length: trace.length }, (_, row) => ({
    epoch: row,
    params: paramsAt(trace.parameters, row),
    nodes: nodesAt(pass.nodeInputs, pass.nodeOutputs, row),
    loss: trace.loss[row]!,
    grads: paramsAt(trace.parameterGradients, row),
    nodeGrads: nodesAt(pass.nodeInputGradients, pass.nodeOutputGradients, row),
    learningRate: trace.learningRate[row]!,
  }));
}
