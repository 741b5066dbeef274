/**
 * The chapter's network as a store kind: 3-2-1, sigmoid hidden nodes, identity output, the
 * worked example's sample and training settings, initial weights drawn as the source chapter
 * draws them (NumPy's stream for the seed), and the gradient check the backpropagation pages show.
 */
// By module, not through the engine's index (see network-kind.ts).
import {
  numericalGradients,
  numericalNodeGradients,
  relativeError,
} from '../../engine/gradients/index.ts';
import { CHAPTER_NETWORK } from '../../state/kind-parts/chapter-network.ts';
import { networkKindOf } from '../../state/kind-parts/network-kind.ts';

export const networkKind = networkKindOf({
  ...CHAPTER_NETWORK,
  id: 'network',
  gradientCheck: { numericalGradients, numericalNodeGradients, relativeError },
});

/** The kind this module holds, as the kind tables find it (kind-modules.ts). */
export default networkKind;
