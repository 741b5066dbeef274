/**
 * The link to the page's current state, opening at a section. Its href is bound to the page's
 * settled link, so a change rewrites this one attribute after the reader pauses, and no component
 * renders again.
 */
import { useComputed } from '@preact/signals';
import { settledLink } from '../state/page-stores.ts';
import { useMountedSignal } from './useStore.ts';

export function StateLink({ anchor }: { anchor: string | undefined }) {
  const mounted = useMountedSignal();
  const fragment = anchor ? `#${anchor}` : '';
  // While hydrating, the href the server wrote (it cannot know the page's link).
  const href = useComputed(() => `${(mounted.value && settledLink.value) || '?'}${fragment}`);
  return (
    <a class="state-link" href={href}>
      Link to this exact state
    </a>
  );
}
