/**
 * The chapter's network as a store kind for training runs (the training dashboard): the same
 * 3-2-1 network, sample, settings and seed-drawn weights as `network.ts`, without the
 * gradient check, so a page that only trains does not load the check's code.
 */
// By module, not through the engine's index (see network-kind.ts).
import {
  BY_HAND_DEFAULTS,
  BY_HAND_WIDTHS,
  createByHandNetwork,
  initializeByHand,
} from '../../engine/scenarios/index.ts';
import { networkKindOf, type NetworkKindConfig } from '../../state/kind-parts/network-kind.ts';

/** The chapter's network, sample and training settings, whatever the kind's id. */
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

export const trainingRunKind = networkKindOf({ ...CHAPTER_NETWORK, id: 'training-run' });

/** The kind this module holds, as the kind tables find it (kind-modules.ts). */
export default trainingRunKind;
