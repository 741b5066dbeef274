/**
 * The store kind of the training-epochs chapter: batch, stochastic and mini-batch gradient
 * descent side by side, on the same table of samples from the same initial weights, with one
 * learning rate η. Its worked example is the first batch update: each sample's ∂Lₛ/∂λ₄,₆ at θ₀,
 * their mean, and θ₁ = θ₀ − η·mean (`gd.next.w46`). Keys: see comparison.ts; its runs are
 * `batch`, `stochastic` and `miniBatch`.
 */
import { setting } from '../../state/define-kind.ts';
import {
  comparisonKind,
  gradientDescent,
  learningRateCodec,
  shuffleOf,
} from '../../state/kind-parts/comparison.ts';

export const batchModesKind = comparisonKind({
  id: 'batch-modes',
  runs: { batch: 'batch', stochastic: 'stochastic', miniBatch: 'mini-batch' },
  settings: [
    setting('learningRate', learningRateCodec, {
      symbol: ['η', ''],
      description: 'the learning rate of every update, in all three runs',
      default: 0.2,
    }),
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
  workedUpdatesOf: (values) => [gradientDescent(values)],
});

/** The kind this module holds, as the kind tables find it (kind-modules.ts). */
export default batchModesKind;
