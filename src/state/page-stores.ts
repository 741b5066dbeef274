/**
 * The named stores of a page. A chapter declares its stores in front matter (name → kind and
 * options); a widget names the store it uses. The same name on a page is the same store, shared
 * by every widget and equation that names it; another name is another, independent store.
 *
 * Why a module and not a context: islands are separate Preact roots and share only modules. In
 * the browser this module is loaded once per page, so the map below is the page's. On the server
 * one process renders every page, so there a store is never shared between renders: each render
 * gets one made from its page's declaration (kept per declaration, as the server never writes).
 */
import { batch, computed, effect, signal } from '@preact/signals';
import { pageLinkProblems, readStoreLinkFully, writeLink, type StoreLink } from './link.ts';
import { createStore, type Store, type StoreKind, type StoreOptions } from './store.ts';

/** A store as a page declares it: its kind's id and the page's options. */
export interface StoreDeclaration extends StoreOptions {
  readonly kind: string;
}

/** Store names: short, plain, and usable as a link's key prefix. */
export const STORE_NAME = /^[a-z][a-zA-Z0-9]{0,23}$/;

const pageStores = new Map<string, Store>();
const serverStores = new Map<string, Store>();

/** The id of the element that carries a page's declarations as JSON (written by PageState). */
export const DECLARATIONS_ID = 'page-stores';

/** The page's declarations, in front-matter order (read once from the page). */
let declaredNames: string[] | undefined;

/** The names of the stores the page declares, in its order. */
export function declaredStoreNames(): string[] {
  if (declaredNames) return declaredNames;
  const element = typeof document === 'undefined' ? null : document.getElementById(DECLARATIONS_ID);
  declaredNames = element ? Object.keys(JSON.parse(element.textContent ?? '{}') as object) : [];
  return declaredNames;
}

/**
 * What the page's link held that could not be used, in words for the reader (the stores start
 * at their chapter's values there). Empty when the link was fine.
 */
export const linkProblems = signal<readonly string[]>([]);

/** The page's stores made so far, in the page's order. */
const made = signal<readonly Store[]>([]);

/** The query string that restores every store of the page ("" at the start). */
export const pageLink = computed(() => writeLink(made.value));

/**
 * The page's link as of the reader's last pause: what the address bar and the state links show.
 * A slider step only restarts a timer; the link is written once the reader pauses.
 */
export const settledLink = signal('');

/** How long the reader pauses before the link is written (browsers also limit address writes). */
export const SETTLE_DELAY_MS = 300;

let watching = false;

/**
 * Starts writing `settledLink` after each pause in changes to the page's stores. A change only
 * notes its time; one timer, armed at the first change, waits until the changes have paused.
 */
function watchStores(): void {
  if (watching) return;
  watching = true;
  let lastChange = 0;
  let armed = false;
  const settle = (): void => {
    const quiet = performance.now() - lastChange;
    if (quiet < SETTLE_DELAY_MS) {
      setTimeout(settle, SETTLE_DELAY_MS - quiet);
      return;
    }
    armed = false;
    settledLink.value = pageLink.peek();
  };
  let first = true;
  effect(() => {
    for (const store of made.value) void store.settings.value; // subscribe, nothing more
    if (first) {
      first = false;
      settledLink.value = pageLink.peek();
      return;
    }
    lastChange = performance.now();
    if (!armed) {
      // Stryker disable next-line BooleanLiteral: a second timer writes the same link at the same pause
      armed = true;
      setTimeout(settle, SETTLE_DELAY_MS);
    }
  });
}

function isBrowser(): boolean {
  return typeof window !== 'undefined' && typeof window.location !== 'undefined';
}

/**
 * The page's store of this name, made on first use from its kind and declaration. In the browser
 * a new store starts in the state the page's link gives it.
 */
export function pageStore<Run, View>(
  kind: StoreKind<Run, View>,
  name: string,
  declaration: StoreDeclaration,
): Store<Run, View> {
  if (declaration.kind !== kind.id) {
    throw new Error(`store "${name}" is declared as ${declaration.kind}, used as ${kind.id}`);
  }
  const options: StoreOptions = {
    ...(declaration.settable ? { settable: declaration.settable } : {}),
    ...(declaration.values ? { values: declaration.values } : {}),
  };
  if (!isBrowser()) {
    const id = `${name} ${JSON.stringify(declaration)}`;
    let store = serverStores.get(id);
    if (!store) {
      store = createStore(kind, name, options);
      serverStores.set(id, store);
    }
    return store as Store<Run, View>;
  }
  let store = pageStores.get(name);
  if (!store) {
    store = createStore(kind, name, options);
    pageStores.set(name, store);
    applyAddress(store, window.location.search);
    const order = declaredStoreNames();
    made.value = [...pageStores.values()].sort(
      (a, b) => order.indexOf(a.name) - order.indexOf(b.name),
    );
    watchStores();
  } else if (store.kind !== kind) {
    throw new Error(`store "${name}" is already a ${store.kind.id} store`);
  }
  return store as Store<Run, View>;
}

/**
 * Puts one store in the state a link (or a saved file) gives it: the starting settings, the
 * link's values on top, then its preset. Answers what it could not use, in words.
 */
export function applyStoreLink(store: Store, link: StoreLink): string[] {
  const problems = [...link.problems];
  batch(() => {
    // Stryker disable next-line ArrayDeclaration: restrict keeps only settable keys, and no key is that text
    store.restrict([], []);
    store.reset();
    const results = store.setMany(link.values);
    for (const [key, result] of Object.entries(results)) {
      if (!result.ok) problems.push(`${store.setting(key)?.label ?? key}: ${result.message}`);
    }
    store.restrict(link.lock, link.hide);
  });
  return problems;
}

/** Puts a store in the state the page's address gives it, noting what it could not use. */
function applyAddress(store: Store, search: string): void {
  const problems = applyStoreLink(store, readStoreLinkFully(search, store));
  if (problems.length > 0) linkProblems.value = [...linkProblems.peek(), ...problems];
}

/**
 * Puts every store made so far in the state a query gives it (browser back and forward), and
 * notes what it could not use. Stores made later read the address themselves.
 */
export function applyPageLink(search: string): void {
  linkProblems.value = pageLinkProblems(search, declaredStoreNames());
  for (const store of made.peek()) applyAddress(store, search);
  settledLink.value = pageLink.peek();
}

/** The page's store of this name, if something made it already. */
export function findPageStore(name: string): Store | undefined {
  return pageStores.get(name);
}

/** A declaration carried in a widget's `storeOptions` attribute (JSON, written by the build). */
export function parseDeclaration(json: string | undefined, name: string): StoreDeclaration {
  if (!json) {
    throw new Error(`store "${name}" is not declared in the page's front matter`);
  }
  return JSON.parse(json) as StoreDeclaration;
}

/**
 * Whether the address bar's history entry holds a state the reader shared (copied as a link)
 * or opened from a link. The next change then starts a new entry, so Back returns to that
 * state; other changes rewrite the current entry, so Back never steps through every slider move.
 */
let entryShared = false;

/** Notes that the state now in the address bar was shared: the next change gets its own entry. */
export function markShared(): void {
  settledLink.value = pageLink.peek();
  entryShared = true;
}

/** Whether the next address change should start a new history entry (and clears the note). */
export function takeShared(): boolean {
  const shared = entryShared;
  entryShared = false;
  return shared;
}
