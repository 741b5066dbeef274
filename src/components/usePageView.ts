/**
 * What an island should draw: the chapter's example on its first render, the live page state
 * from then on.
 *
 * Why: islands are rendered on the server with the example's numbers, and Preact, when it takes
 * over that HTML, patches text but not attributes or input values. A page opened from a link
 * already holds another state by then, so an island that drew the live state at once would keep
 * the server's slider positions and box values. Drawing the example first matches the server's
 * HTML exactly; the render after mounting then changes whatever differs, like any update.
 */
import { useComputed, useSignal } from '@preact/signals';
import { useEffect } from 'preact/hooks';
import { exampleView, view } from '../state/by-hand-store.ts';
import { readQuantity, type PageView } from '../state/quantities.ts';

/** False during the island's first (hydrating) render, true after it has mounted. */
export function useHydrated(): boolean {
  const hydrated = useSignal(false);
  useEffect(() => {
    hydrated.value = true;
  }, [hydrated]);
  return hydrated.value;
}

/** The view to draw: the example while hydrating, then the page's live view. */
export function usePageView(): PageView {
  return useHydrated() ? view.value : exampleView.value;
}

/**
 * One quantity's value to draw, like {@link usePageView}, for a component that shows only that
 * one: it re-renders when this value changes, not on every change of the page.
 */
export function usePageValue(key: string): number {
  const hydrated = useHydrated();
  const live = useComputed(() => readQuantity(key, view.value) ?? Number.NaN);
  return hydrated ? live.value : (readQuantity(key, exampleView.value) ?? Number.NaN);
}
