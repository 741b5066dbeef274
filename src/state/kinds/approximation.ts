/**
 * The store kind of the concepts chapter: a network with one input, one hidden layer of m nodes
 * and one identity output ([1, m, 1]) fitted to a 1-D target on [−1, 1]. The target is one of the
 * engine's shapes or a few points the reader types.
 *
 * Its run is one whole training run (the engine's `fitApproximation`, full-batch Adam), recorded
 * epoch by epoch. "Training live" is the epoch on view moving from 0 to the end of that run, so
 * playing never trains again: only a change of a run setting does, once. The view is the run at
 * the epoch on view; the fit there (the network's predictions on a grid of x values and at the
 * data points) is the engine's `evaluateOnGrid` on the parameters of that epoch, computed once
 * per view and read by key.
 *
 * Quantity keys: `epoch`, `loss` (at the epoch on view), `m`, `parameters` (3m + 1), `epochs`,
 * `learningRate`, `seed`, `lastEpoch`, `startLoss`, `finalLoss`, `samples`, `gridSize`, and the
 * series `x.i`, `y.i` (data point i), `fitAt.i` (ŷ at data point i), `gridX.i`, `fit.i` (ŷ on the
 * grid), `lossAt.ℓ` (the loss at epoch ℓ) and `epochAt.ℓ` (ℓ itself, the x of the loss curve).
 */
import {
  APPROXIMATION_SHAPES,
  countParameters,
  evaluateOnGrid,
  evenlySpaced,
  fitApproximation,
  parametersAt,
  sampleShape,
  type ActivationName,
  type ApproximationShape,
  type Network,
  type Trace,
} from '../../engine/index.ts';
import {
  integer,
  MAX_LINK_VALUE_LENGTH,
  number,
  oneOf,
  type Checked,
  type Codec,
} from '../codecs.ts';
import { formatLimit, parseTypedNumber } from '../format.ts';
import type { SettingDefinition, SettingValues, StoreKind } from '../store.ts';

/** Samples of a shape target, evenly spaced over [−1, 1]. */
export const SHAPE_SAMPLES = 21;
/** x values of the fit curve, evenly spaced over [−1, 1]. */
export const GRID_SIZE = 101;
/** Hidden nodes a reader may ask for. */
export const MIN_NODES = 1;
export const MAX_NODES = 16;
/** Points a reader may give, and their limits. */
export const MIN_POINTS = 2;
export const MAX_POINTS = 12;
export const POINT_X_LIMIT = 1;
export const POINT_Y_LIMIT = 2;
/** Longest training run a reader may ask for (a run of 16 nodes stays near 30 ms at 1,000). */
export const MAX_RUN_EPOCHS = 3000;

/** A target: one of the engine's shapes, or the reader's points. */
export type ApproximationTarget = ApproximationShape | 'points';

const TARGET_LABELS: Readonly<Record<ApproximationTarget, string>> = {
  sine: 'sine wave, sin(πx)',
  step: 'step at x = 0',
  abs: 'absolute value, |x|',
  parabola: 'parabola, x²',
  bump: 'bump, exp(−(x/0.3)²)',
  points: 'your points',
};

const ACTIVATION_LABELS: Readonly<Record<'sigmoid' | 'tanh' | 'relu' | 'identity', string>> = {
  sigmoid: 'sigmoid',
  tanh: 'tanh',
  relu: 'ReLU',
  identity: 'identity (linear)',
};

/** The points a reader starts from: a zigzag no straight line can follow. */
export const DEFAULT_POINTS: readonly number[] = Object.freeze([
  -1, 0, -0.6, 0.8, -0.2, -0.4, 0.2, 0.5, 0.6, -0.6, 1, 0.3,
]);

/** One coordinate of a point, typed with a decimal point or comma. */
function coordinate(text: string, name: string, limit: number): Checked<number> {
  const typed = parseTypedNumber(text);
  if (!typed.ok) return { ok: false, message: `${name} ${typed.problem}` };
  if (Math.abs(typed.value) > limit) {
    return {
      ok: false,
      message: `${name} must be between ${formatLimit(-limit)} and ${formatLimit(limit)}.`,
    };
  }
  return typed;
}

/**
 * The two numbers of a typed point "x, y" (or "x y", or with decimal commas "0,5, 1,5"): split at
 * commas and spaces; when that gives more than two parts, the commas are decimal commas and only
 * a comma before a space, or a space, separates x from y.
 */
