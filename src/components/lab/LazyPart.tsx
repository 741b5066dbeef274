/**
 * A part of the lab whose code loads with `import()` when it is first drawn (the heat map of a set
 * of two inputs, the fit of a set of one input), so the lab wakes without it.
 *
 * Why it keeps the server's HTML: the server draws the part (its `server` component, bundled for
 * the server only), and Preact leaves an element's `dangerouslySetInnerHTML` as it is while it
 * hydrates. So until the part's code has loaded, the box keeps what the server drew (the samples
 * of the starting data, readable without JavaScript). A part that must show another state than
 * the server's loads at once and carries the mark a page opened from a link waits for
 * (LOADING_WIDGET_ATTRIBUTE): such a page is shown once the part draws its state. A part in the
 * server's state loads as the reader scrolls near it. What the reader did to the server's HTML
 * meanwhile (a fold opened, the focus on its summary) is carried over to the part's own render.
 */
import type { ComponentType } from 'preact';
import { useEffect, useLayoutEffect, useRef, useState } from 'preact/hooks';
import { LOADING_WIDGET_ATTRIBUTE, SETTLING_CLASS } from '../../state/moved-stores.ts';

interface Props<P> {
  /** Loads the part's component. The same function each time: it keys the loaded component. */
  load: () => Promise<ComponentType<P>>;
  /** The same component, imported statically where only the server build keeps it. */
  server: ComponentType<P> | undefined;
  props: P;
  /**
   * Load at once (the state on view is not the server's, or a link opened the page); otherwise
   * when the box comes within a screen's height of the window, as the reader scrolls to it.
   */
  eager: boolean;
}

/** How near the window a part's box comes before its code loads: one screen above or below. */
const NEAR = '100% 0px';

/** Each part once loaded, by its loader, for every later mount. */
const loaded = new Map<unknown, ComponentType<never>>();

/**
 * What a reader did to the server's HTML before the part's code came, which the part's own
 * render (new elements) would undo: the folds opened, and the element that had the focus, by its
 * place among the box's elements (the part draws the same elements as the server did).
 */
interface ReaderState {
  readonly open: readonly boolean[];
  readonly focused: number;
  /** Its tag: the focus moves back only to an element of the same kind. */
  readonly focusedTag: string;
}

function readerState(box: Element): ReaderState {
  const focused = document.activeElement;
  return {
    open: Array.from(box.querySelectorAll('details'), (fold) => fold.open),
    focused: focused ? Array.from(box.querySelectorAll('*')).indexOf(focused) : -1,
    focusedTag: focused?.tagName ?? '',
  };
}

function restoreReaderState(box: Element, { open, focused, focusedTag }: ReaderState): void {
  box.querySelectorAll('details').forEach((fold, i) => {
    if (open[i]) fold.open = true;
  });
  const element = box.querySelectorAll('*')[focused];
  if (element instanceof HTMLElement && element.tagName === focusedTag) {
    element.focus({ preventScroll: true });
  }
}

export function LazyPart<P extends object>({ load, server: Server, props, eager }: Props<P>) {
  const [Part, setPart] = useState(() => loaded.get(load) as ComponentType<P> | undefined);
  const box = useRef<HTMLDivElement>(null);
  /** What the box held as it hydrated, kept while the part's code loads. */
  const kept = useRef<string | undefined>(undefined);
  /** The reader's folds and focus in the kept HTML, for the part's first render to take on. */
  const carried = useRef<ReaderState | undefined>(undefined);
  useLayoutEffect(() => {
    if (!Part && kept.current === undefined) kept.current = box.current?.innerHTML ?? '';
    if (Part && carried.current && box.current) {
      restoreReaderState(box.current, carried.current);
      carried.current = undefined;
    }
  });
  useEffect(() => {
    if (Part) return undefined;
    let mounted = true;
    const start = () => {
      void load().then((component) => {
        loaded.set(load, component as ComponentType<never>);
        if (!mounted) return;
        if (box.current) carried.current = readerState(box.current);
        setPart(() => component);
      });
    };
    // The box itself takes no room (display: contents): its first child is what is watched.
    const watched = box.current?.firstElementChild;
    if (eager || document.documentElement.classList.contains(SETTLING_CLASS) || !watched) start();
    else {
      const observer = new IntersectionObserver(
        (entries) => {
          if (!entries.some((entry) => entry.isIntersecting)) return;
          observer.disconnect();
          start();
        },
        { rootMargin: NEAR },
      );
      observer.observe(watched);
      return () => {
        mounted = false;
        observer.disconnect();
      };
    }
    return () => {
      mounted = false;
    };
  }, [Part, load, eager]);
  if (Server) {
    return (
      <div class="lab-lazy">
        <Server {...props} />
      </div>
    );
  }
  if (Part) {
    return (
      <div ref={box} class="lab-lazy">
        <Part {...props} />
      </div>
    );
  }
  return (
    <div
      ref={box}
      class="lab-lazy"
      {...(eager ? { [LOADING_WIDGET_ATTRIBUTE]: '' } : {})}
      dangerouslySetInnerHTML={{ __html: kept.current ?? '' }}
    />
  );
}
