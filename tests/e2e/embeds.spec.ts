/**
 * The embed pages and the instructors' page, as an instructor and a student use them: every embed
 * shows its widget and nothing of the site around it; an embed opened from a link shows that state
 * (numbers from the engine, computed here) and leads back to the book in the state the reader
 * set; an embed fits a phone-wide iframe; the instructors' page turns a pasted state link into
 * iframe code in that state, and a hostile paste into a message. (The page gates of
 * pages.spec.ts run on every embed page too.)
 */
import { EMBEDS } from './book-embeds.ts';
import { test, expect } from './fixtures.ts';
import {
  boxText,
  control,
  engineEpoch,
  expectQuantity,
  openPage,
  pagePath,
  waitForIslands,
  widget,
} from './site.ts';

/** What a page shows of the site's own furniture: Starlight's header, sidebar, search, contents, footer, theme menu. */
const CHROME =
  'header.header, nav, .sidebar-pane, #starlight__sidebar, site-search, starlight-toc, ' +
  'mobile-starlight-toc, starlight-theme-select, .pagination-links, footer';

test.describe('without JavaScript', () => {
  // The pages as served: what a reader sees before the scripts run, or without them. Cheap to
  // load, so every embed is checked.
  test.use({ javaScriptEnabled: false, viewport: { width: 360, height: 800 } });

  test('every embed page shows its widget with its numbers, its heading and its way back, and none of the site', async ({
    page,
  }) => {
    for (const embed of EMBEDS) {
      await test.step(embed.slug, async () => {
        // 'load', not 'domcontentloaded': without scripts to wait for, the document can be
        // parsed before its stylesheets arrive, and a layout measured then is the unstyled one.
        await page.goto(pagePath(`embed/${embed.slug}/`), { waitUntil: 'load' });
        const seen = await page.evaluate(
          ({ id, chrome }) => {
            const figure = document.querySelector(`main figure.widget#${CSS.escape(id)}`);
            return {
              widget: document.querySelectorAll('main figure.widget').length,
              numbers: [...(figure?.querySelectorAll('[data-quantity]') ?? [])].some((number) =>
                /^[−-]?\d/.test(number.textContent ?? ''),
              ),
              heading: document.querySelector('main h2')?.textContent,
              bookLink: document.querySelector('a.embed-book-link')?.getAttribute('href'),
              chrome: [...document.querySelectorAll(chrome)].map((element) => element.localName),
              overflow: document.documentElement.scrollWidth - document.documentElement.clientWidth,
            };
          },
          { id: embed.props.id, chrome: CHROME },
        );
        expect.soft(seen).toEqual({
          widget: 1,
          numbers: true,
          heading: embed.title,
          bookLink: `${pagePath(`${embed.chapter}/`)}#${embed.anchor}`,
          chrome: [],
          overflow: 0,
        });
      });
    }
  });
});

test.describe('BookLink (embed/)', () => {
  test('an embed opened from a link shows that state and leads to the book in the state the reader sets', async ({
    page,
  }) => {
    const x: [number, number, number] = [0.25, 0.2, 0.7];
    await openPage(page, pagePath('embed/forward-pass/?network.w14=0.3&network.x1=0.25'));
    const figure = widget(page);

    await test.step('the widget shows the link’s state, as the engine computes it', async () => {
      const epoch = engineEpoch({ x, params: { w14: 0.3 } });
      await expect(control(figure, 'λ1,4').box).toHaveValue(boxText(0.3));
      await expectQuantity(page, 'table', 'H4', epoch.nodes.H4);
      await expectQuantity(page, 'table', 'O6', epoch.nodes.O6);
    });

    await test.step('after an edit, “Open this in the book” carries the state and the section', async () => {
      await control(figure, 'x2').box.fill('-0.65');
      const epoch = engineEpoch({ x: [0.25, -0.65, 0.7], params: { w14: 0.3 } });
      await expectQuantity(page, 'table', 'O6', epoch.nodes.O6);
      const link = page.getByRole('link', { name: /^Open this in the book/ });
      await expect(link).toHaveAttribute('target', '_blank');
      await expect
        .poll(async () => {
          const href = new URL((await link.getAttribute('href')) ?? '', page.url());
          return [href.pathname, [...href.searchParams].sort(), href.hash];
        })
        .toEqual([
          pagePath('forward-pass/'),
          [
            ['network.w14', '0.3'],
            ['network.x1', '0.25'],
            ['network.x2', '-0.65'],
          ],
          '#a-simple-network',
        ]);
    });
  });
});

