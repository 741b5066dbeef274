/**
 * The store kind of the initialisation chapter's second widget: the chapter's 3-2-1 network and
 * sample, started from s times the draw of a seed (its weights within ±1/√p and small biases) and trained
 * by gradient descent with the chapter's η for EPOCHS epochs (the engine's `trainFromScaledStart`).
 * s = 0 starts every parameter at zero, s = 1 is the chapter's own start, large s saturates the
 * sigmoid hidden nodes.
 *
 * Quantity keys: `scale`, `seed`, `epochs`, `learningRate`, `lastEpoch`; at epoch 0 `H4in`,
 * `H5in`, `H4`, `H5`, `O6`, the sigmoid slopes `dH4/dH4in` and `dH5/dH5in`, `dL/dw14`, the sizes
 * `hiddenGradient` (‖∂L/∂λ‖ over λ₁,₄ … λ₃,₅) and `outputGradient` (over λ₄,₆ and λ₅,₆), `loss`;
 * at the last epoch `finalH4`, `finalH5`, `finalLoss`; `gap` (the largest |H₄ − H₅| of the run);
 * the starting parameters `w14` … `b6`; and the series `epochAt.ℓ`, `H4At.ℓ`, `H5At.ℓ`, `lossAt.ℓ`.
 */
import {
  BY_HAND_PARAM_KEYS,
  BY_HAND_WIDTHS,
  largestGap,
  networkNames,
  trainFromScaledStart,
  weightGradientNorm,
  type ScaledStartRun,
} from '../../engine/index.ts';
import { number } from '../../state/codecs.ts';
import { defineKind, setting } from '../../state/define-kind.ts';
import { quantities, type Reader, type SeriesOf } from '../../state/quantities.ts';
import { stoppedNote, stoppedRefusal } from '../../state/kind-parts/diverged.ts';
import { SEED_SETTING } from './weight-draws.kind.ts';

import { EPOCHS, MAX_SCALE } from '../../state/kind-parts/initialisation-settings.ts';

export { EPOCHS, MAX_SCALE };
/** Scales a reader can pick in one click. */
export const SCALE_PRESETS = [
  { name: 'all zero', scale: 0 },
  { name: 'the chapter’s start', scale: 1 },
  { name: 'large', scale: MAX_SCALE },
] as const;

/** Where H₄ and H₅ sit among the network's nodes (I₁ I₂ I₃ H₄ H₅ O₆, counted from 0). */
const NAMES = networkNames(BY_HAND_WIDTHS);
const nodeIndex = (key: string) => NAMES.nodes.find((node) => node.key === key)!.node;
const H4 = nodeIndex('H4');
const H5 = nodeIndex('H5');
const O6 = nodeIndex('O6');
/** Where each named parameter sits in θ. */
const PARAMETER_INDEX = new Map(NAMES.parameters.map((name) => [name.key, name.parameter]));

const settings = [
  setting('scale', number({ min: 0, max: MAX_SCALE, step: 0.1, digits: 2 }), {
    description: 'every starting weight and bias is this many times the seed’s draw',
    default: 1,
  }),
  SEED_SETTING,
];

/** A run and the settings it was trained with. */
export interface ScaleRun extends ScaledStartRun {
  readonly scale: number;
  readonly seed: number;
}

const sample = (run: ScaleRun) => run.trace.samples[0]!;
const last = (run: ScaleRun) => run.trace.length - 1;

const SCALARS: [string, Reader<ScaleRun>][] = [
  ['scale', (run) => run.scale],
  ['seed', (run) => run.seed],
  ['epochs', () => EPOCHS],
  ['learningRate', (run) => run.trace.learningRate[0]!],
  ['lastEpoch', last],
  ['H4in', (run) => sample(run).nodeInputs[H4]![0]!],
  ['H5in', (run) => sample(run).nodeInputs[H5]![0]!],
  ['H4', (run) => sample(run).nodeOutputs[H4]![0]!],
  ['H5', (run) => sample(run).nodeOutputs[H5]![0]!],
  ['dH4/dH4in', (run) => sample(run).nodeSlopes[H4]![0]!],
  ['dH5/dH5in', (run) => sample(run).nodeSlopes[H5]![0]!],
  ['O6', (run) => sample(run).nodeOutputs[O6]![0]!],
  ['dL/dw14', (run) => run.trace.parameterGradients[PARAMETER_INDEX.get('w14')!]![0]!],
  ['hiddenGradient', (run) => weightGradientNorm(run.trace, 1, 0)],
  ['outputGradient', (run) => weightGradientNorm(run.trace, 2, 0)],
  ['loss', (run) => run.trace.loss[0]!],
  ['finalH4', (run) => sample(run).nodeOutputs[H4]![last(run)]!],
  ['finalH5', (run) => sample(run).nodeOutputs[H5]![last(run)]!],
  ['finalLoss', (run) => run.trace.loss[last(run)]!],
  ['gap', (run) => largestGap(sample(run).nodeOutputs[H4]!, sample(run).nodeOutputs[H5]!)],
  ...BY_HAND_PARAM_KEYS.map((key): [string, (run: ScaleRun) => number] => [
    key,
    (run) => run.start[PARAMETER_INDEX.get(key)!]!,
  ]),
];

/** A column of the run, one entry per epoch. */
const perEpoch = (read: (run: ScaleRun) => ArrayLike<number>) => ({ read, longest: EPOCHS });

const SERIES: [string, SeriesOf<ScaleRun>][] = [
  ['epochAt', perEpoch((run) => run.trace.epoch)],
  ['H4At', perEpoch((run) => sample(run).nodeOutputs[H4]!)],
  ['H5At', perEpoch((run) => sample(run).nodeOutputs[H5]!)],
  ['lossAt', perEpoch((run) => run.trace.loss)],
];

export const initScaleKind = defineKind<ScaleRun>({
  id: 'init-scale',
  settings,
  groups: { start: ['scale', 'seed'] },
  run(values) {
    const scale = values['scale'] as number;
    const seed = values['seed'] as number;
    return { ...trainFromScaledStart({ scale, seed, epochs: EPOCHS }), scale, seed };
  },
  refuse: (run) => stoppedRefusal(run.trace),
  note: (run) => stoppedNote(run.trace),
  quantities: quantities({ scalars: SCALARS, series: SERIES }),
});

/** The kind this module holds, as the kind tables find it (kind-modules.ts). */
export default initScaleKind;
