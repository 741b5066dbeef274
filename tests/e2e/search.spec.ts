/**
 * The site's search: Pagefind's interface loads when a reader reaches for it (a pointer over the
 * search button, focus on it, a press, or Ctrl + K), not at every page load, and it then works as
 * before: the box has the focus in the open dialog and a query lists results.
 */
import type { Page } from '@playwright/test';
import { test, expect } from './fixtures.ts';
import { pagePath } from './site.ts';

/** Pagefind's interface code, as the build names its chunk. */
const INTERFACE = /\/_astro\/ui-core\.[\w-]+\.js$/;

/** Opens a chapter and lets it go idle: twice past the browser's idle callbacks. */
async function openIdle(page: Page, requests: string[]): Promise<void> {
  page.on('request', (request) => requests.push(request.url()));
  await page.goto(pagePath('forward-pass/'));
  await page.waitForLoadState('networkidle');
  await page.evaluate(
    () =>
      new Promise<void>((done) =>
        requestIdleCallback(() => requestIdleCallback(() => done(), { timeout: 2000 })),
      ),
  );
}

test('search loads nothing until the reader reaches for it, then finds pages', async ({ page }) => {
  const requests: string[] = [];
  await openIdle(page, requests);
  expect(requests.filter((url) => INTERFACE.test(url))).toEqual([]);
  await expect(page.locator('#starlight__search input')).toHaveCount(0);

  const button = page.getByRole('button', { name: 'Search' }).first();
  const loading = page.waitForRequest(INTERFACE);
  await button.hover();
  await loading;
  await button.click();
  const box = page.locator('.pagefind-ui__search-input');
  await expect(box).toBeFocused();
  await box.fill('sigmoid');
  await expect(page.locator('.pagefind-ui__result').first()).toBeVisible({ timeout: 20_000 });
});

test('Ctrl + K alone loads the search and opens it with the box focused', async ({ page }) => {
  const requests: string[] = [];
  await openIdle(page, requests);
  await page.keyboard.press('Control+k');
  await expect(page.getByRole('dialog')).toBeVisible();
  const box = page.locator('.pagefind-ui__search-input');
  await expect(box).toBeFocused();
  expect(requests.filter((url) => INTERFACE.test(url))).toHaveLength(1);
  await page.keyboard.type('backpropagation');
  await expect(page.locator('.pagefind-ui__result').first()).toBeVisible({ timeout: 20_000 });
});
