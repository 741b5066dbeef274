/**
 * A course page on another origin that holds embed codes, as a course platform would: served from
 * a second local port by a small server the test starts, each code in a column of a fixed width.
 * (A page the test made up with page.route has no address Chromium trusts to frame a local one.)
 * Helpers to wait until a frame has taken the height its embed reports, and to read whether it
 * scrolls inside.
 */
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import type { FrameLocator, Locator, Page } from '@playwright/test';
import { expect } from './fixtures.ts';

/** The course page's HTML, by path, served by `startCourse`. */
const coursePages = new Map<string, string>();
let server: Server | undefined;
let origin = '';

/** Starts the course server on a free port (once per worker); answers its origin. */
export async function startCourse(): Promise<string> {
  if (server) return origin;
  const started = createServer((request, response) => {
    const html = coursePages.get(request.url ?? '');
    response.writeHead(html ? 200 : 404, { 'content-type': 'text/html; charset=utf-8' });
    response.end(html ?? 'Not found');
  });
  await new Promise<void>((done) => started.listen(0, '127.0.0.1', done));
  server = started;
  origin = `http://127.0.0.1:${(started.address() as AddressInfo).port}`;
  return origin;
}

let pages = 0;

/** Opens a course page that holds these embed codes, each in a column `width` px wide. */
export async function openCourse(page: Page, codes: readonly string[], width: number) {
  const at = await startCourse();
  const body = codes
    .map((code, i) => `<section style="width: ${width}px"><h2>Part ${i + 1}</h2>${code}</section>`)
    .join('\n');
  const path = `/course-${++pages}.html`;
  coursePages.set(
    path,
    `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>A course</title></head><body style="margin: 0">${body}</body></html>`,
  );
  await page.goto(`${at}${path}`);
}

/**
 * Waits until the frame's page has settled (islands hydrated, no `nn-settling`) and the frame is
 * exactly as tall as its content: the reported height has arrived and been applied.
 */
export async function expectFitted(frameElement: Locator, frame: FrameLocator): Promise<number> {
  await frameElement.scrollIntoViewIfNeeded();
  const html = frame.locator('html');
  await expect(html).not.toHaveClass(/nn-settling/);
  await expect(frame.locator('astro-island[ssr]')).toHaveCount(0);
  let height = 0;
  await expect
    .poll(
      async () => {
        const content = await frame
          .locator('main.embed')
          .evaluate((main) =>
            Math.ceil(
              main.getBoundingClientRect().bottom +
                window.scrollY +
                (parseFloat(getComputedStyle(main).marginBottom) || 0),
            ),
          );
        height = await frameElement.evaluate((element) => element.clientHeight);
        return height === content;
      },
      { timeout: 20_000 },
    )
    .toBe(true);
  return height;
}

/** Whether the frame's page scrolls inside the frame (its content is taller than the frame). */
export function scrollsInside(frame: FrameLocator): Promise<boolean> {
  return frame
    .locator('html')
    .evaluate((root) => root.scrollHeight > window.innerHeight || window.scrollY > 0);
}

/**
 * Scrolls the course page through the whole frame, a screen at a time, so that every part of the
 * embed that wakes in view has come into view.
 */
export async function scrollThrough(page: Page, frameElement: Locator): Promise<void> {
  const { top, bottom } = await frameElement.evaluate((element) => {
    const box = element.getBoundingClientRect();
    return { top: box.top + window.scrollY, bottom: box.bottom + window.scrollY };
  });
  const step = page.viewportSize()?.height ?? 600;
  for (let y = top; y < bottom; y += step / 2) {
    await page.evaluate((to) => window.scrollTo(0, to), y);
    // Two frames: the intersection observers report at the rendering update after a scroll.
    await page.evaluate(
      () => new Promise((done) => requestAnimationFrame(() => requestAnimationFrame(done))),
    );
  }
}