function pointParts(text: string): string[] | null {
  const plain = text.split(/\s*,\s*|\s+/);
  if (plain.length === 2) return plain;
  const decimalCommas = text.split(/,\s+|\s+/);
  return decimalCommas.length === 2 ? decimalCommas : null;
}

/** Checks a flat list x₁, y₁, x₂, y₂, …: 2 to 12 points inside the limits. */
function checkPoints(value: unknown, label: string): Checked<readonly number[]> {
  if (!Array.isArray(value) || value.some((entry) => typeof entry !== 'number')) {
    return { ok: false, message: `${label} needs a list of points.` };
  }
  const values = value as number[];
  if (values.length % 2 !== 0) {
    return { ok: false, message: `${label} needs pairs of numbers, x and y.` };
  }
  const count = values.length / 2;
  if (count < MIN_POINTS || count > MAX_POINTS) {
    return { ok: false, message: `${label} needs ${MIN_POINTS} to ${MAX_POINTS} points.` };
  }
  for (let i = 0; i < count; i++) {
    const [x, y] = [values[2 * i]!, values[2 * i + 1]!];
    if (!Number.isFinite(x) || Math.abs(x) > POINT_X_LIMIT) {
      return {
        ok: false,
        message: `x of point ${i + 1} must be between ${formatLimit(-POINT_X_LIMIT)} and ${formatLimit(POINT_X_LIMIT)}.`,
      };
    }
    if (!Number.isFinite(y) || Math.abs(y) > POINT_Y_LIMIT) {
      return {
        ok: false,
        message: `y of point ${i + 1} must be between ${formatLimit(-POINT_Y_LIMIT)} and ${formatLimit(POINT_Y_LIMIT)}.`,
      };
    }
  }
  return { ok: true, value: Object.freeze(values.slice()) };
}

/** A link's number: short, plain decimal, finite. */
const LINK_NUMBER = /^[-+]?(\d+\.?\d*|\.\d+)(e[-+]?\d{1,3})?$/i;

/**
 * The reader's points, flat: x₁, y₁, x₂, y₂, … Typed as "x, y; x, y; …" (a semicolon or a new
 * line between points); a link writes "x_y_x_y…" with six significant digits.
 */
export const pointsCodec: Codec<readonly number[]> = {
  type: 'vector',
  check: checkPoints,
  parse(text, label) {
    const pieces = text
      .trim()
      .split(/\s*[;\n]\s*/)
      .filter((piece) => piece !== '');
    if (pieces.length === 0) {
      return { ok: false, message: `${label} needs points, such as “-1, 0; 0, 1; 1, 0”.` };
    }
    const values: number[] = [];
    for (let i = 0; i < pieces.length; i++) {
      const parts = pointParts(pieces[i]!);
      if (!parts) {
        return {
          ok: false,
          message: `Point ${i + 1} (“${pieces[i]!}”) needs two numbers, x and y, such as “0.5, 1”.`,
        };
      }
      const x = coordinate(parts[0]!, `x of point ${i + 1}`, POINT_X_LIMIT);
      if (!x.ok) return x;
      const y = coordinate(parts[1]!, `y of point ${i + 1}`, POINT_Y_LIMIT);
      if (!y.ok) return y;
      values.push(x.value, y.value);
    }
    return checkPoints(values, label);
  },
  fromLink(text) {
    if (text.length === 0 || text.length > 2 * MAX_POINTS * (MAX_LINK_VALUE_LENGTH + 1)) {
      return undefined;
    }
    const parts = text.split('_');
    const values: number[] = [];
    for (const part of parts) {
      if (part.length > MAX_LINK_VALUE_LENGTH || !LINK_NUMBER.test(part)) return undefined;
      values.push(Number(part));
    }
    const checked = checkPoints(values, 'points');
    return checked.ok ? checked.value : undefined;
  },
  toLink: (value) => value.map((entry) => String(Number(entry.toPrecision(6)))).join('_'),
  format(value) {
    const pairs: string[] = [];
    for (let i = 0; i + 1 < value.length; i += 2) {
      pairs.push(`${value[i]!}, ${value[i + 1]!}`);
    }
    return pairs.join('; ');
  },
  equals: (a, b) => a.length === b.length && a.every((entry, i) => entry === b[i]),
};

