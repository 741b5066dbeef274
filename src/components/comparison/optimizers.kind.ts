/**
 * The store kind of the momentum-and-Adam chapter: gradient descent, momentum and Adam side by
 * side, on the same table of samples from the same initial weights, each with its own learning
 * rate, and all three batching the samples the same way (batch, stochastic or mini-batch, an
 * allow-list). Its worked examples are each rule's first update on the whole table
 * (`gd.next.w46`, `momentum.velocity.w46`, `adam.mHat.w46`, …). Keys: see comparison.ts; its runs
 * are `gd`, `momentum` and `adam`.
 */
import type { BatchMode } from '../../engine/index.ts';
import { number, oneOf } from '../../state/codecs.ts';
import { setting } from '../../state/define-kind.ts';
import type { SettingValues } from '../../state/store.ts';
import {
  comparisonKind,
  gradientDescent,
  learningRateCodec,
  shuffleOf,
} from '../../state/kind-parts/comparison.ts';
import type { WorkedUpdate } from '../../state/kind-parts/comparison-run.ts';

/** How the three runs group the samples into updates. */
export const modeCodec = oneOf<BatchMode>({
  batch: 'batch',
  stochastic: 'stochastic',
  miniBatch: 'mini-batch',
});

/** β, β₁ and β₂ in [0, 0.9999]: at 1 an average would never forget. */
const decayRate = (max: number, sliderMin: number) =>
  number({ min: 0, max, sliderMin, sliderMax: max, step: 0.001, digits: 4 });

/** A learning-rate setting of one update rule: η in its rule's group, named after the rule. */
const rate = (key: string, rule: string, value: number) =>
  setting(key, learningRateCodec, {
    symbol: ['η', ''],
    label: `η (${rule})`,
    description: `the learning rate of ${rule}`,
    default: value,
  });

/** The settings the three runs share: the mode, the batch size and the shuffle. */
function batching(values: SettingValues) {
  return {
    mode: values['mode'] as BatchMode,
    batchSize: values['batchSize'] as number,
    ...shuffleOf(values),
  };
}

export const optimizersKind = comparisonKind({
  id: 'optimizers',
  runs: { gd: 'gradient descent', momentum: 'momentum', adam: 'Adam' },
  settings: [
    setting('mode', modeCodec, {
      description: 'how all three runs group the samples into updates',
      default: 'batch',
    }),
    rate('learningRate', 'gradient descent', 0.2),
    rate('momentumRate', 'momentum', 0.2),
    setting('beta', decayRate(0.999, 0), {
      symbol: ['β', ''],
      description: 'the share of the velocity that momentum keeps from one update to the next',
      default: 0.9,
    }),
    rate('adamRate', 'Adam', 0.05),
    setting('beta1', decayRate(0.999, 0), {
      symbol: ['β', '1'],
      description: 'the decay of Adam’s running mean of gradients',
      default: 0.9,
    }),
    setting('beta2', decayRate(0.9999, 0.9), {
      symbol: ['β', '2'],
      description: 'the decay of Adam’s running mean of squared gradients',
      default: 0.999,
    }),
  ],
  groups: {
    mode: ['mode'],
    rules: ['learningRate', 'momentumRate', 'beta', 'adamRate', 'beta1', 'beta2'],
  },
  epochs: 200,
  runsOf: (values) =>
    rulesOf(values).map(({ optimizer, learningRate }) => ({
      ...batching(values),
      optimizer,
      learningRate,
    })),
  workedUpdatesOf: rulesOf,
});

/** The three update rules, each with its settings and learning rate. */
function rulesOf(values: SettingValues): WorkedUpdate[] {
  return [
    gradientDescent(values),
    {
      id: 'momentum',
      optimizer: { kind: 'momentum', beta: values['beta'] as number },
      learningRate: values['momentumRate'] as number,
    },
    {
      id: 'adam',
      optimizer: {
        kind: 'adam',
        beta1: values['beta1'] as number,
        beta2: values['beta2'] as number,
      },
      learningRate: values['adamRate'] as number,
    },
  ];
}

/** The kind this module holds, as the kind tables find it (kind-modules.ts). */
export default optimizersKind;
