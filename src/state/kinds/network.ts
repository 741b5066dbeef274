/**
 * The store kind of a network trained on one sample, made from its widths: the chapter's 3-2-1
 * network is one of them. Its settings (inputs, target, seed, every weight and bias, the training
 * settings, the epoch on view) and its quantity keys (`w14`, `H4in`, `dL/dw14`, `dH4/dH4in`, …)
 * all come from the engine's naming of the widths; none is written out by hand.
 *
 * The run is the engine's trace of the whole training run; the view is one row of it.
 */
// The engine's modules by name, not through its index: a page that loads this kind then loads
// the training code it needs and not the rest of the engine (the chain rule's functions, the
// approximation's grid), which the index would bring into the same shared chunk.
import type { ActivationName, OutputActivationName } from '../../engine/core/index.ts';
import type {
  numericalGradients,
  numericalNodeGradients,
  relativeError,
} from '../../engine/gradients/index.ts';
import { networkNames, type NetworkNames } from '../../engine/core/index.ts';
import { createNetwork, type Network } from '../../engine/core/index.ts';
import { NEXT, trainingStepOperations } from '../../engine/core/index.ts';
import type { Trace } from '../../engine/core/index.ts';
import { createTrainer } from '../../engine/core/index.ts';
import { integer, number, oneOf } from '../codecs.ts';
import { swingOf } from './settling.ts';
import type { SettingDefinition, SettingValues, StoreKind } from '../store.ts';

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

/** Most epochs a store trains: a longer run would not fit a page's budget of time and memory. */
export const MAX_STORE_EPOCHS = 5000;

/** Typed and linked inputs, targets, weights and biases stay within ±10: beyond, training is meaningless. */
const VALUE_LIMIT = 10;

/** The gradient check's step ε = 10ᵏ runs over these powers k. */
export const MIN_EPSILON_POWER = -14;
export const MAX_EPSILON_POWER = -1;

const OPTIMIZERS = oneOf({ gd: 'gradient descent', momentum: 'momentum', adam: 'Adam' });

/** The gradient check's step ε = 10ᵏ, set by its power k. */
const EPSILON_POWER: SettingDefinition = {
  key: 'epsilonPower',
  codec: integer({ min: MIN_EPSILON_POWER, max: MAX_EPSILON_POWER }),
  label: 'ε = 10ᵏ, k',
  symbol: ['k', ''],
  description:
    'the step of the gradient check, ε = 10ᵏ: each derivative is also estimated as [L(θ + ε) − L(θ − ε)] / 2ε',
  default: -6,
  affects: 'view',
};

/**
 * What a network diagram shows, where the reader can switch: weights and biases, the forward
 * pass's values, the backward pass's derivatives, or values and derivatives together. Part of
 * the state, so a link opens the diagram as the reader left it. The labels are the ones its
 * buttons show.
 */
export const DIAGRAM_VIEWS = oneOf({
  weights: 'Weights (λ and b)',
  forward: 'Forward (values)',
  backward: 'Backward (∂L/∂)',
  both: 'Both (values and ∂L/∂)',
});

const DIAGRAM_VIEW: SettingDefinition = {
  key: 'diagram',
  codec: DIAGRAM_VIEWS,
  label: 'diagram view',
  symbol: ['diagram view', ''],
  description: 'what the network diagram shows',
  default: 'forward',
  affects: 'view',
};

/** The scale of the epoch axis of a widget's run plots: linear, or log to see the early epochs. */
const EPOCH_AXIS: SettingDefinition = {
  key: 'epochAxis',
  codec: oneOf({ linear: 'linear', log: 'log' }),
  label: 'epoch axis',
  symbol: ['epoch axis', ''],
  description: 'the scale of the plots’ epoch axis',
  default: 'linear',
  affects: 'view',
};

/** Reads one quantity of a view. */
type Reader = (view: NetworkView) => number;

