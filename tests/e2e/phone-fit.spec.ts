/**
 * The book on a 360 px phone: every widget of every page that has one fits its width (no table
 * cut or scrolled sideways, every cell in sight), its text is 11 px or more as drawn (SVG text at
 * its scale), its controls are 24 px or more on a side, the site title is whole, and no text of the network diagram is crossed by a
 * connection or an arrowhead, in any view, down a phone or across a wide screen.
 *
 * Widgets hydrate when scrolled into view and the diagrams and plots lay themselves out again
 * once they have measured their room, so each check waits (expect.poll) for the laid-out state.
 */
import type { Page } from '@playwright/test';
import { test, expect } from './fixtures.ts';
import { diagramCrossings, sideBySideMisalignments, widgetFitProblems } from './fit.ts';
import { builtHtml, builtPages, openPage, pagePath } from './site.ts';

const PHONE = { width: 360, height: 800 };

/** The pages with widgets (islands), found in the build; embeds have their own spec. */
const WIDGET_PAGES = builtPages().filter(
  (slug) =>
    !slug.startsWith('embed/') && slug !== 'book/' && builtHtml(slug).includes('<astro-island'),
);

test('the pages with widgets are found in the build', () => {
  expect(WIDGET_PAGES).toEqual(expect.arrayContaining(['backpropagation/', 'training-epochs/']));
});

for (const slug of WIDGET_PAGES) {
  test(`/${slug} fits a 360 px phone: tables whole, widget text 11 px or more, controls 24 px or more`, async ({
    page,
  }) => {
    await page.setViewportSize(PHONE);
    await openPage(page, pagePath(slug));
    await expect.poll(() => widgetFitProblems(page), { timeout: 10_000 }).toEqual([]);
    const overflow = await page.evaluate(() => {
      const root = document.scrollingElement!;
      return root.scrollWidth - root.clientWidth;
    });
    expect(overflow, 'the page scrolls sideways').toBeLessThanOrEqual(0);
  });
}

test('on wider screens, the parts a widget sets side by side start level', async ({ page }) => {
  // 1,000 px: no sidebars beside the text, so plots stand two by two; 1,280 px: menus and the
  // narrower plots of a comparison do.
  for (const width of [1000, 1280]) {
    await page.setViewportSize({ width, height: 800 });
    for (const slug of WIDGET_PAGES) {
      await openPage(page, pagePath(slug));
      expect(await sideBySideMisalignments(page), `${slug} at ${width} px`).toEqual([]);
    }
  }
});

test('a stacked table is still a table to assistive technology', async ({ page }) => {
  await page.setViewportSize(PHONE);
  await openPage(page, pagePath('backpropagation/'));
  const check = page.getByRole('table', { name: 'Backprop against central differences' });
  await check.scrollIntoViewIfNeeded();
  // Stacked: its header row is out of sight, each row a card...
  await expect(check.locator('thead')).toHaveCSS('position', 'absolute');
  // ...and the roles are a table's: column headers, row headers, cells.
  await expect(check.getByRole('columnheader', { name: 'Relative difference' })).toHaveCount(1);
  await expect(check.getByRole('rowheader').first()).toBeVisible();
  await expect(check.getByRole('cell').first()).toBeVisible();
});

/** The site title's text: whether any of it is cut (clipped, or ended with an ellipsis). */
function titleCut(page: Page) {
  return page.evaluate(() => {
    const link = document.querySelector('.site-title')!;
    const text = link.querySelector('span') ?? link;
    const holder = link.closest('.title-wrapper') ?? link;
    const edge = holder.getBoundingClientRect();
    const box = text.getBoundingClientRect();
    return {
      text: text.textContent?.trim(),
      cut:
        text.scrollWidth > text.clientWidth ||
        text.scrollHeight > text.clientHeight ||
        box.right > edge.right + 1 ||
        box.bottom > edge.bottom + 1 ||
        getComputedStyle(text).textOverflow === 'ellipsis',
    };
  });
}

test('the site title is whole from 320 to 400 px', async ({ page }) => {
  await page.goto(pagePath(''));
  for (const width of [320, 360, 400]) {
    await page.setViewportSize({ width, height: 800 });
    await expect
      .poll(() => titleCut(page), { message: `${width} px` })
      .toEqual({ text: 'Neural Networks by Hand', cut: false });
  }
});

