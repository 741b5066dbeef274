/**
 * A widget's closing row: reset its store to the page's starting state, and the link to the
 * exact state the reader has set.
 */
import type { Store } from '../state/store.ts';
import { StateLink } from './StateLink.tsx';

interface Props {
  store: Store;
  /** The heading id of the section the widget sits in, for the link to this state. */
  anchor?: string | undefined;
}

export function StoreActions({ store, anchor }: Props) {
  return (
    <div class="controls-actions">
      <button type="button" class="reset-button" onClick={() => store.reset()}>
        Reset to the chapter’s example
      </button>
      <StateLink anchor={anchor} />
    </div>
  );
}
