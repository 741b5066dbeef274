/**
 * The book on paper: a chapter printed from the screen (print media emulated), and the whole
 * book's page, which holds every chapter for printing. The page gates (pages.spec.ts) already
 * check /book/'s budget, equations, policy and console; this checks what composing it could
 * break, against the chapters as the build wrote them.
 */
import type { Page } from '@playwright/test';
import { fromHtml } from 'hast-util-from-html';
import { select, selectAll } from 'hast-util-select';
import { toString } from 'hast-util-to-string';
import { chapterSlugs } from '../../src/content/sidebar.ts';
import { axeViolations, useTheme } from './axe.ts';
import { test, expect } from './fixtures.ts';
import {
  FORWARD_PASS,
  builtHtml,
  control,
  engineEpoch,
  engineValue,
  expectQuantities,
  openPage,
  pagePath,
  shown,
  widget,
} from './site.ts';

const CHAPTERS = chapterSlugs;

/** Each chapter as built: its title and the number of display equations in its text. */
const BUILT = CHAPTERS.map((slug) => {
  const tree = fromHtml(builtHtml(`${slug}/`));
  return {
    slug,
    title: toString(select('h1#_top', tree)!).trim(),
    displays: selectAll('.sl-markdown-content .katex-display', tree).length,
  };
});

/** The book's form controls a reader could see, other than numbers in table cells and blanks. */
function visibleControls(page: Page, scope: string) {
  return page.evaluate((scope) => {
    const shown = (element: Element) => element.getClientRects().length > 0;
    return [...document.querySelectorAll(`${scope} :is(input, select, textarea, button, fieldset)`)]
      .filter((element) => !element.closest('td') && !element.matches('.worksheet-input'))
      .filter(shown)
      .map((element) => `${element.tagName.toLowerCase()}.${element.className}`);
  }, scope);
}

test('a chapter prints its numbers without the site around it or the controls, in light colours', async ({
  page,
}) => {
  // A reader in the dark theme who changed a number prints the page.
  await useTheme(page, 'dark');
  await openPage(page, FORWARD_PASS);
  await control(widget(page), 'x2').box.fill('-0.65');
  const epoch = engineEpoch({ x: [0.5, -0.65, 0.7] });
  const current = [
    { key: 'x2', value: -0.65, places: ['table'] as const },
    {
      key: 'H4in',
      value: engineValue('H4in', epoch),
      places: ['equation', 'diagram', 'table'] as const,
    },
  ];
  await expectQuantities(page, current);
  await page.emulateMedia({ media: 'print' });

  await test.step('leaves out the header, search, theme menu, sidebar, contents, pagination, skip link', async () => {
    for (const selector of [
      '.page > header',
      'nav.sidebar',
      'site-search',
      'starlight-theme-select',
      '.right-sidebar-container',
      'mobile-starlight-toc',
      '.pagination-links',
      '.sl-skip-link',
    ]) {
      await expect(page.locator(selector).first(), selector).toBeHidden();
    }
    await expect(page.getByRole('heading', { level: 1, name: 'Forward pass' })).toBeVisible();
  });

  await test.step('leaves out every control, and keeps the current numbers', async () => {
    expect(await visibleControls(page, '.sl-markdown-content')).toEqual([]);
    await expect(page.locator('.controls-actions:visible')).toHaveCount(0);
    await expect(widget(page).locator('svg.network-diagram')).toBeVisible();
    // The table of values sits in a closed section on screen; on paper it is open.
    const table = widget(page).locator('table.values-table');
    await expect(table).toBeVisible();
    await expect(table.locator('td[data-quantity="x2"]').first()).toHaveText(shown(-0.65));
    await expect(page.locator('.katex math [data-quantity="H4in"]').first()).toHaveText(
      shown(engineValue('H4in', epoch)),
    );
  });

  await test.step('prints in the light theme’s colours although the reader chose dark', async () => {
    await expect(page.locator('html')).toHaveAttribute('data-theme', 'dark');
    const colours = () =>
      page.evaluate(() => {
        const style = (selector: string) => getComputedStyle(document.querySelector(selector)!);
        return {
          text: style('.sl-markdown-content p').color,
          background: style('body').backgroundColor,
          equation: style('.katex-display .katex').color,
          positive: style('figure#network .connection.is-positive').stroke,
          nodeText: style('figure#network svg text').fill,
          nodeFill: style('figure#network .node circle').fill,
        };
      });
    const printed = await colours();
    // The same page on screen in the light theme, for comparison.
    await page.emulateMedia({ media: 'screen' });
    await page.evaluate(() => (document.documentElement.dataset['theme'] = 'light'));
    const light = await colours();
    await page.evaluate(() => (document.documentElement.dataset['theme'] = 'dark'));
    const dark = await colours();
    await page.emulateMedia({ media: 'print' });
    expect(printed).toEqual(light);
    expect(printed.background).toBe('rgb(255, 255, 255)');
    expect(printed.equation).toBe(printed.text);
    // The comparison can fail: on screen the dark theme differs in every one of them.
    for (const key of Object.keys(light) as (keyof typeof light)[]) {
      expect(dark[key], key).not.toBe(light[key]);
    }
  });

  await test.step('keeps equations, drawings and table rows whole; a widget breaks between them', async () => {
    // A widget taller than the rest of a page moves whole to the next one only if it cannot
    // break: the page before it is then left half blank. Its parts stay whole.
    const styles = await page.evaluate(() =>
      [
        'figure.widget',
        'table.values-table',
        'table.values-table tr',
        'svg.network-diagram',
        '.katex-display',
      ].map((selector) => {
        const style = getComputedStyle(document.querySelector(selector)!);
        return `${selector}: ${style.breakInside} ${style.contentVisibility}`;
      }),
    );
    expect(styles).toEqual([
      'figure.widget: auto visible',
      'table.values-table: auto visible',
      'table.values-table tr: avoid visible',
      'svg.network-diagram: avoid visible',
      '.katex-display: avoid visible',
    ]);
  });

  await test.step('prints the address of a link to another site, and of no other', async () => {
    const after = (selector: string) =>
      page
        .locator(selector)
        .first()
        .evaluate((link) => getComputedStyle(link, '::after').content);
    expect(await after('.source-note a[href^="https://"]')).toBe(
      '" (https://doi.org/10.5281/zenodo.15169138)"',
    );
    expect(await after(`.sl-markdown-content a[href^="${pagePath('')}"]`)).toBe('none');
  });

  await test.step('has no axe violations as printed: every rule, in the printed colours', async () => {
    expect(await axeViolations(page)).toEqual([]);
  });
});

