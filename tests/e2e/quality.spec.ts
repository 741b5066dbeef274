/**
 * What every page of the built book must get right, whatever it teaches: a quiet console, no
 * request to any other site, equations that render, numbers that survive without JavaScript,
 * no axe violations in either theme, and controls a keyboard can reach and see.
 *
 * The pages are found, not listed: every index.html the build wrote to dist/.
 */
import { existsSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { AxeBuilder } from '@axe-core/playwright';
import type { Page } from '@playwright/test';
import { test, expect } from './fixtures.ts';
import {
  FORWARD_PASS,
  boxText,
  builtPages,
  control,
  defaultEpoch,
  engineEpoch,
  expectForwardPass,
  expectNoBrokenNumbers,
  expectQuantity,
  messages,
  offOriginUrls,
  openPage,
  pagePath,
  walkthroughControls,
  widget,
} from './site.ts';

const PAGES = builtPages();
const THEMES = ['light', 'dark'] as const;
type Theme = (typeof THEMES)[number];

const AXE_TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa', 'best-practice'];
/** The axe rules whose outcome depends on the theme's colours. */
const COLOUR_RULES = ['color-contrast', 'link-in-text-block'];

/** Runs axe on the page as it is now and lists each violation with the elements it found. */
async function axeViolations(page: Page, theme: Theme = 'light'): Promise<string[]> {
  // The page's structure, names and roles are the same in both themes: the light theme gets every
  // rule, the dark one the rules that depend on colour (a 16,000-element chapter takes axe about
  // 22 s for all rules, 9 s for these).
  const builder = new AxeBuilder({ page });
  const results = await (
    theme === 'light' ? builder.withTags(AXE_TAGS) : builder.withRules(COLOUR_RULES)
  ).analyze();
  return results.violations.flatMap((violation) =>
    violation.nodes.map(
      (node) =>
        `${violation.id} (${violation.impact ?? 'no impact'}): ${violation.help} — ` +
        `${node.target.map(String).join(' ')}: ${node.failureSummary ?? ''}`.replace(/\s+/g, ' '),
    ),
  );
}

/** Makes every page of this test open in a theme, as a reader who picked it earlier would. */
async function useTheme(page: Page, theme: Theme): Promise<void> {
  await page.addInitScript((chosen) => localStorage.setItem('starlight-theme', chosen), theme);
  await page.emulateMedia({ colorScheme: theme });
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
  return undefined;
}

/** Moves the main widget away from the defaults the way a reader would: slider, then typing. */
async function exerciseWidget(page: Page): Promise<void> {
  const { slider } = control(widget(page), 'λ1,4');
  await slider.focus();
  for (let i = 0; i < 3; i++) await slider.press('ArrowLeft');
  await control(widget(page), 'x2').box.fill('-0.65');
  await expectQuantity(page, 'table', 'x2', -0.65);
}

test('the built site has pages to check, the forward-pass chapter among them', () => {
  expect(PAGES).toContain('');
  expect(PAGES).toContain('forward-pass/');
});

for (const slug of PAGES) {
  const path = pagePath(slug);

  test.describe(`page ${path}`, () => {
    test('runs with a quiet console and never leaves the site, also while the widget is used', async ({
      page,
      baseURL,
      console,
    }) => {
      const origin = new URL(baseURL ?? '').origin;
      const requests: string[] = [];
      page.on('request', (request) => requests.push(request.url()));

      await openPage(page, path);
      // Scroll to the end so that lazy islands and images load too.
      await page.keyboard.press('End');
      await page.evaluate(() => window.scrollTo(0, document.body.scrollHeight));
      if ((await widget(page).count()) > 0) {
        await exerciseWidget(page);
        // Let the address bar catch up, which is a script too.
        await page.waitForURL((url) => url.search.includes('x2=-0.65'));
      }
      await page.waitForLoadState('networkidle');

      expect(requests.length, 'the page made requests').toBeGreaterThan(0);
      const offSite = offOriginUrls(requests, origin);
      expect(offSite, 'requests to another origin').toEqual([]);
      expect(console.problems).toEqual([]);
    });

    test('renders every equation: no KaTeX error, no raw TeX, HTML in every display', async ({
      page,
    }) => {
      await openPage(page, path);
      await expect(page.locator('.katex-error')).toHaveCount(0);
      const displays = page.locator('.katex-display');
      const expected = displaysInSource(slug);
      if (expected !== undefined) await expect(displays).toHaveCount(expected);
      const count = await displays.count();
      for (let i = 0; i < count; i++) {
        await expect(displays.nth(i).locator('.katex-html')).toHaveCount(1);
        await expect(displays.nth(i).locator('.katex-mathml math')).toHaveCount(1);
      }
      const text = await page.evaluate(() => document.body.innerText);
      expect(text.length).toBeGreaterThan(200);
      expect(text).not.toContain('$$');
      expect(text).not.toMatch(/\\(live|frac|lambda|begin)\b/);
    });

    for (const theme of THEMES) {
      test(`has no axe violations in the ${theme} theme`, async ({ page }) => {
        await useTheme(page, theme);
        await openPage(page, path);
        await expect(page.locator('html')).toHaveAttribute('data-theme', theme);
        expect(await axeViolations(page, theme)).toEqual([]);
      });
    }
  });
}

test.describe('the forward-pass chapter', () => {
  test('without JavaScript still shows the example’s numbers, diagram and controls', async ({
    browser,
  }) => {
    const context = await browser.newContext({ javaScriptEnabled: false });
    const page = await context.newPage();
    await page.goto(FORWARD_PASS);
    const example = defaultEpoch();

    await expectForwardPass(page, example);
    await expect(widget(page).getByRole('img')).toBeVisible();
    await expect(widget(page).locator('svg.network-diagram line.connection')).toHaveCount(8);
    const { slider, box } = control(widget(page), 'λ1,4');
    await expect(box).toHaveValue(boxText(example.params.w14));
    await expect(slider).toHaveValue(String(Math.round(example.params.w14 * 100) / 100));
    await expect(control(widget(page), 'x1').box).toHaveValue('0.500');
    await expect(control(widget(page), 'y').box).toHaveValue('0.300');
    await expect(widget(page).getByRole('spinbutton')).toHaveCount(15);
    await expect(widget(page).getByRole('slider')).toHaveCount(15);
    await expect(control(walkthroughControls(page), 'b4').box).toHaveValue(
      boxText(example.params.b4),
    );
    await expectNoBrokenNumbers(page);
    await context.close();
  });

  for (const theme of THEMES) {
    test(`has no axe violations in the ${theme} theme once changed, refused and opened`, async ({
      page,
    }) => {
      await useTheme(page, theme);
      await openPage(page, FORWARD_PASS);
      // Negative weights draw differently, a refused value shows a message, the table opens.
      await control(widget(page), 'λ1,4').box.fill('-1.5');
      await control(widget(page), 'b6').box.fill('0.75');
      await control(widget(page), 'x1').box.fill('42');
      await expect(messages(widget(page))).toHaveCount(1);
      await widget(page).getByText('The diagram’s values as a table').click();
      await expect(widget(page).getByRole('table')).toBeVisible();
      await expectForwardPass(page, engineEpoch({ params: { w14: -1.5, b6: 0.75 } }));
      await expect(page.locator('html')).toHaveAttribute('data-theme', theme);

      expect(await axeViolations(page, theme)).toEqual([]);
    });
  }

  test('every control is reached with Tab and shows where the focus is', async ({ page }) => {
    await openPage(page, FORWARD_PASS);
    const controls =
      'figure.network-widget :is(input, button, a[href], summary), .parameter-controls :is(input, button, a[href])';
    // Names each control by where it sits and what identifies it: its id, its label or its text.
    const wanted = await page
      .locator(controls)
      .evaluateAll((elements) => [
        ...new Set(
          elements.map((element) =>
            [
              element.closest('figure.network-widget')?.id ?? 'walkthrough',
              element.tagName,
              element.getAttribute('type') ?? '',
              element.id || element.getAttribute('aria-labelledby') || element.textContent?.trim(),
            ].join(' '),
          ),
        ),
      ]);
    // The main widget: 15 sliders, 15 boxes, the table's summary, Reset and the link; the
    // walkthrough: 5 + 5 + Reset and the link; the reader's copy: 11 sliders, 11 boxes, 3 more.
    expect(wanted.length).toBe(15 * 2 + 3 + 5 * 2 + 2 + 11 * 2 + 3);

    // The page notes each control that focus reaches and whether its focus shows, so the test
    // only presses keys and reads the notes at the end.
    await page.evaluate((selector) => {
      const notes: [string, string][] = [];
      (window as unknown as { focusNotes: [string, string][] }).focusNotes = notes;
      document.addEventListener('focusin', (event) => {
        const element = event.target;
        if (!(element instanceof Element) || !element.matches(selector)) return;
        const style = getComputedStyle(element);
        const outlined = style.outlineStyle !== 'none' && parseFloat(style.outlineWidth) > 0;
        const key = [
          element.closest('figure.network-widget')?.id ?? 'walkthrough',
          element.tagName,
          element.getAttribute('type') ?? '',
          element.id || element.getAttribute('aria-labelledby') || element.textContent?.trim(),
        ].join(' ');
        notes.push([key, outlined || style.boxShadow !== 'none' ? 'visible' : 'none']);
      });
    }, controls);
    const notes = () =>
      page.evaluate(() => (window as unknown as { focusNotes: [string, string][] }).focusNotes);
    let reached = new Map<string, string>();
    for (let round = 0; round < 12 && reached.size < wanted.length; round++) {
      for (let press = 0; press < 50; press++) await page.keyboard.press('Tab');
      reached = new Map(await notes());
    }

    expect([...reached.keys()].sort(), 'controls reached with Tab').toEqual([...wanted].sort());
    const invisible = [...reached].filter(([, indicator]) => indicator === 'none');
    expect(invisible, 'controls with no visible focus indicator').toEqual([]);
  });
});

test.describe('search', () => {
  test('indexes each formula once, from its visible copy: the TeX source and MathML are not found', async ({
    page,
  }) => {
    await openPage(page, pagePath(''));
    await page.getByRole('button', { name: 'Search' }).first().click();
    const input = page.locator('.pagefind-ui__search-input');
    const excerpts = page.locator('.pagefind-ui__result-excerpt');
    // "lambda" occurs only in the TeX source of formulas (\lambda_{1,4}), which readers never see;
    // the others are words of the prose next to formulas.
    for (const query of ['lambda', 'sigmoid', 'weighted']) {
      await input.fill(query);
      await expect(page.locator('.pagefind-ui__message')).toContainText(`for ${query}`);
      await expect(excerpts.first()).toBeVisible();
      for (const text of await excerpts.allTextContents()) {
        expect(text, `an excerpt for "${query}"`).not.toMatch(/\\[a-zA-Z]+|lambda|mathrm/);
      }
    }
  });
});
