/**
 * A part of an island that hydrates on its own once it comes near the screen. The server renders
 * the children as usual; in the browser the island keeps that HTML untouched while it hydrates
 * (an element with an empty `dangerouslySetInnerHTML`, which Preact leaves as it is) and the part
 * hydrates later as a root of its own, when it first comes within 200 px of the screen, when a
 * pointer presses in it or focus enters it, or as soon as `changed` is true (the reader changed
 * the state the part shows, or a link did: off screen or not, the page then shows no number of
 * the starting state).
 *
 * Why: a widget at the top of a page hydrated all of itself at load, its plots and tables below
 * the fold included: on a phone, most of a second of script in one task. Split, the top hydrates
 * at load and each part when the reader scrolls to it.
 *
 * The children must read their store themselves (their own `useMountedSignal` or `useRunView`):
 * they then draw the page's starting state while they hydrate, as the server did, and the live
 * state from mounting on, as an island does. After waking, every render of the island renders the
 * part again with its new children.
 */
import { effect, type ReadonlySignal } from '@preact/signals';
import { hydrate, render, type ComponentChildren } from 'preact';
import { useEffect, useRef } from 'preact/hooks';

interface Props {
  children: ComponentChildren;
  /** The class of the part's element (for its place in the widget's layout). */
  class?: string;
  /** True once the part no longer shows the starting state: it then wakes, in view or not. */
  changed: ReadonlySignal<boolean>;
}

/** How far outside the screen a part starts waking, so it is awake when it comes into view. */
const MARGIN = '200px 0px';

export function WakeInView({ children, class: className, changed }: Props) {
  const box = useRef<HTMLDivElement>(null);
  const latest = useRef(children);
  latest.current = children;
  const awake = useRef(false);
  useEffect(() => {
    const element = box.current;
    if (!element) return undefined;
    let timer: ReturnType<typeof setTimeout> | undefined;
    const wake = () => {
      if (awake.current) return;
      awake.current = true;
      observer.disconnect();
      stopWatching();
      clearTimeout(timer);
      element.removeEventListener('pointerdown', wake, true);
      element.removeEventListener('focusin', wake, true);
      hydrate(<>{latest.current}</>, element);
    };
    // A reader who reaches a control of the part before it has woken (a tap right after
    // scrolling, Tab into it) wakes it at once: hydrating is synchronous, so the press or the key
    // that follows reaches the part's own handlers instead of a control that does nothing.
    element.addEventListener('pointerdown', wake, true);
    element.addEventListener('focusin', wake, true);
    const observer = new IntersectionObserver(
      (entries) => {
        if (entries.some((entry) => entry.isIntersecting)) wake();
      },
      { rootMargin: MARGIN },
    );
    observer.observe(element);
    // A task of its own for each part, after the change that woke it has been handled.
    const stopWatching = effect(() => {
      if (changed.value && !awake.current && timer === undefined) timer = setTimeout(wake, 0);
    });
    return () => {
      observer.disconnect();
      stopWatching();
      element.removeEventListener('pointerdown', wake, true);
      element.removeEventListener('focusin', wake, true);
      clearTimeout(timer);
      if (awake.current) render(null, element);
    };
  }, [changed]);
  useEffect(() => {
    if (awake.current && box.current) render(<>{latest.current}</>, box.current);
  });
  if (typeof window === 'undefined') return <div class={className}>{children}</div>;
  return <div ref={box} class={className} dangerouslySetInnerHTML={{ __html: '' }} />;
}