test.describe('the network diagram: no text crossed by a line or an arrowhead', () => {
  /** Shows each view in turn, down a phone and across a wide screen, and checks every text. */
  async function checkViews(page: Page, path: string, id: string, views: string[]) {
    await page.setViewportSize(PHONE);
    await openPage(page, path);
    const figure = page.locator(`figure#${id}`);
    const svg = figure.locator('svg.network-diagram').first();
    // 1100 px: the widget's room is above 665 px there, so the layers run across.
    for (const [width, orientation] of [
      [PHONE.width, 'is-down'],
      [1100, 'is-across'],
    ] as const) {
      await page.setViewportSize({ width, height: 900 });
      for (const view of views) {
        await figure
          .getByRole('group', { name: 'Show in the diagram' })
          .getByRole('radio', { name: new RegExp(`^${view}`, 'i') })
          .check();
        await expect(svg).toHaveClass(new RegExp(`${orientation}.*shows-${view}`));
        await expect
          .poll(() => diagramCrossings(svg), { message: `${width} px, ${view}` })
          .toEqual([]);
      }
    }
  }

  test('values, backward and both, on the backpropagation chapter', async ({ page }) => {
    await checkViews(page, pagePath('backpropagation/'), 'network', [
      'forward',
      'backward',
      'both',
    ]);
  });

  test('weights, values and backward, on the dashboard', async ({ page }) => {
    await checkViews(page, pagePath('training-dashboard/'), 'dashboard', [
      'weights',
      'forward',
      'backward',
    ]);
  });
});

test.describe('waking a widget moves nothing', () => {
  /** The heights of every diagram and plot of the page, in the order of the page. */
  async function drawingHeights(page: Page): Promise<number[]> {
    // Off screen, a widget counts only its guessed size (content-visibility): lay out all.
    return page.locator('.diagram-holder, .line-plot-box').evaluateAll((boxes) => {
      for (const skipped of document.querySelectorAll<HTMLElement>('.widget'))
        skipped.style.contentVisibility = 'visible';
      return boxes.map((box) => Math.round(box.getBoundingClientRect().height));
    });
  }

  for (const slug of ['backpropagation/', 'training-dashboard/'])
    for (const width of [PHONE.width, 1280])
      test(`/${slug} at ${width} px: diagrams and plots are as tall served as woken`, async ({
        browser,
        page,
      }) => {
        // Served: the page as the server drew it, as it shows until its widgets wake.
        const served = await browser.newContext({
          javaScriptEnabled: false,
          viewport: { width, height: 800 },
        });
        const still = await served.newPage();
        await still.goto(pagePath(slug));
        const before = await drawingHeights(still);
        await served.close();
        expect(before.length, 'diagrams and plots on the page').toBeGreaterThan(1);

        // Woken: every island hydrated and every part scrolled to, so each has measured its room.
        await page.setViewportSize({ width, height: 800 });
        await openPage(page, pagePath(slug));
        for (const part of await page.locator('.dashboard-part').all())
          await part.scrollIntoViewIfNeeded();
        await expect(page.locator('.diagram-holder.is-unmeasured')).toHaveCount(0);
        await expect.poll(() => drawingHeights(page)).toEqual(before);
      });

  /**
   * Jumps as a link or a search result does, from the top of the page to the last widget's
   * closing row, then back up to the first one's, and answers how far each row moved in the 30
   * frames after its jump: boxes drawn for the first time as they come near the window take
   * their real height then, and one that moved the row would move it under the reader's pointer.
   */
  function jumpAndWatch(page: Page): Promise<number[]> {
    return page.getByRole('button', { name: 'Copy link' }).evaluateAll(async (rows) => {
      const frame = () => new Promise((done) => requestAnimationFrame(done));
      const watch = async (row: Element, block: ScrollLogicalPosition) => {
        row.scrollIntoView({ block });
        const tops: number[] = [];
        for (let i = 0; i < 30; i++, await frame()) tops.push(row.getBoundingClientRect().top);
        return Math.max(...tops) - Math.min(...tops);
      };
      scrollTo(0, 0);
      await frame();
      return [await watch(rows.at(-1)!, 'center'), await watch(rows[0]!, 'end')];
    });
  }

  for (const slug of ['network-parts/', 'training-dashboard/'])
    for (const width of [PHONE.width, 1280])
      test(`/${slug} at ${width} px: a widget's closing row, jumped to, stays where it came to rest`, async ({
        page,
      }) => {
        await page.setViewportSize({ width, height: 720 });
        await openPage(page, pagePath(slug));
        // A moved row is a click that begins on a button and ends beside it. Before each box had
        // a room near its height, /network-parts/ moved 36 px at 1280 and the dashboard 144 px.
        for (const moved of await jumpAndWatch(page)) expect(moved).toBeLessThanOrEqual(8);
      });
});
