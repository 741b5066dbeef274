/**
 * The store kind of the momentum-and-Adam chapter: gradient descent, momentum and Adam side by
 * side, on the same table of samples from the same initial weights, each with its own learning
 * rate, and all three batching the samples the same way (batch, stochastic or mini-batch, an
 * allow-list). Its worked examples are each rule's first update on the whole table
 * (`gd.next.w46`, `momentum.velocity.w46`, `adam.mHat.w46`, …). Keys: see comparison.ts; its runs
 * are `gd`, `momentum` and `adam`.
 */
import type { BatchMode } from '../../engine/index.ts';
import { number, oneOf } from '../codecs.ts';
import type { SettingValues } from '../store.ts';
import {
  comparisonKind,
  learningRateCodec,
  runSetting,
  shuffleOf,
  type WorkedUpdate,
} from './comparison.ts';

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
  runSetting(
    key,
    learningRateCodec,
    ['η', ''],
    `the learning rate of ${rule}`,
    value,
    `η (${rule})`,
  );

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
  runs: [
    { id: 'gd', label: 'gradient descent' },
    { id: 'momentum', label: 'momentum' },
    { id: 'adam', label: 'Adam' },
  ],
  settings: [
    runSetting(
      'mode',
      modeCodec,
      ['mode', ''],
      'how all three runs group the samples into updates',
      'batch',
    ),
    rate('learningRate', 'gradient descent', 0.2),
    rate('momentumRate', 'momentum', 0.2),
    runSetting(
      'beta',
      decayRate(0.999, 0),
      ['β', ''],
      'the share of the velocity that momentum keeps from one update to the next',
      0.9,
    ),
    rate('adamRate', 'Adam', 0.05),
    runSetting(
      'beta1',
      decayRate(0.999, 0),
      ['β', '1'],
      'the decay of Adam’s running mean of gradients',
      0.9,
    ),
    runSetting(
      'beta2',
      decayRate(0.9999, 0.9),
      ['β', '2'],
      'the decay of Adam’s running mean of squared gradients',
      0.999,
    ),
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
  worked: ['gd', 'momentum', 'adam'],
  workedUpdatesOf: rulesOf,
});

/** The three update rules, each with its settings and learning rate. */
function rulesOf(values: SettingValues): WorkedUpdate[] {
  return [
    { id: 'gd', optimizer: { kind: 'gd' }, learningRate: values['learningRate'] as number },
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
