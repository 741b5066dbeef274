/**
 * How an island reaches its store and what it draws from it.
 *
 * An island draws its store's starting view on its first render and the live view from then on.
 * Why: islands are rendered on the server from the starting state, and Preact, when it takes over
 * that HTML, patches text but not attributes or input values. A page opened from a link already
 * holds another state by then, so an island that drew the live state at once would keep the
 * server's slider positions and box values. Drawing the starting view first matches the server's
 * HTML exactly; right after mounting, the island draws the live view if it differs.
 */
import { useComputed } from '@preact/signals';
import { useEffect, useMemo, useRef, useState } from 'preact/hooks';
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

/**
 * False during the island's first (hydrating) render, true after it. At mounting the component
 * renders again only when `differs()` says the live state is not the starting one.
 */
function useMounted(differs: () => boolean): boolean {
  const mounted = useRef(false);
  const [, rerender] = useState(0);
  useEffect(() => {
    mounted.current = true;
    if (differs()) rerender(1);
    // Runs once, at mounting; later changes re-render through the signals the caller reads.
  }, []);
  return mounted.current;
}

/** The view to draw: the starting view while hydrating, then the live one. */
export function useStoreView<View>(store: Store<unknown, View>): View {
  const mounted = useMounted(() => store.view.peek() !== store.initialView);
  const live = store.view.value; // subscribes: every change of the view re-renders
  return mounted ? live : store.initialView;
}

/**
 * One setting's value to draw, like {@link useStoreView}, for a component that shows only it: it
 * re-renders when this value changes, not on every change of the store.
 */
export function useSettingValue(store: Store, key: string): unknown {
  const live = useComputed(() => store.settings.value[key]);
  const mounted = useMounted(() => live.peek() !== store.defaults[key]);
  const value = live.value; // subscribes, also while hydrating
  return mounted ? value : store.defaults[key];
}

/**
 * A value that the server cannot know (the page's link): `starting` while hydrating, then the live
 * value, which `read` must take from signals so that later changes re-render.
 */
export function useLiveValue<T>(read: () => T, starting: T): T {
  const mounted = useMounted(() => read() !== starting);
  const value = read(); // subscribes, also while hydrating
  return mounted ? value : starting;
}
