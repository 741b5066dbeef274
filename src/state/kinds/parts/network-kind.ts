/**
 * The factory of the store kinds of a network trained on one sample, made from its widths: the
 * chapter's 3-2-1 network (the `network` and `training-run` kinds) is one of them. Its settings
 * (network-settings.ts) and its quantity keys (network-quantities.ts: `w14`, `H4in`, `dL/dw14`,
 * `dH4/dH4in`, …) all come from the engine's naming of the widths; none is written out by hand.
 *
 * The run is the engine's trace of the whole training run; the view is one row of it.
 */
// The engine's modules by name, not through its index: a page that loads this kind then loads
// the training code it needs and not the rest of the engine (the chain rule's functions, the
// approximation's grid), which the index would bring into the same shared chunk.
import type { ActivationName, OutputActivationName } from '../../../engine/core/index.ts';
import type {
  numericalGradients,
  numericalNodeGradients,
  relativeError,
} from '../../../engine/gradients/index.ts';
import { networkNames, type NetworkNames } from '../../../engine/core/index.ts';
import { createNetwork, type Network } from '../../../engine/core/index.ts';
import type { Trace } from '../../../engine/core/index.ts';
import { createTrainer, type Trainer } from '../../../engine/core/index.ts';
import { defineKind } from '../../define-kind.ts';
import type { SettingValues, StoreKind } from '../../store.ts';
import { stoppedNote, stoppedRefusal } from './diverged.ts';
import { networkQuantities } from './network-quantities.ts';
import { groupsOf, settingsOf } from './network-settings.ts';

/**
 * Epochs a starting run makes per slice when a page makes it between other work (`warm`): the
 * chapter's 1,000 epochs of the 3-2-1 network, run cold at load, took about 45 ms on a 2-core
 * desktop, so a phone 4× slower blocks for about 20 ms per slice of 100, under the 50 ms of a
 * long task.
 */
const EPOCHS_PER_SLICE = 100;

/** The epochs a network store's settings ask for. */
const epochsOf = (values: SettingValues): number => values['epochs'] as number;

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

/** A network store kind for one sample, from widths and the engine's names. */
export function networkKindOf(config: NetworkKindConfig): NetworkKind {
  const names = networkNames(config.widths);
  const settings = settingsOf(config, names);
  const { quantities, column, columnKeys } = networkQuantities(config, names, settings);
  const parameters = [...names.weights, ...names.biases];
  let network: Network | undefined;
  const newNetwork = (): Network =>
    createNetwork(config.widths, { hidden: config.hidden, output: config.output });
  /** A trainer of `network` from the settings' θ₀ on the settings' sample. */
  const trainerFor = (network: Network, values: SettingValues): Trainer => {
    for (const name of parameters) network.parameters[name.parameter] = values[name.key] as number;
    const x = names.features.map((key) => values[key] as number);
    const y = names.targets.map((key) => values[key] as number);
    return createTrainer(
      network,
      { inputs: [x], targets: [y] },
      {
        learningRate: values['learningRate'] as number,
        decay: values['decay'] as number,
        optimizer: { kind: values['optimizer'] as 'gd' | 'momentum' | 'adam' },
      },
    );
  };
  const kind = defineKind<Trace, NetworkView>({
    id: config.id,
    settings,
    groups: groupsOf(config, names),
    run(values, spare) {
      // One network per kind, reused: a run overwrites all of θ, and the trace it returns keeps
      // copies, never the network's own arrays.
      network ??= newNetwork();
      return trainerFor(network, values).record(epochsOf(values), spare ? { reuse: spare } : {});
    },
    // A network of its own: another store of this kind may run between two slices.
    runInSlices: (values) =>
      trainerFor(newNetwork(), values).recordInSlices(epochsOf(values), EPOCHS_PER_SLICE),
    view: (trace, values) => ({
      trace,
      row: Math.min(values['epochOnView'] as number, Math.max(0, trace.length - 1)),
      values,
      names,
    }),
    refuse: (trace, values) => stoppedRefusal(trace, values['epochOnView'] as number),
    // A new run that stops before the epoch on view (it diverged) shows its last finite epoch, so
    // one rule holds for η however it is set: accepted while the run starts finite, with a note.
    fit: (trace, values) =>
      (values['epochOnView'] as number) < trace.length || trace.length === 0
        ? values
        : Object.freeze({ ...values, epochOnView: trace.length - 1 }),
    note: (trace) => stoppedNote(trace),
    quantities,
  });
  return Object.assign(kind, {
    names,
    hidden: config.hidden,
    output: config.output,
    column,
    columnKeys,
  });
}
