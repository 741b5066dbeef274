/**
 * An embed's way back to the book: the widget's chapter, in the state the reader has set, opened
 * at the widget's section, in a new tab (inside a course page's frame the chapter would be
 * cramped). Its href is bound to the page's settled link, so it follows the state once the reader
 * pauses, and the component never renders again.
 */
import { useComputed } from '@preact/signals';
import { settledLink } from '../../state/page-stores.ts';
import { useMountedSignal } from '../useStore.ts';

interface Props {
  /** The chapter's path, with the site's base path and a trailing slash. */
  chapter: string;
  /** The id of the chapter's heading of the widget's section. */
  anchor: string;
}

export function BookLink({ chapter, anchor }: Props) {
  const mounted = useMountedSignal();
  // While hydrating, the href the server wrote (the starting state).
  const href = useComputed(() => `${chapter}${mounted.value ? settledLink.value : ''}#${anchor}`);
  return (
    <a class="embed-book-link" href={href} target="_blank" rel="noopener">
      Open this in the book<span class="sr-only"> (opens in a new tab)</span>
    </a>
  );
}