/** The settings of a network kind, in order (the seed comes before the parameters it draws). */
function settingsOf(config: NetworkKindConfig, names: NetworkNames): SettingDefinition[] {
  const sample = number({ min: -VALUE_LIMIT, max: VALUE_LIMIT, sliderMin: -1, sliderMax: 1 });
  const parameter = number({ min: -VALUE_LIMIT, max: VALUE_LIMIT, sliderMin: -2, sliderMax: 2 });
  const draws = new Map<number, Float64Array>();
  /** θ drawn from a seed, kept: a draw runs NumPy's generator, and every parameter asks for it. */
  const drawn = (seed: number): Float64Array => {
    let theta = draws.get(seed);
    if (!theta) {
      theta = config.draw(seed);
      draws.set(seed, theta);
      if (draws.size > 8) draws.delete(draws.keys().next().value!);
    }
    return theta;
  };
  const inputs = names.layers[0]!;
  return [
    ...names.features.map((key, i): SettingDefinition => ({
      key,
      codec: sample,
      label: key,
      symbol: ['x', String(i + 1)],
      description: `predictor feature ${i + 1}, passed unchanged by input node ${inputs[i]!.key}`,
      default: config.defaults.x[i] ?? 0,
      affects: 'run',
    })),
    ...names.targets.map((key, j): SettingDefinition => ({
      key,
      codec: sample,
      label: key,
      symbol: ['y', key.slice(1)],
      description:
        names.targets.length === 1
          ? 'the target (true response) for this sample'
          : `the target of output ${j + 1} for this sample`,
      default: config.defaults.y[j] ?? 0,
      affects: 'run',
    })),
    {
      key: 'seed',
      codec: integer({ min: 0, max: 0xffffffff }),
      label: 'seed',
      symbol: ['seed', ''],
      description: 'the NumPy seed that draws the initial weights and biases',
      default: config.defaults.seed,
      affects: 'run',
    },
    ...[...names.weights, ...names.biases].map((name): SettingDefinition => ({
      key: name.key,
      codec: parameter,
      label: name.symbol.join(''),
      symbol: name.symbol,
      description:
        'from' in name
          ? `weight on the connection from node ${name.from.number} to node ${name.to.number}`
          : `bias of node ${name.node.number}`,
      default: (earlier: SettingValues) => drawn(earlier['seed'] as number)[name.parameter]!,
      affects: 'run',
    })),
    {
      key: 'learningRate',
      codec: number({ min: 0, max: VALUE_LIMIT, sliderMin: 0, sliderMax: 2 }),
      label: 'η',
      symbol: ['η', ''],
      description: 'learning rate, the size of each gradient-descent step',
      default: config.defaults.learningRate,
      affects: 'run',
    },
    {
      key: 'decay',
      codec: number({ min: 0, max: VALUE_LIMIT, sliderMin: 0, sliderMax: 0.1, step: 0.001 }),
      label: 'decay',
      symbol: ['decay', ''],
      description: 'time decay of the learning rate, η at epoch ℓ = η₀ / (1 + decay · ℓ)',
      default: config.defaults.decay,
      affects: 'run',
    },
    {
      key: 'optimizer',
      codec: OPTIMIZERS,
      label: 'optimizer',
      symbol: ['optimizer', ''],
      description: 'the update rule: plain gradient descent, momentum or Adam',
      default: 'gd',
      affects: 'run',
    },
    {
      key: 'epochs',
      codec: integer({ min: 1, max: MAX_STORE_EPOCHS }),
      label: 'epochs',
      symbol: ['epochs', ''],
      description: 'how many epochs the training run records',
      default: config.defaults.epochs,
      affects: 'run',
    },
    ...(config.gradientCheck ? [EPSILON_POWER] : []),
    DIAGRAM_VIEW,
    EPOCH_AXIS,
    {
      key: 'step',
      codec: integer({ min: 1, max: trainingStepOperations(names).length }),
      label: 'step',
      symbol: ['step', ''],
      description: 'which operation of one training step is on view, from the first',
      default: 1,
      affects: 'view',
    },
    {
      key: 'epochOnView',
      codec: integer({ min: 0, max: MAX_STORE_EPOCHS - 1 }),
      label: 'epoch',
      symbol: ['ℓ', ''],
      description: 'the epoch whose forward and backward pass is on view',
      default: 0,
      affects: 'view',
      bounds: (values) => ({ max: (values['epochs'] as number) - 1 }),
    },
  ];
}