test('the lab prints its heat map’s key: the legend’s colour swatches keep their colours on paper', async ({
  page,
}) => {
  await page.goto(pagePath('lab/'));
  await page.emulateMedia({ media: 'print' });
  // A printout leaves out backgrounds unless told to keep them; the swatches are backgrounds.
  // Read again until it holds: the heat map's code may land meanwhile and draw the key anew, and a
  // swatch taken out of the page has no style at all.
  const swatches = () =>
    page.locator('.lab-swatch').evaluateAll((elements) =>
      elements.map((element) => {
        const style = getComputedStyle(element);
        const empty = /^rgba\(0, 0, 0, 0\)$|^transparent$|^$/.test(style.backgroundColor);
        return `${style.printColorAdjust}, ${empty ? 'no colour' : 'coloured'}`;
      }),
    );
  await expect.poll(swatches).toEqual(['exact, coloured', 'exact, coloured']);
});

test('the whole book holds every chapter in order, every equation, and runs nothing', async ({
  page,
}) => {
  const scripts: string[] = [];
  page.on('request', (request) => {
    if (request.resourceType() === 'script') scripts.push(request.url());
  });
  await page.goto(pagePath('book/'));
  // By CSS, not by role: a role query reads all 70,000 elements.
  await expect(page.locator('h1#_top')).toHaveText('The whole book');
  await page.waitForLoadState('networkidle');

  // The page read once: each check below is about this reading.
  const book = await page.evaluate((chapters) => {
    const sections = [...document.querySelectorAll('.book-chapters > section.book-chapter')];
    const seen = new Set<string>();
    const duplicateIds: string[] = [];
    for (const { id } of document.querySelectorAll('[id]')) {
      if (seen.has(id)) duplicateIds.push(id);
      seen.add(id);
    }
    const broken: string[] = [];
    let inside = 0;
    for (const link of document.querySelectorAll<HTMLAnchorElement>(
      '.book-front a[href], .book-chapters a[href]',
    )) {
      const href = link.getAttribute('href')!;
      if (href.startsWith('#')) {
        inside++;
        if (!document.getElementById(decodeURIComponent(href.slice(1)))) broken.push(href);
        continue;
      }
      const target = new URL(link.href);
      if (target.origin !== location.origin) continue;
      // A chapter is only ever left for a state of its widgets, which needs the chapter itself.
      const chapter = chapters.find((slug) => target.pathname.endsWith(`/${slug}/`));
      if (chapter && !target.search) broken.push(`${href} (leaves the book)`);
    }
    const contents = [...document.querySelectorAll('nav[aria-labelledby="book-chapters-title"] a')];
    return {
      titles: sections.map((section) => section.querySelector(':scope > h2')?.textContent),
      contents: contents.map((link) => [link.textContent, link.getAttribute('href')]),
      displays: sections.map((section) => section.querySelectorAll('.katex-display math').length),
      islands: document.querySelectorAll('astro-island').length,
      // Awake, or waking when in view rather than only when a link moves their store.
      awake: [...document.querySelectorAll('astro-island')].filter(
        (island) =>
          !island.hasAttribute('ssr') ||
          island.getAttribute('client') !== 'state' ||
          (JSON.parse(island.getAttribute('opts') ?? '{}') as { value?: unknown }).value !==
            'moved',
      ).length,
      islandCode: typeof (window as { Astro?: unknown }).Astro,
      chapterScripts: document.querySelectorAll('.book-chapters script').length,
      stores: document.querySelectorAll('[id$="--page-stores"]').length,
      duplicateIds,
      broken,
      inside,
      indexed: document.querySelector('main')?.hasAttribute('data-pagefind-body'),
      ignored: document.querySelector('.book-chapters')?.getAttribute('data-pagefind-ignore'),
      defaultH4in: document.querySelector(
        '#forward-pass--network table.values-table td[data-quantity="H4in"]',
      )?.textContent,
    };
  }, CHAPTERS);

  await test.step('has every chapter of the sidebar, in its order, listed at the top', () => {
    expect(book.titles).toEqual(BUILT.map((chapter) => chapter.title));
    expect(book.contents).toEqual(BUILT.map((chapter) => [chapter.title, `#${chapter.slug}`]));
  });

  await test.step('has every display equation of every chapter, rendered', () => {
    expect(book.displays).toEqual(BUILT.map((chapter) => chapter.displays));
    expect(book.displays.reduce((a, b) => a + b, 0)).toBeGreaterThan(100);
  });

  await test.step('hydrates no island and runs no chapter script', () => {
    // The islands stay, asleep until a link moves their store (book-state.spec.ts).
    expect(book.islands).toBeGreaterThan(20);
    expect(book).toMatchObject({ awake: 0, islandCode: 'undefined', chapterScripts: 0, stores: 0 });
    // Only the site's own scripts load: no widget, store kind, page or book state.
    expect(
      scripts.filter((url) => /Widget|PageState|book-state|client\.|kinds?[/.]/.test(url)),
    ).toEqual([]);
    // The build's numbers, as the chapter's defaults draw them.
    expect(book.defaultH4in).toMatch(/^\d\.\d{3}$/);
  });

  await test.step('has no id twice, and every link inside the book finds its target', () => {
    expect(book.duplicateIds).toEqual([]);
    expect(book.broken).toEqual([]);
    expect(book.inside).toBeGreaterThan(100);
  });

  await test.step('stays out of the search index', () => {
    expect(book.indexed).toBe(false);
    expect(book.ignored).toBe('all');
  });

  await test.step('prints each chapter from a new page, every widget without its controls', async () => {
    await page.emulateMedia({ media: 'print' });
    const printed = await page.evaluate(() => {
      const shown = (element: Element) => element.getClientRects().length > 0;
      const chapters = document.querySelector('.book-chapters')!;
      return {
        controls: [...chapters.querySelectorAll('input, select, textarea, button, fieldset')]
          .filter((element) => !element.closest('td') && !element.matches('.worksheet-input'))
          .filter(shown)
          .map((element) => `${element.tagName.toLowerCase()}.${element.className}`),
        rows: [...chapters.querySelectorAll('.controls-actions, .player')].filter(shown).length,
        widgets: [...chapters.querySelectorAll('figure.widget')].map((figure) => ({
          id: figure.id,
          shown: shown(figure) && figure.getBoundingClientRect().height > 40,
        })),
        breaks: [...chapters.querySelectorAll('section.book-chapter')].map(
          (section) => getComputedStyle(section).breakBefore,
        ),
      };
    });
    expect(printed.controls).toEqual([]);
    expect(printed.rows).toBe(0);
    expect(printed.widgets.length).toBeGreaterThan(20);
    expect(printed.widgets.filter((figure) => !figure.shown)).toEqual([]);
    expect(printed.breaks).toEqual(CHAPTERS.map(() => 'page'));
  });

  await test.step('clips no table or figure: each fits an A4 page', async () => {
    // An A4 page less Chromium's default margins (about 1 cm each side), in CSS pixels. A table
    // wider than its column there stacks its rows (.table-fit), as on a phone.
    const pageWidth = 718;
    await page.setViewportSize({ width: pageWidth, height: 1000 });
    const wide = await page.evaluate((width) => {
      const chapters = document.querySelector('.book-chapters')!;
      return [...chapters.querySelectorAll('table, figure, .table-fit, svg')]
        .filter((element) => element.getClientRects().length > 0)
        .filter((element) => {
          const box = element.getBoundingClientRect();
          const cut =
            !(element instanceof SVGElement) && element.scrollWidth > element.clientWidth + 1;
          return box.right > width + 1 || cut;
        })
        .map(
          (element) =>
            `${element.closest('[id]')?.id}: ${element.tagName.toLowerCase()}.${element.getAttribute('class')}`,
        );
    }, pageWidth);
    expect(wide).toEqual([]);
  });
});
