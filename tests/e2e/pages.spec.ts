/**
 * The gates every page of the built book must pass, whatever it teaches, checked in one visit
 * per page: the JavaScript it ships, equations that render, its Content Security Policy, no axe
 * violations in the light theme (every rule) and the dark one (the rules that depend on colour),
 * a quiet console and no request to any other site while a reader uses it.
 *
 * The pages are found, not listed: every index.html the build wrote to dist/. One visit instead
 * of one per gate keeps the suite's time in proportion to the book: loading and hydrating a long
 * chapter costs seconds, and each check reads the page as it is.
 */
import { existsSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { gzipSync } from 'node:zlib';
import type { Page } from '@playwright/test';
import { axeViolations, followSystemTheme, pickTheme, useTheme } from './axe.ts';
import { test, expect } from './fixtures.ts';
import { recordViolations, violations } from './policy.ts';
import { chapterSlugs } from '../../src/content/sidebar.ts';
import {
  builtHtml,
  builtPages,
  control,
  expectQuantity,
  offOriginUrls,
  openPage,
  pagePath,
  widget,
} from './site.ts';

const PAGES = builtPages();
const KB = 1024;

/**
 * The whole book's page is every chapter's text again, and each chapter passes these gates on its
 * own page. It keeps the budget, equation (all the chapters' displays), policy and console gates,
 * but not axe: axe reads the whole document even when told to check a part of it, minutes on a
 * page of 70,000 elements, to find again what the chapters' own pages were checked for (its
 * opening and list of chapters are the home page's contents component); nor the search, the same
 * on every page. print.spec.ts checks what putting the chapters together could break: their
 * order, ids, links, and that nothing hydrates.
 */
const BOOK = 'book/';

/**
 * The pages whose gate also searches: the home page, the first chapter with widgets and the
 * longest chapter. Search is the same on every page (Starlight's search box loading Pagefind's
 * scripts, index and WebAssembly from /pagefind/), so what could make it fail on one page and not
 * another is that page's policy, and every page's policy, its own scripts' hashes set aside, is
 * checked against the home page's below. Searching on every page cost 2-5 s each.
 */
const SEARCHED = new Set(['', 'forward-pass/', 'backpropagation/']);

/** A page's Content Security Policy as built, with the hashes of its own scripts and styles masked. */
function policyOf(slug: string): string {
  const html = builtHtml(slug);
  const policy =
    /<meta http-equiv="content-security-policy" content="([^"]*)"/.exec(html)?.[1] ?? '';
  return policy.replace(/'sha(256|384|512)-[^']*'( |(?=;))/g, '');
}

/** The number of display equations ($$ … $$) a page's MDX source holds, if it has a source. */
function displaysInSource(slug: string): number | undefined {
  const docs = new URL('../../src/content/docs/', import.meta.url);
  const name = slug.replace(/\/$/, '');
  const candidates = name === '' ? ['index.mdx', 'index.md'] : [`${name}.mdx`, `${name}.md`];
  for (const candidate of [...candidates, `${name}/index.mdx`]) {
    const path = fileURLToPath(new URL(candidate, docs));
    if (!existsSync(path)) continue;
    const source = readFileSync(path, 'utf8').replace(/^```[\s\S]*?^```/gm, '');
    return (source.match(/\$\$/g) ?? []).length / 2;
  }
  if (slug === BOOK) {
    return chapterSlugs.reduce((sum, chapter) => sum + (displaysInSource(`${chapter}/`) ?? NaN), 0);
  }
  return undefined;
}

/**
 * The libraries' files among a page's scripts: Preact and signals (the build's "preact" chunk),
 * Astro's Preact renderer ("client") and the bundler's runtime. Everything else a widget loads
 * from the site is our own code. They count in the page's total, not in "our own".
 */
const LIBRARY_CHUNK = /\/(preact|client|rolldown-runtime)\.[\w-]+\.js$/;