/** The codec of the hidden activation, exported for the widget's menu. */
export const activationCodec = oneOf(ACTIVATION_LABELS);
/** The codec of the target, exported for the widget's menu. */
export const targetCodec = oneOf(TARGET_LABELS);

const settings: SettingDefinition[] = [
  {
    key: 'target',
    codec: targetCodec,
    label: 'target',
    symbol: ['target', ''],
    description: 'the function the network learns to fit, or your own points',
    default: 'sine',
    affects: 'run',
  },
  {
    key: 'points',
    codec: pointsCodec,
    label: 'points',
    symbol: ['points', ''],
    description: 'your points, x and y, used when the target is your points',
    default: DEFAULT_POINTS,
    affects: 'run',
  },
  {
    key: 'm',
    codec: integer({ min: MIN_NODES, max: MAX_NODES }),
    label: 'm',
    symbol: ['m', ''],
    description: 'the number of nodes in the hidden layer',
    default: 4,
    affects: 'run',
  },
  {
    key: 'activation',
    codec: activationCodec,
    label: 'activation',
    symbol: ['α', ''],
    description: 'the activation function of the hidden nodes',
    default: 'sigmoid',
    affects: 'run',
  },
  {
    key: 'seed',
    codec: integer({ min: 0, max: 9999, sliderMax: 50 }),
    label: 'seed',
    symbol: ['seed', ''],
    description: 'the seed of the random starting weights',
    default: 1,
    affects: 'run',
  },
  {
    key: 'learningRate',
    codec: number({
      min: 0.001,
      max: 0.5,
      sliderMin: 0.005,
      sliderMax: 0.2,
      step: 0.005,
    }),
    label: 'η',
    symbol: ['η', ''],
    description: 'the learning rate of the Adam optimizer',
    default: 0.05,
    affects: 'run',
  },
  {
    key: 'epochs',
    codec: integer({ min: 10, max: MAX_RUN_EPOCHS, sliderMin: 100, sliderMax: 2000 }),
    label: 'epochs',
    symbol: ['epochs', ''],
    description: 'how many updates the training run makes',
    default: 1000,
    affects: 'run',
  },
  {
    key: 'epoch',
    codec: integer({ min: 0, max: MAX_RUN_EPOCHS }),
    label: 'epoch',
    symbol: ['ℓ', ''],
    description: 'the epoch on view: the network after this many updates',
    default: 0,
    affects: 'view',
    bounds: (values) => ({ max: values['epochs'] as number }),
  },
];

/** One training run and the data it was trained on. */
export interface ApproximationRun {
  readonly network: Network;
  readonly trace: Trace;
  readonly xs: Float64Array;
  readonly ys: Float64Array;
}

/** A run at the epoch on view; its fit is computed on first read. */
export interface ApproximationView {
  readonly run: ApproximationRun;
  readonly row: number;
  readonly values: SettingValues;
}

/** The x values of the fit curve. */
const GRID = evenlySpaced(GRID_SIZE, -1, 1);

/** The data of a target: a shape's samples, or the reader's points. */
export function dataOf(values: SettingValues): { xs: Float64Array; ys: Float64Array } {
  const target = values['target'] as ApproximationTarget;
  if (target !== 'points') return sampleShape(target, SHAPE_SAMPLES);
  const points = values['points'] as readonly number[];
  const count = points.length / 2;
  const xs = new Float64Array(count);
  const ys = new Float64Array(count);
  for (let i = 0; i < count; i++) {
    xs[i] = points[2 * i]!;
    ys[i] = points[2 * i + 1]!;
  }
  return { xs, ys };
}

/** ŷ on the grid and at the data points, for the parameters at the epoch on view. */
interface Fit {
  readonly grid: Float64Array;
  readonly data: Float64Array;
}

const fits = new WeakMap<ApproximationView, Fit>();

/** The fit of a view, computed once per view by the engine. */
function fitOf(view: ApproximationView): Fit {
  let fit = fits.get(view);
  if (!fit) {
    const { network, trace, xs } = view.run;
    const theta = parametersAt(trace, view.row);
    fit = {
      grid: evaluateOnGrid(network, theta, GRID),
      data: evaluateOnGrid(network, theta, xs),
    };
    fits.set(view, fit);
  }
  return fit;
}

/** Scalar quantities by key. */
const SCALARS: ReadonlyMap<string, (view: ApproximationView) => number> = new Map<
  string,
  (view: ApproximationView) => number