test('an embed fits a phone-wide iframe without sideways scrolling', async ({ page, baseURL }) => {
  // The network lays its diagram out for the frame’s width once awake (measured, no longer drawn
  // both ways): it runs down the frame.
  const widgets = {
    'forward-pass':
      'figure.network-widget .diagram-holder:not(.is-unmeasured) svg.network-diagram.is-down',
  };
  await page.setContent(
    Object.keys(widgets)
      .map(
        (slug) =>
          `<iframe title="${slug}" width="360" height="700" src="${baseURL}${pagePath(`embed/${slug}/`)}"></iframe>`,
      )
      .join(''),
  );
  for (const [slug, laidOut] of Object.entries(widgets)) {
    await test.step(slug, async () => {
      const frame = page.frame({ url: (url) => url.pathname.endsWith(`/embed/${slug}/`) });
      expect(frame).not.toBeNull();
      // Islands lay themselves out for their room once awake (the diagram runs down the frame).
      await expect(frame!.locator('astro-island[ssr]')).toHaveCount(0, { timeout: 20_000 });
      await expect(frame!.locator(laidOut)).toBeVisible();
      const widths = await frame!.evaluate(() => ({
        page: document.documentElement.scrollWidth,
        frame: document.documentElement.clientWidth,
      }));
      expect(widths.frame).toBeLessThanOrEqual(360);
      expect(widths.frame).toBeGreaterThan(300);
      expect(widths.page).toBeLessThanOrEqual(widths.frame);
    });
  }
});

test.describe('SnippetMaker (embed/)', () => {
  test('the instructors’ page turns a pasted state link into iframe code, and a hostile paste into a message', async ({
    page,
    baseURL,
  }) => {
    await openPage(page, pagePath('instructors/'));
    await waitForIslands(page);
    const box = page.getByRole('textbox', { name: 'Link to a widget’s state' });
    const status = page.locator('.snippet-maker .snippet-result');
    const code = page
      .getByRole('textbox', { name: /^Embed code: / })
      .and(page.locator('.snippet-maker textarea'));
    const chapter = `${baseURL}${pagePath('forward-pass/')}`;

    await test.step('a link copied from the forward-pass widget gives its embed in that state', async () => {
      await box.fill(`${chapter}?network.w14=0.3&attempt.b4=1&network.x1=0.25#a-simple-network`);
      await expect(status).toContainText('The network’s forward pass');
      await expect(status).toContainText('One part of the link');
      const text = await code.inputValue();
      const match =
        /^<iframe src="([^"]+)" title="The network’s forward pass" width="100%" height="\d+" loading="lazy"/.exec(
          text,
        );
      expect(match, text).not.toBeNull();
      const url = new URL(match![1]!.replaceAll('&amp;', '&'));
      expect(url.pathname).toBe(pagePath('embed/forward-pass/'));
      expect([...url.searchParams]).toEqual([
        ['network.w14', '0.3'],
        ['network.x1', '0.25'],
      ]);
    });

    for (const [name, pasted] of [
      ['a javascript: link', 'javascript:alert(document.domain)'],
      ['another site', 'https://example.org/forward-pass/?network.w14=0.3'],
      ['markup in a value', `${chapter}?network.w14="><script>alert(1)</script>`],
    ] as const) {
      await test.step(`${name} gives a message and no code`, async () => {
        await box.fill(pasted);
        await expect(status).not.toBeEmpty();
        await expect(status).not.toContainText('embed code for');
        await expect(box).toHaveAttribute('aria-invalid', 'true');
        await expect(code).toHaveCount(0);
        await expect(page.locator('.snippet-maker script, .snippet-maker iframe')).toHaveCount(0);
      });
    }
  });
});
