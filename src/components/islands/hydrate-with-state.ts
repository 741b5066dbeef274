/**
 * The `client:state` directive: an island that draws a store hydrates when it comes into view,
 * as `client:visible` would, or at once when its store moves from the state the page starts in
 * (see `state/moved-stores.ts`). A sleeping island shows the server's rendering, which is the
 * starting state; a moved store would make it show numbers that are no longer true.
 * `client:state="moved"` wakes only for a moved store (the whole book's islands). An island
 * whose store's starting run is being made a slice at a time waits for it (`untilWarm`).
 *
 * The server's controls work before the island wakes: a reader on a slow phone may type in a box,
 * move a slider or pick from a menu while its code is still on the way. Nothing would apply that,
 * and the control would then show a number the page's others do not follow. So what a reader
 * changes in a sleeping island is noted, and once it has woken, played again through the
 * widget's own handlers: the control's value as the reader left it, its `input` (or `change`)
 * event, and `blur` if the reader has left it, as a box applies a number on leaving.
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

/** A control a reader changed before its island woke. */
type Control = HTMLInputElement | HTMLSelectElement | HTMLTextAreaElement;

/** Whether a control's change is told by `change` (a menu, a radio, a box to tick), not `input`. */
function changesOnChange(control: Control): boolean {
  return control instanceof HTMLSelectElement || /^(radio|checkbox)$/.test(control.type);
}

/** Plays a reader's early change again through the woken widget's own handlers. */
function playAgain(control: Control, value: string, checked: boolean): void {
  if (!control.isConnected || control.disabled) return;
  control.value = value;
  if (control instanceof HTMLInputElement) control.checked = checked;
  const type = changesOnChange(control) ? 'change' : 'input';
  control.dispatchEvent(new Event(type, { bubbles: true }));
  if (document.activeElement !== control) control.dispatchEvent(new FocusEvent('blur'));
}

const hydrateWithState: ClientDirective = (load, options, island) => {
  const store = islandStore(island);
  let started = false;
  /** The controls the reader changed while the island slept, in the order first changed. */
  const changed = new Set<Control>();
  const note = (event: Event): void => {
    const target = event.target;
    if (target instanceof HTMLElement && target.matches('input, select, textarea')) {
      changed.add(target as Control);
    }
  };
  island.addEventListener('input', note, true);
  island.addEventListener('change', note, true);
  const wake = async (): Promise<void> => {
    if (started) return;
    started = true;
    seen.disconnect();
    document.removeEventListener(STORE_MOVED_EVENT, onMoved);
    const hydrate = await load();
    // A starting run the page is making in slices is left to finish there, not in this task; the
    // hydration then gets a task of its own, apart from the run's last slice.
    if (store !== null && !(await untilWarm(store))) await nextTask();
    island.removeEventListener('input', note, true);
    island.removeEventListener('change', note, true);
    const early = [...changed].map((control) => ({
      control,
      value: control.value,
      checked: control instanceof HTMLInputElement && control.checked,
    }));
    await hydrate();
    for (const { control, value, checked } of early) playAgain(control, value, checked);
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
