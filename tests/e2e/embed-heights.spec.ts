/**
 * Writes the heights embed codes give for course pages that strip scripts
 * (src/content/embed-heights.json): each embed's code, in a course page column 360, 700 and 1000
 * px wide, is followed to the height its page reports. Runs only when asked, after a change of
 * layout, from a build:
 *
 *   UPDATE_EMBED_HEIGHTS=1 npx playwright test tests/e2e/embed-heights.spec.ts
 *
 * embed-codes.spec.ts checks, in every run, that the stored heights are the measured ones.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { embedPath } from '../../src/content/embed-paths.ts';
import { EMBED_WIDTHS } from '../../src/state/embed-message.ts';
import { iframeCode } from '../../src/state/embed-snippet.ts';
import { EMBEDS } from './book-embeds.ts';
import { expectFitted, openCourse } from './embed-course.ts';
import { test } from './fixtures.ts';
import { BASE_PATH } from './site.ts';

const FILE = new URL('../../src/content/embed-heights.json', import.meta.url);
const UPDATE = process.env['UPDATE_EMBED_HEIGHTS'] === '1';

test.skip(!UPDATE, 'writes the stored heights; UPDATE_EMBED_HEIGHTS=1 runs it');
// One at a time: each test writes the file.
test.describe.configure({ mode: 'serial', timeout: 120_000 });

for (const embed of EMBEDS) {
  test(`${embed.slug}: writes the heights its widget reports`, async ({ page, baseURL }) => {
    const src = `${baseURL}${embedPath(BASE_PATH, embed.slug)}`;
    const measured: Record<string, number> = {};
    for (const width of EMBED_WIDTHS) {
      // A small starting height: the frame grows only by following the page's reports.
      await openCourse(page, [iframeCode(src, embed.title, 200)], width);
      const frame = page.locator('iframe');
      measured[width] = await expectFitted(frame, frame.contentFrame());
    }
    const stored = JSON.parse(readFileSync(FILE, 'utf8')) as Record<string, Record<string, number>>;
    stored[embed.slug] = measured;
    writeFileSync(FILE, `${JSON.stringify(stored, null, 2)}\n`);
  });
}
