/**
 * The quantities of a network kind, all named by the engine from its widths: at the epoch on view
 * every setting, the loss, η_ℓ, every parameter (`w14`) and its gradient (`dL/dw14`), every node's
 * input and output (`H4in`, `H4`) with their derivatives and the chain rule's local ones
 * (`dH4/dH4in`, `dH4in/dw14`), each parameter after the update (`w14.next`), and the gradient
 * check's estimates (`fd(dL/dw14)`, `reldiff(dL/dw14)`) for a kind that offers it. Beyond them, a
 * per-epoch quantity at any epoch (`w14@250`, `loss@last`) and whether it swings at the end of
 * the run (`O6@swings`); and the trace's columns by key, for plots and exports.
 */
// By module, not through the engine's index (see network-kind.ts).
import type { NetworkNames } from '../../engine/core/index.ts';
import { createNetwork, type Network } from '../../engine/core/index.ts';
import { NEXT } from '../../engine/core/index.ts';
import type { Trace } from '../../engine/core/index.ts';
import { quantities, type Quantities, type Reader } from '../quantities.ts';
import type { SettingDefinition } from '../store.ts';
import type { GradientCheckEngine, NetworkKindConfig, NetworkView } from './network-types.ts';
import { swingOf } from './settling.ts';

/** Every quantity key of a network view and how to read it. */
function readersOf(
  config: NetworkKindConfig,
  names: NetworkNames,
  settings: readonly SettingDefinition[],
): Map<string, Reader<NetworkView>> {
  const readers = new Map<string, Reader<NetworkView>>();
  const pass = (view: NetworkView) => view.trace.samples[0]!;
  for (const setting of settings) {
    const { key } = setting;
    readers.set(key, (view) => view.values[key] as number);
  }
  readers.set('epoch', (view) => view.row);
  readers.set('loss', (view) => view.trace.loss[view.row]!);
  readers.set('epochLearningRate', (view) => view.trace.learningRate[view.row]!);
  // The last epoch the run recorded: fewer than asked for when it diverged.
  readers.set('lastEpoch', (view) => view.trace.length - 1);
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
      readers.set(`reldiff(${key})`, (view) => engine.relativeError(exact(view)!, estimate(view)));
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
      // Stryker disable next-line ConditionalExpression: an input node's input is its output, and so are their estimates
      if (node.role !== 'input') found.set(`dL/d${node.inputKey}`, nodes.inputs[node.node]!);
    }
    // Stryker disable next-line CallExpression: a cache; without it a read works out the same estimates again
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

/** A network kind's quantities, and its trace's columns by key (`column`) in export order. */
export function networkQuantities(
  config: NetworkKindConfig,
  names: NetworkNames,
  settings: readonly SettingDefinition[],
): {
  quantities: Quantities<NetworkView>;
  column: (trace: Trace, key: string) => Float64Array | undefined;
  columnKeys: readonly string[];
} {
  const columns = columnsOf(names);
  const column = (trace: Trace, key: string) => columns.readers.get(key)?.(trace);
  /** A per-epoch quantity at another epoch than the one on view (`w14@250`, `loss@last`), or a swing. */
  const readerBeyond = (key: string): Reader<NetworkView> | null => {
    const swing = SWING.exec(key);
    if (swing) {
      const [, name, part] = swing as unknown as [string, string, string];
      return (view) => {
        const values = column(view.trace, name);
        if (!values) return undefined;
        const found = swingOf(values);
        if (part === 'swings') return found ? 1 : 0;
        return found ? (part === 'swingLow' ? found.low : found.high) : Number.NaN;
      };
    }
    const match = AT.exec(key);
    if (!match) return null;
    const [, name, at] = match as unknown as [string, string, string];
    return (view) => {
      const values = column(view.trace, name);
      if (!values) return undefined;
      // An empty column answers undefined at row −1 (`last`) as at any other row.
      const row = at === 'last' ? values.length - 1 : Number(at);
      // Stryker disable next-line ConditionalExpression,EqualityOperator: a Float64Array reads undefined past its end
      return row < values.length ? values[row] : undefined;
    };
  };
  // Each key's reader is made once: a table of eleven epochs reads all its cells on every change,
  // and the keys are the page's own, a few hundred at most.
  const beyondReaders = new Map<string, Reader<NetworkView> | null>();
  const readAt = (view: NetworkView, key: string): number | undefined => {
    let reader = beyondReaders.get(key);
    // Stryker disable next-line ConditionalExpression: a cache; making the reader again gives the same one
    if (reader === undefined) {
      reader = readerBeyond(key);
      // Stryker disable next-line CallExpression: a cache; without it each read makes its reader again
      beyondReaders.set(key, reader);
    }
    return reader ? reader(view) : undefined;
  };
  return {
    quantities: quantities({ scalars: readersOf(config, names, settings), beyond: readAt }),
    column,
    columnKeys: columns.keys,
  };
}
