/**
 * The notice a page shows when its link held something it could not use as given: one box, where
 * the reader lands, that lists each value the limits moved ("x1: 99 → 10"), each value refused and
 * why, and each key ignored, and can be dismissed. A link to a section (#anchor) puts it right
 * under that section's heading, which the page then shows at the top of the window again; a link
 * without one puts it at the top of the content. Its text is only ever set as text, never as HTML:
 * the notes quote the link, which is hostile input.
 */
import { effect, type ReadonlySignal } from '@preact/signals';

/** At most this many problems are listed; the rest are counted. */
const LISTED = 6;

/** The element the address's #anchor names, if the page has it. */
function landing(): HTMLElement | null {
  let id: string;
  try {
    id = decodeURIComponent(window.location.hash.slice(1));
  } catch {
    return null;
  }
  return id ? document.getElementById(id) : null;
}

/**
 * Puts the notice where the reader lands: after the heading the #anchor names (after its
 * wrapper, which holds the heading's own link) and that heading back at the top of the window;
 * else at the top of the chapter's text, or of the main content.
 */
function place(notice: HTMLElement): void {
  const target = landing();
  if (target) {
    const wrapper = target.parentElement?.classList.contains('sl-heading-wrapper')
      ? target.parentElement
      : target;
    wrapper.after(notice);
    target.scrollIntoView({ block: 'start' });
    return;
  }
  const top =
    document.querySelector('.sl-markdown-content') ??
    document.querySelector('main') ??
    document.body;
  top.prepend(notice);
}

/** Makes an element with a class and text. */
function element(tag: string, className: string, text = ''): HTMLElement {
  const made = document.createElement(tag);
  made.className = className;
  made.textContent = text;
  return made;
}

/** The notice for a list of problems. */
function noticeFor(problems: readonly string[], dismiss: () => void): HTMLElement {
  const notice = element('div', 'link-notice');
  notice.setAttribute('role', 'status');
  notice.append(element('p', 'link-notice-title', 'Not all of this link could be used as given.'));
  const list = element('ul', 'link-notice-list');
  for (const problem of problems.slice(0, LISTED)) list.append(element('li', '', problem));
  if (problems.length > LISTED)
    list.append(element('li', '', `and ${problems.length - LISTED} more.`));
  notice.append(list);
  notice.append(
    element(
      'p',
      '',
      'Everything else on the page is as the link gives it, or at the chapter’s values.',
    ),
  );
  const button = element('button', 'nn-button link-notice-dismiss', 'Dismiss');
  button.setAttribute('type', 'button');
  button.addEventListener('click', dismiss);
  notice.append(button);
  return notice;
}

/** Shows the notice whenever `problems` holds any, in place of the one shown before. */
export function showLinkNotice(problems: ReadonlySignal<readonly string[]>): void {
  let shown: HTMLElement | undefined;
  effect(() => {
    const list = problems.value;
    shown?.remove();
    shown = undefined;
    if (list.length === 0) return;
    const notice = noticeFor(list, () => {
      const hadFocus = notice.contains(document.activeElement);
      notice.remove();
      // Focus goes back to the page's title rather than to nowhere.
      const title = document.querySelector('h1');
      if (hadFocus && title) {
        title.setAttribute('tabindex', '-1');
        title.focus();
      }
    });
    shown = notice;
    place(notice);
  });
}
