/**
 * A widget's section in the page, and the focus a link to that section gives the widget: for
 * the closing row (StoreActions), loaded only by a widget not given its section or by a page
 * opened from a link to a state.
 */
import { SETTLING_CLASS } from '../state/moved-stores.ts';

/** Whether a widget already took the focus a link asked for (only the first one does). */
let focusTaken = false;

/** The id of the last heading before an element in the page: the section it sits in. */
export function sectionOf(element: Element): string | undefined {
  let found: string | undefined;
  for (const heading of document.querySelectorAll('h2[id], h3[id]')) {
    // DOCUMENT_POSITION_FOLLOWING: the element comes after this heading.
    if (heading.compareDocumentPosition(element) & Node.DOCUMENT_POSITION_FOLLOWING) {
      found = heading.id;
    } else break;
  }
  return found;
}

/**
 * Runs `then` once the page shows its state: while it settles, its widgets are hidden
 * (`visibility: hidden`, page-state.css), and a hidden element cannot take the focus.
 */
function whenSettled(then: () => void): void {
  const html = document.documentElement;
  if (!html.classList.contains(SETTLING_CLASS)) return then();
  const observer = new MutationObserver(() => {
    if (html.classList.contains(SETTLING_CLASS)) return;
    observer.disconnect();
    then();
  });
  observer.observe(html, { attributes: true, attributeFilter: ['class'] });
}

/**
 * Gives the widget around `row` the focus when the page was opened from a link to a state at its
 * section, once the browser has scrolled there (so it does not scroll again) and the page shows
 * its state (before, the widget is hidden and would not take it).
 */
export function focusIfLinked(row: Element, anchor: string | undefined): void {
  const { hash, search } = window.location;
  if (focusTaken || !anchor || !search || hash !== `#${anchor}`) return;
  const figure = row.closest<HTMLElement>('figure, .widget');
  if (!figure) return;
  focusTaken = true;
  if (!figure.hasAttribute('tabindex')) figure.setAttribute('tabindex', '-1');
  whenSettled(() => figure.focus({ preventScroll: true }));
}
