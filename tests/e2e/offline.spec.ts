/**
 * The book offline: after one visit, with the network gone, every page opens with its title and
 * its equations, and a widget still computes. The service worker is blocked in every other spec
 * (playwright.config.ts); this one lets it run.
 */
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { fromHtml } from 'hast-util-from-html';
import { select, selectAll } from 'hast-util-select';
import { toString } from 'hast-util-to-string';
import { test, expect } from './fixtures.ts';
import {
  FORWARD_PASS,
  builtPages,
  control,
  engineEpoch,
  engineValue,
  expectQuantities,
  pagePath,
  widget,
} from './site.ts';

// The trace of a failure keeps its actions, screenshots and console, but no DOM snapshots: one of
// the whole book's page, at every action, would cost seconds.
test.use({
  serviceWorkers: 'allow',
  trace: { mode: 'retain-on-failure', snapshots: false },
});

const DIST = fileURLToPath(new URL('../../dist/', import.meta.url));

/** Every page as built: its address, title and number of display equations. */
const PAGES = builtPages().map((slug) => {
  const tree = fromHtml(readFileSync(`${DIST}${slug}index.html`, 'utf8'));
  return {
    path: pagePath(slug),
    title: toString(select('title', tree)!).trim(),
    displays: selectAll('.katex-display', tree).length,
  };
});

test('after one visit, every page of the book opens offline and a widget still computes', async ({
  page,
  context,
  console: watch,
}) => {
  await page.goto(pagePath(''));

  await test.step('the service worker installs (precaching the book) and takes the page', async () => {
    const scope = await page.evaluate(async () => (await navigator.serviceWorker.ready).scope);
    expect(new URL(scope).pathname).toBe(pagePath(''));
    await page.waitForFunction(() => navigator.serviceWorker.controller !== null);
  });

  await context.setOffline(true);

  await test.step('the network is gone, for the page and for its worker', async () => {
    const probe = await page.evaluate(() =>
      fetch(`offline-probe-${Date.now()}.txt`).then(
        () => 'reached the network',
        () => 'offline',
      ),
    );
    expect(probe).toBe('offline');
    // The browser reports the probe's failure on the console; that one was asked for.
    const reported = () =>
      watch.problems.findIndex((problem) => problem.includes('offline-probe-'));
    await expect.poll(reported).toBeGreaterThanOrEqual(0);
    watch.problems.splice(reported(), 1);
  });

  /** Opens a page, which must come from the worker, and reads its title and equations. */
  const open = async ({ path, title, displays }: (typeof PAGES)[number]) => {
    // Title and equations are in the page as built: no need to wait for its scripts.
    const response = await page.goto(path, { waitUntil: 'domcontentloaded' });
    expect(response?.fromServiceWorker(), 'answered by the service worker').toBe(true);
    const shown = await page.evaluate(() => ({
      title: document.title,
      heading: document.querySelector('h1')?.textContent?.trim() ?? '',
      displays: document.querySelectorAll('.katex-display math').length,
    }));
    expect(shown).toEqual({ title, heading: expect.stringMatching(/\S/), displays });
  };

  // The forward pass last: it is also where a widget must still compute.
  const last = PAGES.find((entry) => entry.path === FORWARD_PASS)!;
  for (const entry of [...PAGES.filter((other) => other !== last), last]) {
    await test.step(`${entry.path} opens with its title and ${entry.displays} equations`, () =>
      open(entry));
  }

  await test.step('the forward pass still computes: a typed input changes the live numbers', async () => {
    const main = page.locator('astro-island').filter({ has: widget(page) });
    await main.scrollIntoViewIfNeeded();
    await expect(main).not.toHaveAttribute('ssr', /.*/);
    await control(widget(page), 'x2').box.fill('-0.65');
    const epoch = engineEpoch({ x: [0.5, -0.65, 0.7] });
    await expectQuantities(page, [
      { key: 'x2', value: -0.65, places: ['table'] },
      { key: 'H4in', value: engineValue('H4in', epoch), places: ['equation', 'table'] },
      { key: 'O6', value: engineValue('O6', epoch), places: ['equation', 'diagram'] },
    ]);
  });

  await test.step('search still finds the chapters', async () => {
    await page.getByRole('button', { name: 'Search' }).first().click();
    await page.locator('.pagefind-ui__search-input').fill('sigmoid');
    await expect(page.locator('.pagefind-ui__result').first()).toBeVisible({ timeout: 20_000 });
  });
});
