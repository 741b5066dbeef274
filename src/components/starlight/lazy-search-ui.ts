/**
 * The site's search interface, loaded when a reader reaches for it rather than at every page load.
 *
 * Starlight's search box imports Pagefind's interface (`@pagefind/default-ui`) as soon as the page
 * is idle and builds it at once: about 94 kB of script (26 kB gzip) evaluated on every page, one
 * long task of 280 ms at a phone's speed (Lighthouse, /updating-parameters/), for a search most
 * readers never open. The build points that import here instead (astro.config.mjs). This class
 * takes the same options and only notes them; Pagefind's code is loaded and its interface built
 * when the reader shows they want it: a pointer over the search button, focus on it, a press of it,
 * or Ctrl/⌘ + K (Starlight's shortcut), or at once if the dialog was opened before this ran. Pointer and focus come before the press, so the interface
 * is usually ready when the dialog opens; if not, its box takes the focus when it is built.
 */

/** The options Starlight passes to Pagefind's interface (read only by Pagefind). */
type SearchOptions = Record<string, unknown> & { element: string };

/** Pagefind's own interface module: a path the alias to this file does not catch. */
const loadPagefindUi = () => import('@pagefind/default-ui/npm_dist/mjs/ui-core.mjs');

export class PagefindUI {
  constructor(options: SearchOptions) {
    let started = false;
    const start = (): void => {
      if (started) return;
      started = true;
      stop();
      void loadPagefindUi().then(({ PagefindUI: Interface }) => {
        // The dialog opened before the interface was built: Pagefind gives its search box the
        // focus as it draws it, as Starlight does when the interface is already there.
        const open = document.querySelector(options.element)?.closest('dialog')?.open === true;
        new Interface(open ? { ...options, autofocus: true } : options);
      });
    };
    const button = document.querySelector('site-search button[data-open-modal]');
    const onKey = (event: KeyboardEvent): void => {
      if ((event.metaKey || event.ctrlKey) && event.key === 'k') start();
    };
    const stop = (): void => {
      for (const type of ['pointerenter', 'focus', 'click'] as const) {
        button?.removeEventListener(type, start);
      }
      window.removeEventListener('keydown', onKey, true);
    };
    for (const type of ['pointerenter', 'focus', 'click'] as const) {
      button?.addEventListener(type, start);
    }
    // In the capture phase: before Starlight's own listener opens the dialog.
    window.addEventListener('keydown', onKey, true);
    // Starlight makes this class when the page is first idle, but its button works before that:
    // on a busy page a reader may already have opened the dialog (by a press or Ctrl/⌘ + K), or
    // be over or on the button, and no further event would come to start it. A page without the
    // button is built at once, as Starlight would have.
    const dialog = document.querySelector(options.element)?.closest('dialog');
    if (!button || dialog?.open === true || button.matches(':hover, :focus')) start();
  }
}
