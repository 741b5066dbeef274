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
import { useEffect, useMemo, useRef } from 'preact/hooks';
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
 * change that caused it.
 */
export function useDomEffect(write: () => void): void {
  const latest = useRef(write);
  latest.current = write;
  useEffect(() => effect(() => latest.current()), []);
}

/**
 * After mounting, keeps every live number (`[data-quantity]`) inside the element showing the
 * store's values, through one effect, until the component unmounts. A widget that redraws its
 * numbers (another view of its diagram) passes what it was drawn for as `drawnFor`: the numbers
 * are bound again after each such redraw. Numbers inside an element matching `outside` are left to
 * the part that binds them itself (a LiveDiagram), so no number is written twice.
 */
export function useLiveNumbers(
  root: { readonly current: Element | null },
  store: Store,
  drawnFor: unknown = null,
  outside?: string,
): void {
  useEffect(() => {
    const element = root.current;
    if (!element) return undefined;
    const numbers = Array.from(element.querySelectorAll('[data-quantity]'));
    return bindLiveNumbers(
      outside ? numbers.filter((number) => !number.closest(outside)) : numbers,
      store,
    );
  }, [root, store, drawnFor, outside]);
}
