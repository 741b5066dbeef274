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
import { networkNames } from '../../engine/core/index.ts';
import { createNetwork, type Network } from '../../engine/core/index.ts';
import type { Trace } from '../../engine/core/index.ts';
import { createTrainer, type Trainer } from '../../engine/core/index.ts';
import { defineKind } from '../define-kind.ts';
import type { SettingValues } from '../store.ts';
import { stoppedNote, stoppedRefusal } from './diverged.ts';
import { networkQuantities } from './network-quantities.ts';
import { groupsOf, settingsOf } from './network-settings.ts';
import type { NetworkKind, NetworkKindConfig, NetworkView } from './network-types.ts';

export type {
  GradientCheckEngine,
  NetworkKind,
  NetworkKindConfig,
  NetworkView,
} from './network-types.ts';

/**
 * Epochs a starting run makes per slice when a page makes it between other work (`warm`). The
 * page groups slices into tasks of a few milliseconds (page-state.ts), so a slice is small: the
 * first ones run before the engine's code is compiled to fast code, when 100 epochs of the 3-2-1
 * network took 100-150 ms at a phone's speed (4× slow-down), three long tasks at load.
 */
const EPOCHS_PER_SLICE = 10;

/** The epochs a network store's settings ask for. */
const epochsOf = (values: SettingValues): number => values['epochs'] as number;

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
