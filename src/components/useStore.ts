/**
 * How an island reaches its store and what it draws from it.
 *
 * An island draws its store's starting state on its first render and the live state from then
 * on. Why: islands are rendered on the server from the starting state, and Preact, when it takes
 * over that HTML, patches text but not attributes or input values. A page opened from a link
 * already holds another state by then, so an island that drew the live state at once would keep
 * the server's slider positions and box values. Drawing the starting state first matches the
 * server's HTML exactly; right after mounting, the island shows the live state where it differs.
 *
 * Numbers are bound, not re-rendered: a widget renders once, and after mounting its live numbers
 * follow the store through one effect (`useLiveNumbers`), so a change writes only what changed.
 */
import { effect, useComputed, useSignal, type ReadonlySignal } from '@preact/signals';
import { useEffect, useLayoutEffect, useMemo, useRef } from 'preact/hooks';
import { bindLiveNumbers } from '../state/live-numbers.ts';
import { pageStore, parseDeclaration } from '../state/page-stores.ts';
import type { Store, StoreKind } from '../state/store.ts';

/** The props every widget bound to a store takes. */
export interface StoreProps {
  /** The store's name on the page (declared in the page's front matter). */
  store: string;
  /** The store's declaration, as JSON; the build adds it from the front matter. */
  storeOptions?: string;
}

/** The page's store that the widget's props name, made on first use. */
export function useStore<Run, View>(
  kind: StoreKind<Run, View>,
  props: StoreProps,
): Store<Run, View> {
  const { store, storeOptions } = props;
  return useMemo(
    () => pageStore(kind, store, parseDeclaration(storeOptions, store)),
    [kind, store, storeOptions],
  );
}

/** False while the island hydrates, true from mounting on: bound values switch to live then. */
export function useMountedSignal(): ReadonlySignal<boolean> {
  const mounted = useSignal(false);
  useEffect(() => {
    mounted.value = true;
  }, [mounted]);
  return mounted;
}

/**
 * One setting as a widget shows it: the page's starting value until the island has mounted (as the
 * server drew it), then the store's. A computed signal, so a component that reads it renders again
 * when this setting changes, not at every change of the store's settings (a slider's every step).
 */
export function useShownSetting(
  store: Store,
  key: string,
  mounted: ReadonlySignal<boolean>,
): ReadonlySignal<unknown> {
  return useComputed(() => (mounted.value ? store.settings.value : store.defaults)[key]);
}

/**
 * Runs `write` once the component has mounted, and again, synchronously, whenever a signal it
 * reads changes, until it unmounts. For effects that write the DOM: Preact's `useSignalEffect`
 * waits for the next animation frame, and a number written then misses the frame that shows the
 * change that caused it. `beforePaint` runs the first write before the browser paints the
 * component (a layout effect), for a drawing that must not show empty for a frame.
 */
export function useDomEffect(write: () => void, beforePaint = false): void {
  const latest = useRef(write);
  latest.current = write;
  const onMount = beforePaint ? useLayoutEffect : useEffect;
  onMount(() => effect(() => latest.current()), []);
}

/**
 * After mounting, keeps every live number (`[data-quantity]`) inside the element showing the
 * store's values, through one effect, until the component unmounts. A widget that redraws its
 * numbers (another view of its diagram) passes what it was drawn for as `drawnFor`: the numbers
 * are bound again after each such redraw, and after any render that drew them as new elements.
 * Numbers inside an element matching `outside` are left to the part that binds them itself (a
 * LiveDiagram), so no number is written twice.
 */
export function useLiveNumbers(
  root: { readonly current: Element | null },
  store: Store,
  drawnFor: unknown = null,
  outside?: string,
): void {
  const bound = useRef<LiveBinding | undefined>(undefined);
  // After every render, not only when `drawnFor` changes: two renders in a row (a diagram drawn
  // the other way round and back, as the page is laid out for print and then for the screen)
  // can leave `drawnFor` as it was while its numbers were drawn anew, so the elements are compared
  // too, and numbers drawn anew are always bound. A layout effect, so that they are written before
  // the frame that shows them is painted (or the page printed), never a frame later.
  useLayoutEffect(() => {
    const element = root.current;
    const all = element ? Array.from(element.querySelectorAll('[data-quantity]')) : [];
    const numbers = outside ? all.filter((number) => !number.closest(outside)) : all;
    const last = bound.current;
    if (last?.store === store && last.drawnFor === drawnFor && sameItems(last.numbers, numbers)) {
      return;
    }
    last?.stop();
    bound.current = { store, drawnFor, numbers, stop: bindLiveNumbers(numbers, store) };
  });
  useEffect(
    () => () => {
      bound.current?.stop();
      bound.current = undefined;
    },
    [],
  );
}

/** The live numbers an island has bound, and what they were drawn for. */
interface LiveBinding {
  store: Store;
  drawnFor: unknown;
  numbers: Element[];
  stop: () => void;
}

/** Whether two lists hold the same elements in the same order. */
function sameItems(a: readonly Element[], b: readonly Element[]): boolean {
  return a.length === b.length && a.every((item, i) => item === b[i]);
}