>([
  ['epoch', (view) => view.row],
  ['loss', (view) => view.run.trace.loss[view.row]!],
  ['m', (view) => view.values['m'] as number],
  ['parameters', (view) => countParameters([1, view.values['m'] as number, 1]).total],
  ['epochs', (view) => view.values['epochs'] as number],
  ['learningRate', (view) => view.values['learningRate'] as number],
  ['seed', (view) => view.values['seed'] as number],
  ['lastEpoch', (view) => view.run.trace.length - 1],
  ['startLoss', (view) => view.run.trace.loss[0]!],
  ['finalLoss', (view) => view.run.trace.loss[view.run.trace.length - 1]!],
  ['samples', (view) => view.run.xs.length],
  ['gridSize', () => GRID_SIZE],
]);

/** Series quantities by prefix: `prefix.i` is entry i, undefined past the end. */
const SERIES: ReadonlyMap<string, (view: ApproximationView) => ArrayLike<number>> = new Map<
  string,
  (view: ApproximationView) => ArrayLike<number>
>([
  ['x', (view) => view.run.xs],
  ['y', (view) => view.run.ys],
  ['fitAt', (view) => fitOf(view).data],
  ['gridX', () => GRID],
  ['fit', (view) => fitOf(view).grid],
  ['lossAt', (view) => view.run.trace.loss],
  ['epochAt', (view) => view.run.trace.epoch],
]);

/** Reads a quantity key of a view. */
function read(view: ApproximationView, key: string): number | undefined {
  const scalar = SCALARS.get(key);
  if (scalar) return scalar(view);
  const match = /^([a-zA-Z]+)\.(\d{1,5})$/.exec(key);
  const series = match ? SERIES.get(match[1]!) : undefined;
  if (!series) return undefined;
  const values = series(view);
  const index = Number(match![2]);
  return index < values.length ? values[index] : undefined;
}

/** Every key a page may name: the scalars and the series up to their largest length. */
function quantityKeys(): Set<string> {
  const keys = new Set(SCALARS.keys());
  const longest = Math.max(SHAPE_SAMPLES, MAX_POINTS);
  for (let i = 0; i < longest; i++)
    for (const prefix of ['x', 'y', 'fitAt']) keys.add(`${prefix}.${i}`);
  for (let i = 0; i < GRID_SIZE; i++)
    for (const prefix of ['gridX', 'fit']) keys.add(`${prefix}.${i}`);
  for (let i = 0; i <= MAX_RUN_EPOCHS; i++) {
    keys.add(`lossAt.${i}`);
    keys.add(`epochAt.${i}`);
  }
  return keys;
}

let keys: Set<string> | undefined;

export const approximationKind: StoreKind<ApproximationRun, ApproximationView> = {
  id: 'approximation',
  settings,
  groups: {
    data: ['target', 'points'],
    network: ['m', 'activation'],
    training: ['seed', 'learningRate', 'epochs'],
    view: ['epoch'],
  },
  run(values, spare) {
    const { xs, ys } = dataOf(values);
    const { network, trace } = fitApproximation({
      xs,
      ys,
      hiddenNodes: values['m'] as number,
      activation: values['activation'] as ActivationName,
      seed: values['seed'] as number,
      learningRate: values['learningRate'] as number,
      epochs: values['epochs'] as number,
      ...(spare ? { reuse: spare.trace } : {}),
    });
    return { network, trace, xs, ys };
  },
  view: (run, values) => ({
    run,
    row: Math.min(values['epoch'] as number, Math.max(0, run.trace.length - 1)),
    values,
  }),
  refuse(run, values) {
    if (run.trace.length === 0) return 'the network gives no finite result.';
    if ((values['epoch'] as number) >= run.trace.length) {
      return `training stops at epoch ${run.trace.length - 1}, where its numbers are no longer finite.`;
    }
    return null;
  },
  note: (run) =>
    run.trace.divergedAt === null
      ? null
      : `Training stops at epoch ${run.trace.divergedAt - 1}: after it the numbers are no longer finite. Try a smaller η.`,
  read,
  // Listed when first asked for (by the build's checks of \live keys), not while a page loads.
  get quantityKeys() {
    return (keys ??= quantityKeys());
  },
};

/** Names of the shapes, in menu order, for tests and the widget. */
export const TARGETS: readonly ApproximationTarget[] = [...APPROXIMATION_SHAPES, 'points'];
