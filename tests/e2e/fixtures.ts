/**
 * The `test` every spec uses: Playwright's, plus a watch on the browser console. A reader never
 * sees the console, but an error or a warning there is a bug the page hides, so any test that
 * leaves one behind fails, whatever it was testing.
 */
import { test as base, expect, type Page } from '@playwright/test';

export interface ConsoleWatch {
  /** Console errors and warnings, and uncaught exceptions, in the order they happened. */
  problems: string[];
  /** Stops the automatic check at the end of the test (for a test that checks them itself). */
  skipFinalCheck(): void;
}

/**
 * What Playwright itself writes when a page registers a service worker in a context that blocks
 * them (playwright.config.ts blocks them for every spec but the offline one): not the page's.
 */
const BLOCKED_SERVICE_WORKER = 'Service Worker registration blocked by Playwright';

/** Starts recording a page's console errors, warnings and uncaught exceptions. */
export function watchConsole(page: Page, into: string[]): void {
  page.on('console', (message) => {
    if (message.text() === BLOCKED_SERVICE_WORKER) return;
    if (message.type() === 'error' || message.type() === 'warning') {
      const where = message.location();
      into.push(`console.${message.type()}: ${message.text()} (${where.url}:${where.lineNumber})`);
    }
  });
  page.on('pageerror', (error) => into.push(`page error: ${error.name}: ${error.message}`));
}

export const test = base.extend<{ console: ConsoleWatch }>({
  console: [
    async ({ page }, use) => {
      const problems: string[] = [];
      let check = true;
      watchConsole(page, problems);
      await use({ problems, skipFinalCheck: () => (check = false) });
      if (check) expect(problems, 'console errors, warnings and page errors').toEqual([]);
    },
    { auto: true },
  ],
});

export { expect };
