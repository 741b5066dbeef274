/**
 * The chapter's network as a store kind for training runs (the training dashboard): the same
 * 3-2-1 network, sample, settings and seed-drawn weights as the `network` kind, without the
 * gradient check, so a page that only trains does not load the check's code.
 */
import { CHAPTER_NETWORK } from '../../state/kind-parts/chapter-network.ts';
import { networkKindOf } from '../../state/kind-parts/network-kind.ts';

export const trainingRunKind = networkKindOf({ ...CHAPTER_NETWORK, id: 'training-run' });

/** The kind this module holds, as the kind tables find it (kind-modules.ts). */
export default trainingRunKind;
