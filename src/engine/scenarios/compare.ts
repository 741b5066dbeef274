/**
 * Training runs side by side: copies of one network, from the same θ₀, trained on the same data
 * under different settings (how the samples are batched, the update rule, η). Every run goes
 * through the one training loop (`createTrainer … record`); this module only sets the runs up
 * and reads out what a comparison shows: the loss per epoch, the updates made, the final θ.
 */
import { cloneNetwork } from '../core/network';
import type { Network } from '../core/network';
import type { OptimizerSettings } from '../core/optimize';
import { mulberry32 } from '../core/rng';
import type { Trace } from '../core/trace';
import type { Dataset } from '../core/dataset';
import type { BatchMode } from '../core/train';
import { meanGradient } from '../gradients/meanGradient';
import { MAX_EPOCHS, createTrainer } from '../core/train';
import { checkInteger } from '../core/validate';

/** The settings of one run of a comparison. */
export interface ComparisonRun {
  /** 'batch' (one update per epoch), 'stochastic' (one per sample) or 'miniBatch'. */
  mode: BatchMode;
  /** Samples per update in 'miniBatch' mode. */
  batchSize?: number;
  /** Update rule; plain gradient descent by default. */
  optimizer?: OptimizerSettings;
  /** η₀. */
  learningRate: number;
  /** Time decay of η; 0 by default. */
  decay?: number;
  /** Seed of the shuffle that reorders the samples each epoch (mulberry32); none: data-set order. */
  shuffleSeed?: number;
}

/** What one run of a comparison gives. */
export interface ComparedRun {
  /** loss[ℓ]: the mean loss (1/n)·Σₛ Lₛ at θ_ℓ, after ℓ epochs, for ℓ = 0 … epochs (fewer if it diverged). */
  readonly loss: Float64Array;
  /** updates[ℓ] = ℓ·u: the updates made before loss[ℓ], u the updates per epoch. */
  readonly updates: Float64Array;
  /** u = ⌈n / samples per update⌉: 1 for batch, n for stochastic, ⌈n/b⌉ for mini-batches. */
  readonly updatesPerEpoch: number;
  /** Samples per update: n, 1 or b (the last mini-batch of an epoch may hold fewer). */
  readonly samplesPerUpdate: number;
  /** θ after the last epoch recorded. */
  readonly finalParameters: Float64Array;
  /** The first epoch ℓ whose θ_ℓ was no longer finite (not recorded), or null. */
  readonly divergedAt: number | null;
  /** The whole run, one row per epoch ℓ = 0 … epochs: θ_ℓ, the mean ∂L/∂θ at θ_ℓ, η_ℓ. */
  readonly trace: Trace;
}

/** Samples per update for a run's mode on n samples: n, 1, or min(b, n). */
function samplesPerUpdateOf(run: ComparisonRun, samples: number): number {
  if (run.mode === 'batch') return samples;
  if (run.mode === 'stochastic') return 1;
  return Math.min(run.batchSize ?? samples, samples);
}

/**
 * Per run: L_ℓ = (1/n)·Σₛ Lₛ(θ_ℓ) for ℓ = 0 … epochs, on a copy of θ₀, u = ⌈n/b⌉ updates per epoch.
 * @param epochs whole passes over the data, 1 … MAX_EPOCHS − 1
 */
