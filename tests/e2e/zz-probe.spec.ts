import { test } from '@playwright/test';
import { openPage, pagePath } from './site.ts';
test('probe', async ({ page }) => {
  await openPage(page, pagePath('concepts/'));
  const points = page.locator('figure#fit').getByRole('textbox', { name: /Your points/ });
  for (const text of ['-1, 0; -0,5, 1; 1, 0,5']) {
    await points.fill(text);
    await points.evaluate((e) => { (window as any).__t = performance.now(); e.dispatchEvent(new KeyboardEvent('keydown', { key: 'Enter', bubbles: true })); (window as any).__dt = performance.now() - (window as any).__t; });
    const responsive = await Promise.race([page.evaluate(() => (window as any).__dt), new Promise((r) => setTimeout(() => r('hung'), 10000))]);
    console.log('page', text, responsive);
  }
});
