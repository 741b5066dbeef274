/**
 * The store kind of the activation-functions chapter. One kind, two uses a page picks by what it
 * lets readers set:
 * - `function` and `input`: one scalar activation α (identity, sigmoid, tanh, ReLU, leaky ReLU)
 *   at one node input z, with α(z), α′(z) and the whole curve of both, sampled by the engine;
 * - `softmax`: three output-node inputs O₁in, O₂in, O₃in and softmax worked through them.
 *
 * Every number a plot draws is a quantity: `z[i]`, `output[i]` and `derivative[i]` are the i-th
 * sample of the curve (i = 0 … PLOT_SAMPLES − 1), so a widget reads the curve as it reads any
 * other number, through `read`.
 */
import {
  ACTIVATIONS,
  sampleActivation,
  softmaxTerms,
  type ActivationName,
  type ActivationSamples,
  type SoftmaxTerms,
} from '../../engine/index.ts';
import { number, oneOf } from '../../state/codecs.ts';
import { defineKind, setting } from '../../state/define-kind.ts';
import { quantities, type Reader } from '../../state/quantities.ts';

/** The activations a reader can pick, as the page names them. */
export const ACTIVATION_LABELS: Readonly<Record<ActivationName, string>> = {
  identity: 'identity',
  sigmoid: 'sigmoid',
  tanh: 'tanh',
  relu: 'ReLU',
  leakyRelu: 'leaky ReLU',
};

/** The node inputs a reader may set, and the range the curves are drawn over. */
export const Z_LIMIT = 6;

/** Samples of each curve: z from −6 to 6 in steps of 0.1. */
export const PLOT_SAMPLES = 121;

/** The table under the plot lists every TABLE_STRIDE-th sample: z in steps of 0.5. */
export const TABLE_STRIDE = 5;

/** The softmax inputs' keys, one per output node. */
export const SOFTMAX_INPUTS = ['O1in', 'O2in', 'O3in'] as const;

/** A run: the curve of the picked activation, its value and slope at z, and softmax's terms. */
export interface ActivationRun {
  readonly curve: ActivationSamples;
  readonly z: number;
  readonly output: number;
  readonly derivative: number;
  /** O₁in, O₂in, O₃in. */
  readonly softmaxInputs: readonly number[];
  readonly softmax: SoftmaxTerms;
}

const softmaxInput = number({ min: -10, max: 10, sliderMin: -5, sliderMax: 5, step: 0.1 });

const settings = [
  setting('fn', oneOf(ACTIVATION_LABELS), {
    label: 'activation',
    symbol: ['α', ''],
    description: 'the activation function α of the node',
    default: 'sigmoid',
  }),
  setting('z', number({ min: -Z_LIMIT, max: Z_LIMIT, step: 0.01 }), {
    description: 'the node input z, before activation',
    default: 1,
  }),
  ...SOFTMAX_INPUTS.map((key, j) =>
    setting(key, softmaxInput, {
      label: key,
      symbol: ['O', `${j + 1},in`],
      description: `the input of output node ${j + 1}, before softmax`,
      default: [2, 1, 0.1][j]!,
    }),
  ),
];

/** Curves already sampled, by activation: a change of z alone samples nothing again. */
const curves = new Map<ActivationName, ActivationSamples>();

function curveOf(name: ActivationName): ActivationSamples {
  let curve = curves.get(name);
  if (!curve) {
    curve = sampleActivation(name, -Z_LIMIT, Z_LIMIT, PLOT_SAMPLES);
    curves.set(name, curve);
  }
  return curve;
}

/** The columns of the curve, each sampled PLOT_SAMPLES times. */
const COLUMNS = ['z', 'output', 'derivative'] as const;

/** The key of the i-th sample of a column of the curve. */
export function sampleKey(column: (typeof COLUMNS)[number], index: number): string {
  return `${column}[${index}]`;
}

/** Every quantity of a run, by key; the curve's samples are `z[i]`, `output[i]`, `derivative[i]`. */
const QUANTITIES = quantities<ActivationRun>({
  scalars: [
    ['z', (run) => run.z],
    ['output', (run) => run.output],
    ['derivative', (run) => run.derivative],
    ...SOFTMAX_INPUTS.flatMap((key, j): [string, Reader<ActivationRun>][] => [
      [key, (run) => run.softmaxInputs[j]],
      [`exp${key}`, (run) => run.softmax.exponentials[j]],
      [`O${j + 1}`, (run) => run.softmax.probabilities[j]],
    ]),
    ['expSum', (run) => run.softmax.total],
    ...COLUMNS.flatMap((column) =>
      Array.from({ length: PLOT_SAMPLES }, (_, i): [string, Reader<ActivationRun>] => [
        sampleKey(column, i),
        (run) => run.curve[column][i],
      ]),
    ),
  ],
});

export const activationKind = defineKind<ActivationRun>({
  id: 'activation',
  settings,
  groups: { function: ['fn'], input: ['z'], softmax: [...SOFTMAX_INPUTS] },
  run(values) {
    const name = values['fn'] as ActivationName;
    const z = values['z'] as number;
    const activation = ACTIVATIONS[name];
    const output = activation.output(z);
    const softmaxInputs = SOFTMAX_INPUTS.map((key) => values[key] as number);
    return {
      curve: curveOf(name),
      z,
      output,
      derivative: activation.derivative(z, output),
      softmaxInputs,
      softmax: softmaxTerms(softmaxInputs),
    };
  },
  quantities: QUANTITIES,
});

/** The kind this module holds, as the kind tables find it (kind-modules.ts). */
export default activationKind;