/** Every quantity key of a network view and how to read it. */
function readersOf(
  config: NetworkKindConfig,
  names: NetworkNames,
  settings: readonly SettingDefinition[],
): Map<string, Reader> {
  const readers = new Map<string, Reader>();
  const pass = (view: NetworkView) => view.trace.samples[0]!;
  for (const setting of settings) {
    const { key } = setting;
    readers.set(key, (view) => view.values[key] as number);
  }
  readers.set('epoch', (view) => view.row);
  readers.set('loss', (view) => view.trace.loss[view.row]!);
  readers.set('epochLearningRate', (view) => view.trace.learningRate[view.row]!);
  for (const name of [...names.weights, ...names.biases]) {
    const p = name.parameter;
    // The parameter at the epoch on view (its setting is the value at epoch 0).
    readers.set(name.key, (view) => view.trace.parameters[p]![view.row]!);
    readers.set(`dL/d${name.key}`, (view) => view.trace.parameterGradients[p]![view.row]!);
  }
  for (const node of names.nodes) {
    const n = node.node;
    readers.set(node.key, (view) => pass(view).nodeOutputs[n]![view.row]!);
    readers.set(`dL/d${node.key}`, (view) => pass(view).nodeOutputGradients[n]![view.row]!);
    if (node.role === 'input') continue;
    readers.set(node.inputKey, (view) => pass(view).nodeInputs[n]![view.row]!);
    readers.set(`dL/d${node.inputKey}`, (view) => pass(view).nodeInputGradients[n]![view.row]!);
    // The local derivatives of the chain rule: through the activation, ∂H₄/∂H₄in …
    readers.set(`d${node.key}/d${node.inputKey}`, (view) => pass(view).nodeSlopes[n]![view.row]!);
  }
  for (const name of [...names.weights, ...names.biases]) {
    const p = name.parameter;
    // The parameter after this epoch's update: the next row of the trace, when the run has one.
    readers.set(`${name.key}${NEXT}`, (view) =>
      view.row + 1 < view.trace.length ? view.trace.parameters[p]![view.row + 1]! : Number.NaN,
    );
  }
  // The gradient check: each ∂L/∂ also estimated by central differences with step ε.
  const engine = config.gradientCheck;
  if (engine) {
    readers.set('epsilon', (view) => 10 ** (view.values['epsilonPower'] as number));
    const check = gradientCheck(config, names, engine);
    for (const key of [...readers.keys()].filter((key) => key.startsWith('dL/d'))) {
      const estimate = check.estimateOf(key);
      readers.set(`fd(${key})`, estimate);
      const exact = readers.get(key)!;
      readers.set(`reldiff(${key})`, (view) => engine.relativeError(exact(view), estimate(view)));
    }
  }
  for (const weight of names.weights) {
    const { from, to } = weight;
    // … along a connection, ∂H₄in/∂I₁ = λ₁,₄, and into a weight, ∂H₄in/∂λ₁,₄ = I₁.
    readers.set(`d${to.inputKey}/d${from.key}`, readers.get(weight.key)!);
    readers.set(`d${to.inputKey}/d${weight.key}`, readers.get(from.key)!);
  }
  return readers;
}

/**
 * Central-difference estimates of every ∂L/∂ at the epoch on view, computed once per view (from
 * θ at that epoch, the sample and ε) and read by key.
 */
function gradientCheck(
  config: NetworkKindConfig,
  names: NetworkNames,
  engine: GradientCheckEngine,
) {
  const estimates = new WeakMap<NetworkView, Map<string, number>>();
  let network: Network | undefined;
  const estimatesOf = (view: NetworkView): Map<string, number> => {
    let found = estimates.get(view);
    if (found) return found;
    network ??= createNetwork(config.widths, { hidden: config.hidden, output: config.output });
    for (const name of names.parameters)
      network.parameters[name.parameter] = view.trace.parameters[name.parameter]![view.row]!;
    const x = names.features.map((key) => view.values[key] as number);
    const y = names.targets.map((key) => view.values[key] as number);
    const step = 10 ** (view.values['epsilonPower'] as number);
    const parameters = engine.numericalGradients(network, x, y, step);
    const nodes = engine.numericalNodeGradients(network, x, y, step);
    found = new Map();
    for (const name of names.parameters) found.set(`dL/d${name.key}`, parameters[name.parameter]!);
    for (const node of names.nodes) {
      found.set(`dL/d${node.key}`, nodes.outputs[node.node]!);
      if (node.role !== 'input') found.set(`dL/d${node.inputKey}`, nodes.inputs[node.node]!);
    }
    estimates.set(view, found);
    return found;
  };
  return {
    /** Reads the estimate of the derivative with this key. */
    estimateOf: (key: string) => (view: NetworkView) => estimatesOf(view).get(key) ?? Number.NaN,
  };
}

/** Suffix of a key read at a given epoch rather than the one on view: `w14@250`, `loss@last`. */
const AT = /^(.+)@(\d{1,5}|last)$/;

/**
 * Suffix of a key read from the end of the run (settling.ts): `O6@swings` is 1 when the quantity
 * still swings over the last epochs and 0 when it settles; `O6@swingLow` and `O6@swingHigh` are
 * the ends of the swing (NaN when it settles).
 */
const SWING = /^(.+)@(swings|swingLow|swingHigh)$/;

/**
 * The trace's columns by quantity key, in export order: the epoch, η_ℓ and the loss, every
 * parameter, every node's input and output, then every derivative of the loss.
 */
