/**
 * The store kind of the training-epochs chapter: batch, stochastic and mini-batch gradient
 * descent side by side, on the same table of samples from the same initial weights, with one
 * learning rate η. Its worked example is the first batch update: each sample's ∂Lₛ/∂λ₄,₆ at θ₀,
 * their mean, and θ₁ = θ₀ − η·mean (`gd.next.w46`). Keys: see comparison.ts; its runs are
 * `batch`, `stochastic` and `miniBatch`.
 */
import { comparisonKind, learningRateCodec, runSetting, shuffleOf } from './comparison.ts';

export const batchModesKind = comparisonKind({
  id: 'batch-modes',
  runs: [
    { id: 'batch', label: 'batch' },
    { id: 'stochastic', label: 'stochastic' },
    { id: 'miniBatch', label: 'mini-batch' },
  ],
  settings: [
    runSetting(
      'learningRate',
      learningRateCodec,
      ['η', ''],
      'the learning rate of every update, in all three runs',
      0.2,
    ),
  ],
  groups: { training: ['learningRate'] },
  epochs: 300,
  runsOf(values) {
    const common = { learningRate: values['learningRate'] as number, ...shuffleOf(values) };
    return [
      { mode: 'batch', ...common },
      { mode: 'stochastic', ...common },
      { mode: 'miniBatch', batchSize: values['batchSize'] as number, ...common },
    ];
  },
  worked: ['gd'],
  workedUpdatesOf: (values) => [
    { id: 'gd', optimizer: { kind: 'gd' }, learningRate: values['learningRate'] as number },
  ],
});
