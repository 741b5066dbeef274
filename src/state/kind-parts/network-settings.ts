/**
 * The settings of a network kind, all named by the engine from its widths: the sample (`x1`, `y`),
 * the seed, every weight and bias (`w14` … `b6`, drawn from the seed), the training settings, and
 * what the widgets show (the gradient check's step, the diagram, the epoch axis, the stepper's
 * step, the epoch on view).
 */
// By module, not through the engine's index (see network-kind.ts).
import type { NetworkNames } from '../../engine/core/index.ts';
import { trainingStepOperations } from '../../engine/core/index.ts';
import { integer, number, oneOf } from '../codecs.ts';
import { setting } from '../define-kind.ts';
import type { SettingDefinition, SettingValues } from '../store.ts';
import type { NetworkKindConfig } from './network-types.ts';
import { VALUE_LIMIT, parameterSetting, sampleCodec } from './weights.ts';

/** Most epochs a store trains: a longer run would not fit a page's budget of time and memory. */
export const MAX_STORE_EPOCHS = 5000;

/** The gradient check's step ε = 10ᵏ runs over these powers k. */
export const MIN_EPSILON_POWER = -14;
export const MAX_EPSILON_POWER = -1;

const OPTIMIZERS = oneOf({ gd: 'gradient descent', momentum: 'momentum', adam: 'Adam' });

/** The gradient check's step ε = 10ᵏ, set by its power k. */
const EPSILON_POWER = setting(
  'epsilonPower',
  integer({ min: MIN_EPSILON_POWER, max: MAX_EPSILON_POWER }),
  {
    label: 'ε = 10ᵏ, k',
    symbol: ['k', ''],
    description:
      'the step of the gradient check, ε = 10ᵏ: each derivative is also estimated as [L(θ + ε) − L(θ − ε)] / 2ε',
    default: -6,
    affects: 'view',
  },
);

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

const DIAGRAM_VIEW = setting('diagram', DIAGRAM_VIEWS, {
  symbol: ['diagram view', ''],
  description: 'what the network diagram shows',
  default: 'forward',
  affects: 'view',
});

/** The scale of the epoch axis of a widget's run plots: linear, or log to see the early epochs. */
const EPOCH_AXIS = setting('epochAxis', oneOf({ linear: 'linear', log: 'log' }), {
  symbol: ['epoch axis', ''],
  description: 'the scale of the plots’ epoch axis',
  default: 'linear',
  affects: 'view',
});

/** θ as a seed draws it, kept for the last eight seeds: a draw runs NumPy's generator. */
function drawsOf(config: NetworkKindConfig): (seed: number) => Float64Array {
  const draws = new Map<number, Float64Array>();
  return (seed) => {
    let theta = draws.get(seed);
    if (!theta) {
      theta = config.draw(seed);
      draws.set(seed, theta);
      if (draws.size > 8) draws.delete(draws.keys().next().value!);
    }
    return theta;
  };
}

/** The settings of a network kind, in order (the seed comes before the parameters it draws). */
export function settingsOf(config: NetworkKindConfig, names: NetworkNames): SettingDefinition[] {
  const drawn = drawsOf(config);
  const inputs = names.layers[0]!;
  return [
    ...names.features.map((key, i) =>
      setting(key, sampleCodec, {
        symbol: ['x', String(i + 1)],
        description: `predictor feature ${i + 1}, passed unchanged by input node ${inputs[i]!.key}`,
        default: config.defaults.x[i] ?? 0,
      }),
    ),
    ...names.targets.map((key, j) =>
      setting(key, sampleCodec, {
        symbol: ['y', key.slice(1)],
        description:
          names.targets.length === 1
            ? 'the target (true response) for this sample'
            : `the target of output ${j + 1} for this sample`,
        default: config.defaults.y[j] ?? 0,
      }),
    ),
    setting('seed', integer({ min: 0, max: 0xffffffff }), {
      description: 'the NumPy seed that draws the initial weights and biases',
      default: config.defaults.seed,
    }),
    ...[...names.weights, ...names.biases].map((name) =>
      parameterSetting(
        name,
        (earlier: SettingValues) => drawn(earlier['seed'] as number)[name.parameter]!,
      ),
    ),
    setting('learningRate', number({ min: 0, max: VALUE_LIMIT, sliderMin: 0, sliderMax: 2 }), {
      symbol: ['η', ''],
      description: 'learning rate, the size of each gradient-descent step',
      default: config.defaults.learningRate,
    }),
    setting(
      'decay',
      number({ min: 0, max: VALUE_LIMIT, sliderMin: 0, sliderMax: 0.1, step: 0.001 }),
      {
        description: 'time decay of the learning rate, η at epoch ℓ = η₀ / (1 + decay · ℓ)',
        default: config.defaults.decay,
      },
    ),
    setting('optimizer', OPTIMIZERS, {
      description: 'the update rule: plain gradient descent, momentum or Adam',
      default: 'gd',
    }),
    setting('epochs', integer({ min: 1, max: MAX_STORE_EPOCHS }), {
      description:
        'how many passes over the sample the training run makes, each recorded from the state it starts from',
      default: config.defaults.epochs,
    }),
    ...(config.gradientCheck ? [EPSILON_POWER] : []),
    DIAGRAM_VIEW,
    EPOCH_AXIS,
    setting('step', integer({ min: 1, max: trainingStepOperations(names).length }), {
      description: 'which operation of one training step is on view, from the first',
      default: 1,
      affects: 'view',
    }),
    // Stryker disable next-line ArithmeticOperator: the bound below, epochs − 1 ≤ 4999, is stricter for every value
    setting('epochOnView', integer({ min: 0, max: MAX_STORE_EPOCHS - 1 }), {
      label: 'epoch',
      symbol: ['ℓ', ''],
      description: 'the epoch whose forward and backward pass is on view',
      default: 0,
      affects: 'view',
      bounds: (values) => ({ max: (values['epochs'] as number) - 1 }),
    }),
  ];
}

/** Named groups of a network kind's settings, for a page's `settable`. */
export function groupsOf(config: NetworkKindConfig, names: NetworkNames) {
  const parameters = [...names.weights, ...names.biases];
  return {
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
}