export function compareTraining(
  network: Network,
  dataset: Dataset,
  runs: readonly ComparisonRun[],
  epochs: number,
): ComparedRun[] {
  checkInteger('epochs', epochs, 1, MAX_EPOCHS - 1);
  return runs.map((run) => {
    const copy = cloneNetwork(network);
    const trainer = createTrainer(copy, dataset, {
      learningRate: run.learningRate,
      decay: run.decay ?? 0,
      mode: run.mode,
      ...(run.batchSize === undefined ? {} : { batchSize: run.batchSize }),
      ...(run.optimizer ? { optimizer: run.optimizer } : {}),
      ...(run.shuffleSeed === undefined ? {} : { shuffle: mulberry32(run.shuffleSeed) }),
    });
    // Row ℓ holds the state after ℓ epochs, so epochs + 1 rows reach θ after the last one.
    const trace = trainer.record(epochs + 1, { samples: [] });
    const last = trace.length - 1;
    const updates = new Float64Array(trace.length);
    // Stryker disable next-line EqualityOperator: updates holds trace.length numbers, a write at index trace.length is dropped
    for (let row = 0; row < trace.length; row++) updates[row] = row * trace.updatesPerEpoch;
    return {
      loss: trace.loss,
      updates,
      updatesPerEpoch: trace.updatesPerEpoch,
      samplesPerUpdate: samplesPerUpdateOf(run, dataset.inputs.length),
      finalParameters: Float64Array.from(trace.parameters, (column) => column[last]!),
      divergedAt: trace.divergedAt,
      trace,
    };
  });
}

/** ∂Lₛ/∂θ of each sample s at the network's θ, one array per sample (a batch step averages them). */
export function sampleGradients(network: Network, dataset: Dataset): Float64Array[] {
  return dataset.inputs.map((_, s) => meanGradient(network, dataset, [s]));
}

/** One update on the whole data set, with what each update rule keeps between updates. */
export interface FirstUpdate {
  /** g = (1/n)·Σₛ ∂Lₛ/∂θ at θ₀. */
  readonly gradient: Float64Array;
  /** θ₁, after the update. */
  readonly parameters: Float64Array;
  /** Momentum: v₁ = β·0 + g. */
  readonly velocity?: Float64Array;
  /** Adam: m₁ = (1 − β₁)·g and v₁ = (1 − β₂)·g². */
  readonly firstMoment?: Float64Array;
  readonly secondMoment?: Float64Array;
  /** Adam's bias-corrected m̂₁ = m₁/(1 − β₁¹) and v̂₁ = v₁/(1 − β₂¹). */
  readonly firstMomentHat?: Float64Array;
  readonly secondMomentHat?: Float64Array;
}

/**
 * The first update θ₁ = θ₀ − η·(step of the rule) with the whole data set as one batch, on a copy
 * of `network`: g = mean ∂L/∂θ at θ₀, and the rule's state after it (v₁; or m₁, v₁, m̂₁, v̂₁).
 */
export function firstUpdate(
  network: Network,
  dataset: Dataset,
  optimizer: OptimizerSettings,
  learningRate: number,
): FirstUpdate {
  const copy = cloneNetwork(network);
  const gradient = meanGradient(copy, dataset);
  const trainer = createTrainer(copy, dataset, { learningRate, mode: 'batch', optimizer });
  trainer.step();
  const state = trainer.optimizer;
  // Stryker disable next-line MethodExpression: copy is this call's own network, which nothing else can reach once it returns
  const parameters = copy.parameters.slice();
  // Stryker disable next-line MethodExpression: the velocity is this call's own trainer's, which nothing else can reach once it returns
  if (state.kind === 'momentum') return { gradient, parameters, velocity: state.velocity.slice() };
  if (state.kind === 'adam') {
    const firstCorrection = 1 - state.beta1 ** state.steps;
    const secondCorrection = 1 - state.beta2 ** state.steps;
    return {
      gradient,
      parameters,
      // Stryker disable next-line MethodExpression: m₁ is this call's own trainer's, which nothing else can reach once it returns
      firstMoment: state.firstMoment.slice(),
      // Stryker disable next-line MethodExpression: v₁ is this call's own trainer's, which nothing else can reach once it returns
      secondMoment: state.secondMoment.slice(),
      firstMomentHat: state.firstMoment.map((m) => m / firstCorrection),
      secondMomentHat: state.secondMoment.map((v) => v / secondCorrection),
    };
  }
  return { gradient, parameters };
}
