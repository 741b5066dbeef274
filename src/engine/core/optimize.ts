/**
 * Gradient-descent optimizers. Each works on the flat parameter array of a network and a gradient
 * array of the same layout, so they know nothing about layers.
 */
import { checkFinite, checkNonNegative } from './validate';

/**
 * Time-based decay η_ℓ = η₀ / (1 + decay·ℓ) for epoch ℓ = 0, 1, 2, …
 * @param initialLearningRate η₀
 * @param decay ≥ 0; 0 keeps η constant
 * @param epoch ℓ, counted from 0
 */
export function decayedLearningRate(
  initialLearningRate: number,
  decay: number,
  epoch: number,
): number {
  return initialLearningRate / (1 + decay * epoch);
}

/** Plain gradient descent θ ← θ − η·∂L/∂θ, in place. */
export function gradientDescentStep(
  parameters: Float64Array,
  gradients: Float64Array,
  learningRate: number,
): Float64Array {
  // Stryker disable next-line EqualityOperator: one more turn writes past the end of the parameters, which a typed array ignores
  for (let i = 0; i < parameters.length; i++) {
    parameters[i] = parameters[i]! - learningRate * gradients[i]!;
  }
  return parameters;
}

/** How an optimizer turns gradients into an update, and its settings. */
export type OptimizerSettings =
  | { kind: 'gd' }
  | {
      kind: 'momentum';
      /** β, share of the previous velocity kept (0.9 by default) */ beta?: number;
    }
  | {
      kind: 'adam';
      /** β₁, decay of the first-moment average (0.9 by default) */
      beta1?: number;
      /** β₂, decay of the second-moment average (0.999 by default) */
      beta2?: number;
      /** ε added to √v̂ to avoid division by zero (1e-8 by default) */
      epsilon?: number;
    };

/** Fields every optimizer has. */
interface OptimizerBase {
  /** Updates taken since creation or the last reset (t). */
  readonly steps: number;
  /** Applies one update to `parameters` in place, given the (mean) gradient and η. */
  step(parameters: Float64Array, gradients: Float64Array, learningRate: number): void;
  /** `step` without the size check, for training loops that checked once. @internal */
  update(parameters: Float64Array, gradients: Float64Array, learningRate: number): void;
  /** Forgets all history: steps = 0 and every buffer zeroed. */
  reset(): void;
}

/** Plain gradient descent; no state. */
export interface GradientDescentOptimizer extends OptimizerBase {
  readonly kind: 'gd';
  /** Counts updates that a training loop applied itself, fused into backprop. @internal */
  countSteps(count: number): void;
}

/** Momentum: v ← β·v + g, θ ← θ − η·v. */
export interface MomentumOptimizer extends OptimizerBase {
  readonly kind: 'momentum';
  readonly beta: number;
  /** v, one entry per parameter. */
  readonly velocity: Float64Array;
}

/** Adam (Kingma & Ba 2015). */
export interface AdamOptimizer extends OptimizerBase {
  readonly kind: 'adam';
  readonly beta1: number;
  readonly beta2: number;
  readonly epsilon: number;
  /** m, running mean of gradients. */
  readonly firstMoment: Float64Array;
  /** v, running mean of squared gradients. */
  readonly secondMoment: Float64Array;
}

/** Any optimizer. */
export type Optimizer = GradientDescentOptimizer | MomentumOptimizer | AdamOptimizer;

/** Throws unless `value` lies in [0, 1). */
function checkDecayRate(name: string, value: number): void {
  checkFinite(name, value);
  if (value < 0 || value >= 1) throw new RangeError(`${name} must be in [0, 1), got ${value}`);
}

/** Throws unless the arrays fit an optimizer built for `size` parameters. */
function checkSizes(size: number, parameters: Float64Array, gradients: Float64Array): void {
  if (parameters.length !== size || gradients.length !== size) {
    throw new RangeError(`optimizer expects ${size} parameters and gradients`);
  }
}

/** An optimizer's own update θ ← θ − η·(…), given the step number t it is taking (from 1). */
type Advance = (
  parameters: Float64Array,
  gradients: Float64Array,
  learningRate: number,
  steps: number,
) => void;

