/** Watching a page's Content Security Policy at work: every violation it reports. */
import type { Page } from '@playwright/test';

/** Records every securitypolicyviolation event, from the first script on. */
export async function recordViolations(page: Page): Promise<void> {
  await page.addInitScript(() => {
    const seen: string[] = [];
    (window as unknown as { cspViolations: string[] }).cspViolations = seen;
    document.addEventListener('securitypolicyviolation', (event) =>
      seen.push(`${event.violatedDirective}: ${event.blockedURI || 'inline'}`),
    );
  });
}

/** The violations recorded so far, as "directive: blocked address". */
export async function violations(page: Page): Promise<string[]> {
  return page.evaluate(() => (window as unknown as { cspViolations: string[] }).cspViolations);
}
