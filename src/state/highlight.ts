/**
 * What the widgets of one store mark together, per store, so every widget bound to that store
 * can show it and another store's widgets do not react. Neither is a setting (never in a link).
 *
 * - The quantity the reader is pointing at or editing: focus the λ1,4 box and the λ1,4
 *   connection lights up in the diagram.
 * - What a stepper is working on: the nodes and connections of its current step.
 */
import { signal, type Signal } from '@preact/signals';

/** What a stepper is working on: the nodes and connections (weight keys) of its current step. */
export interface StepFocus {
  readonly nodes: readonly string[];
  readonly connections: readonly string[];
}

/** A signal per store name, made on first use. */
function perStore<T>(): (storeName: string) => Signal<T | null> {
  const byStore = new Map<string, Signal<T | null>>();
  return (storeName) => {
    let found = byStore.get(storeName);
    if (!found) {
      found = signal<T | null>(null);
      byStore.set(storeName, found);
    }
    return found;
  };
}

/** The highlighted quantity key of a store (null when none). */
export const highlightOf = perStore<string>();

/** The nodes and connections a store's stepper works on now (null when no stepper is active). */
export const stepFocusOf = perStore<StepFocus>();
