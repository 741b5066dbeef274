/**
 * The forward-pass chapter as a reader uses it: they read the example, move sliders, type values,
 * make mistakes, reset, and share links. After each step the numbers on screen must be the
 * engine's numbers for the state the reader set, in every place the page shows them.
 */
import { readFileSync } from 'node:fs';
import type { Locator, Page } from '@playwright/test';
import { test, expect, watchConsole } from './fixtures.ts';
import {
  DEFAULT_X,
  DEFAULT_Y,
  FORWARD_KEYS,
  FORWARD_PASS,
  boxText,
  control,
  defaultEpoch,
  engineEpoch,
  engineValue,
  expectEverywhere,
  expectForwardPass,
  expectNoBrokenNumbers,
  EVERY_PLACE,
  STORE,
  expectQuantities,
  expectQuantity,
  linkQuery,
  messages,
  openPage,
  readAll,
  readCopies,
  shown,
  walkthroughControls,
  widget,
} from './site.ts';

const SETTABLE = [
  ['x1', 'x1'],
  ['x2', 'x2'],
  ['x3', 'x3'],
  ['y', 'y'],
  ['λ1,4', 'w14'],
  ['λ2,4', 'w24'],
  ['λ3,4', 'w34'],
  ['λ1,5', 'w15'],
  ['λ2,5', 'w25'],
  ['λ3,5', 'w35'],
  ['λ4,6', 'w46'],
  ['λ5,6', 'w56'],
  ['b4', 'b4'],
  ['b5', 'b5'],
  ['b6', 'b6'],
] as const;

/** Rounds to the sliders' and boxes' step grid (0.01), dropping float noise such as 0.37000001. */
function onGrid(value: number): number {
  return Number((Math.round(value * 100) / 100).toFixed(2));
}

/** Presses a key on a control a number of times, as a reader holding an arrow key would. */
async function press(target: Locator, key: string, times: number): Promise<void> {
  await target.focus();
  for (let i = 0; i < times; i++) await target.press(key);
}

/**
 * Asserts what a reader sees in one control: the box's value, and the slider at that value (or at
 * its end, for a value past it). Soft, so one run lists every control that disagrees.
 */
async function expectControl(scope: Locator, label: string, value: number): Promise<void> {
  const { slider, box } = control(scope, label);
  const soon = { timeout: 2_000 };
  await expect.soft(box, `the ${label} box`).toHaveValue(boxText(value), soon);
  const [min, max] = await Promise.all([slider.getAttribute('min'), slider.getAttribute('max')]);
  const onSlider = Math.min(Number(max), Math.max(Number(min), onGrid(value)));
  await expect.soft(slider, `the ${label} slider`).toHaveValue(String(onSlider), soon);
  await expect
    .soft(slider, `the ${label} slider's spoken value`)
    .toHaveAttribute('aria-valuetext', shown(value), soon);
}

/** Asserts that every box in the main widget shows the value the engine's state has. */
async function expectBoxes(page: Page, values: Record<string, number>): Promise<void> {
  for (const [label, key] of SETTABLE) {
    const value = values[key];
    if (value === undefined) continue;
    await expect(control(widget(page), label).box, `the ${label} box`).toHaveValue(boxText(value));
  }
}

/** The reader-visible values of a state's settings, keyed like the page's quantities. */
function settingsOf(epoch: ReturnType<typeof engineEpoch>, y: number): Record<string, number> {
  const values: Record<string, number> = { y };
  for (const [, key] of SETTABLE) if (key !== 'y') values[key] = engineValue(key, epoch);
  return values;
}

/**
 * The live numbers of each formula of a chapter's source that has any, in the order written: the
 * key of every `\live{key}`, `\live{store:key}` or `\live[digits]{…}` inside $…$ or $$…$$.
 */
function liveNumbersInSource(chapter: string): string[][] {
  const path = new URL(`../../src/content/docs/${chapter}.mdx`, import.meta.url);
  const source = readFileSync(path, 'utf8').replace(/^```[\s\S]*?^```/gm, '');
  const formulas = source.match(/\$\$[\s\S]*?\$\$|\$[^$\n]+\$/g) ?? [];
  return formulas
    .map((formula) =>
      Array.from(formula.matchAll(/\\live(?:\[\d+\])?\{(?:[^{}:]+:)?([^{}]+)\}/g), ([, key]) =>
        key!.trim(),
      ),
    )
    .filter((keys) => keys.length > 0);
}

