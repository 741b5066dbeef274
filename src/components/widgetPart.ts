/** What a part of a widget is drawn with. */
import type { ReadonlySignal } from '@preact/signals';
import type { SettingValues, Store } from '../state/store.ts';

/** The props of a part of a widget that reads and sets its widget's store. */
export interface WidgetPartProps {
  store: Store;
  /** The settings on show: the starting ones while hydrating, then the store's. */
  settings: ReadonlySignal<SettingValues>;
  /** The widget's id, which prefixes the part's element ids. */
  id: string;
}
