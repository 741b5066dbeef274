/**
 * Which quantity the reader is pointing at or editing, so every widget on the page can mark it:
 * focus the λ1,4 box and the λ1,4 connection lights up in the diagram. Null when none is.
 */
import { signal } from '@preact/signals';

export const highlighted = signal<string | null>(null);
