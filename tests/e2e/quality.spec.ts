/**
 * Quality beyond the per-page gates (pages.spec.ts): the forward-pass chapter's numbers without
 * JavaScript, its widget accessible once changed, every control reached by Tab with a visible
 * focus, and a search index that holds each formula once.
 */
import {
  THEMES,
  axeViolations,
  katexColourSlips,
  katexStructureSlips,
  pickTheme,
  useTheme,
} from './axe.ts';
import { test, expect } from './fixtures.ts';
import {
  FORWARD_PASS,
  boxText,
  control,
  defaultEpoch,
  engineEpoch,
  expectForwardPass,
  expectNoBrokenNumbers,
  holdScripts,
  messages,
  openPage,
  pagePath,
  walkthroughControls,
  widget,
} from './site.ts';

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
    // Unmeasured, the diagram is drawn across and down, and CSS shows the one that fits.
    await expect(widget(page).locator('svg.network-diagram:visible')).toHaveCount(1);
    await expect(widget(page).locator('svg.network-diagram:visible line.connection')).toHaveCount(
      8,
    );
    const { slider, box } = control(widget(page), 'λ1,4');
    await expect(box).toHaveValue(boxText(example.params.w14));
    await expect(slider).toHaveValue(String(Math.round(example.params.w14 * 100) / 100));
    await expect(control(widget(page), 'x1').box).toHaveValue('0.500');
    await expect(control(widget(page), 'y').box).toHaveValue('0.300');
    await expect(widget(page).getByRole('spinbutton')).toHaveCount(15);
    await expect(widget(page).getByRole('slider')).toHaveCount(15);
    // Buttons would do nothing here (copy a link, reset, check an answer): none is shown.
    expect(await page.locator('astro-island button').count()).toBeGreaterThan(0);
    await expect(page.locator('astro-island button:visible')).toHaveCount(0);
    await expect(control(walkthroughControls(page), 'b4').box).toHaveValue(
      boxText(example.params.b4),
    );
    await expectNoBrokenNumbers(page);
    await context.close();
  });

  test('has no axe violations once changed, refused and opened, in the light theme and the dark', async ({
    page,
  }) => {
    await useTheme(page, 'light');
    await openPage(page, FORWARD_PASS);
    // Negative weights draw differently, a refused value shows a message, the table opens.
    await control(widget(page), 'λ1,4').box.fill('-1.5');
    await control(widget(page), 'b6').box.fill('0.75');
    await control(widget(page), 'x1').box.fill('42');
    await expect(messages(widget(page))).toHaveCount(1);
    await widget(page).getByText('The diagram’s values as a table').click();
    await expect(widget(page).getByRole('table')).toBeVisible();
    await expectForwardPass(page, engineEpoch({ params: { w14: -1.5, b6: 0.75 } }));

    for (const theme of THEMES) {
      await test.step(`${theme} theme`, async () => {
        // The same state in the other theme, picked from the menu as a reader does; structure and
        // names do not change with the theme, so the dark one checks the colour rules.
        if (theme !== 'light') await pickTheme(page, theme);
        await expect(page.locator('html')).toHaveAttribute('data-theme', theme);
        expect(await axeViolations(page, { coloursOnly: theme !== 'light' })).toEqual([]);
      });
    }
  });

  test('the contrast check still sees a formula’s live numbers and its symbols', async ({
    page,
  }) => {
    // The colour rules skip formulas for speed, all but their live numbers (axe.ts): prove that a
    // faded live number inside a formula and a recoloured symbol are both still caught.
    await useTheme(page, 'light');
    await openPage(page, FORWARD_PASS);
    const live = page.locator('.katex math [data-quantity]').first();
    await expect(live).toBeVisible();
    await live.evaluate((element) => {
      (element as HTMLElement).style.setProperty('color', '#eeeeee', 'important');
    });
    const faded = await axeViolations(page, { coloursOnly: true, include: 'main' });
    expect(faded.some((line) => line.startsWith('color-contrast'))).toBe(true);
    await page
      .locator('.katex math mi')
      .first()
      .evaluate((element) => {
        (element as HTMLElement).style.setProperty('color', '#eeeeee', 'important');
      });
    const slips = await katexColourSlips(page, 'main');
    expect(slips.length).toBeGreaterThan(0);
  });

  test('the structure check of formulas, which axe’s structure rules skip, catches each slip', async ({
    page,
  }) => {
    await openPage(page, FORWARD_PASS);
    expect(await katexStructureSlips(page)).toEqual([]);
    // Five formulas, each broken in one way a structure rule would have flagged or a reader met.
    await page.locator('.katex').evaluateAll((formulas) => {
      formulas[0]!.querySelector('math')!.setAttribute('aria-hidden', 'true');
      formulas[1]!.querySelector('math')!.append(document.createElement('button'));
      formulas[2]!.querySelector('math')!.remove();
      formulas[3]!.querySelector('math *')!.id = 'x1';
      const live = document.querySelector('.katex mn[data-quantity]')!;
      const text = document.createElementNS('http://www.w3.org/1998/Math/MathML', 'mtext');
      for (const attribute of live.attributes) text.setAttribute(attribute.name, attribute.value);
      text.textContent = live.textContent;
      live.replaceWith(text);
    });
    const slips = await katexStructureSlips(page);
    for (const slip of [
      'from assistive technology',
      'focusable',
      '0 MathML copies',
      'id(s)',
      'not a MathML number',
    ]) {
      expect(
        slips.filter((line) => line.includes(slip)),
        slip,
      ).toHaveLength(1);
    }
  });

  test('every control is reached with Tab and shows where the focus is', async ({ page }) => {
    await openPage(page, FORWARD_PASS);
    const controls =
      'figure.network-widget :is(input, button, a[href], summary):not([hidden]), .parameter-controls :is(input, button, a[href]):not([hidden])';
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
    // The main widget: 15 sliders, 15 boxes, the table's summary, and its closing row (Reset, Copy
    // link, Save as file, Open a saved file, the link); the walkthrough: 5 + 5 and its closing
    // row; the reader's copy: 11 sliders, 11 boxes, its summary and its closing row. (Each row's
    // file picker is hidden, opened by its button.)
    expect(wanted.length).toBe(15 * 2 + 1 + 5 + 5 * 2 + 5 + 11 * 2 + 1 + 5);

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
  test('a press of Search before the page is idle still gets its search box', async ({ page }) => {
    // The search interface's loader arrives only after the press, as on a page still busy
    // hydrating when the reader reaches for search.
    const release = await holdScripts(page, /\/lazy-search-ui\.[\w-]+\.js$/);
    await page.goto(pagePath(''));
    await page.getByRole('button', { name: 'Search' }).first().click();
    await expect(page.getByRole('dialog')).toBeVisible();
    release();
    const input = page.locator('.pagefind-ui__search-input');
    await expect(input).toBeFocused();
    await input.fill('sigmoid');
    await expect(page.locator('.pagefind-ui__message')).toContainText('for sigmoid');
  });

  test('indexes each formula once, as it reads: its TeX source is not found', async ({ page }) => {
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
