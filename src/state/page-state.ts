/**
 * Starts a page's shared state in the browser: makes every store the page declares (each in the
 * state the page's link gives it), keeps the address bar in step with them, moves between shared
 * states with the browser's Back and Forward, says what a link held that could not be used, and
 * updates every live number in the page's equations. Run once per page, by <PageState />.
 */
import { effect } from '@preact/signals';
import { loadKind } from './kinds/loaders.ts';
import { pageLinkProblems } from './link.ts';
import { startLiveNumbers } from './live-numbers.ts';
import {
  applyPageLink,
  declaredStoreNames,
  DECLARATIONS_ID,
  linkProblems,
  markShared,
  pageStore,
  settledLink,
  takeShared,
  type StoreDeclaration,
} from './page-stores.ts';
import type { Store } from './store.ts';

/**
 * Keeps the address bar's query equal to the page's settled link (other query keys are dropped).
 * A change after a shared state starts a new history entry; any other rewrites the current one.
 */
function syncAddress(): void {
  effect(() => {
    const query = settledLink.value;
    if (query === window.location.search) return;
    const url = `${window.location.pathname}${query}${window.location.hash}`;
    if (takeShared()) window.history.pushState(null, '', url);
    else window.history.replaceState(window.history.state, '', url);
  });
  // Back and Forward land on a shared state: the stores follow the address.
  window.addEventListener('popstate', () => {
    takeShared(); // the entry it lands on is rewritten to the clean link, not pushed
    applyPageLink(window.location.search);
    markShared();
  });
}

/** Whether the notice about the link has been loaded (it then follows `linkProblems` itself). */
let noticeLoaded = false;

/**
 * Reads the page's declarations, loads the kinds they name, makes the stores, and starts the
 * address, the notice about the link and the live numbers.
 */
export async function startPageState(): Promise<void> {
  const element = document.getElementById(DECLARATIONS_ID);
  const declarations = JSON.parse(element?.textContent ?? '{}') as Record<string, StoreDeclaration>;
  // The exercises' stores wait for their widget, which makes them when a reader turns to it,
  // unless the link already names them: their code is then loaded only by a reader who works them.
  const named = [...new URLSearchParams(window.location.search).keys()];
  const entries = Object.entries(declarations).filter(
    ([name, declaration]) =>
      !declaration.kind.endsWith('-exercises') || named.some((key) => key.startsWith(`${name}.`)),
  );
  const kinds = await Promise.all(entries.map(([, declaration]) => loadKind(declaration.kind)));
  const stores: Store[] = [];
  entries.forEach(([name, declaration], i) => {
    const kind = kinds[i];
    if (kind) stores.push(pageStore(kind, name, declaration));
  });
  const { search } = window.location;
  linkProblems.value = [...pageLinkProblems(search, declaredStoreNames()), ...linkProblems.peek()];
  syncAddress();
  // A page opened from a link holds a shared state: the reader's first change gets a new entry.
  if (search) markShared();
  // The notice's code loads only for a link that needs it (most pages open without one).
  effect(() => {
    if (linkProblems.value.length > 0 && !noticeLoaded) {
      noticeLoaded = true;
      void import('./link-notice.ts').then(({ showLinkNotice }) => showLinkNotice(linkProblems));
    }
  });
  startLiveNumbers(document, stores);
}
