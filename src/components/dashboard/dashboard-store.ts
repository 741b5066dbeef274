/**
 * The type of the store every part of the dashboard reads, in a file of its own: the plots' part
 * and the downloads both name it, and the plots' part imports the downloads.
 */
import type { Trace } from '../../engine/index.ts';
import type { NetworkView } from '../../state/kind-parts/network-kind.ts';
import type { Store } from '../../state/store.ts';

/** The network store the dashboard draws: a recorded run, read at the epoch on view. */
export type NetworkStore = Store<Trace, NetworkView>;
