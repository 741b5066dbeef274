// @vitest-environment happy-dom
/**
 * How a page shows its stores' state (`showPageState`, docs/architecture.md "True from the first
 * paint"): the equations' live numbers follow the stores, a store is marked moved the moment it
 * leaves the start, and the page, hidden while it settles (`nn-settling`), is shown once every
 * island that must show the state has hydrated and run its first effects (Preact runs them after
 * the next frame: a frame, a task and a frame), or at the limit. A frame here is 16 ms.
 */
import { describe, expect, it, vi } from 'vitest';
import { pairKind } from './page-kind.ts';
import { cleanPages, fakeTime, openPage } from './page-open.ts';

cleanPages();

const html = () => document.documentElement;
const FRAME = 16;

/** An island as Astro writes it, asleep (`ssr`), drawing `store` when given. */
const island = (client: string, store?: string) =>
  `<astro-island ssr client="${client}"${store ? ` props='{"store":[0,"${store}"]}'` : ''}></astro-island>`;

/**
 * Shows the stores of a page with this body, with `wake` run as the page starts; answers when
 * (in ms from the start) the page was shown.
 */
async function shownAt(body: string, wake: () => void = () => undefined, limit?: number) {
  const page = await openPage('/forward-pass/?network.a=2', {}, body);
  fakeTime();
  html().classList.add('nn-settling');
  const network = page.createStore(pairKind().kind, 'network');
  network.set('a', 2);
  const start = performance.now();
  let shown = Number.NaN;
  new MutationObserver(() => {
    if (Number.isNaN(shown) && !html().classList.contains('nn-settling')) {
      shown = performance.now() - start;
    }
  }).observe(html(), { attributes: true });
  const showing = page.showPageState([network], limit);
  wake();
  await vi.advanceTimersByTimeAsync(40_000);
  await showing;
  return shown;
}

/** Takes an element's attribute off after `ms`, as a hydrating island or a loaded widget does. */
const after = (ms: number, selector: string, attribute: string) => () =>
  void setTimeout(() => document.querySelector(selector)!.removeAttribute(attribute), ms);

describe('showPageState: when the page is shown', () => {
  it('shows a page with no island to wait for once the first effects have run, two frames on', async () => {
    // One in view and one of a store still at its start wake when the reader turns to them.
    const islands = [island('visible', 'network'), island('state', 'attempt'), island('state')];
    expect(await shownAt(islands.join(''))).toBe(2 * FRAME);
  });

  it.each([
    ['an island that hydrates on load', island('load')],
    ['an island of a store that moved', island('state', 'network')],
  ])('waits for %s to hydrate, then for its first effects', async (_, body) => {
    const shown = await shownAt(body, after(100, 'astro-island', 'ssr'));
    // The frame after the island hydrated sees it, and two more run its effects.
    expect(shown).toBeGreaterThan(100 + FRAME);
    expect(shown).toBeLessThanOrEqual(100 + 3 * FRAME);
  });

  it('waits for a woken island that is still loading its widget, and that widget’s first effects', async () => {
    const body = '<div data-loading-widget></div>';
    const shown = await shownAt(body, after(200, '[data-loading-widget]', 'data-loading-widget'));
    expect(shown).toBeGreaterThan(200 + FRAME);
    expect(shown).toBeLessThanOrEqual(200 + 3 * FRAME);
  });

  // Frames fall on multiples of 16 ms, and so do 4000 ms and the limit given here, 1024 ms: the
  // page waits to the limit, not a frame past it, and then for the first effects (two frames).
  it('waits for an island at most 4 s, or the limit it is given', async () => {
    expect(await shownAt(island('load'))).toBe(4000 + 2 * FRAME);
    expect(await shownAt(island('load'), undefined, 1024)).toBe(1024 + 2 * FRAME);
  });

  it('waits for a widget still loading at most as long', async () => {
    const shown = await shownAt('<div data-loading-widget></div>', undefined, 1024);
    expect(shown).toBe(1024 + 2 * FRAME);
  });

  it('shows the page after the effects an island runs after its first paint', async () => {
    let effectsRun = false;
    let runBeforeShown: boolean | undefined;
    new MutationObserver(() => {
      if (!html().classList.contains('nn-settling')) runBeforeShown ??= effectsRun;
    }).observe(html(), { attributes: true });
    // As Preact does for an island hydrated now: its effects run in a task after the next frame.
    const hydrate = () => {
      document.querySelector('astro-island')!.removeAttribute('ssr');
      requestAnimationFrame(() => setTimeout(() => (effectsRun = true), 0));
    };
    await shownAt(island('load'), () => setTimeout(hydrate, 0));
    expect(runBeforeShown).toBe(true);
  });
});

describe('showPageState: the stores', () => {
  it('keeps the equations’ live numbers with their stores', async () => {
    const page = await openPage(
      '/forward-pass/',
      {},
      '<span class="katex"><mn data-store="network" data-quantity="half" data-value="0.25" data-digits="2">0.25</mn></span>',
    );
    fakeTime();
    const network = page.createStore(pairKind().kind, 'network');
    const showing = page.showPageState([network]);
    network.set('a', 3);
    expect(document.querySelector('mn')!.textContent).toBe('1.50');
    await vi.advanceTimersByTimeAsync(100);
    await showing;
  });

  it('marks a store moved the moment its settings, or its preset, leave the start, and no other', async () => {
    const page = await openPage('/forward-pass/');
    fakeTime();
    const [network, attempt, still] = ['network', 'attempt', 'still'].map((name) =>
      page.createStore(pairKind().kind, name),
    );
    const showing = page.showPageState([network!, attempt!, still!]);
    expect(html().getAttribute('data-moved-stores')).toBeNull();
    network!.set('b', 1);
    expect(html().getAttribute('data-moved-stores')).toBe('network');
    attempt!.restrict(['a'], []);
    expect(html().getAttribute('data-moved-stores')).toBe('network attempt');
    await vi.advanceTimersByTimeAsync(100);
    await showing;
  });
});
