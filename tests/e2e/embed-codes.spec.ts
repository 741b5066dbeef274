/**
 * The embed codes of the instructors' page, as a course uses them: copied for a course page 1000,
 * 700 or 360 px wide and put into a course page on another origin, every frame shows its whole
 * widget with no scrolling inside it, once loaded and after a change that makes the widget
 * taller. The height each code starts at (for course pages that strip scripts,
 * src/content/embed-heights.json) is the height its widget reports, within a few pixels, and
 * stays so once the course page has been scrolled through and every part that wakes in view has
 * woken. The codes name the address the book is read at.
 *
 * After a change of layout, write the heights again from a build:
 *   UPDATE_EMBED_HEIGHTS=1 npx playwright test tests/e2e/embed-heights.spec.ts
 */
import { EMBEDS } from './book-embeds.ts';
import { EMBED_WIDTHS } from '../../src/state/embed-message.ts';
import { expectFitted, openCourse, scrollThrough, scrollsInside } from './embed-course.ts';
import { test, expect } from './fixtures.ts';
import { openPage, pagePath } from './site.ts';

test.describe.configure({ timeout: 240_000 });

/** Text wraps a pixel differently from one font rasteriser to the next; no more. */
const TOLERANCE = 4;

/** Every embed code on the instructors' page, for a course page this wide. */
async function codesFor(page: import('@playwright/test').Page, width: number): Promise<string[]> {
  await openPage(page, pagePath('instructors/'));
  await page
    .getByRole('group', { name: 'Width of the course page the widget goes into' })
    .getByRole('radio', { name: new RegExp(`^${width} px`) })
    .check();
  const codes: string[] = [];
  for (const embed of EMBEDS) {
    codes.push(await page.getByLabel(`Embed code: ${embed.title}`, { exact: true }).inputValue());
  }
  return codes;
}

for (const width of EMBED_WIDTHS) {
  test(`every embed code fits its widget in a course page ${width} px wide on another origin`, async ({
    page,
    baseURL,
  }) => {
    const codes = await codesFor(page, width);
    for (const code of codes) {
      expect(code).toContain(`src="${baseURL}${pagePath('embed/')}`);
      expect(code).toContain(`if(e.origin!==${JSON.stringify(new URL(baseURL!).origin)}`);
    }
    await openCourse(page, codes, width);
    const frames = page.locator('iframe');
    await expect(frames).toHaveCount(EMBEDS.length);
    const fitted: number[] = [];
    for (let i = 0; i < EMBEDS.length; i++) {
      await test.step(EMBEDS[i]!.slug, async () => {
        const frame = frames.nth(i).contentFrame();
        fitted[i] = await expectFitted(frames.nth(i), frame);
        expect(await scrollsInside(frame)).toBe(false);
        const given = Number(/height="(\d+)"/.exec(codes[i]!)?.[1]);
        expect
          .soft(
            Math.abs(given - fitted[i]!),
            `${EMBEDS[i]!.slug} at ${width} px: the code gives ${given}, the widget needs ${fitted[i]} (UPDATE_EMBED_HEIGHTS=1 npx playwright test tests/e2e/embed-heights.spec.ts writes the heights)`,
          )
          .toBeLessThanOrEqual(TOLERANCE);
      });
    }

    await test.step('scrolled through, so that every part that wakes in view wakes, every frame keeps its height', async () => {
      await page.evaluate(() => window.scrollTo(0, 0));
      for (let i = 0; i < EMBEDS.length; i++) await scrollThrough(page, frames.nth(i));
      for (let i = 0; i < EMBEDS.length; i++) {
        expect
          .soft(
            await expectFitted(frames.nth(i), frames.nth(i).contentFrame()),
            `${EMBEDS[i]!.slug} at ${width} px, once every part is awake`,
          )
          .toBe(fitted[i]);
      }
    });

    if (width !== 700) return;
    await test.step('a change that makes a widget taller: the frame grows with it', async () => {
      const at = EMBEDS.findIndex((embed) => embed.slug === 'forward-pass');
      const frame = frames.nth(at).contentFrame();
      const before = await expectFitted(frames.nth(at), frame);
      const box = frame.getByRole('spinbutton', { name: 'x1', exact: true });
      await box.fill('abc');
      await box.press('Enter');
      await expect(frame.getByRole('alert').filter({ hasText: 'x1' }).first()).toBeVisible();
      const after = await expectFitted(frames.nth(at), frame);
      expect(after).toBeGreaterThan(before);
      expect(await scrollsInside(frame)).toBe(false);
    });
  });
}
