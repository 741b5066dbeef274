/**
 * The settings and view a parts widget draws: the store's starting ones while the island hydrates
 * (they match the server's HTML), its live ones from mounting on. The widgets of this chapter are
 * small tables whose rows follow the settings, so they render from these two signals.
 */
import { useComputed, type ReadonlySignal } from '@preact/signals';
import type { SettingValues, Store } from '../../state/store.ts';
import { useMountedSignal } from '../useStore.ts';

export function useView<Run, View>(
  store: Store<Run, View>,
): { settings: ReadonlySignal<SettingValues>; view: ReadonlySignal<View> } {
  const mounted = useMountedSignal();
  return {
    settings: useComputed(() => (mounted.value ? store.settings.value : store.defaults)),
    view: useComputed(() => (mounted.value ? store.view.value : store.initialView)),
  };
}

/** What the reader is typing in one box of a widget, and why it was refused (or ''). */
export interface Edit {
  /** Which box: an entry's index, or a name such as "count". */
  readonly box: string;
  readonly text: string;
  readonly message: string;
}
