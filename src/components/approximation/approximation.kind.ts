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
import { integer, number, oneOf } from '../../state/codecs.ts';
import { defineKind, setting } from '../../state/define-kind.ts';
import { MAX_POINTS, pointsCodec } from '../../state/points-codec.ts';
import { quantities } from '../../state/quantities.ts';
import type { SettingValues } from '../../state/store.ts';
import { stoppedNote, stoppedRefusal } from '../../state/kind-parts/diverged.ts';

/** Samples of a shape target, evenly spaced over [−1, 1]. */
export const SHAPE_SAMPLES = 21;
/** x values of the fit curve, evenly spaced over [−1, 1]. */
export const GRID_SIZE = 101;
/** Hidden nodes a reader may ask for. */
export const MIN_NODES = 1;
export const MAX_NODES = 16;
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

/** The codec of the hidden activation, exported for the widget's menu. */
export const activationCodec = oneOf(ACTIVATION_LABELS);
/** The codec of the target, exported for the widget's menu. */
export const targetCodec = oneOf(TARGET_LABELS);

const settings = [
  setting('target', targetCodec, {
    description: 'the function the network learns to fit, or your own points',
    default: 'sine',
  }),
  setting('points', pointsCodec, {
    description: 'your points, x and y, used when the target is your points',
    default: DEFAULT_POINTS,
  }),
  setting('m', integer({ min: MIN_NODES, max: MAX_NODES }), {
    description: 'the number of nodes in the hidden layer',
    default: 4,
  }),
  setting('activation', activationCodec, {
    symbol: ['α', ''],
    label: 'activation',
    description: 'the activation function of the hidden nodes',
    default: 'sigmoid',
  }),
  setting('seed', integer({ min: 0, max: 9999, sliderMax: 50 }), {
    description: 'the seed of the random starting weights',
    default: 1,
  }),
  setting(
    'learningRate',
    number({ min: 0.001, max: 0.5, sliderMin: 0.005, sliderMax: 0.2, step: 0.005 }),
    { symbol: ['η', ''], description: 'the learning rate of the Adam optimizer', default: 0.05 },
  ),
  setting('epochs', integer({ min: 10, max: MAX_RUN_EPOCHS, sliderMin: 100, sliderMax: 2000 }), {
    description: 'how many passes over the data the training run makes, one full-batch update each',
    default: 1000,
  }),
  setting('epoch', integer({ min: 0, max: MAX_RUN_EPOCHS }), {
    symbol: ['ℓ', ''],
    label: 'epoch',
    description: 'the epoch on view: the network after this many updates',
    default: 0,
    affects: 'view',
    bounds: (values) => ({ max: values['epochs'] as number }),
  }),
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

/** The most data points a target has: a shape's samples, or the reader's points. */
const DATA_LENGTH = Math.max(SHAPE_SAMPLES, MAX_POINTS);

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
    // Stryker disable next-line CallExpression: a cache; without it a read works out the same fit again
    fits.set(view, fit);
  }
  return fit;
}

/** Every quantity of a view: scalars by key, series by prefix (`fit.3`). */
const QUANTITIES = quantities<ApproximationView>({
  scalars: [
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
  ],
  series: [
    ['x', { read: (view) => view.run.xs, longest: DATA_LENGTH }],
    ['y', { read: (view) => view.run.ys, longest: DATA_LENGTH }],
    ['fitAt', { read: (view) => fitOf(view).data, longest: DATA_LENGTH }],
    ['gridX', { read: () => GRID, longest: GRID_SIZE }],
    ['fit', { read: (view) => fitOf(view).grid, longest: GRID_SIZE }],
    ['lossAt', { read: (view) => view.run.trace.loss, longest: MAX_RUN_EPOCHS + 1 }],
    ['epochAt', { read: (view) => view.run.trace.epoch, longest: MAX_RUN_EPOCHS + 1 }],
  ],
});

export const approximationKind = defineKind<ApproximationRun, ApproximationView>({
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
  refuse: (run, values) => stoppedRefusal(run.trace, values['epoch'] as number),
  note: (run) => stoppedNote(run.trace, 'Try a smaller η.'),
  quantities: QUANTITIES,
});

/** Names of the shapes, in menu order, for tests and the widget. */
export const TARGETS: readonly ApproximationTarget[] = [...APPROXIMATION_SHAPES, 'points'];

/** The kind this module holds, as the kind tables find it (kind-modules.ts). */
export default approximationKind;
