/**
 * The whole book opened at a state: a chapter's link (`?network.w14=0.77&network.x1=0.9`) after
 * /book/ puts every chapter with a `network` store in that state, from the first paint and before
 * any scrolling, on screen and in print. Each chapter keeps its own store: its numbers must be the
 * ones the chapter itself shows when opened with the same link (read in a second page, key by
 * key), and the forward pass's are checked against the engine too. A chapter without such a store
 * keeps the numbers the book was built with, and the notice names the key no chapter can use.
 */
import type { Page } from '@playwright/test';
import { fromHtml } from 'hast-util-from-html';
import { selectAll } from 'hast-util-select';
import { chapterSlugs } from '../../src/content/sidebar.ts';
import { test, expect } from './fixtures.ts';
import { builtHtml, engineEpoch, engineValue, pagePath, shown } from './site.ts';

// One at a time: each opens the 29,000-element book, and two at once on a busy machine slow the
// page past the settling it checks.
test.describe.configure({ mode: 'default' });

/** `network.step` is set by the backpropagation chapters only; `network.zz` by none. */
const LINK = '?network.w14=0.77&network.x1=0.9&network.step=3&network.zz=1';
const BOOK = pagePath('book/');

/** The chapters whose page declares a store called `network`, from their built pages. */
const NETWORK_CHAPTERS = chapterSlugs.filter((slug) => {
  const json = /<script type="application\/json" id="page-stores">([^<]*)<\/script>/.exec(
    builtHtml(`${slug}/`),
  )?.[1];
  return json !== undefined && 'network' in (JSON.parse(json) as object);
});

/** Live numbers by key: every value (full precision) and text its copies show. */
type Numbers = Record<string, string[]>;

/**
 * The live numbers of one store inside `scope`, by key: a number's store is its equation's
 * `data-store`, or the `store` prop of the island that drew it. The exercises' numbers are drawn
 * from their own store.
 */
function readNumbers(page: Page, scope: string, store: string): Promise<Numbers> {
  return page.evaluate(
    ([scope, store]) => {
      const numbers: Record<string, string[]> = {};
      for (const element of document.querySelectorAll(`${scope} [data-quantity]`)) {
        if (element.closest('.exercises')) continue;
        let owner = element.getAttribute('data-store');
        const island = element.closest('astro-island');
        if (owner === null && island) {
          const props = JSON.parse(island.getAttribute('props') ?? '{}') as { store?: string[] };
          owner = props.store?.[1] ?? null;
        }
        if (owner !== store) continue;
        const copy = `${element.getAttribute('data-value')} ${element.textContent}`;
        const copies = (numbers[element.getAttribute('data-quantity') ?? ''] ??= []);
        if (!copies.includes(copy)) copies.push(copy);
      }
      for (const copies of Object.values(numbers)) copies.sort();
      return numbers;
    },
    [scope, store],
  );
}

/** Live numbers laid out but not drawn (hidden while the page settles). */
function hiddenNumbers(page: Page): Promise<string[]> {
  return page.evaluate(() =>
    Array.from(document.querySelectorAll('[data-book-chapters] [data-quantity]'))
      .filter((element) => element.getClientRects().length > 0)
      .filter((element) => getComputedStyle(element).visibility === 'hidden')
      .map((element) => element.getAttribute('data-quantity') ?? ''),
  );
}

/** Waits until the page shows the link's state (it no longer hides its numbers). */
async function waitUntilSettled(page: Page): Promise<void> {
  await expect(page.locator('html')).not.toHaveClass(/nn-settling/, { timeout: 30_000 });
}

/** A chapter's section of the book. */
const section = (slug: string) => `section.book-chapter[aria-labelledby="${slug}"]`;

