/**
 * Marks, in "On this page", the section the reader is in. Starlight's own script finds it by
 * watching nearly every element of the page, gathered with selectors over the whole document;
 * on a chapter full of KaTeX that costs a long task on a slow phone, and more with every
 * chapter. Here only the headings the list links to are watched, so the cost follows the length
 * of the list, not of the page.
 */

/**
 * How far below the spot where a link jump leaves a heading it may be and still count as the
 * section being read: a heading scrolled just short of the top already names what is on screen.
 */
const READING_SLACK_PX = 32;

/** Waits after a resize so the headings are measured once the window has settled. */
const RESIZE_PAUSE_MS = 200;

/**
 * Stretches the watched area far below the screen, so every heading is either above the reading
 * line or inside the area: a jump across many headings at once still flips their state.
 */
const FAR_BELOW_PX = 1_000_000;

/** Runs work when the browser has nothing more urgent to do (Safari lacks requestIdleCallback). */
function whenIdle(work: () => void): void {
  if (typeof requestIdleCallback === 'function') requestIdleCallback(() => work());
  else setTimeout(work, 1);
}

/**
 * Distance from the top of the window to the reading line. The page's scroll padding is where
 * the browser leaves a heading after a link jump: just below the fixed header and, on narrow
 * screens, the bar of the mobile table of contents.
 */
function readingLine(): number {
  const padding = parseFloat(getComputedStyle(document.documentElement).scrollPaddingTop);
  return (Number.isFinite(padding) ? padding : 0) + READING_SLACK_PX;
}

/**
 * One observer for the headings of every list on the page (the sidebar's and the dropdown's),
 * so each report measures the headings once, before any list changes the page: a change first
 * would make the next measurement lay the page out again.
 */
class ReadingWatch {
  readonly #lists = new Set<TocCurrent>();
  readonly #headings = new Set<HTMLElement>();
  #observer: IntersectionObserver | undefined;
  #line = 0;
  #reading: HTMLElement | undefined;
  #resizeTimer: ReturnType<typeof setTimeout> | undefined;

  /** Starts telling a list which of these headings (in page order) is being read. */
  follow(list: TocCurrent, headings: HTMLElement[]): void {
    this.#lists.add(list);
    for (const heading of headings) this.#headings.add(heading);
    const observer = this.#observer;
    if (observer) {
      for (const heading of headings) observer.observe(heading);
      list.markReading(this.#reading);
    } else {
      this.#watch();
      window.addEventListener('resize', this.#onResize);
    }
  }

  /**
   * Reports whenever a heading crosses the reading line. The observer also reports every heading
   * once at the start, which sets the first marks.
   */
  #watch(): void {
    this.#observer?.disconnect();
    this.#line = readingLine();
    const observer = new IntersectionObserver(this.#report, {
      rootMargin: `-${this.#line}px 0px ${FAR_BELOW_PX}px 0px`,
      threshold: [0, 1],
    });
    for (const heading of this.#headings) observer.observe(heading);
    this.#observer = observer;
  }

  /**
   * The section being read is the last whose heading has reached the reading line (headings not
   * shown do not count). Every heading is measured before any list is changed, so a report lays
   * the page out at most once, and usually not at all: the observer has just done so.
   */
  #report = (): void => {
    let reading: HTMLElement | undefined;
    for (const heading of this.#headings) {
      const { top, height } = heading.getBoundingClientRect();
      if (height > 0 && top <= this.#line) reading = heading;
    }
    this.#reading = reading;
    for (const list of this.#lists) list.markReading(reading);
  };

  /** The header's height changes with the window's width, and the reading line with it. */
  #onResize = (): void => {
    clearTimeout(this.#resizeTimer);
    this.#resizeTimer = setTimeout(() => whenIdle(() => this.#watch()), RESIZE_PAUSE_MS);
  };
}

const readingWatch = new ReadingWatch();

/** `<starlight-toc>`: the sidebar's list, whose link to the section being read is marked. */
export class TocCurrent extends HTMLElement {
  /** Each heading of the page that the list links to, with its link; the title is `#_top`. */
  readonly #linkTo = new Map<HTMLElement, HTMLAnchorElement>();
  #current: HTMLAnchorElement | undefined;

  connectedCallback(): void {
    whenIdle(() => {
      for (const link of this.getElementsByTagName('a')) {
        const heading = document.getElementById(decodeURIComponent(link.hash.slice(1)));
        if (heading) this.#linkTo.set(heading, link);
      }
      if (this.#linkTo.size > 0) readingWatch.follow(this, [...this.#linkTo.keys()]);
    });
  }

  /** Marks the link to the heading being read; above every heading, the first link (overview). */
  markReading(heading: HTMLElement | undefined): void {
    const link = (heading && this.#linkTo.get(heading)) ?? this.#linkTo.values().next().value;
    if (!link || link === this.#current) return;
    this.#current?.removeAttribute('aria-current');
    link.setAttribute('aria-current', 'true');
    this.#current = link;
    this.showCurrent(link);
  }

  /** Shows the current section anywhere besides its link; the mobile list names it in its bar. */
  protected showCurrent(_link: HTMLAnchorElement): void {}
}

/**
 * `<mobile-starlight-toc>`: the dropdown shown on narrow screens. Its bar names the section being
 * read, and it gets out of the way once the reader has picked a section or turned elsewhere.
 */
export class MobileTocCurrent extends TocCurrent {
  #details: HTMLDetailsElement | null = null;
  #currentName: Element | null = null;

  override connectedCallback(): void {
    super.connectedCallback();
    this.#details = this.querySelector('details');
    this.#currentName = this.querySelector('.display-current');
    window.addEventListener('click', this.#closeOnClick);
    window.addEventListener('keydown', this.#closeOnEscape);
  }

  protected override showCurrent(link: HTMLAnchorElement): void {
    if (this.#currentName) this.#currentName.textContent = link.textContent;
  }

  /** A chosen section or a click anywhere outside closes the dropdown. */
  #closeOnClick = (event: MouseEvent): void => {
    const details = this.#details;
    if (!details?.open) return;
    const target = event.target;
    const inside = target instanceof Node && details.contains(target);
    const onLink = target instanceof Element && target.closest('a') !== null;
    if (!inside || onLink) details.open = false;
  };

  /** Escape closes it too; focus that was in it goes back to its bar rather than being lost. */
  #closeOnEscape = (event: KeyboardEvent): void => {
    const details = this.#details;
    if (event.key !== 'Escape' || !details?.open) return;
    const focusWasInside = details.contains(document.activeElement);
    details.open = false;
    if (focusWasInside) details.querySelector('summary')?.focus();
  };
}