/**
 * What every optimizer has around its own update: the step count t (in `count`, for an optimizer
 * that also counts steps it did not take), `step` checking the sizes before `update`, `update`
 * counting t then advancing, and `reset` zeroing t and every buffer.
 */
function withHistory<Fields extends object>(
  size: number,
  buffers: readonly Float64Array[],
  fields: Fields,
  advance: Advance,
  count = { steps: 0 },
): Fields & OptimizerBase {
  return {
    ...fields,
    get steps() {
      return count.steps;
    },
    step(parameters, gradients, learningRate) {
      checkSizes(size, parameters, gradients);
      this.update(parameters, gradients, learningRate);
    },
    update(parameters, gradients, learningRate) {
      advance(parameters, gradients, learningRate, ++count.steps);
    },
    reset() {
      for (const buffer of buffers) buffer.fill(0);
      count.steps = 0;
    },
  };
}

/** Gradient descent θ ← θ − η·g; no buffers, and steps a training loop took itself are counted. */
function createGradientDescent(size: number): GradientDescentOptimizer {
  const count = { steps: 0 };
  const fields = {
    kind: 'gd',
    countSteps(steps: number) {
      count.steps += steps;
    },
  } as const;
  return withHistory(size, [], fields, gradientDescentStep, count);
}

/** Momentum v ← β·v + g, θ ← θ − η·v. */
function createMomentum(size: number, beta: number): MomentumOptimizer {
  checkDecayRate('beta', beta);
  const velocity = new Float64Array(size);
  const fields = { kind: 'momentum', beta, velocity } as const;
  return withHistory(size, [velocity], fields, (parameters, gradients, learningRate) => {
    // Stryker disable next-line EqualityOperator: one more turn writes past the end of the velocity and the parameters, which a typed array ignores
    for (let i = 0; i < size; i++) {
      const v = beta * velocity[i]! + gradients[i]!;
      velocity[i] = v;
      parameters[i] = parameters[i]! - learningRate * v;
    }
  });
}

/** Adam: m ← β₁m + (1−β₁)g, v ← β₂v + (1−β₂)g², θ ← θ − η·m̂/(√v̂ + ε), m̂, v̂ bias-corrected. */
function createAdam(size: number, beta1: number, beta2: number, epsilon: number): AdamOptimizer {
  checkDecayRate('beta1', beta1);
  checkDecayRate('beta2', beta2);
  checkNonNegative('epsilon', epsilon);
  const firstMoment = new Float64Array(size);
  const secondMoment = new Float64Array(size);
  const fields = { kind: 'adam', beta1, beta2, epsilon, firstMoment, secondMoment } as const;
  const buffers = [firstMoment, secondMoment];
  return withHistory(size, buffers, fields, (parameters, gradients, learningRate, steps) => {
    const firstCorrection = 1 - beta1 ** steps;
    const secondCorrection = 1 - beta2 ** steps;
    // Stryker disable next-line EqualityOperator: one more turn writes past the end of the moments and the parameters, which a typed array ignores
    for (let i = 0; i < size; i++) {
      const g = gradients[i]!;
      const m = beta1 * firstMoment[i]! + (1 - beta1) * g;
      const v = beta2 * secondMoment[i]! + (1 - beta2) * g * g;
      firstMoment[i] = m;
      secondMoment[i] = v;
      const mHat = m / firstCorrection;
      const vHat = v / secondCorrection;
      parameters[i] = parameters[i]! - (learningRate * mHat) / (Math.sqrt(vHat) + epsilon);
    }
  });
}

/**
 * Creates an optimizer for `size` parameters.
 * @param settings kind and hyperparameters; omitted hyperparameters take the usual defaults
 */
export function createOptimizer(settings: OptimizerSettings, size: number): Optimizer {
  switch (settings.kind) {
    case 'gd':
      return createGradientDescent(size);
    case 'momentum':
      return createMomentum(size, settings.beta ?? 0.9);
    case 'adam':
      return createAdam(
        size,
        settings.beta1 ?? 0.9,
        settings.beta2 ?? 0.999,
        settings.epsilon ?? 1e-8,
      );
    default:
      throw new RangeError(`unknown optimizer "${String((settings as { kind: unknown }).kind)}"`);
  }
}
