/**
 * Typing into a number box the way readers type: key by key, with a decimal comma, stopping
 * half-way, fixing a mistake, then Tab or Enter. A typed number is applied once it is complete
 * (a pause, Enter or leaving the box), never key by key; a refused one leaves the value before
 * the edit in place and says why; once the box shows a valid number again, the refusal is gone.
 */
import type { Locator, Page } from '@playwright/test';
import { test, expect } from './fixtures.ts';
import {
  FORWARD_PASS,
  control,
  engineEpoch,
  expectEverywhere,
  expectForwardPass,
  messages,
  openPage,
  widget,
} from './site.ts';

/** Faster than the pause that applies a typed number (700 ms), as a reader types a word. */
const KEY_DELAY_MS = 80;

/** Empties a box as a reader does (select all, delete), then types text key by key. */
async function typeInto(box: Locator, text: string): Promise<void> {
  await box.click();
  await box.press('ControlOrMeta+a');
  await box.press('Backspace');
  await box.pressSequentially(text, { delay: KEY_DELAY_MS });
}

/** Records every value the page writes for x1 (the table's cell), from now on. */
async function recordX1(page: Page): Promise<() => Promise<number[]>> {
  await page.evaluate(() => {
    const cell = document.querySelector('figure#network td[data-quantity="x1"]')!;
    const seen: number[] = [];
    (window as unknown as { x1Seen: number[] }).x1Seen = seen;
    new MutationObserver(() => seen.push(Number(cell.getAttribute('data-value')))).observe(cell, {
      attributes: true,
      attributeFilter: ['data-value'],
    });
  });
  return () => page.evaluate(() => (window as unknown as { x1Seen: number[] }).x1Seen);
}

test.describe('typing a number', () => {
  test.beforeEach(async ({ page }) => {
    await openPage(page, FORWARD_PASS);
  });

  test('with a decimal comma, "0,7" then Tab, sets x1 to 0.7, not 7', async ({ page }) => {
    const { box, slider } = control(widget(page), 'x1');
    await typeInto(box, '0,7');
    await box.press('Tab');

    await expect(box).toHaveValue('0.700');
    await expect(slider).toHaveValue('0.7');
    await expect(messages(widget(page))).toHaveCount(0);
    await expectEverywhere(page, 'x1', 0.7);
    await expectForwardPass(page, engineEpoch({ x: [0.7, 0.2, 0.7] }));
  });

  test('a comma that could be a thousands separator, "1,000", is refused, not guessed', async ({
    page,
  }) => {
    const { box } = control(widget(page), 'x1');
    await typeInto(box, '1,000');

    await expect(messages(widget(page))).toHaveText(
      'x1 could mean 1.000 or 1000: type it with a decimal point. Kept 0.500.',
    );
    await expect(box).toHaveAttribute('aria-invalid', 'true');
    await expectEverywhere(page, 'x1', 0.5);
  });

  test('"25" key by key never sets x1 to 2, and its refusal keeps the value from before the edit', async ({
    page,
  }) => {
    const seen = await recordX1(page);
    const { box } = control(widget(page), 'x1');
    await typeInto(box, '25');

    await expect(messages(widget(page))).toHaveText('x1 must be between −10 and 10. Kept 0.500.');
    await expect(box).toHaveValue('25');
    await expect(box).toHaveAttribute('aria-invalid', 'true');
    await expectEverywhere(page, 'x1', 0.5);
    expect(await seen(), 'x1 values the page showed while the reader typed').toEqual([]);
  });

  test('once the box shows a valid number again, the refusal and its red styling go', async ({
    page,
  }) => {
    const { box } = control(widget(page), 'x1');
    const setting = widget(page).locator('.setting:has(#network-x1-box)');
    await typeInto(box, 'abc');
    await expect(messages(widget(page))).toContainText('x1 needs a number');
    await expect(setting.locator('.setting-message.is-error')).toHaveCount(1);

    // Fixing the text: the valid number is applied and the message goes with the red.
    await typeInto(box, '0.3');
    await expect(messages(widget(page))).toHaveCount(0);
    await expect(setting.locator('.is-error')).toHaveCount(0);
    await expect(box).toHaveAttribute('aria-invalid', 'false');
    await expectEverywhere(page, 'x1', 0.3);

    // Leaving a refused box: it shows the kept number, so nothing is red any more.
    await typeInto(box, '-99');
    await expect(messages(widget(page))).toContainText('Kept 0.300');
    await box.press('Tab');
    await expect(box).toHaveValue('0.300');
    await expect(box).toHaveAttribute('aria-invalid', 'false');
    await expect(messages(widget(page))).toHaveCount(0);
    await expect(setting.locator('.is-error')).toHaveCount(0);
  });

  test('a half-typed "-" left with Tab puts the value back and says why, without red', async ({
    page,
  }) => {
    const { box } = control(widget(page), 'λ1,4');
    const before = await box.inputValue();
    // This is about leaving before the 700 ms pause ends. Hold the page's clock while the reader
    // types and leaves, so that a busy machine cannot let the pause end in between.
    await page.clock.install();
    await page.clock.pauseAt(Date.now() + 60_000);
    await typeInto(box, '-');
    await box.press('Tab');
    await page.clock.resume();

    await expect(box).toHaveValue(before);
    await expect(box).toHaveAttribute('aria-invalid', 'false');
    // The refusal happened as the reader left, so it stays as a note (not an error) until the
    // next edit of this box.
    const note = messages(widget(page));
    await expect(note).toHaveText(
      `λ1,4 needs a number, such as 0.75. Kept ${before.replace('-', '\u2212')}.`,
    );
    await expect(widget(page).locator('.setting-message.is-error')).toHaveCount(0);
    await expectForwardPass(page, engineEpoch());
  });

  test('Enter applies at once; Escape puts back the last value applied', async ({ page }) => {
    const { box } = control(widget(page), 'b4');
    await typeInto(box, '0.4');
    await box.press('Enter');
    await expect(box).toHaveValue('0.400');
    await expectForwardPass(page, engineEpoch({ params: { b4: 0.4 } }));

    await box.pressSequentially('5', { delay: KEY_DELAY_MS }); // "0.4005" after Enter's reformat
    await box.press('Escape');
    await expect(box).toHaveValue('0.400');
    await expectForwardPass(page, engineEpoch({ params: { b4: 0.4 } }));
  });
});