/** Gzipped sizes of every script and WebAssembly file the page fetches, by address. */
function recordScripts(page: Page): Map<string, number> {
  const scripts = new Map<string, number>();
  page.on('response', async (response) => {
    const type = response.request().resourceType();
    const url = response.url();
    if (type !== 'script' && !url.endsWith('.wasm') && !url.includes('/pagefind/')) return;
    const body = await response.body().catch(() => undefined);
    if (body) scripts.set(url, gzipSync(body, { level: 9 }).length);
  });
  return scripts;
}

/**
 * Our own scripts on the page, and what each widget needs to wake: its island's component and
 * renderer, the page's own script (which makes the stores), and everything they import, followed
 * through the files themselves (static imports, and dynamic ones: a kind or a plot library loaded
 * when it is needed).
 */
async function ownScripts(
  page: Page,
): Promise<{ urls: Set<string>; widgets: { name: string; urls: Set<string> }[] }> {
  const { islands, pageScripts } = await page.evaluate(() => ({
    islands: Array.from(document.querySelectorAll('astro-island'), (island) => ({
      name: island.getAttribute('component-export') ?? '',
      entries: [island.getAttribute('component-url'), island.getAttribute('renderer-url')],
    })),
    pageScripts: Array.from(document.querySelectorAll('script[src*="PageState"]'), (s) =>
      s.getAttribute('src'),
    ),
  }));
  const imports = new Map<string, string[]>();
  const importsOf = async (url: string): Promise<string[]> => {
    let found = imports.get(url);
    if (!found) {
      const source = await (await page.request.get(url)).text();
      found = [...source.matchAll(/(?:from|import)\s*\(?\s*["'`]([^"'`]+\.js)["'`]/g)].map(
        ([, spec]) => new URL(spec!, url).href,
      );
      imports.set(url, found);
    }
    return found;
  };
  const closure = async (entries: (string | null)[]): Promise<Set<string>> => {
    const urls = new Set<string>();
    const queue = entries.filter(Boolean).map((entry) => new URL(entry!, page.url()).href);
    while (queue.length) {
      const url = queue.pop()!;
      if (urls.has(url)) continue;
      urls.add(url);
      queue.push(...(await importsOf(url)));
    }
    return urls;
  };
  const widgets = [];
  for (const island of islands) {
    widgets.push({ name: island.name, urls: await closure([...island.entries, ...pageScripts]) });
  }
  const urls = await closure([...islands.flatMap((island) => island.entries), ...pageScripts]);
  return { urls, widgets };
}

/** What the page's equations look like to a reader: rendered, never raw TeX. */
function readEquations(page: Page) {
  return page.evaluate(() => {
    const displays = [...document.querySelectorAll('.katex-display')];
    return {
      errors: document.querySelectorAll('.katex-error').length,
      displays: displays.length,
      // Each display is one block of MathML, which the browser lays out: it takes room.
      withoutMathml: displays.filter(
        (d) => d.querySelectorAll(':scope > .katex > math[display="block"]').length !== 1,
      ).length,
      notLaidOut: displays.filter((d) => !d.querySelector('math')?.getBoundingClientRect().width)
        .length,
      text: document.body.innerText,
      // The room each display keeps while off screen (data-height, in em) against the height it
      // takes laid out: every display drawn for the measurement, then put back as it was.
      rooms: (() => {
        const boxes = displays as HTMLElement[];
        for (const box of boxes) box.style.contentVisibility = 'visible';
        const rooms = boxes.map((box) => {
          const style = getComputedStyle(box);
          const padding = parseFloat(style.paddingTop) + parseFloat(style.paddingBottom);
          return {
            room: Number(box.dataset['height']),
            // As contain-intrinsic-size counts it: the content, the padding set aside.
            height: (box.getBoundingClientRect().height - padding) / parseFloat(style.fontSize),
            // Which display it is, for the message: the start of its text as MathML reads it.
            text: box.textContent?.replace(/\s+/g, ' ').trim().slice(0, 60) ?? '',
          };
        });
        for (const box of boxes) box.style.contentVisibility = '';
        return rooms;
      })(),
    };
  });
}

/** Moves the forward-pass widget away from the defaults the way a reader would. */
async function exerciseWidget(page: Page): Promise<void> {
  const { slider } = control(widget(page), 'λ1,4');
  await slider.focus();
  for (let i = 0; i < 3; i++) await slider.press('ArrowLeft');
  await control(widget(page), 'x2').box.fill('-0.65');
  await expectQuantity(page, 'table', 'x2', -0.65);
  // Let the address bar catch up, which is a script too.
  await page.waitForURL((url) => url.search.includes('x2=-0.65'));
}

test('the built site has pages to check, the forward-pass chapter among them', () => {
  expect(PAGES).toContain('');
  expect(PAGES).toContain('forward-pass/');
  for (const searched of SEARCHED) expect(PAGES).toContain(searched);
});

test('every page with the site’s search has the policy the search was checked under', () => {
  const searchedUnder = policyOf('');
  expect(searchedUnder).toContain("script-src 'self' 'wasm-unsafe-eval'");
  const differing = PAGES.filter((slug) => !slug.startsWith('embed/') && slug !== BOOK).filter(
    (slug) => policyOf(slug) !== searchedUnder,
  );
  expect(differing).toEqual([]);
});

for (const slug of PAGES) {
  const path = pagePath(slug);
  // An embed page (one widget for a course page's iframe) has no theme menu and no search: its
  // theme follows the reader's system, and the site's search is not part of it.
  const embed = slug.startsWith('embed/');

  test(`page ${path} passes every page gate`, async ({ page, baseURL, console: watch }) => {
    test.slow(); // axe twice over a chapter of up to 16,000 elements
    const origin = new URL(baseURL ?? '').origin;
    const requests: string[] = [];
    page.on('request', (request) => requests.push(request.url()));
    const scripts = recordScripts(page);
    await recordViolations(page);
    await useTheme(page, 'light');
    await openPage(page, path);

    await test.step('ships JavaScript within budget as it loads and goes idle (gzip)', async () => {
      await page.waitForLoadState('networkidle');
      const { urls, widgets } = await ownScripts(page);
      const sum = (list: Iterable<string>) =>
        [...list].reduce((total, url) => total + (scripts.get(url) ?? 0), 0);
      const listed = (list: Iterable<string>) =>
        [...list]
          .filter((url) => scripts.has(url))
          .map((url) => [scripts.get(url) ?? 0, url.replace(/.*\//, '')] as const)
          .sort((a, b) => b[0] - a[0])
          .map(([size, name]) => `${(size / KB).toFixed(1)} kB ${name}`)
          .join(', ');
      const ownLoaded = [...urls].filter((url) => scripts.has(url));
      const own = sum(ownLoaded);
      const all = sum(scripts.keys());
      // What waking one widget costs in our own code: its island, the page's script and every
      // file they import that the page loaded, shared code included, the libraries set aside.
      const ours = (list: Iterable<string>) => [...list].filter((url) => !LIBRARY_CHUNK.test(url));
      const costs = widgets.map((w) => ({
        ...w,
        size: sum(ours(w.urls).filter((u) => scripts.has(u))),
        withLibraries: sum([...w.urls].filter((u) => scripts.has(u))),
      }));
      const heaviest = costs.sort((a, b) => b.size - a.size)[0];
      console.log(
        `${path}: our JavaScript ${(own / KB).toFixed(1)} kB in ${ownLoaded.length} files` +
          (heaviest
            ? `, ${(heaviest.size / KB).toFixed(1)} kB of ours to wake ${heaviest.name} ` +
              `(${(heaviest.withLibraries / KB).toFixed(1)} kB with Preact and signals)`
            : '') +
          `; all JavaScript and WebAssembly ${(all / KB).toFixed(1)} kB in ${scripts.size} files (gzip)`,
      );
      for (const { name, urls: needed, size } of costs) {
        expect
          .soft(size, `our code to wake ${name}, largest first: ${listed(ours(needed))}`)
          .toBeLessThanOrEqual(40 * KB);
      }
      // A page without widgets runs only the site's own small scripts.
      if (widgets.length === 0) {
        expect.soft(own, `our JavaScript: ${listed(ownLoaded)}`).toBeLessThanOrEqual(10 * KB);
      } else expect.soft(heaviest!.size, 'the widgets were measured').toBeGreaterThan(0);
      expect.soft(all, 'all JavaScript').toBeLessThanOrEqual(75 * KB);
    });

    await test.step('renders every equation: no KaTeX error, no raw TeX, laid-out MathML in every display', async () => {
      const equations = await readEquations(page);
      expect.soft(equations.errors, 'KaTeX errors').toBe(0);
      const expected = displaysInSource(slug);
      if (expected !== undefined) expect.soft(equations.displays, 'displays').toBe(expected);
      expect.soft(equations.withoutMathml, 'displays without their MathML').toBe(0);
      expect.soft(equations.notLaidOut, 'displays the browser did not lay out').toBe(0);
      // A display off screen keeps about the room it will take, so the text does not move when
      // it comes into view: within 1.5em each (the estimate's largest miss, 1.2em, and half a
      // step), 0.75em on average over the page (one guess for all, 4.5em, missed by 2.3em).
      const misses = equations.rooms.map(({ room, height, text }) => ({
        miss: Math.abs(room - height),
        room,
        height,
        text,
      }));
      const far = misses.filter(({ miss }) => !(miss <= 1.5));
      expect.soft(far, 'displays whose room is more than 1.5em off their height').toEqual([]);
      const mean = misses.reduce((sum, { miss }) => sum + miss, 0) / (misses.length || 1);
      expect.soft(mean, 'the mean miss between room and height (em)').toBeLessThanOrEqual(0.75);
      expect.soft(equations.text.length).toBeGreaterThan(200);
      expect.soft(equations.text).not.toContain('$$');
      expect.soft(equations.text).not.toMatch(/\\(live|fact|frac|lambda|begin)\b/);
    });

    await test.step('has a script policy without unsafe-inline', async () => {
      const policy = await page
        .locator('meta[http-equiv="content-security-policy"]')
        .getAttribute('content');
      const scriptSource = policy?.split(';').find((d) => d.trim().startsWith('script-src '));
      expect.soft(scriptSource, 'the page has a script-src policy').toBeTruthy();
      expect.soft(scriptSource).not.toContain("'unsafe-inline'");
    });

    if (slug !== BOOK) {
      await test.step('has no axe violations in the light theme', async () => {
        await expect(page.locator('html')).toHaveAttribute('data-theme', 'light');
        expect.soft(await axeViolations(page)).toEqual([]);
      });

      await test.step('has no axe violations in the dark theme (from the theme menu, or the system on an embed)', async () => {
        if (embed) await followSystemTheme(page, 'dark');
        else await pickTheme(page, 'dark');
        expect.soft(await axeViolations(page, { coloursOnly: true })).toEqual([]);
      });
    }

    await test.step('stays quiet and on the site while a reader uses the page and searches', async () => {
      // Scroll to the end so that lazy islands and images load too.
      await page.keyboard.press('End');
      await page.evaluate(() => window.scrollTo(0, document.body.scrollHeight));
      if ((await widget(page).count()) > 0) await exerciseWidget(page);
      // Search loads Pagefind's index and WebAssembly under the page's policy: on the pages of
      // SEARCHED (every other page has their policy, checked above; the whole book's page, left
      // out of the index, and the embeds, without the site's search, have none).
      if (SEARCHED.has(slug)) {
        await page.getByRole('button', { name: 'Search' }).first().click();
        await page.locator('.pagefind-ui__search-input').fill('sigmoid');
        // Pagefind fetches its WebAssembly and index first: allow for a busy machine.
        await expect(page.locator('.pagefind-ui__result').first()).toBeVisible({
          timeout: 20_000,
        });
      }
      await page.waitForLoadState('networkidle');

      expect.soft(await violations(page), 'policy violations').toEqual([]);
      expect.soft(requests.length, 'the page made requests').toBeGreaterThan(0);
      expect.soft(offOriginUrls(requests, origin), 'requests to another origin').toEqual([]);
      expect.soft(watch.problems, 'console errors and warnings').toEqual([]);
    });
  });
}
