/**
 * The heights embed codes give for course pages that strip scripts (src/content/embed-heights.json)
 * are the ones a browser measures: each embed's code, in a course page column 360, 700 and 1000
 * px wide, is followed to the height its page reports, and the stored height must be that, within
 * a few pixels. After a change of layout, write the file again from a build:
 *
 *   UPDATE_EMBED_HEIGHTS=1 npx playwright test tests/e2e/embed-heights.spec.ts
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { EMBEDS, embedPath } from '../../src/content/embeds.ts';
import { EMBED_WIDTHS } from '../../src/state/embed-message.ts';
import { iframeCode } from '../../src/state/embed-snippet.ts';
import { expectFitted, openCourse, scrollThrough } from './embed-course.ts';
import { test, expect } from './fixtures.ts';
import { BASE_PATH } from './site.ts';

const FILE = new URL('../../src/content/embed-heights.json', import.meta.url);
const UPDATE = process.env['UPDATE_EMBED_HEIGHTS'] === '1';
/** Text wraps a pixel differently from one font rasteriser to the next; no more. */
const TOLERANCE = 4;

// One at a time: updating writes the file after each embed.
test.describe.configure({ mode: 'serial', timeout: 120_000 });

for (const embed of EMBEDS) {
  test(`${embed.slug}: the stored heights are the measured ones`, async ({ page, baseURL }) => {
    const src = `${baseURL}${embedPath(BASE_PATH, embed.slug)}`;
    const measured: Record<string, number> = {};
    for (const width of EMBED_WIDTHS) {
      // A small starting height: the frame grows only by following the page's reports.
      await openCourse(page, [iframeCode(src, embed.title, 200)], width);
      const frame = page.locator('iframe');
      measured[width] = await expectFitted(frame, frame.contentFrame());
      // Parts that wake in view (the dashboard's plots) keep the height they were served with:
      // otherwise the height measured would depend on how far the frame was scrolled.
      await scrollThrough(page, frame);
      expect
        .soft(
          await expectFitted(frame, frame.contentFrame()),
          `${embed.slug} at ${width} px: its height once every part is awake`,
        )
        .toBe(measured[width]);
    }
    const stored = JSON.parse(readFileSync(FILE, 'utf8')) as Record<string, Record<string, number>>;
    if (UPDATE) {
      stored[embed.slug] = measured;
      writeFileSync(FILE, `${JSON.stringify(stored, null, 2)}\n`);
      return;
    }
    for (const width of EMBED_WIDTHS) {
      expect
        .soft(
          Math.abs(stored[embed.slug]![width]! - measured[width]!),
          `${embed.slug} at ${width} px: stored ${stored[embed.slug]![width]}, measured ${measured[width]} (UPDATE_EMBED_HEIGHTS=1 writes the measured ones)`,
        )
        .toBeLessThanOrEqual(TOLERANCE);
    }
  });
}
