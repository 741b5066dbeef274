/**
 * Starts the whole book's state for a page opened with a link (book.astro loads this only then):
 * the state's `startBookState` with the components' table of kinds. One module for both, so that
 * the bundler keeps the kinds' table in the chunk the chapters' pages load with page-state, rather
 * than in a file of its own.
 */
import { startBookState } from '../state/book-state.ts';
import { loadKind } from './kind-loaders.ts';

/** Makes the stores the book's link names, in its state, and shows that state. */
export function startBook(): Promise<void> {
  return startBookState(loadKind);
}
