/**
 * The settings and view a parts widget draws: the store's starting ones while the island hydrates
 * (they match the server's HTML), its live ones from mounting on. The widgets of this chapter are
 * small tables whose rows follow the settings, so they render from these two signals.
 */
import {
  untracked,
  useComputed,
  useSignal,
  useSignalEffect,
  type ReadonlySignal,
  type Signal,
} from '@preact/signals';
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

/**
 * The widget's one edit in progress. A refused edit ends when the store's settings change by
 * another way (Reset, another widget on the same store): its message no longer speaks of what the
 * widget shows.
 */
export function useEdit<Run, View>(store: Store<Run, View>): Signal<Edit | null> {
  const edit = useSignal<Edit | null>(null);
  useSignalEffect(() => {
    void store.settings.value;
    if (untracked(() => edit.value?.message)) edit.value = null;
  });
  return edit;
}
