/**
 * An embed page in a course page's frame tells the course page how tall it is, so the frame can
 * show the whole widget with no scrolling inside it: `{ type: 'nn-embed-height', height, id }`
 * (height in CSS pixels, id the embed's slug) is posted to the parent once the page is laid out
 * and again whenever its content's height changes. The course page's side is the script in the
 * embed code (embed-snippet.ts `heightScript`), which reads the message only from the book's
 * origin (embed-message.ts holds the shape both sides use). The height is no secret, so any parent may read it.
 */
import { EMBED_HEIGHT_MESSAGE, type EmbedHeightMessage } from '../../state/embed-message.ts';

/** The height the page's content takes: the bottom of the embed's main element and its margin. */
function contentHeight(main: HTMLElement): number {
  const margin = parseFloat(getComputedStyle(main).marginBottom) || 0;
  return Math.ceil(main.getBoundingClientRect().bottom + window.scrollY + margin);
}

/** Posts the page's height to its parent now and whenever it changes (a page not in a frame posts nothing). */
export function reportHeight(main: HTMLElement): void {
  if (window.parent === window) return;
  const id = main.dataset['embed'] ?? '';
  let last = 0;
  const send = (): void => {
    const height = contentHeight(main);
    if (height === last) return;
    last = height;
    const message: EmbedHeightMessage = { type: EMBED_HEIGHT_MESSAGE, height, id };
    window.parent.postMessage(message, '*');
  };
  new ResizeObserver(send).observe(main);
  send();
}
