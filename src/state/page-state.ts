/**
 * Starts a page's shared state in the browser: makes every store the page declares (each in the
 * state the page's link gives it), keeps the address bar in step with them, and updates every
 * live number in the page's equations. Run once per page, by <PageState />.
 */
import { effect } from '@preact/signals';
import { loadKind } from './kinds/loaders.ts';
import { startLiveNumbers } from './live-numbers.ts';
import { DECLARATIONS_ID, pageStore, settledLink, type StoreDeclaration } from './page-stores.ts';
import type { Store } from './store.ts';

/** Keeps the address bar's query equal to the page's settled link (other query keys are dropped). */
function syncAddress(): void {
  effect(() => {
    const query = settledLink.value;
    if (query === window.location.search) return;
    const url = `${window.location.pathname}${query}${window.location.hash}`;
    window.history.replaceState(window.history.state, '', url);
  });
}

/**
 * Reads the page's declarations, loads the kinds they name, makes the stores, and starts the
 * address and live numbers.
 */
export async function startPageState(): Promise<void> {
  const element = document.getElementById(DECLARATIONS_ID);
  const declarations = JSON.parse(element?.textContent ?? '{}') as Record<string, StoreDeclaration>;
  const entries = Object.entries(declarations);
  const kinds = await Promise.all(entries.map(([, declaration]) => loadKind(declaration.kind)));
  const stores: Store[] = [];
  entries.forEach(([name, declaration], i) => {
    const kind = kinds[i];
    if (kind) stores.push(pageStore(kind, name, declaration));
  });
  syncAddress();
  startLiveNumbers(document, stores);
}
