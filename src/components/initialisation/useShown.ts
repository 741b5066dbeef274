/**
 * What an initialisation widget shows: its store's starting settings and view while the island
 * hydrates (what the server drew), and the live ones from mounting on.
 */
import { useComputed, type ReadonlySignal } from '@preact/signals';
import type { SettingValues, Store } from '../../state/store.ts';
import { useMountedSignal } from '../useStore.ts';

export function useShown<Run, View>(
  store: Store<Run, View>,
): {
  mounted: ReadonlySignal<boolean>;
  settings: ReadonlySignal<SettingValues>;
  view: ReadonlySignal<View>;
} {
  const mounted = useMountedSignal();
  return {
    mounted,
    settings: useComputed(() => (mounted.value ? store.settings.value : store.defaults)),
    view: useComputed(() => (mounted.value ? store.view.value : store.initialView)),
  };
}