test(`${BOOK}${LINK} shows every chapter's network at the link's state, on screen and in print`, async ({
  page,
  browser,
}) => {
  test.slow(); // the book is 29,000 elements, and each network chapter is opened as well
  expect(NETWORK_CHAPTERS.length).toBeGreaterThanOrEqual(5);
  await page.goto(`${BOOK}${LINK}`);
  await waitUntilSettled(page);

  const onScreen: Record<string, Numbers> = {};
  for (const slug of NETWORK_CHAPTERS) {
    onScreen[slug] = await readNumbers(page, section(slug), `${slug}--network`);
  }
  await page.emulateMedia({ media: 'print' });
  const inPrint: Record<string, Numbers> = {};
  for (const slug of NETWORK_CHAPTERS) {
    inPrint[slug] = await readNumbers(page, section(slug), `${slug}--network`);
  }
  expect(await hiddenNumbers(page), 'numbers laid out but hidden in print').toEqual([]);
  await page.emulateMedia({ media: 'screen' });

  await test.step('each chapter agrees, key by key, with the chapter opened at the same link', async () => {
    const chapter = await browser.newPage();
    for (const slug of NETWORK_CHAPTERS) {
      await chapter.goto(`${pagePath(`${slug}/`)}${LINK}`);
      await waitUntilSettled(chapter);
      const expected = await readNumbers(chapter, '.sl-markdown-content', 'network');
      expect(Object.keys(expected).length, `${slug}: numbers of its network`).toBeGreaterThan(0);
      expect(onScreen[slug], `${slug} on screen`).toEqual(expected);
      expect(inPrint[slug], `${slug} in print`).toEqual(expected);
    }
    await chapter.close();
  });

  await test.step('the forward pass shows what the engine computes for that state', () => {
    const epoch = engineEpoch({ x: [0.9, 0.2, 0.7], params: { w14: 0.77 } });
    const numbers = onScreen['forward-pass']!;
    for (const key of ['w14', 'x1', 'H4in', 'H4', 'O6', 'loss']) {
      const value = engineValue(key, epoch);
      expect(numbers[key]?.length, key).toBeGreaterThan(0);
      for (const copy of numbers[key] ?? []) {
        expect(Number(copy.split(' ')[0]), key).toBeCloseTo(value, 12);
        expect([shown(value), shown(value, 4)], key).toContain(copy.split(' ')[1]);
      }
    }
  });

  await test.step('a chapter without a network store keeps the numbers the book was built with', async () => {
    const built = fromHtml(builtHtml('book/'));
    const starting = selectAll(`${section('chain-rule')} [data-quantity]`, built).map(
      (element) =>
        `${String(element.properties['dataQuantity'])}=${String(element.properties['dataValue'])}`,
    );
    expect(starting.length).toBeGreaterThan(10);
    const now = await page.evaluate(
      (scope) =>
        [...document.querySelectorAll(`${scope} [data-quantity]`)].map(
          (element) =>
            `${element.getAttribute('data-quantity')}=${element.getAttribute('data-value')}`,
        ),
      section('chain-rule'),
    );
    expect(now).toEqual(starting);
    await expect(page.locator(`${section('chain-rule')} astro-island:not([ssr])`)).toHaveCount(0);
  });

  await test.step('the notice names the key no chapter can use, and not one a chapter uses', async () => {
    const notice = page.getByRole('status').filter({ hasText: 'Not all of this link' });
    await expect(notice.getByRole('listitem')).toHaveText([
      '“network.zz” is ignored: no setting on this page that a link may change.',
    ]);
  });

  await test.step('the woken widgets’ controls stay disabled, as the book’s are', async () => {
    const enabled = await page.evaluate(
      () =>
        [
          ...document.querySelectorAll(
            '[data-book-chapters] :is(input, select, textarea, button):not([disabled])',
          ),
        ].length,
    );
    expect(enabled).toBe(0);
  });
});

test('a linked weight in the book is never painted at its starting value while the page loads', async ({
  page,
}) => {
  // Each frame, before it is painted, note every visible copy of λ1,4 and of x1: once the page
  // no longer hides them (settled, or the fallback's 30 s passed). Reading visibility forces the
  // style of the whole book: done in every frame while it settles, that alone slowed the page
  // past its fallback. That the settling class hides every live number is the chapters' check
  // (first-paint.spec.ts), on the same markup.
  await page.addInitScript(() => {
    const seen = new Set<string>();
    (window as unknown as { seenNumbers: Set<string> }).seenNumbers = seen;
    const sample = (): void => {
      const hidden = document.documentElement.classList.contains('nn-settling');
      if (hidden && performance.now() < 30_000) {
        requestAnimationFrame(sample);
        return;
      }
      // The backpropagation chapter, whose one store is its network (a selector over the whole
      // book each frame would be slow, and the forward pass's second store keeps its numbers).
      const chapter = document.querySelector('section[aria-labelledby="backpropagation"]');
      for (const element of chapter?.querySelectorAll(
        '[data-quantity="w14"], [data-quantity="x1"]',
      ) ?? []) {
        if (element.closest('.katex-mathml')) continue;
        if (!element.checkVisibility({ visibilityProperty: true })) continue;
        seen.add(`${element.getAttribute('data-quantity')}=${element.textContent}`);
      }
      requestAnimationFrame(sample);
    };
    requestAnimationFrame(sample);
  });
  await page.goto(`${BOOK}?network.w14=0.77&network.x1=0.9#backpropagation`);
  await waitUntilSettled(page);
  await page.evaluate(() => new Promise((done) => requestAnimationFrame(() => done(null))));
  const seen = await page.evaluate(() =>
    [...(window as unknown as { seenNumbers: Set<string> }).seenNumbers].sort(),
  );
  expect(seen).toContain('w14=0.770');
  expect(seen).toContain('x1=0.900');
  expect(seen.filter((text) => text === 'w14=0.321' || text === 'x1=0.500')).toEqual([]);
});

test('the book opened plainly wakes no widget, even one in view', async ({ page }) => {
  const scripts: string[] = [];
  page.on('request', (request) => {
    if (request.resourceType() === 'script') scripts.push(request.url());
  });
  // The address puts the forward pass's network widget in view.
  await page.goto(`${BOOK}#forward-pass--network`);
  await expect(page.locator('#forward-pass--network')).toBeInViewport();
  await page.waitForLoadState('networkidle');
  await expect(page.locator('html')).not.toHaveClass(/nn-settling/);
  await expect(page.locator('astro-island:not([ssr])')).toHaveCount(0);
  expect(scripts.filter((url) => /Widget|book-state|page-state|client\./.test(url))).toEqual([]);
});
