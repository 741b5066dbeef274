/**
 * The types of a network store kind (network-kind.ts): its view, the kind, how one is made and
 * the gradient check it may be given. In a file of their own, so that the kind's settings
 * (network-settings.ts) and quantity keys (network-quantities.ts) read them without importing
 * the factory that imports them.
 */
import type {
  ActivationName,
  NetworkNames,
  OutputActivationName,
  Trace,
} from '../../engine/core/index.ts';
import type {
  numericalGradients,
  numericalNodeGradients,
  relativeError,
} from '../../engine/gradients/index.ts';
import type { SettingValues, StoreKind } from '../store.ts';

/** What a view of a network store holds: the run, the row on view and the settings. */
export interface NetworkView {
  readonly trace: Trace;
  /** The epoch on view (a row of the trace). */
  readonly row: number;
  readonly values: SettingValues;
  readonly names: NetworkNames;
}

/** A network store kind: a store kind that also knows its network's names and activations. */
export interface NetworkKind extends StoreKind<Trace, NetworkView> {
  readonly names: NetworkNames;
  readonly hidden: ActivationName;
  readonly output: OutputActivationName;
  /**
   * A quantity over the whole run, one entry per recorded epoch (`epoch`, `loss`,
   * `epochLearningRate`, `w14`, `dL/dw14`, `H4in`, `dL/dH4`, …): the trace's own column, for a
   * plot or an export to read. Undefined for a key that is not a per-epoch quantity.
   */
  column(trace: Trace, key: string): Float64Array | undefined;
  /** Keys that `column` answers, in the order an export lists them. */
  readonly columnKeys: readonly string[];
}

/** How a network kind is made. */
export interface NetworkKindConfig {
  readonly id: string;
  readonly widths: readonly number[];
  readonly hidden: ActivationName;
  readonly output: OutputActivationName;
  /** Starting values of the sample, the target and the training settings. */
  readonly defaults: {
    readonly x: readonly number[];
    readonly y: readonly number[];
    readonly learningRate: number;
    readonly decay: number;
    readonly epochs: number;
    readonly seed: number;
  };
  /** The initial θ that a seed draws, in the engine's layout. */
  readonly draw: (seed: number) => Float64Array;
  /**
   * The engine's gradient check, for a kind that offers it (the step ε, `fd(dL/d…)` and
   * `reldiff(dL/d…)`): passed in, so that a kind without it does not load its code.
   */
  readonly gradientCheck?: GradientCheckEngine;
}

/** The engine's central-difference functions a network kind's gradient check uses. */
export interface GradientCheckEngine {
  readonly numericalGradients: typeof numericalGradients;
  readonly numericalNodeGradients: typeof numericalNodeGradients;
  readonly relativeError: typeof relativeError;
}
