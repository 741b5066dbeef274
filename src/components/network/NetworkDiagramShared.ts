/** What every part of the network diagram is drawn with: its store, and its widget's ids. */
import type { ReadonlySignal } from '@preact/signals';
import type { Store } from '../../state/store.ts';

/** Decimals of every number in the diagram: the same as in the chapters' equations. */
export const DIGITS = 3;

export interface Shared {
  store: Store;
  mounted: ReadonlySignal<boolean>;
  /** Makes element ids unique and finds this widget's number boxes. */
  idPrefix: string;
}

/** Moves focus to the number box of a quantity, if the widget shows one. */
export function focusControl(idPrefix: string, key: string): void {
  const box = document.getElementById(`${idPrefix}-${key}-box`);
  if (box instanceof HTMLInputElement) box.focus();
}
