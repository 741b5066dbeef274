/**
 * The store kind of "without a nonlinearity, a network collapses": the chapter's 3-2-1 network
 * with a hidden activation the reader picks (identity or sigmoid; the output is the identity),
 * its sample x and its eleven parameters (starting at the chapter's seed-13 draws).
 *
 * The run is the network's forward pass, and beside it the linear model ŷ = γ₁x₁ + γ₂x₂ + γ₃x₃ + γ₀
 * that the same weights give once every activation is the identity: γᵢ = λᵢ,₄λ₄,₆ + λᵢ,₅λ₅,₆ and
 * γ₀ = b₄λ₄,₆ + b₅λ₅,₆ + b₆. With identity hidden nodes the two outputs agree; with sigmoid ones
 * they do not, and no choice of γ could make them agree for every x.
 */
import {
  BY_HAND_DEFAULTS,
  BY_HAND_WIDTHS,
  applyLinearModel,
  collapseToLinear,
  createNetwork,
  forward,
  initByHand,
  networkNames,
  type ByHandParams,
  type ForwardPass,
  type LinearModel,
} from '../../engine/index.ts';
import { oneOf } from '../../state/codecs.ts';
import { defineKind, setting } from '../../state/define-kind.ts';
import { quantities, type Reader } from '../../state/quantities.ts';
import type { SettingValues } from '../../state/store.ts';
import { parameterSetting, sampleCodec } from '../../state/kind-parts/weights.ts';

/** A run: the network's forward pass, the collapsed model, and that model's output at x. */
export interface CollapseRun {
  readonly pass: ForwardPass;
  readonly model: LinearModel;
  readonly linear: number;
  readonly x: readonly number[];
  readonly values: SettingValues;
}

const NAMES = networkNames(BY_HAND_WIDTHS);

/** The hidden activations this widget compares. */
export const HIDDEN_LABELS = { identity: 'identity', sigmoid: 'sigmoid' } as const;

const DRAWN: ByHandParams = initByHand(BY_HAND_DEFAULTS.seed);

/** The parameter keys in the engine's θ order, so a run fills θ by index. */
// Stryker disable next-line MethodExpression,ArithmeticOperator: networkNames lists the parameters in θ order already, so the sort (and a comparator that is always positive, which V8's sort leaves in place) keeps it
const PARAMETERS = [...NAMES.parameters].sort((a, b) => a.parameter - b.parameter);

const settings = [
  setting('hidden', oneOf(HIDDEN_LABELS), {
    label: 'hidden activation',
    symbol: ['α', ''],
    description: 'the activation of the hidden nodes H4 and H5',
    default: 'identity',
  }),
  ...NAMES.features.map((key, i) =>
    setting(key, sampleCodec, {
      symbol: ['x', String(i + 1)],
      description: `predictor feature ${i + 1}`,
      default: BY_HAND_DEFAULTS.x[i]!,
    }),
  ),
  ...[...NAMES.weights, ...NAMES.biases].map((name) =>
    parameterSetting(name, DRAWN[name.key as keyof ByHandParams]),
  ),
];

/** Every quantity of a run, by key. */
const QUANTITIES = quantities<CollapseRun>({
  scalars: [
    // The settings, so equations can show them.
    ...[...NAMES.features, ...PARAMETERS.map((name) => name.key)].map(
      (key): [string, Reader<CollapseRun>] => [key, (run) => run.values[key] as number],
    ),
    // Every node's input and output: H4in, H4, …, O6.
    ...NAMES.nodes
      .filter((node) => node.layer > 0)
      .flatMap((node): [string, Reader<CollapseRun>][] => [
        [node.inputKey, (run) => run.pass.allInputs[node.node]],
        [node.key, (run) => run.pass.allOutputs[node.node]],
      ]),
    // The collapsed model (keys beta…): γ₁, γ₂, γ₃, γ₀, its output, and how far the network is from it.
    ...NAMES.features.map((_, i): [string, Reader<CollapseRun>] => [
      `beta${i + 1}`,
      (run) => run.model.weights[i],
    ]),
    ['beta0', (run) => run.model.biases[0]],
    ['linear', (run) => run.linear],
    ['difference', (run) => run.pass.allOutputs[run.pass.allOutputs.length - 1]! - run.linear],
  ],
});

export const collapseKind = defineKind<CollapseRun>({
  id: 'collapse',
  settings,
  groups: {
    activation: ['hidden'],
    sample: [...NAMES.features],
    parameters: PARAMETERS.map((name) => name.key),
  },
  run(values) {
    const hidden = values['hidden'] as keyof typeof HIDDEN_LABELS;
    const network = createNetwork(BY_HAND_WIDTHS, { hidden, output: 'identity' });
    const linearNetwork = createNetwork(BY_HAND_WIDTHS, { hidden: 'identity', output: 'identity' });
    for (const name of PARAMETERS) {
      network.parameters[name.parameter] = values[name.key] as number;
      linearNetwork.parameters[name.parameter] = values[name.key] as number;
    }
    const x = NAMES.features.map((key) => values[key] as number);
    const model = collapseToLinear(linearNetwork);
    return {
      pass: forward(network, x),
      model,
      linear: applyLinearModel(model, x)[0]!,
      x,
      values,
    };
  },
  quantities: QUANTITIES,
});

/** The kind this module holds, as the kind tables find it (kind-modules.ts). */
export default collapseKind;
