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
 * Numbers are bound, not re-rendered: `useShownQuantity` gives a signal that a text node or an
 * attribute is bound to, so a change writes only the numbers that changed and no component
 * renders again.
 */
import { useComputed, useSignal, type ReadonlySignal } from '@preact/signals';
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

/** False while the island hydrates, true from mounting on: bound values switch to live then. */
export function useMountedSignal(): ReadonlySignal<boolean> {
  const mounted = useSignal(false);
  useEffect(() => {
    mounted.value = true;
  }, [mounted]);
  return mounted;
}

/**
 * A quantity of a store as the island shows it: its starting value while hydrating, then the live
 * one. Bind it (or a computed of it) to a text node or an attribute.
 */
export function useShownQuantity(
  store: Store,
  key: string,
  mounted: ReadonlySignal<boolean>,
): ReadonlySignal<number> {
  const starting = store.kind.read(store.initialView, key) ?? Number.NaN;
  return useComputed(() => (mounted.value ? (store.quantity(key).value ?? Number.NaN) : starting));
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

/**
 * One setting's value to draw, for a component that shows only it (a control): it re-renders when
 * this value changes, not on every change of the store.
 */
export function useSettingValue(store: Store, key: string): unknown {
  const live = useComputed(() => store.settings.value[key]);
  const mounted = useMounted(() => live.peek() !== store.defaults[key]);
  const value = live.value; // subscribes, also while hydrating
  return mounted ? value : store.defaults[key];
}
