/**
 * The order in which a chapter's code arrives does not change what a widget costs at load, nor
 * whether it wakes. The dashboard's starting run (1,000 epochs) is made a slice at a time by the
 * page's state script between other work; an island whose code arrives before that script has
 * made the stores waits for it (`data-stores-starting`) instead of making the whole run inside
 * its hydration, one long task. And if that script never loads, the islands wake all the same.
 */
import type { Page } from '@playwright/test';
import { test, expect } from './fixtures.ts';
import { pagePath } from './site.ts';

const DASHBOARD = pagePath('training-dashboard/');
const PAGE_STATE_SCRIPT = '**/_astro/PageState.astro_astro_type_script_*.js';
const DASHBOARD_CODE = /\/_astro\/TrainingDashboard\.[\w-]+\.js$/;

/** The dashboard's island: it loses `ssr` when it has hydrated. */
const dashboardIsland = (page: Page) =>
  page.locator('astro-island[component-url*="/TrainingDashboard."]');

test('an island whose code arrives first waits for its run to be made in slices', async ({
  page,
}) => {
  // Log, in order, each change to the list of runs being made in slices and each hydration.
  await page.addInitScript(() => {
    const log: string[] = [];
    (window as unknown as { wakeLog: string[] }).wakeLog = log;
    new MutationObserver((records) => {
      for (const { target, attributeName } of records) {
        const element = target as Element;
        if (attributeName === 'data-warming-stores') {
          log.push(`making: ${element.getAttribute(attributeName)}`);
        } else if (element.localName === 'astro-island' && !element.hasAttribute('ssr')) {
          log.push(`hydrated: ${element.getAttribute('component-export')}`);
        }
      }
    }).observe(document, {
      subtree: true,
      attributes: true,
      attributeFilter: ['data-warming-stores', 'ssr'],
    });
  });
  // The page's state script is held back until the dashboard's own code has arrived.
  let release!: () => void;
  const released = new Promise<void>((resolve) => (release = resolve));
  await page.route(PAGE_STATE_SCRIPT, async (route) => {
    await released;
    await route.continue();
  });
  const islandCode = page.waitForResponse(DASHBOARD_CODE);
  await page.goto(DASHBOARD, { waitUntil: 'commit' });
  await dashboardIsland(page).scrollIntoViewIfNeeded();
  await islandCode;
  // Its code is in, its store is not made yet: the island has not hydrated.
  await expect(dashboardIsland(page)).toHaveAttribute('ssr');
  release();
  await expect(dashboardIsland(page)).not.toHaveAttribute('ssr', { timeout: 30_000 });
  const log = await page.evaluate(() => (window as unknown as { wakeLog: string[] }).wakeLog);
  const started = log.findIndex((entry) => /^making: .*\bdashboard\b/.test(entry));
  const made = log.findIndex(
    (entry, i) => i > started && /^making: (?!.*\bdashboard\b)/.test(entry),
  );
  const hydrated = log.indexOf('hydrated: TrainingDashboard');
  expect(started, `the run was made in slices (log: ${log.join(' | ')})`).toBeGreaterThanOrEqual(0);
  expect(made, `the run was finished (log: ${log.join(' | ')})`).toBeGreaterThan(started);
  expect(hydrated, `the island woke after the run (log: ${log.join(' | ')})`).toBeGreaterThan(made);
});

test("the islands wake even when the page's state script cannot load", async ({
  page,
  console,
}) => {
  await page.route(PAGE_STATE_SCRIPT, (route) => route.abort());
  await page.goto(DASHBOARD);
  await dashboardIsland(page).scrollIntoViewIfNeeded();
  await expect(dashboardIsland(page)).not.toHaveAttribute('ssr', { timeout: 30_000 });
  // The widget works: its learning rate is a live control.
  await expect(page.getByRole('spinbutton', { name: /learning rate/i }).first()).toBeEnabled();
  // The failed load is the page's only complaint.
  console.skipFinalCheck();
  expect(console.problems.filter((problem) => !/ERR_FAILED|Failed to load/.test(problem))).toEqual(
    [],
  );
});
