/**
 * The store kind of a categorical output layer: the inputs z of K output nodes (2 to 6, one per
 * class), read as probabilities by softmax, with their total and the predicted class.
 */
import { classProbabilities, type ClassProbabilities } from '../../engine/index.ts';
import { integer, number, vector } from '../../state/codecs.ts';
import { defineKind, setting } from '../../state/define-kind.ts';
import { quantities, type Reader } from '../../state/quantities.ts';
import type { SettingValues } from '../../state/store.ts';

/** Fewest and most classes (output nodes). */
export const MIN_CLASSES = 2;
export const MAX_CLASSES = 6;

/** The classes, in order: facies a model could predict from well logs. */
export const CLASS_NAMES = [
  'sandstone',
  'shale',
  'siltstone',
  'limestone',
  'dolomite',
  'coal',
] as const;

/** The number of classes as a reader types it. */
export const classCountCodec = integer({ min: MIN_CLASSES, max: MAX_CLASSES });

/** The output nodes' inputs: any size softmax handles, up to ±1000. */
export const logitsCodec = vector(
  number({ min: -1000, max: 1000, sliderMin: -5, sliderMax: 5, step: 0.1 }),
  { minLength: MIN_CLASSES, maxLength: MAX_CLASSES },
);

const settings = [
  setting('z', logitsCodec, {
    symbol: ['O', 'j,in'],
    description: 'the inputs of the output nodes, one per class',
    default: Object.freeze([2, 1, 0.1]),
  }),
];

/** Every quantity: `z1`, `p1`, … up to MAX_CLASSES, `sum`, `predicted`, `classes`. */
const SCALARS: [string, Reader<SoftmaxRun>][] = [
  ['classes', (run) => run.z.length],
  ['sum', (run) => run.total],
  ['predicted', (run) => run.predicted],
];
for (let j = 0; j < MAX_CLASSES; j++) {
  SCALARS.push([`z${j + 1}`, (run) => run.z[j]]);
  SCALARS.push([`p${j + 1}`, (run) => run.probabilities[j]]);
}

/** The output nodes' inputs and what softmax makes of them. */
export interface SoftmaxRun extends ClassProbabilities {
  readonly z: readonly number[];
}

export const classOutputKind = defineKind<SoftmaxRun>({
  id: 'class-output',
  settings,
  groups: { inputs: ['z'] },
  run(values: SettingValues) {
    const z = values['z'] as readonly number[];
    return { z, ...classProbabilities(z) };
  },
  quantities: quantities({ scalars: SCALARS }),
});

/** The kind this module holds, as the kind tables find it (kind-modules.ts). */
export default classOutputKind;
