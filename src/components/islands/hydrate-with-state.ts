/**
 * The `client:state` directive: an island that draws a store hydrates when it comes into view,
 * as `client:visible` would, or at once when its store moves from the state the page starts in
 * (see `state/moved-stores.ts`). A sleeping island shows the server's rendering, which is the
 * starting state; a moved store would make it show numbers that are no longer true.
 * `client:state="moved"` wakes only for a moved store (the whole book's islands). An island
 * whose store's starting run is being made a slice at a time waits for it (`untilWarm`).
 */
import type { ClientDirective } from 'astro';
import {
  hasMoved,
  islandStore,
  nextTask,
  STORE_MOVED_EVENT,
  untilWarm,
  WAKE_WHEN_MOVED,
} from '../../state/moved-stores.ts';

const hydrateWithState: ClientDirective = (load, options, island) => {
  const store = islandStore(island);
  let started = false;
  const wake = async (): Promise<void> => {
    if (started) return;
    started = true;
    seen.disconnect();
    document.removeEventListener(STORE_MOVED_EVENT, onMoved);
    const hydrate = await load();
    // A starting run the page is making in slices is left to finish there, not in this task; the
    // hydration then gets a task of its own, apart from the run's last slice.
    if (store !== null && !(await untilWarm(store))) await nextTask();
    await hydrate();
  };
  const onMoved = (event: Event): void => {
    if ((event as CustomEvent<string>).detail === store) void wake();
  };
  const seen = new IntersectionObserver((entries) => {
    if (entries.some((entry) => entry.isIntersecting)) void wake();
  });
  if (options.value !== WAKE_WHEN_MOVED) for (const child of island.children) seen.observe(child);
  if (store === null) return;
  if (hasMoved(store)) void wake();
  else document.addEventListener(STORE_MOVED_EVENT, onMoved);
};

export default hydrateWithState;
