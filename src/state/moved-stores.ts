/**
 * Which of a page's stores have left the state the page starts in, told through the document so
 * that code bundled apart from the stores (the islands' hydration directive) can follow it.
 *
 * A widget is rendered on the server in its store's starting state and sleeps until a reader
 * turns to it. Once its store has moved (a link, Back or Forward, an edit in another widget, a
 * preset) that rendering is out of date, so the widget must wake at once instead: the page marks
 * the store here, and every island drawing it hydrates (see `components/islands/`).
 */

/** The attribute on <html> that lists the moved stores' names, separated by spaces. */
export const MOVED_ATTRIBUTE = 'data-moved-stores';

/** The event dispatched on `document` when a store moves for the first time (detail: its name). */
export const STORE_MOVED_EVENT = 'nn-store-moved';

/**
 * The class on <html> while a page opened with a state settles: its live numbers and islands are
 * hidden until they show that state, so the starting numbers are never painted in its place.
 */
export const SETTLING_CLASS = 'nn-settling';

/**
 * The value of `client:state` for an island that wakes only when its store moves, never for
 * coming into view: the whole book's islands (a reader scrolling it wakes nothing).
 */
export const WAKE_WHEN_MOVED = 'moved';

/** The id of the element holding, as JSON, the island code the whole book starts when linked. */
export const BOOK_ISLANDS_ID = 'book-islands';

/**
 * The attribute on <html> that lists the stores whose starting run the page is making a slice at
 * a time (`Store.warm`): an island drawing one waits for it before it hydrates, so the run is not
 * finished in one piece inside the hydration's task.
 */
export const WARMING_ATTRIBUTE = 'data-warming-stores';

/**
 * The attribute on an element whose island has woken but is still loading the widget it holds
 * (a chapter's "Check yourself" loads its questions after it hydrates): until the attribute goes,
 * the element shows the server's starting state, so a page opened from a link stays settling.
 */
export const LOADING_WIDGET_ATTRIBUTE = 'data-loading-widget';

/** The event dispatched on `document` when a store's starting run is made (detail: its name). */
export const STORE_WARM_EVENT = 'nn-store-warm';

/** Hands the main thread back to the browser for a moment: input and rendering go first. */
export const nextTask = (): Promise<void> => new Promise((resolve) => setTimeout(resolve, 0));

/** The store names an attribute of <html> lists, separated by spaces. */
function namesIn(attribute: string): string[] {
  return (document.documentElement.getAttribute(attribute) ?? '').split(' ').filter(Boolean);
}

/** Whether the page is making this store's starting run. */
export function isWarming(name: string): boolean {
  return namesIn(WARMING_ATTRIBUTE).includes(name);
}

/** Marks the store's starting run as being made, or, with `false`, made, and tells its islands. */
export function markWarming(name: string, warming: boolean): void {
  const others = namesIn(WARMING_ATTRIBUTE).filter((other) => other !== name);
  document.documentElement.setAttribute(
    WARMING_ATTRIBUTE,
    (warming ? [...others, name] : others).join(' '),
  );
  if (!warming) document.dispatchEvent(new CustomEvent(STORE_WARM_EVENT, { detail: name }));
}

/**
 * The attribute on <html> from the page's first script until its stores are made and their
 * starting runs begun (`markStoresStarted`): until then no island can tell whether its store's run
 * will be made in slices, and one that hydrated first would make the whole run in its own task.
 */
export const STARTING_ATTRIBUTE = 'data-stores-starting';

/** Says that the page's stores are made and each starting run to be made in slices has begun. */
export function markStoresStarted(): void {
  document.documentElement.removeAttribute(STARTING_ATTRIBUTE);
  document.dispatchEvent(new CustomEvent(STORE_WARM_EVENT, { detail: '' }));
}

/**
 * Resolves once the page has made its stores and is not making this store's starting run: with
 * true when both were so at once, false when it waited.
 */
export function untilWarm(name: string): Promise<boolean> {
  const ready = (): boolean =>
    !document.documentElement.hasAttribute(STARTING_ATTRIBUTE) && !isWarming(name);
  return new Promise((resolve) => {
    if (ready()) return resolve(true);
    const onWarm = (): void => {
      if (!ready()) return;
      document.removeEventListener(STORE_WARM_EVENT, onWarm);
      resolve(false);
    };
    document.addEventListener(STORE_WARM_EVENT, onWarm);
  });
}

/** Whether the store of this name has moved from its starting state. */
export function hasMoved(name: string): boolean {
  return namesIn(MOVED_ATTRIBUTE).includes(name);
}

/** Marks a store as moved, once, and tells the islands that draw it. */
export function markMoved(name: string): void {
  if (hasMoved(name)) return;
  document.documentElement.setAttribute(
    MOVED_ATTRIBUTE,
    [...namesIn(MOVED_ATTRIBUTE), name].join(' '),
  );
  document.dispatchEvent(new CustomEvent(STORE_MOVED_EVENT, { detail: name }));
}

/**
 * The name of the store an island draws: its `store` prop, read from the props Astro serialises
 * on the island (each value as `[type, value]`); null for an island that names none.
 */
export function islandStore(island: Element): string | null {
  try {
    const props = JSON.parse(island.getAttribute('props') ?? '{}') as Record<string, unknown>;
    const store = props.store;
    return Array.isArray(store) && typeof store[1] === 'string' ? store[1] : null;
  } catch {
    return null;
  }
}
