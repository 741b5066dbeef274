/**
 * The chapter's network, sample and training settings, whatever the kind's id: the 3-2-1 network
 * with sigmoid hidden nodes and an identity output, the worked example's sample and settings, and
 * its starting weights drawn from the seed as the source chapter draws them (NumPy's stream). The
 * `network` kind (with the gradient check) and the `training-run` kind (without) are both made
 * from it.
 */
// By module, not through the engine's index (see network-kind.ts).
import {
  BY_HAND_DEFAULTS,
  BY_HAND_WIDTHS,
  createByHandNetwork,
  initializeByHand,
} from '../../engine/scenarios/index.ts';
import type { NetworkKindConfig } from './network-types.ts';

export const CHAPTER_NETWORK: Omit<NetworkKindConfig, 'id'> = {
  widths: BY_HAND_WIDTHS,
  hidden: 'sigmoid',
  output: 'identity',
  defaults: {
    x: BY_HAND_DEFAULTS.x,
    y: [BY_HAND_DEFAULTS.y],
    learningRate: BY_HAND_DEFAULTS.learningRate,
    decay: BY_HAND_DEFAULTS.decay,
    epochs: BY_HAND_DEFAULTS.epochs,
    seed: BY_HAND_DEFAULTS.seed,
  },
  draw(seed) {
    const network = createByHandNetwork();
    initializeByHand(network, seed);
    return network.parameters;
  },
};