test.describe('the forward-pass chapter', () => {
  test.beforeEach(async ({ page }) => {
    await openPage(page, FORWARD_PASS);
  });

  test.describe('NetworkWidget (network/)', () => {
    test('opens on the chapter’s example: x = (0.5, 0.2, 0.7), y = 0.3 and the seed-13 forward pass', async ({
      page,
    }) => {
      const example = defaultEpoch();
      // The engine's defaults are the chapter's example, independently of the page.
      expect([example.nodes.I1, example.nodes.I2, example.nodes.I3]).toEqual([0.5, 0.2, 0.7]);

      const { slider: x1Slider } = control(widget(page), 'x1');
      await expect(x1Slider).toHaveValue('0.5');
      await expect(x1Slider).toHaveAttribute('aria-valuetext', '0.500');
      await expectBoxes(page, settingsOf(example, 0.3));
      for (const key of ['x1', 'x2', 'x3'] as const) {
        await expectEverywhere(page, key, engineValue(key, example), [
          'equation',
          'mathml',
          'table',
        ]);
      }
      await expectQuantity(page, 'diagram', 'y', 0.3);
      await expectForwardPass(page, example);
      await expect(widget(page).getByRole('img')).toHaveAccessibleDescription(
        new RegExp(`H4 = ${shown(example.nodes.H4)} .*O6 = ŷ = ${shown(example.nodes.O6)}`),
      );
      await expectNoBrokenNumbers(page);
    });

    test.describe('changing λ1,4', () => {
      const start = defaultEpoch().params.w14;

      test('with the slider’s arrow keys moves λ1,4, H4in, H4 and ŷ in the equations, diagram and table', async ({
        page,
      }) => {
        const { slider, box } = control(widget(page), 'λ1,4');
        await press(slider, 'ArrowRight', 5);

        // A range input sits on its step grid, so the slider starts at λ1,4 rounded to 0.01.
        const w14 = onGrid(onGrid(start) + 0.05);
        await expect(slider).toHaveValue(String(w14));
        await expect(slider).toHaveAttribute('aria-valuetext', shown(w14));
        await expect(box).toHaveValue(boxText(w14));
        await expectEverywhere(page, 'w14', w14);
        await expectForwardPass(page, engineEpoch({ params: { w14 } }));
      });

      test('with the number box’s ArrowUp steps it up by 0.01 from the next grid value', async ({
        page,
      }) => {
        const { slider, box } = control(widget(page), 'λ1,4');
        await press(box, 'ArrowUp', 3);

        // The box shows λ1,4 to three decimals; the first step lands on the next multiple of 0.01.
        const w14 = onGrid(Math.floor(Number(boxText(start)) * 100) / 100 + 0.03);
        await expect(box).toHaveValue(String(w14));
        await expect(slider).toHaveValue(String(w14));
        await expectEverywhere(page, 'w14', w14);
        await expectForwardPass(page, engineEpoch({ params: { w14 } }));
      });

      test('by typing 0.75 into the number box', async ({ page }) => {
        const { slider, box } = control(widget(page), 'λ1,4');
        await box.fill('0.75');

        await expect(slider).toHaveValue('0.75');
        await expectEverywhere(page, 'w14', 0.75);
        await expectForwardPass(page, engineEpoch({ params: { w14: 0.75 } }));
      });

      test('by typing −0.42 key by key, through the half-typed "-" and "-0.", ends on −0.42', async ({
        page,
      }) => {
        const { box } = control(widget(page), 'λ1,4');
        await box.fill('');
        await box.pressSequentially('-0.42');

        await expect(box).toHaveValue('-0.42');
        await expect(box).toHaveAttribute('aria-invalid', 'false');
        await expect(
          widget(page).locator('p.setting-message').filter({ hasText: /\S/ }),
        ).toHaveCount(0);
        // A negative number prints with a true minus sign: −0.420.
        await expectEverywhere(page, 'w14', -0.42);
        expect((await readCopies(page, 'table', 'w14'))[0]?.text).toBe('\u22120.420');
        await expectForwardPass(page, engineEpoch({ params: { w14: -0.42 } }));
      });
    });

    test.describe('changing x1', () => {
      test('with the slider’s ArrowLeft moves x1 and the whole forward pass', async ({ page }) => {
        const { slider, box } = control(widget(page), 'x1');
        await press(slider, 'ArrowLeft', 3);

        const x1 = onGrid(DEFAULT_X[0] - 0.03);
        await expect(slider).toHaveValue(String(x1));
        await expect(box).toHaveValue(boxText(x1));
        await expectEverywhere(page, 'x1', x1, ['equation', 'mathml', 'diagram', 'table']);
        await expectForwardPass(page, engineEpoch({ x: [x1, DEFAULT_X[1], DEFAULT_X[2]] }));
      });

      test('with the number box’s ArrowDown', async ({ page }) => {
        const { box } = control(widget(page), 'x1');
        await press(box, 'ArrowDown', 2);

        const x1 = onGrid(DEFAULT_X[0] - 0.02);
        await expect(box).toHaveValue(String(x1));
        await expectEverywhere(page, 'x1', x1);
        await expectForwardPass(page, engineEpoch({ x: [x1, DEFAULT_X[1], DEFAULT_X[2]] }));
      });

      test('by typing 0.9, and 1.5, a value past the slider’s end', async ({ page }) => {
        const { slider, box } = control(widget(page), 'x1');
        await box.fill('0.9');
        await expectEverywhere(page, 'x1', 0.9);
        await expectForwardPass(page, engineEpoch({ x: [0.9, DEFAULT_X[1], DEFAULT_X[2]] }));

        // The slider stops at 1; a typed 1.5 is still allowed and computed.
        await box.fill('1.5');
        await expect(slider).toHaveValue('1');
        await expectEverywhere(page, 'x1', 1.5);
        await expectForwardPass(page, engineEpoch({ x: [1.5, DEFAULT_X[1], DEFAULT_X[2]] }));
      });
    });

    test.describe('refused input keeps the last good state and says why', () => {
      const good = engineEpoch({ params: { w14: 0.6 } });

      // One reader tries each in turn, from the same good state (one page load, not four).
      test('an empty box, 1e9 far above the limit, −12 below the limit of −10, 10.5 just above it', async ({
        page,
      }) => {
        for (const [what, typed] of [
          ['an empty box', ''],
          ['1e9, far above the limit', '1e9'],
          ['−12, below the limit of −10', '-12'],
          ['10.5, just above the limit', '10.5'],
        ] as const) {
          await test.step(what, async () => {
            const { box } = control(widget(page), 'λ1,4');
            await box.fill('0.6');
            await expectForwardPass(page, good);

            await box.fill(typed);
            const message = messages(widget(page));
            await expect(message).toHaveCount(1);
            await expect(message).toContainText(
              typed === '' ? 'λ1,4 needs a number' : 'λ1,4 must be between −10 and 10',
            );
            await expect(message).toContainText('Kept');
            await expect(box).toHaveAttribute('aria-invalid', 'true');
            await expect(box).toHaveAccessibleDescription(/Kept/);
            await expectEverywhere(page, 'w14', 0.6);
            await expectForwardPass(page, good);
            await expectNoBrokenNumbers(page);

            // A good value afterwards clears the message and the invalid state.
            await box.fill('0.2');
            await expect(message).toHaveCount(0);
            await expect(box).toHaveAttribute('aria-invalid', 'false');
            await expectForwardPass(page, engineEpoch({ params: { w14: 0.2 } }));
          });
        }
      });

      test('letters typed into a number box', async ({ page }) => {
        const { box } = control(widget(page), 'x1');
        await box.fill('0.6');
        const before = engineEpoch({ x: [0.6, 0.2, 0.7] });
        await expectForwardPass(page, before);

        await box.fill('');
        await box.pressSequentially('abc');
        await expect(messages(widget(page))).toContainText('x1 needs a number');
        await expect(box).toHaveAttribute('aria-invalid', 'true');
        await expectEverywhere(page, 'x1', 0.6, ['equation', 'diagram', 'table']);
        await expectForwardPass(page, before);
        await expectNoBrokenNumbers(page);

        // Leaving the box puts the kept value back in it.
        await box.press('Tab');
        await expect(box).toHaveValue('0.600');
      });
    });

    test('Reset brings back the chapter’s example everywhere, the address too', async ({
      page,
    }) => {
      await control(widget(page), 'λ1,4').box.fill('1.5');
      await control(widget(page), 'x1').box.fill('-1');
      await press(control(widget(page), 'b6').slider, 'ArrowRight', 7);
      await page.waitForURL(/network\.w14=1\.5/);
      const changed = await readCopies(page, 'equation', 'O6');
      expect(changed[0]?.text).not.toBe(shown(defaultEpoch().nodes.O6));

      await widget(page).getByRole('button', { name: 'Reset to the chapter’s example' }).click();

      const example = defaultEpoch();
      await expectBoxes(page, settingsOf(example, DEFAULT_Y));
      await expectEverywhere(page, 'w14', example.params.w14);
      await expectForwardPass(page, example);
      await expect.poll(() => new URL(page.url()).search).toBe('');
    });
  });

  // The walkthrough’s five controls, below the widget, on the same store.
  test.describe('ParameterControls (network/)', () => {
    test('the walkthrough’s controls and the main widget edit one shared state', async ({
      page,
    }) => {
      const walkthrough = walkthroughControls(page);
      // The walkthrough shows only the five quantities along the path I1 → H4 → O6.
      await expect(walkthrough.getByRole('spinbutton')).toHaveCount(5);

      // Walkthrough → widget: b4 typed below moves the diagram, the widget's box and the equations.
      await control(walkthrough, 'b4').box.fill('-0.5');
      await expect(control(widget(page), 'b4').box).toHaveValue('-0.500');
      await expect(control(widget(page), 'b4').slider).toHaveValue('-0.5');
      await expectEverywhere(page, 'b4', -0.5);
      await expectForwardPass(page, engineEpoch({ params: { b4: -0.5 } }));

      // Widget → walkthrough: λ4,6 moved in the widget moves the walkthrough's copy.
      const { slider } = control(widget(page), 'λ4,6');
      const w46 = onGrid(onGrid(defaultEpoch().params.w46) - 0.1);
      await press(slider, 'ArrowLeft', 10);
      await expect(control(walkthrough, 'λ4,6').slider).toHaveValue(String(w46));
      await expect(control(walkthrough, 'λ4,6').box).toHaveValue(boxText(w46));
      await expectForwardPass(page, engineEpoch({ params: { b4: -0.5, w46 } }));

      // And the walkthrough's slider drives the diagram too.
      await press(control(walkthrough, 'x1').slider, 'ArrowRight', 4);
      await expectQuantity(page, 'diagram', 'x1', 0.54);
      await expect(control(widget(page), 'x1').box).toHaveValue('0.540');
      await expectForwardPass(
        page,
        engineEpoch({ x: [0.54, 0.2, 0.7], params: { b4: -0.5, w46 } }),
      );
    });
  });

  // The chapter as a whole: its formulas, its equations on a phone, its address.
  test('every live number is in its formula’s MathML, the one copy eyes and screen readers read, and follows the reader', async ({
    page,
  }) => {
    await control(widget(page), 'λ1,4').box.fill('1.25');
    await control(widget(page), 'x3').box.fill('-0.8');
    const epoch = engineEpoch({ x: [0.5, 0.2, -0.8], params: { w14: 1.25 } });
    await expectQuantity(page, 'mathml', 'H4', epoch.nodes.H4);

    // Formula by formula, the live numbers of the chapter's source are the MathML numbers of the
    // formula on the page, in the same order, and the formula has no other copy.
    const written = liveNumbersInSource('forward-pass');
    const formulas = await page.locator('.katex').evaluateAll((found) =>
      found.map((katex) => ({
        shown: Array.from(
          katex.querySelectorAll(':scope > math:not([aria-hidden]) mn[data-quantity]'),
          (element) => element.getAttribute('data-quantity'),
        ),
        copies: katex.querySelectorAll(':scope > math').length,
        other: katex.querySelectorAll(':scope > :not(math)').length,
      })),
    );
    expect(written.length, 'formulas with live numbers').toBeGreaterThan(5);
    expect(formulas.map((f) => f.shown).filter((shown) => shown.length > 0)).toEqual(written);
    for (const formula of formulas) expect([formula.copies, formula.other]).toEqual([1, 0]);

    const h4 = await readCopies(page, 'mathml', 'H4');
    expect(h4[0]?.text).toBe(shown(epoch.nodes.H4));
  });

  test('on a 360 px phone, an equation wider than the column fades at the edge that has more, and scrolls', async ({
    page,
  }) => {
    await page.setViewportSize({ width: 360, height: 800 });
    const displays = page.locator('.katex-display');
    // Each display on screen in turn (they are laid out only near the screen), measured there.
    const edges = (display: Locator) =>
      display.evaluate((element) => {
        const style = getComputedStyle(element);
        return {
          wider: element.scrollWidth > element.clientWidth + 1,
          left: parseFloat(style.getPropertyValue('--nn-fade-start')),
          right: parseFloat(style.getPropertyValue('--nn-fade-end')),
        };
      });
    // A display's formula is laid out only once the browser has found the display near the
    // screen (content-visibility: auto, at its next rendering update): until then it measures
    // as its placeholder, as wide as the column, so each is measured once its formula is there.
    const laidOut = (display: Locator) =>
      display.evaluate(
        (element) =>
          element.querySelector('math')?.checkVisibility({ contentVisibilityAuto: true }) ?? true,
      );
    let wide: Locator | undefined;
    for (const display of await displays.all()) {
      await display.scrollIntoViewIfNeeded();
      await expect.poll(() => laidOut(display)).toBe(true);
      const seen = await edges(display);
      if (!seen.wider) {
        expect(seen, 'an equation that fits does not fade').toEqual({
          wider: false,
          left: 0,
          right: 0,
        });
      } else wide ??= display;
    }
    expect(wide, 'an equation wider than 360 px').toBeDefined();
    await wide!.scrollIntoViewIfNeeded();
    await expect.poll(() => edges(wide!)).toEqual({ wider: true, left: 0, right: 40 });
    // The reader scrolls it to its end: the right edge comes clear, the left one fades.
    await wide!.evaluate((element) => element.scrollTo({ left: element.scrollWidth }));
    await expect.poll(() => edges(wide!)).toEqual({ wider: true, left: 40, right: 0 });
  });

  test('a state link reopens the exact state, and the address bar follows the reader', async ({
    page,
    browser,
  }) => {
    const { slider } = control(widget(page), 'λ1,4');
    await press(slider, 'ArrowRight', 5);
    const w14 = onGrid(onGrid(defaultEpoch().params.w14) + 0.05);
    await control(widget(page), 'y').box.fill('0.8');
    const expected = engineEpoch({ y: 0.8, params: { w14 } });
    await expectForwardPass(page, expected);

    const query = linkQuery({ y: 0.8, w14 });
    const link = widget(page).getByRole('link', { name: 'Link to this exact state' });
    await expect(link).toHaveAttribute('href', `${query}#a-simple-network`);
    await expect(
      walkthroughControls(page).getByRole('link', { name: 'Link to this exact state' }),
    ).toHaveAttribute('href', `${query}#walkthrough-the-network`);
    // The address bar catches up once the reader pauses.
    await page.waitForURL((url) => url.search === query);

    const address = await link.evaluate((anchor) => (anchor as HTMLAnchorElement).href);
    const context = await browser.newContext();
    const fresh = await context.newPage();
    const problems: string[] = [];
    watchConsole(fresh, problems);
    await openPage(fresh, address);
    // Every copy of every control shows the linked state, the walkthrough's included.
    await expectControl(widget(fresh), 'λ1,4', w14);
    await expectControl(widget(fresh), 'y', 0.8);
    await expectControl(walkthroughControls(fresh), 'λ1,4', w14);
    await expectEverywhere(fresh, 'w14', w14);
    await expectForwardPass(fresh, expected);
    expect(problems, 'console of the reopened page').toEqual([]);
    await context.close();
  });

  test.describe('a hostile address', () => {
    const hostile =
      '?network.w14=abc&network.x1=1e999&network.b4=99&evil=<script>alert(1)</script>' +
      '&network.w24=&network.y=0x10&network.x3=0.25&network.w56=1e5e5&network.constructor=1' +
      '&__proto__.w14=1&network.__proto__=2';

    test('reads only valid known settings, clamps b4 = 99 to 10, and computes that state', async ({
      page,
    }) => {
      let dialogs = 0;
      page.on('dialog', async (dialog) => {
        dialogs++;
        await dialog.dismiss();
      });
      await openPage(page, `${FORWARD_PASS}${hostile}`);

      // Kept: x3 = 0.25 (valid) and b4 clamped to the limit 10. Ignored: everything else.
      const expected = engineEpoch({ x: [0.5, 0.2, 0.25], params: { b4: 10 } });
      await expectControl(widget(page), 'b4', 10);
      await expectControl(widget(page), 'x3', 0.25);
      await expectControl(widget(page), 'x1', 0.5);
      await expectControl(widget(page), 'y', 0.3);
      await expectControl(widget(page), 'λ1,4', defaultEpoch().params.w14);
      await expectControl(walkthroughControls(page), 'b4', 10);
      await expectEverywhere(page, 'b4', 10);
      await expectForwardPass(page, expected);
      await expectNoBrokenNumbers(page);
      expect(await page.evaluate(() => document.body.innerText)).not.toContain('<script>');
      expect(dialogs).toBe(0);
      // The address is rewritten to the state actually shown.
      await page.waitForURL((url) => url.search === linkQuery({ x3: 0.25, b4: 10 }));
    });

    test('a 5,000-character query is not read at all and the page shows the example', async ({
      page,
    }) => {
      const padded = `${hostile}&pad=${'9'.repeat(5000 - hostile.length - 5)}`;
      expect(padded).toHaveLength(5000);
      await openPage(page, `${FORWARD_PASS}${padded}`);

      // Queries longer than any real state (4,096 characters) are ignored whole, b4=99 included.
      const example = defaultEpoch();
      await expectBoxes(page, settingsOf(example, DEFAULT_Y));
      await expectForwardPass(page, example);
      await expectNoBrokenNumbers(page);
      await page.waitForURL((url) => url.search === '');
    });
  });

  test('every live number matches the engine after several changes at once', async ({ page }) => {
    const { box: w35 } = control(widget(page), 'λ3,5');
    const { box: x2 } = control(widget(page), 'x2');
    const { box: b5 } = control(widget(page), 'b5');
    await w35.fill('-1.2');
    await x2.fill('0.35');
    await b5.fill('0.4');
    const epoch = engineEpoch({ x: [0.5, 0.35, 0.7], params: { w35: -1.2, b5: 0.4 } });

    // Every quantity key on the page but the exercises' (their own store's numbers, drawn
    // from a seed, checked by exercises.spec.ts).
    const keys = await page
      .locator('[data-quantity]')
      .evaluateAll((elements) =>
        Array.from(
          new Set(
            elements
              .filter((element) => !element.closest('#check'))
              .map((element) => element.getAttribute('data-quantity') ?? ''),
          ),
        ),
      );
    expect(keys).toEqual(expect.arrayContaining([...FORWARD_KEYS, 'loss', 'w35', 'x2', 'b5']));
    // Every number the page shows, in every place it shows it, in one check.
    const all = await readAll(page, STORE, keys, EVERY_PLACE);
    await expectQuantities(page, [
      ...keys
        .filter((key) => key !== 'y')
        .map((key) => ({
          key,
          value: engineValue(key, epoch),
          places: EVERY_PLACE.filter((place) => (all[place]?.[key]?.length ?? 0) > 0),
        })),
      { key: 'y', value: DEFAULT_Y, places: ['table'] },
    ]);
  });
});
