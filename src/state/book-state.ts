/**
 * The whole book's page (/book/) opened with a link: every chapter's store that the link names
 * (by its chapter's name, `network.w14=0.77`) starts in the link's state, and the page shows it
 * from its first paint, as a chapter does. Loaded only for a page with a query: the book opened
 * plainly runs none of this and wakes nothing.
 *
 * The whole-book step (src/integrations/book-page.ts) keeps each chapter's islands under their
 * chapter's store names (`forward-pass--network`), declares those stores, and puts Astro's island
 * code here as text (`BOOK_ISLANDS_ID`), which this starts: then only the islands of moved stores
 * hydrate (`client:state="moved"`).
 */
import { linkNames, sharedLinkNotes } from './book-link.ts';
import type { KindLoader } from './kind-modules.ts';
import { pageLinkProblems } from './link.ts';
import { BOOK_ISLANDS_ID, markMoved } from './moved-stores.ts';
import { makeStores, namedInLink, readDeclarations, showPageState } from './page-state.ts';
import { linkProblems } from './page-stores.ts';
import { linkName } from './scoped-names.ts';

/**
 * The longest the book waits for its woken islands before it shows them all the same (page-state.css
 * waits as long). It wakes the widgets of every chapter the link reaches, on a page ten times a
 * chapter's size: 2 s on this book's 2-core test machine, but a phone four times slower, or a
 * busy machine, needs several times that, and a page shown before then would show the chapters'
 * starting numbers. Only the numbers and widgets wait: the text can be read meanwhile.
 */
const BOOK_SETTLE_LIMIT_MS = 30_000;

/** Runs Astro's island code, kept as text so that the book opened plainly does not run it. */
function startIslands(): void {
  const element = document.getElementById(BOOK_ISLANDS_ID);
  for (const text of JSON.parse(element?.textContent ?? '[]') as string[]) {
    const script = document.createElement('script');
    script.textContent = text; // the page's policy holds its hash
    document.head.append(script);
  }
}

/**
 * The woken widgets' controls stay disabled, as the book's are: the book shows a chapter's state
 * from a link and prints it; a reader changes it in the chapter itself.
 */
function disableWokenControls(): void {
  const woken = '[data-book-chapters] astro-island:not([ssr])';
  for (const control of document.querySelectorAll(
    `${woken} :is(input, select, textarea, button)`,
  )) {
    control.setAttribute('disabled', '');
  }
}

/**
 * Makes the stores the page's link names, in its state (their kinds loaded through `loadKind`, the
 * components' table), and shows that state.
 */
export async function startBookState(loadKind: KindLoader): Promise<void> {
  const { search } = window.location;
  const declarations = readDeclarations();
  const named = namedInLink(search);
  const entries = Object.entries(declarations).filter(([name]) => named.has(linkName(name)));
  // The islands of the stores the link names wake now, so their code loads beside the kinds'; an
  // island that makes its store first reads the link as this would (`pageStore`).
  startIslands();
  for (const [name] of entries) markMoved(name);
  const stores = await makeStores(entries, loadKind);
  linkProblems.value = [
    ...pageLinkProblems(search, linkNames(Object.keys(declarations))),
    ...sharedLinkNotes(linkProblems.peek(), search, stores),
  ];
  await showPageState(stores, BOOK_SETTLE_LIMIT_MS);
  disableWokenControls();
}
