/**
 * The store kind of min/max scaling: a reader's column of raw values of one feature (porosity in
 * percent by default), the target range [0, 1] or [−1, 1], and an output node's value on that
 * range. Its run is the engine's scaling of the column, the back-transform of every scaled value
 * (which must give the raw column again), and the back-transform of the output node's value into
 * the feature's units.
 *
 * A constant column (min = max) is refused with a sentence, so the store keeps the last column it
 * could scale.
 */
import {
  featureRange,
  minMaxRestore,
  minMaxScale,
  rangeProblem,
  type FeatureRange,
  type ScaleTarget,
} from '../../engine/index.ts';
import { number, oneOf, vector } from '../../state/codecs.ts';
import { defineKind, setting } from '../../state/define-kind.ts';
import { quantities, type Reader } from '../../state/quantities.ts';
import type { SettingValues } from '../../state/store.ts';

/** Most rows a reader can give the column. */
export const MAX_ROWS = 8;
/** Fewest rows: one value has no range. */
export const MIN_ROWS = 2;
/** Largest |value| typed or linked: below 10⁶, where the book switches to powers of ten. */
export const RAW_LIMIT = 1e5;

/** A column scaled and brought back, or why it cannot be. */
export interface ScalingRun {
  readonly raw: readonly number[];
  readonly range: FeatureRange;
  /** Why the column cannot be scaled, or null. */
  readonly problem: string | null;
  readonly scaled: Float64Array;
  readonly restored: Float64Array;
  /** The output node's value on the scaled range, and its back-transform. */
  readonly output: number;
  readonly response: number;
}

/** The raw column's setting: its entries and their limits. */
export const rawCodec = vector(number({ min: -RAW_LIMIT, max: RAW_LIMIT, digits: 3 }), {
  minLength: MIN_ROWS,
  maxLength: MAX_ROWS,
});

export const targetCodec = oneOf<ScaleTarget>({ unit: '[0, 1]', symmetric: '[−1, 1]' });

const settings = [
  setting('raw', rawCodec, {
    label: 'porosity',
    symbol: ['x', ''],
    description: 'the raw values of the feature, porosity in percent',
    default: Object.freeze([12.5, 18, 24.2, 8.1, 20.6]),
  }),
  setting('target', targetCodec, {
    symbol: ['range', ''],
    description: 'the range the feature is scaled onto',
    default: 'unit',
  }),
  setting('O6', number({ min: -2, max: 2, sliderMin: -1, sliderMax: 1, step: 0.01 }), {
    symbol: ['O', '6'],
    description: 'the output node’s value, on the scaled range',
    default: 0.5,
  }),
];

const EMPTY = new Float64Array(0);

/** Every quantity of a scaling run, by key: `raw1`, `scaled1`, `restored1`, … up to MAX_ROWS. */
const SCALARS: [string, Reader<ScalingRun>][] = [
  ['rows', (run) => run.raw.length],
  ['min', (run) => run.range.min],
  ['max', (run) => run.range.max],
  ['O6', (run) => run.output],
  ['response', (run) => run.response],
];
for (let i = 0; i < MAX_ROWS; i++) {
  SCALARS.push([`raw${i + 1}`, (run) => run.raw[i]]);
  SCALARS.push([`scaled${i + 1}`, (run) => run.scaled[i]]);
  SCALARS.push([`restored${i + 1}`, (run) => run.restored[i]]);
}

export const scalingKind = defineKind<ScalingRun>({
  id: 'scaling',
  settings,
  groups: { column: ['raw', 'target'], output: ['O6'] },
  run(values: SettingValues) {
    const raw = values['raw'] as readonly number[];
    const target = values['target'] as ScaleTarget;
    const output = values['O6'] as number;
    const range = featureRange(raw);
    const problem = rangeProblem(range);
    if (problem) {
      return { raw, range, problem, scaled: EMPTY, restored: EMPTY, output, response: NaN };
    }
    const scaled = minMaxScale(raw, range, target);
    const restored = minMaxRestore(scaled, range, target);
    const [response] = minMaxRestore([output], range, target);
    return { raw, range, problem, scaled, restored, output, response: response! };
  },
  refuse: (run) => (run.problem ? `${run.problem}; change one of the values.` : null),
  quantities: quantities({ scalars: SCALARS }),
});

/** The kind this module holds, as the kind tables find it (kind-modules.ts). */
export default scalingKind;
