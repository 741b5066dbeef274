/**
 * The island of a chapter's "Check yourself", which wakes the exercises widget when a reader
 * turns to it.
 *
 * Why: the exercises close chapters that already ship most of their JavaScript budget, and their
 * widget (questions, answer boxes, checks, worked solutions: about 3 kB gzip) is needed only by a
 * reader who works them. So a page places this island with the widget rendered on the server as
 * its children:
 *
 *   <CheckYourself set="forward-pass" store="check" id="check" client:visible>
 *     <ForwardPassQuestions store="check" id="check" />
 *   </CheckYourself>
 *
 * Astro hands the children to the island as static HTML (an `astro-slot` that Preact never
 * renders again), so the island itself is a few hundred bytes. When the pointer comes over it, a
 * finger touches it or focus comes into it, it loads the chapter's widget and hydrates it on those
 * same elements, so focus and anything already typed stay, and a button pressed meanwhile (a tap)
 * is pressed again once the widget can answer it. When the page's link holds a state of the
 * store (a seed from a link, or one set elsewhere), it wakes at once, since the numbers on screen
 * must change. The store is made at the start with the page's others (PageState), as everywhere.
 */
import { effect } from '@preact/signals';
import { hydrate, type ComponentChildren } from 'preact';
import { useEffect, useRef } from 'preact/hooks';
import { LOADING_WIDGET_ATTRIBUTE } from '../../state/moved-stores.ts';
import { pageLink } from '../../state/page-stores.ts';
import type { ExercisesProps } from './Exercises.tsx';

interface Props extends ExercisesProps {
  /** The chapter whose exercises these are (its slug). */
  set: string;
  /** The widget, rendered on the server (static HTML in the browser). */
  children?: ComponentChildren;
}

/** What a reader does on the way to using the widget. */
const WAKE_EVENTS = ['pointerover', 'focusin', 'touchstart'] as const;

/** True when a page's query holds a setting of the store `name` (a plain name: no escaping). */
function linksStore(query: string, name: string): boolean {
  return new RegExp(`[?&]${name}\\.`).test(query);
}

export function CheckYourself({ set, children, ...props }: Props) {
  const holder = useRef<HTMLDivElement>(null);
  useEffect(() => {
    const found: HTMLDivElement | null = holder.current;
    if (!found) return undefined;
    const root: HTMLDivElement = found;
    let woken = false;
    const listen = (on: boolean) => {
      for (const name of WAKE_EVENTS) {
        if (on) root.addEventListener(name, wake, { passive: true });
        else root.removeEventListener(name, wake);
      }
    };
    function wake(): void {
      if (woken) return;
      woken = true;
      listen(false);
      // A tap's click follows its touchstart at once, before the widget has loaded: the button it
      // pressed is remembered and pressed again once the widget has hydrated on the same elements.
      let pressed: HTMLButtonElement | null = null;
      const remember = (event: Event) => {
        pressed = (event.target as Element).closest('button');
      };
      root.addEventListener('click', remember, true);
      // Until the widget has hydrated these elements show the starting state: a page opened
      // from a link waits for it before it is shown (page-state.ts).
      root.setAttribute(LOADING_WIDGET_ATTRIBUTE, '');
      const loaded = () => root.removeAttribute(LOADING_WIDGET_ATTRIBUTE);
      import('./widgets.ts')
        .then((widgets) => widgets.loadWidget(set))
        .then(
          (Widget) => {
            root.removeEventListener('click', remember, true);
            if (Widget) hydrate(<Widget {...props} />, root.querySelector('astro-slot') ?? root);
            loaded();
            if (Widget && pressed?.isConnected) pressed.click();
          },
          () => {
            root.removeEventListener('click', remember, true);
            loaded();
            woken = false; // offline for a moment: the next approach tries again
            listen(true);
          },
        );
    }
    listen(true);
    const stop = effect(() => {
      if (linksStore(pageLink.value, props.store)) wake();
    });
    return () => {
      stop();
      listen(false);
    };
  }, []);
  return (
    <div ref={holder} class="exercises-holder">
      {children}
    </div>
  );
}
