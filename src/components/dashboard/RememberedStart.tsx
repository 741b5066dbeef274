/**
 * "Start from the weights you set on another page": once mounted, reads what a network widget
 * elsewhere in the book remembered (src/state/remembered.ts) and, if anything, offers a button
 * that sets the dashboard's seed, weights and biases to it, naming the page and linking back.
 * Nothing shows without JavaScript or when nothing was remembered.
 */
import { useSignal } from '@preact/signals';
import { useEffect } from 'preact/hooks';
import { readRemembered, type Remembered } from '../../state/recall.ts';
import type { Store } from '../../state/store.ts';

export function RememberedStart({ store }: { store: Store }) {
  const remembered = useSignal<Remembered | null>(null);
  const status = useSignal('');
  useEffect(() => {
    try {
      remembered.value = readRemembered(localStorage, store.kind);
    } catch {
      remembered.value = null; // no storage here
    }
  }, [store, remembered]);
  const found = remembered.value;
  const start = () => {
    if (!found) return;
    const results = Object.values(store.setMany({ epochOnView: 0, ...found.values }));
    const refused = results.filter((result) => !result.ok).length;
    status.value = `The run starts from the weights and biases set on “${found.title}”${refused ? `, except ${refused} that could not be used` : ''}.`;
  };
  return (
    <div class="dashboard-remembered">
      {found && (
        <p>
          You changed the weights on the page <a href={`../${found.slug}/`}>“{found.title}”</a>.{' '}
          <button type="button" class="reset-button" onClick={start}>
            Start from the weights set on “{found.title}”
          </button>
        </p>
      )}
      <p class="dashboard-status" role="status">
        {status}
      </p>
    </div>
  );
}
