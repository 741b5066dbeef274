// @vitest-environment happy-dom
/**
 * The whole book opened with a link (docs/architecture.md, "The book at a state"): every chapter's
 * store the link names by its chapter's name starts in the link's state, and only those (their
 * islands marked moved before their kinds load); the kept island code is run; the notes are the
 * page's, each once, a missing key only when no store of that name has it; the page waits up to
 * 30 s for its woken islands; their controls stay disabled.
 */
import { describe, expect, it, vi } from 'vitest';
import type { StoreKind } from '../../../src/state/store.ts';
import { pairKind } from './page-kind.ts';
import { cleanPages, fakeTime, openPage, tracked } from './page-open.ts';

cleanPages();

const html = () => document.documentElement;

/** The book's declarations: two chapters' `network` stores and one chapter's `attempt`. */
const chapters = {
  'forward-pass--network': { kind: 'pair' },
  'backpropagation--network': { kind: 'pair', settable: ['first'] },
  'forward-pass--attempt': { kind: 'pair' },
};

/** Opens the book at this query with this body, and its book-state module. */
async function openBook(query: string, body = '') {
  const page = await openPage(`/book/${query}`, chapters, body);
  const book = await import('../../../src/state/book-state.ts');
  fakeTime();
  return { ...page, ...book };
}

const loads = (kind: StoreKind = pairKind().kind) => vi.fn(() => Promise.resolve(kind));

describe('startBookState', () => {
  it('makes only the stores the link names, by their chapter’s name, each in the link’s state', async () => {
    const book = await openBook('?network.a=2');
    const load = loads();
    const started = book.startBookState(load);
    await vi.advanceTimersByTimeAsync(200);
    await started;
    expect(load).toHaveBeenCalledTimes(2);
    expect(book.findPageStore('forward-pass--network')!.settings.value['a']).toBe(2);
    expect(book.findPageStore('backpropagation--network')!.settings.value['a']).toBe(2);
    expect(book.findPageStore('forward-pass--attempt')).toBeUndefined();
  });

  it('marks the named stores moved before their kinds have loaded, so their islands load beside them', async () => {
    const book = await openBook('?network.a=2');
    const loading: ((kind: StoreKind) => void)[] = [];
    const started = book.startBookState(() => new Promise((resolve) => loading.push(resolve)));
    expect(html().getAttribute('data-moved-stores')).toBe(
      'forward-pass--network backpropagation--network',
    );
    for (const loaded of loading) loaded(pairKind().kind);
    await vi.advanceTimersByTimeAsync(200);
    await started;
  });

  it('runs the island code the page keeps as text, in its order', async () => {
    const kept = JSON.stringify(['first()', 'second()']).replaceAll('<', '\\u003c');
    const book = await openBook(
      '?network.a=2',
      `<script type="application/json" id="book-islands">${kept}</script>`,
    );
    const started = book.startBookState(loads());
    expect(Array.from(document.head.querySelectorAll('script'), (s) => s.textContent)).toEqual([
      'first()',
      'second()',
    ]);
    await vi.advanceTimersByTimeAsync(200);
    await started;
  });

  it('runs no island code on a page that keeps none', async () => {
    const book = await openBook('?network.a=2');
    const started = book.startBookState(loads());
    expect(document.head.querySelectorAll('script')).toHaveLength(0);
    await vi.advanceTimersByTimeAsync(200);
    await started;
  });

  it('notes each problem once, and a key only when no store of its name can take it', async () => {
    // network.b is the forward pass's to set, not backpropagation's: that is no problem.
    const book = await openBook('?network.b=1&network.a=abc&other.a=1');
    const started = book.startBookState(loads());
    await vi.advanceTimersByTimeAsync(200);
    await started;
    expect(book.linkProblems.value).toEqual([
      'This page has no widget whose state is called “other”.',
      'a: “abc” is not a number.',
    ]);
  });

  it('waits up to 30 s for its woken islands, then shows itself', async () => {
    const book = await openBook(
      '?network.a=2',
      '<div data-book-chapters><astro-island ssr client="load"></astro-island></div>',
    );
    html().classList.add('nn-settling');
    const done = tracked(book.startBookState(loads()));
    await vi.advanceTimersByTimeAsync(29_900);
    expect(html().classList.contains('nn-settling')).toBe(true);
    await vi.advanceTimersByTimeAsync(200);
    expect(html().classList.contains('nn-settling')).toBe(false);
    expect(done()).toBe(true);
  });

  it('disables the controls of the woken widgets, and only theirs', async () => {
    const controls = '<input><select></select><textarea></textarea><button></button>';
    const book = await openBook(
      '?network.a=2',
      `<div data-book-chapters>
         <astro-island id="woken">${controls}</astro-island>
         <astro-island id="asleep" ssr>${controls}</astro-island>
       </div>
       <astro-island id="outside">${controls}</astro-island>`,
    );
    const started = book.startBookState(loads());
    await vi.advanceTimersByTimeAsync(200);
    await started;
    // A boolean attribute as HTML writes it: present and empty, or absent.
    const disabled = (id: string) =>
      Array.from(document.querySelectorAll(`#${id} *`), (control) =>
        control.getAttribute('disabled'),
      );
    expect(disabled('woken')).toEqual(['', '', '', '']);
    expect(disabled('asleep')).toEqual([null, null, null, null]);
    expect(disabled('outside')).toEqual([null, null, null, null]);
  });
});
