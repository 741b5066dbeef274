/**
 * The chapter's network as a store kind: 3-2-1, sigmoid hidden nodes, identity output, the
 * worked example's sample and training settings, and initial weights drawn as the source
 * chapter draws them (NumPy's stream for the seed).
 */
// By module, not through the engine's index (see network.ts).
import {
  BY_HAND_DEFAULTS,
  BY_HAND_WIDTHS,
  createByHandNetwork,
  initializeByHand,
} from '../../engine/byHand.ts';
import { networkKind } from './network.ts';

export const chapterNetwork = networkKind({
  id: 'network',
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
});
