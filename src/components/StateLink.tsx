/**
 * The link to the page's current state, opening at a section. Its own component because it reads
 * every store of the page: only it re-renders on each change, not the controls around it.
 */
import { pageLink } from '../state/page-stores.ts';
import { useLiveValue } from './useStore.ts';

export function StateLink({ anchor }: { anchor: string | undefined }) {
  const query = useLiveValue(() => pageLink.value, '');
  return (
    <a class="state-link" href={`${query || '?'}${anchor ? `#${anchor}` : ''}`}>
      Link to this exact state
    </a>
  );
}
