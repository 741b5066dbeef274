/**
 * Starts a page's shared state in the browser: makes every store the page declares (each in the
 * state the page's link gives it), keeps the address bar in step with them, moves between shared
 * states with the browser's Back and Forward, says what a link held that could not be used, and
 * updates every live number in the page's equations. Run once per page, by <PageState />.
 */
import { effect } from '@preact/signals';
import type { KindLoader } from './kind-modules.ts';
import { pageLinkProblems } from './link.ts';
import { startLiveNumbers } from './live-numbers.ts';
import {
  hasMoved,
  islandStore,
  markMoved,
  markStoresStarted,
  markWarming,
  nextTask,
  LOADING_WIDGET_ATTRIBUTE,
  SETTLING_CLASS,
} from './moved-stores.ts';
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
import { NO_PRESET, type Store } from './store.ts';
import { taskBudget } from './warm-run.ts';

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

/** The page's store declarations, by name, as the build wrote them. */
export function readDeclarations(): Record<string, StoreDeclaration> {
  const element = document.getElementById(DECLARATIONS_ID);
  return JSON.parse(element?.textContent ?? '{}') as Record<string, StoreDeclaration>;
}

/** The store names the page's link uses ("network" for `?network.w14=0.3`). */
export function namedInLink(search: string): Set<string> {
  const named = new Set<string>();
  for (const key of new URLSearchParams(search).keys()) {
    const dot = key.indexOf('.');
    if (dot > 0) named.add(key.slice(0, dot));
  }
  return named;
}

/**
 * Loads the kinds these declarations name (through `loadKind`, the components' table) and makes
 * their stores, each in its link's state.
 */
export async function makeStores(
  entries: [string, StoreDeclaration][],
  loadKind: KindLoader,
): Promise<Store[]> {
  const kinds = await Promise.all(entries.map(([, declaration]) => loadKind(declaration.kind)));
  const stores: Store[] = [];
  entries.forEach(([name, declaration], i) => {
    const kind = kinds[i];
    if (kind) stores.push(pageStore(kind, name, declaration));
  });
  return stores;
}

/**
 * How long one task of a starting run may take before it hands the main thread back: 8 ms of a
 * phone's time, well under the 50 ms of a long task, with room for the slice that crosses it.
 */
const WARM_TASK_MS = 8;

/**
 * Makes the starting run of each store still at its start a slice at a time (`Store.warm`), so a
 * widget that wakes finds it made, and a long run (a whole training run) is no long task at load.
 * A store that a link moved makes its own run when its numbers are read.
 */
function warmStartingRuns(stores: readonly Store[]): void {
  for (const store of stores) {
    if (hasMoved(store.name) || !store.kind.runInSlices) continue;
    markWarming(store.name, true);
    store
      .warm(taskBudget(WARM_TASK_MS, nextTask))
      // A run that cannot be made fails again, with its message, where the store is read.
      .catch(() => undefined)
      .finally(() => markWarming(store.name, false));
  }
}

/**
 * Reads the page's declarations, loads the kinds they name, makes the stores, and starts the
 * address, the notice about the link and the live numbers.
 */
export async function startPageState(loadKind: KindLoader): Promise<void> {
  const { search } = window.location;
  let stores: Store[];
  try {
    const declarations = readDeclarations();
    // The exercises' stores wait for their widget, which makes them when a reader turns to it,
    // unless the link already names them: their code is then loaded only by a reader who works
    // them.
    const named = namedInLink(search);
    stores = await makeStores(
      Object.entries(declarations).filter(
        ([name, declaration]) => !declaration.kind.endsWith('-exercises') || named.has(name),
      ),
      loadKind,
    );
    // The kinds' code has just run, in the task that loaded it: the runs and the live numbers
    // take a task of their own, so that the two together are not one long task.
    await nextTask();
    warmStartingRuns(stores);
  } finally {
    // The islands waiting for this (`untilWarm`) wake even if the declarations or a kind failed.
    markStoresStarted();
  }
  linkProblems.value = [...pageLinkProblems(search, declaredStoreNames()), ...linkProblems.peek()];
  syncAddress();
  // A page opened from a link holds a shared state: the reader's first change gets a new entry.
  if (search) markShared();
  await showPageState(stores);
}

/**
 * Shows the stores' state: the notice about the link, the live numbers in the equations, and the
 * islands of moved stores woken; the page, hidden while it settles, is shown once they are.
 */
export async function showPageState(
  stores: readonly Store[],
  settleLimit = SETTLE_LIMIT_MS,
): Promise<void> {
  // The notice's code loads only for a link that needs it (most pages open without one).
  effect(() => {
    if (linkProblems.value.length > 0 && !noticeLoaded) {
      noticeLoaded = true;
      void import('./link-notice.ts').then(({ showLinkNotice }) => showLinkNotice(linkProblems));
    }
  });
  startLiveNumbers(document, stores);
  watchMoves(stores);
  await islandsSettled(settleLimit);
  document.documentElement.classList.remove(SETTLING_CLASS);
}

/**
 * Marks each store the moment it leaves the page's starting state (its settings or a preset), so
 * that every island drawing it wakes and shows that state (see moved-stores.ts).
 */
function watchMoves(stores: readonly Store[]): void {
  for (const store of stores) {
    const stop = effect(() => {
      if (store.settings.value === store.defaults && store.preset.value === NO_PRESET) return;
      markMoved(store.name);
      // Stryker disable next-line ArrowFunction,CallExpression: markMoved marks a store once, so an effect left on marks nothing more
      queueMicrotask(() => stop());
    });
  }
}

/**
 * The longest a page waits for its woken islands before it shows itself all the same (page-state.css
 * shows them after as long, should this script fail).
 */
const SETTLE_LIMIT_MS = 4000;

const nextFrame = (): Promise<void> => new Promise((done) => requestAnimationFrame(() => done()));

/**
 * Resolves once every island that must show the page's state now (one drawing a moved store, or
 * one that hydrates on load) has hydrated and run its first effects: Preact runs those after the
 * next frame, and an island switches from the server's starting state to the live one there.
 */
async function islandsSettled(limit: number): Promise<void> {
  const waking = (island: Element): boolean => {
    const client = island.getAttribute('client');
    if (client === 'load') return true;
    const store = islandStore(island);
    return client === 'state' && store !== null && hasMoved(store);
  };
  const deadline = performance.now() + limit;
  while (performance.now() < deadline) {
    const asleep = Array.from(document.querySelectorAll('astro-island[ssr]')).some(waking);
    if (!asleep) break;
    await nextFrame();
  }
  await firstEffectsRun();
  // An island woken now may still be loading the widget it holds, which draws the page's state
  // only once it has hydrated and run its first effects.
  const loading = `[${LOADING_WIDGET_ATTRIBUTE}]`;
  if (!document.querySelector(loading)) return;
  while (performance.now() < deadline && document.querySelector(loading)) await nextFrame();
  await firstEffectsRun();
}

/** Waits until what has just hydrated has run its first effects (Preact runs them after a frame). */
async function firstEffectsRun(): Promise<void> {
  await nextFrame();
  await nextTask();
  await nextFrame();
}
