/**
 * The notice a page shows when its link held something it could not use: a visible box at the
 * top of the content that lists what was set aside and can be dismissed. Its text is only ever
 * set as text, never as HTML: the problems quote the link, which is hostile input.
 */
import { effect, type ReadonlySignal } from '@preact/signals';

/** At most this many problems are listed; the rest are counted. */
const LISTED = 6;

/** Where the notice goes: the top of the chapter's text, else of the main content. */
function slot(): Element {
  return (
    document.querySelector('.sl-markdown-content') ??
    document.querySelector('main') ??
    document.body
  );
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
  notice.append(element('p', 'link-notice-title', 'Part of this link could not be used.'));
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
    slot().prepend(notice);
  });
}