function columnsOf(names: NetworkNames) {
  const parameters = [...names.weights, ...names.biases];
  const keys: string[] = ['epoch', 'epochLearningRate', 'loss'];
  const readers = new Map<string, (trace: Trace) => Float64Array | undefined>([
    ['epoch', (trace) => trace.epoch],
    ['epochLearningRate', (trace) => trace.learningRate],
    ['loss', (trace) => trace.loss],
  ]);
  const add = (key: string, read: (trace: Trace) => Float64Array | undefined) => {
    keys.push(key);
    readers.set(key, read);
  };
  for (const name of parameters) add(name.key, (trace) => trace.parameters[name.parameter]);
  for (const node of names.nodes) {
    if (node.role !== 'input')
      add(node.inputKey, (trace) => trace.samples[0]?.nodeInputs[node.node]);
    add(node.key, (trace) => trace.samples[0]?.nodeOutputs[node.node]);
  }
  for (const name of parameters)
    add(`dL/d${name.key}`, (trace) => trace.parameterGradients[name.parameter]);
  for (const node of names.nodes) {
    if (node.role !== 'input')
      add(`dL/d${node.inputKey}`, (trace) => trace.samples[0]?.nodeInputGradients[node.node]);
    add(`dL/d${node.key}`, (trace) => trace.samples[0]?.nodeOutputGradients[node.node]);
  }
  return { keys, readers };
}

/** A network store kind for one sample, from widths and the engine's names. */
export function networkKind(config: NetworkKindConfig): NetworkKind {
  const names = networkNames(config.widths);
  const settings = settingsOf(config, names);
  const readers = readersOf(config, names, settings);
  // The last epoch the run recorded: fewer than asked for when it diverged.
  readers.set('lastEpoch', (view) => view.trace.length - 1);
  const columns = columnsOf(names);
  const column = (trace: Trace, key: string) => columns.readers.get(key)?.(trace);
  /** A per-epoch quantity at another epoch than the one on view: `w14@250`, `loss@last`. */
  const readAt = (view: NetworkView, key: string): number | undefined => {
    const swing = SWING.exec(key);
    if (swing) {
      const values = column(view.trace, swing[1]!);
      if (!values) return undefined;
      const found = swingOf(values);
      if (swing[2] === 'swings') return found ? 1 : 0;
      return found ? (swing[2] === 'swingLow' ? found.low : found.high) : Number.NaN;
    }
    const match = AT.exec(key);
    const values = match ? column(view.trace, match[1]!) : undefined;
    if (!values || values.length === 0) return undefined;
    const row = match![2] === 'last' ? values.length - 1 : Number(match![2]);
    return row < values.length ? values[row] : undefined;
  };
  const parameters = [...names.weights, ...names.biases];
  let network: Network | undefined;
  const groups = {
    inputs: names.features,
    target: names.targets,
    sample: [...names.features, ...names.targets],
    parameters: parameters.map((name) => name.key),
    weights: names.weights.map((name) => name.key),
    biases: names.biases.map((name) => name.key),
    training: ['learningRate', 'decay', 'optimizer', 'epochs', 'seed'],
    view: ['epochOnView'],
    diagram: ['diagram'],
    axis: ['epochAxis'],
    stepper: ['step'],
    ...(config.gradientCheck ? { check: ['epsilonPower'] } : {}),
  };
  return {
    id: config.id,
    names,
    hidden: config.hidden,
    output: config.output,
    settings,
    groups,
    run(values, spare) {
      // One network per kind, reused: a run overwrites all of θ, and the trace it returns keeps
      // copies, never the network's own arrays.
      network ??= createNetwork(config.widths, { hidden: config.hidden, output: config.output });
      for (const name of parameters)
        network.parameters[name.parameter] = values[name.key] as number;
      const x = names.features.map((key) => values[key] as number);
      const y = names.targets.map((key) => values[key] as number);
      const trainer = createTrainer(
        network,
        { inputs: [x], targets: [y] },
        {
          learningRate: values['learningRate'] as number,
          decay: values['decay'] as number,
          optimizer: { kind: values['optimizer'] as 'gd' | 'momentum' | 'adam' },
        },
      );
      return trainer.record(values['epochs'] as number, spare ? { reuse: spare } : {});
    },
    view: (trace, values) => ({
      trace,
      row: Math.min(values['epochOnView'] as number, Math.max(0, trace.length - 1)),
      values,
      names,
    }),
    refuse(trace, values) {
      if (trace.length === 0) return 'the network gives no finite result.';
      if ((values['epochOnView'] as number) >= trace.length) {
        return `training stops at epoch ${trace.length}, where its numbers are no longer finite.`;
      }
      return null;
    },
    // A new run that stops before the epoch on view (it diverged) shows its last finite epoch, so
    // one rule holds for η however it is set: accepted while the run starts finite, with a note.
    fit: (trace, values) =>
      (values['epochOnView'] as number) < trace.length || trace.length === 0
        ? values
        : Object.freeze({ ...values, epochOnView: trace.length - 1 }),
    note: (trace) =>
      trace.divergedAt === null
        ? null
        : `Training stops at epoch ${trace.divergedAt}: from there on its numbers are no longer finite.`,
    read: (view, key) => readers.get(key)?.(view) ?? readAt(view, key),
    quantityKeys: new Set(readers.keys()),
    column,
    columnKeys: columns.keys,
  };
}
