/**
 * The gradient check and the "do it by hand" worksheet as a reader uses them: they move the step
 * ε with the keyboard, type answers (with a decimal point or a comma), make mistakes, open the
 * worked steps and follow links to other states.
 *
 * The expected numbers are computed here, not by the site: the chapter's 3-2-1 network (sigmoid
 * hidden nodes, identity output, L = ½(ŷ − y)²) is written out below, forward and backward, from
 * the parameters the page shows at full precision (`data-value`) or, for the gradient check, from
 * NumPy's seed-13 draw in the fixture. Answers are typed as a reader rounds them, by this file's
 * own rounding.
 */
import { readFileSync } from 'node:fs';
import { axeViolations, followSystemTheme, pickTheme, useTheme, type Theme } from './axe.ts';
import type { Locator, Page } from '@playwright/test';
import { test, expect } from './fixtures.ts';
import { openEmbed, openPage, pagePath } from './site.ts';
import { WEIGHTS_THEN_BIASES } from '../reference/backprop-by-hand.ts';

/**
 * Where the widgets live. The gradient check reads and acts on its own numbers alone, so its tests
 * open its page of its own, a tenth of the size of its chapter, /backpropagation/.
 */
const GRADIENT_CHECK_EMBED = 'gradient-check';
const WORKSHEET_PAGE = pagePath('backpropagation-example/');

const PARAMETERS = WEIGHTS_THEN_BIASES;
type Parameter = (typeof PARAMETERS)[number];

/** A state of the chapter's network: the sample, the target and every parameter. */
interface State {
  x: [number, number, number];
  y: number;
  p: Record<Parameter, number>;
}

/** NumPy's seed-13 draw, the chapter's starting parameters, with x = (0.5, 0.2, 0.7), y = 0.3. */
function numpyDefault(): State {
  const fixture = JSON.parse(
    readFileSync(new URL('../fixtures/byhand-default.json', import.meta.url), 'utf8'),
  ) as { settings: { x: number[]; y: number }; init: Record<Parameter, number> };
  expect(fixture.settings.x).toEqual([0.5, 0.2, 0.7]);
  expect(fixture.settings.y).toBe(0.3);
  return { x: [0.5, 0.2, 0.7], y: 0.3, p: fixture.init };
}

/** Every number of one training step before the update, by the page's keys, by hand. */
function byHand({ x, y, p }: State): Record<string, number> {
  const sigmoid = (z: number) => 1 / (1 + Math.exp(-z));
  const [I1, I2, I3] = x;
  const H4in = p.w14 * I1 + p.w24 * I2 + p.w34 * I3 + p.b4;
  const H5in = p.w15 * I1 + p.w25 * I2 + p.w35 * I3 + p.b5;
  const H4 = sigmoid(H4in);
  const H5 = sigmoid(H5in);
  const O6in = p.w46 * H4 + p.w56 * H5 + p.b6;
  const O6 = O6in;
  const loss = 0.5 * (O6 - y) ** 2;
  const dO6 = O6 - y;
  const dO6in = 1 * dO6;
  const dH4 = p.w46 * dO6in;
  const dH5 = p.w56 * dO6in;
  const dH4in = H4 * (1 - H4) * dH4;
  const dH5in = H5 * (1 - H5) * dH5;
  return {
    H4in,
    H4,
    H5in,
    H5,
    O6in,
    O6,
    loss,
    'dL/dO6': dO6,
    'dL/dO6in': dO6in,
    'dL/dH4': dH4,
    'dL/dH5': dH5,
    'dL/dH4in': dH4in,
    'dL/dH5in': dH5in,
    'dL/dI1': p.w14 * dH4in + p.w15 * dH5in,
    'dL/dI2': p.w24 * dH4in + p.w25 * dH5in,
    'dL/dI3': p.w34 * dH4in + p.w35 * dH5in,
    'dL/dw46': H4 * dO6in,
    'dL/dw56': H5 * dO6in,
    'dL/db6': dO6in,
    'dL/dw14': I1 * dH4in,
    'dL/dw24': I2 * dH4in,
    'dL/dw34': I3 * dH4in,
    'dL/db4': dH4in,
    'dL/dw15': I1 * dH5in,
    'dL/dw25': I2 * dH5in,
    'dL/dw35': I3 * dH5in,
    'dL/db5': dH5in,
    // The local slope of H4, for the worked step of ∂L/∂H4in.
    'dH4/dH4in': H4 * (1 - H4),
  };
}

/** Every derivative the gradient check lists, in its order: nodes, weights, biases. */
const DERIVATIVES = [
  'dL/dO6',
  'dL/dO6in',
  'dL/dH4',
  'dL/dH5',
  'dL/dH4in',
  'dL/dH5in',
  'dL/dI1',
  'dL/dI2',
  'dL/dI3',
  'dL/dw46',
  'dL/dw56',
  'dL/dw14',
  'dL/dw24',
  'dL/dw34',
  'dL/dw15',
  'dL/dw25',
  'dL/dw35',
  'dL/db6',
  'dL/db4',
  'dL/db5',
];

/** The worksheet's blanks by phase, in the order a training step computes them. */
const WORKSHEET = {
  'Forward pass': ['H4in', 'H4', 'H5in', 'H5', 'O6in', 'O6'],
  Loss: ['loss'],
  'Backward pass': [
    'dL/dO6',
    'dL/dO6in',
    'dL/dH4',
    'dL/dH5',
    'dL/dH4in',
    'dL/dH5in',
    'dL/dI1',
    'dL/dI2',
    'dL/dI3',
  ],
  'Weights and biases': [
    'dL/dw46',
    'dL/dw56',
    'dL/db6',
    'dL/dw14',
    'dL/dw24',
    'dL/dw34',
    'dL/db4',
    'dL/dw15',
    'dL/dw25',
    'dL/dw35',
    'dL/db5',
  ],
} as const;
const BLANKS: readonly string[] = Object.values(WORKSHEET).flat();

/** A key's name as the page labels it: w14 → λ1,4, loss → L, dL/dH4in → ∂L/∂H4in. */
function nameOf(key: string): string {
  if (key.startsWith('dL/d')) return `∂L/∂${nameOf(key.slice(4))}`;
  if (key === 'loss') return 'L';
  const weight = /^w(\d)(\d)$/.exec(key);
  return weight ? `λ${weight[1]},${weight[2]}` : key;
}

/** A number as the book prints it: three decimals, a true minus, never −0.000. */
function printed(value: number, digits = 3): string {
  const text = value.toFixed(digits);
  return Number(text) === 0 ? (0).toFixed(digits) : text.replace('-', '\u2212');
}

/** A number as a reader types it, rounded to three decimals: ASCII minus, point or comma. */
function typed(value: number, comma = false): string {
  const text = printed(value).replace('\u2212', '-');
  return comma ? text.replace('.', ',') : text;
}

/** The full-precision value a page element carries. */
async function valueOf(element: Locator): Promise<number> {
  return Number(await element.getAttribute('data-value'));
}

// ---- The gradient check ----

function gradientCheck(page: Page): Locator {
  return page.locator('figure#gradcheck');
}

function stepSlider(page: Page): Locator {
  return gradientCheck(page).getByRole('slider', { name: 'Step ε = 10ᵏ', exact: true });
}

/** Each derivative's backprop value, estimate and relative difference, as the table holds them. */
async function readCheck(page: Page) {
  return gradientCheck(page).evaluate((figure, keys) => {
    const cell = (key: string) => figure.querySelector(`td[data-quantity="${key}"]`);
    return keys.map((key) => {
      const row = cell(key)?.closest('tr');
      return {
        key,
        backprop: Number(cell(key)?.getAttribute('data-value')),
        estimate: Number(cell(`fd(${key})`)?.getAttribute('data-value')),
        reldiff: Number(cell(`reldiff(${key})`)?.getAttribute('data-value')),
        reldiffText: cell(`reldiff(${key})`)?.textContent?.trim() ?? '',
        verdict: row?.lastElementChild?.textContent?.trim() ?? '',
      };
    });
  }, DERIVATIVES);
}

/** A number printed with a raised exponent (3.2×10⁻⁹, 10⁻⁶, 0) as a number. */
function fromRaised(text: string): number {
  const raised = '⁰¹²³⁴⁵⁶⁷⁸⁹';
  const match = /^(?:([\d.]+)×)?10(⁻?)([⁰¹²³⁴⁵⁶⁷⁸⁹]+)$/.exec(text);
  if (!match) return Number(text);
  const digits = [...match[3]!].map((d) => raised.indexOf(d)).join('');
  return Number(`${match[1] ?? '1'}e${match[2] ? '-' : ''}${digits}`);
}

/** The relative difference the widget states: |a − b| / max(|a|, |b|, 1e-8). */
function relativeDifference(a: number, b: number): number {
  return Math.abs(a - b) / Math.max(Math.abs(a), Math.abs(b), 1e-8);
}

/** Axe on one widget in the light theme (every rule), then in the dark one (the colour rules). */
async function expectNoAxeViolations(
  page: Page,
  figure: string,
  switchTo: (page: Page, theme: Theme) => Promise<void>,
): Promise<void> {
  expect(await axeViolations(page, { include: figure }), `${figure}, light`).toEqual([]);
  await switchTo(page, 'dark');
  expect(
    await axeViolations(page, { include: figure, coloursOnly: true }),
    `${figure}, dark`,
  ).toEqual([]);
  await switchTo(page, 'light');
}

test.describe('GradientCheck (backprop/)', () => {
  test.describe('the gradient check, on its own page', () => {
    test.beforeEach(async ({ page }) => {
      await openEmbed(page, GRADIENT_CHECK_EMBED);
    });

    test('at ε = 10⁻⁶ every estimate agrees with backprop, and backprop with the derivatives by hand', async ({
      page,
    }) => {
      const reference = byHand(numpyDefault());
      const figure = gradientCheck(page);
      await expect(stepSlider(page)).toHaveValue('-6');
      await expect(figure.locator('output')).toContainText('10⁻⁶');
      await expect(figure.getByRole('table')).toBeVisible();

      // One row per derivative, grouped nodes, weights, biases, each named by its symbol.
      await expect(figure.locator('tbody th[scope="row"]')).toHaveText(DERIVATIVES.map(nameOf));
      await expect(figure.locator('tbody th[scope="rowgroup"]')).toHaveText([
        /Node/,
        'Weights',
        'Biases',
      ]);

      const rows = await readCheck(page);
      for (const row of rows) {
        const expected = reference[row.key]!;
        expect(Math.abs(row.backprop - expected), `${row.key} from backprop`).toBeLessThanOrEqual(
          1e-12,
        );
        expect(row.reldiff, `${row.key}'s relative difference`).toBeLessThan(1e-6);
        // The stated relative difference is the one between the two numbers shown.
        expect(relativeDifference(row.backprop, row.estimate)).toBeCloseTo(row.reldiff, 12);
        expect(relativeDifference(row.estimate, expected), `${row.key} estimated`).toBeLessThan(
          1e-6,
        );
        // Shown in scientific notation to two significant digits with a raised exponent
        // (3.2×10⁻⁹, or 10⁻⁹ for a mantissa of 1), or 0.
        expect(row.reldiffText, `${row.key} in scientific notation`).toMatch(
          /^((\d(\.\d)?×)?10⁻[⁰¹²³⁴⁵⁶⁷⁸⁹]+|0)$/,
        );
        expect(fromRaised(row.reldiffText)).toBe(Number(row.reldiff.toPrecision(2)));
        expect(row.verdict).toBe('✓ agrees');
      }
      await expect(figure.locator('.gradcheck-regime')).toContainText('every estimate agrees');
      await expect(figure.getByRole('table')).toHaveAccessibleName(
        'Backprop against central differences',
      );
      await expect(figure.locator('.gradcheck-count')).toContainText(
        'At ε = 10⁻⁶, 20 of 20 derivatives agree',
      );
    });

    test('with the keyboard alone: Tab to the step, arrows to 10⁻¹ and 10⁻¹⁴, and the text says why they fail', async ({
      page,
    }) => {
      const reference = byHand(numpyDefault());
      const figure = gradientCheck(page);
      const slider = stepSlider(page);
      const regime = figure.locator('.gradcheck-regime');

      // From the caption, the step's slider is the first stop.
      await figure.locator('figcaption').click();
      await page.keyboard.press('Tab');
      await expect(slider).toBeFocused();

      for (let i = 0; i < 5; i++) await page.keyboard.press('ArrowRight');
      await expect(slider).toHaveValue('-1');
      await expect(slider).toHaveAttribute('aria-valuetext', 'k = \u22121, ε = 10⁻¹');
      await expect(figure.locator('output')).toContainText('10⁻¹');
      await expect(regime).toContainText('too large');
      await expect(regime).toContainText('truncation error');
      await expect(regime).toContainText('ε²');
      let rows = await readCheck(page);
      let off = rows.filter((row) => row.reldiff > 1e-6);
      expect(off.length, 'estimates off at ε = 10⁻¹').toBeGreaterThan(0);
      for (const row of off) expect(row.verdict).toBe('✗ off: above 10⁻⁶');
      // Backprop does not depend on ε.
      for (const row of rows) {
        expect(Math.abs(row.backprop - reference[row.key]!)).toBeLessThanOrEqual(1e-12);
      }
      await expect(figure.locator('.gradcheck-count')).toContainText(
        `At ε = 10⁻¹, ${20 - off.length} of 20 derivatives agree`,
      );

      for (let i = 0; i < 13; i++) await page.keyboard.press('ArrowLeft');
      await expect(slider).toHaveValue('-14');
      await expect(figure.locator('output')).toContainText('10⁻¹⁴');
      await expect(regime).toContainText('too small');
      await expect(regime).toContainText('rounding error');
      await expect(regime).toContainText('1/ε');
      rows = await readCheck(page);
      off = rows.filter((row) => row.reldiff > 1e-6);
      expect(off.length, 'estimates off at ε = 10⁻¹⁴').toBeGreaterThan(0);
      for (const row of off) expect(row.verdict).toBe('✗ off: above 10⁻⁶');
      // The step is part of the state: the link keeps it.
      await page.waitForURL(/network\.epsilonPower=-14/);

      // Tab on to the button that puts the step back, and press it.
      await page.keyboard.press('Tab');
      await expect(figure.getByRole('button', { name: 'Back to ε = 10⁻⁶' })).toBeFocused();
      await page.keyboard.press('Enter');
      await expect(slider).toHaveValue('-6');
      await expect(regime).toContainText('every estimate agrees');
      rows = await readCheck(page);
      for (const row of rows) expect(row.reldiff).toBeLessThan(1e-6);
    });
  });

  test('the gradient check, on its own page, has no axe violations at ε = 10⁻¹, estimates marked off, in the light theme and the dark', async ({
    page,
  }) => {
    // An embed page has no theme menu: its theme is the reader's system's.
    await useTheme(page, 'light');
    await openEmbed(page, GRADIENT_CHECK_EMBED, '?network.epsilonPower=-1');
    await expect(stepSlider(page)).toHaveValue('-1');
    await expectNoAxeViolations(page, 'figure#gradcheck', followSystemTheme);
  });
});

// ---- The worksheet ----

function worksheet(page: Page): Locator {
  return page.locator('figure#worksheet');
}

function blank(page: Page, key: string): Locator {
  return worksheet(page).getByRole('textbox', { name: nameOf(key), exact: true });
}

/** The sample and parameters the worksheet gives, at full precision. */
async function givens(page: Page): Promise<State> {
  const read = (key: string) => valueOf(worksheet(page).locator(`[data-quantity="${key}"]`));
  const p = {} as Record<Parameter, number>;
  for (const key of PARAMETERS) p[key] = await read(key);
  return { x: [await read('x1'), await read('x2'), await read('x3')], y: await read('y'), p };
}

/** Types an answer key by key and asks for the verdict: Enter, leaving the box, or Check. */
async function answer(
  page: Page,
  key: string,
  text: string,
  how: 'Enter' | 'Tab' | 'Check' = 'Enter',
): Promise<void> {
  const box = blank(page, key);
  await box.fill('');
  await box.pressSequentially(text);
  if (how === 'Check') {
    await worksheet(page)
      .getByRole('button', { name: `Check ${nameOf(key)}`, exact: true })
      .click();
  } else {
    await box.press(how);
  }
  // The reader's text is never rewritten.
  await expect(box).toHaveValue(text);
}

async function expectRight(page: Page, key: string): Promise<void> {
  const box = blank(page, key);
  await expect(box, `${key} marked right`).toHaveAccessibleDescription(/^Right/);
  await expect(box).toHaveAttribute('aria-invalid', 'false');
}

async function expectWrong(page: Page, key: string, message: RegExp = /^Wrong/): Promise<void> {
  const box = blank(page, key);
  await expect(box, `${key} marked wrong`).toHaveAccessibleDescription(message);
  await expect(box).toHaveAttribute('aria-invalid', 'true');
}

function count(page: Page): Locator {
  return worksheet(page).locator('.worksheet-count');
}

test.describe('Worksheet (backprop/)', () => {
  test.describe('the worksheet', () => {
    // A reader types each answer key by key and waits for its verdict: slower than reading a page.
    test.describe.configure({ timeout: 120_000 });

    test('the page as served shows the givens and empty blanks, never an answer', async ({
      browser,
    }) => {
      const context = await browser.newContext({ javaScriptEnabled: false });
      const page = await context.newPage();
      await page.goto(WORKSHEET_PAGE);
      const figure = worksheet(page);
      const reference = byHand(numpyDefault());

      await expect(figure.getByRole('textbox')).toHaveCount(BLANKS.length);
      for (const box of await figure.getByRole('textbox').all()) await expect(box).toHaveValue('');
      await expect(count(page)).toHaveText(`0 of ${BLANKS.length} right`);
      for (const [title, keys] of Object.entries(WORKSHEET)) {
        await expect(figure.getByRole('heading', { name: title, exact: true })).toBeVisible();
        for (const key of keys) await expect(blank(page, key)).toBeVisible();
      }
      // The givens are there at full precision: NumPy's seed-13 weights.
      const given = await givens(page);
      expect(given).toEqual(numpyDefault());

      const html = await figure.evaluate((element) => element.outerHTML);
      for (const key of BLANKS) {
        expect(html, `${key} is not marked in the served HTML`).not.toContain(
          `data-quantity="${key}"`,
        );
        // Nor written out as a number (a given shown to four decimals is not an answer).
        const shown = printed(reference[key]!).replace('\u2212', '[-\u2212]');
        expect(html).not.toMatch(new RegExp(`(?<![\\d.])${shown}(?!\\d)`));
      }
      await context.close();
    });

    test('right answers typed key by key are marked right, a wrong one wrong, and the count follows', async ({
      page,
    }) => {
      test.slow(); // 27 answers
      await openPage(page, WORKSHEET_PAGE);
      const state = await givens(page);
      expect(state).toEqual(numpyDefault());
      const reference = byHand(state);
      await expect(count(page)).toHaveText('0 of 27 right');
      await expect(worksheet(page)).toContainText('within 0.0005');

      // H4 is below one: typed with a decimal comma.
      await answer(page, 'H4in', typed(reference['H4in']!), 'Tab');
      await answer(page, 'H4', typed(reference['H4']!, true), 'Enter');
      await answer(page, 'loss', typed(reference['loss']!), 'Check');
      await expectRight(page, 'H4in');
      await expectRight(page, 'H4');
      await expectRight(page, 'loss');
      await expect(count(page)).toHaveText('3 of 27 right');
      await expect(worksheet(page).getByRole('status')).toContainText('3 of 27 right');

      // Off by 0.002: wrong, and the count does not move.
      await answer(page, 'O6', typed(reference['O6']! + 0.002));
      await expectWrong(page, 'O6');
      await expect(count(page)).toHaveText('3 of 27 right');
      await expect(worksheet(page).getByRole('status')).toContainText('O6: Wrong');

      // Text that is no number says how to write one; an empty blank says nothing.
      await answer(page, 'H5', 'abc');
      await expectWrong(
        page,
        'H5',
        /^Can’t read this as a number: it needs a number, such as 0\.75/,
      );
      await answer(page, 'H5', '');
      await expect(blank(page, 'H5')).toHaveAccessibleDescription('');
      await expect(blank(page, 'H5')).toHaveAttribute('aria-invalid', 'false');

      // Every blank, right: 27 of 27, the wrong O6 corrected along the way. Typing key by key is
      // shown above; here each answer is pasted whole, then Tab, as a reader copying from notes.
      for (const [i, key] of BLANKS.entries()) {
        const value = reference[key]!;
        await blank(page, key).fill(typed(value, i % 3 === 0 && Math.abs(value) < 1));
        await blank(page, key).press('Tab');
      }
      for (const key of BLANKS) await expectRight(page, key);
      await expect(count(page)).toHaveText('27 of 27 right');
    });

    test('Show the step works the step out with the current numbers, and hides it again', async ({
      page,
    }) => {
      await openPage(page, WORKSHEET_PAGE);
      const reference = byHand(await givens(page));
      const figure = worksheet(page);

      const show = figure.getByRole('button', { name: 'Show the step for ∂L/∂H4in', exact: true });
      await expect(show).toHaveAttribute('aria-expanded', 'false');
      const step = figure.locator(`#${await show.getAttribute('aria-controls')}`);
      await expect(step).toBeHidden();
      await show.click();
      await expect(show).toHaveAttribute('aria-expanded', 'true');
      await expect(step).toBeVisible();
      await expect(step).toContainText('∂L/∂H4in = ∂H4/∂H4in · ∂L/∂H4');
      const dH4 = reference['dL/dH4']!;
      await expect(step).toContainText(
        `= ${printed(reference['dH4/dH4in']!)} · ${dH4 < 0 ? `(${printed(dH4)})` : printed(dH4)} = ${printed(reference['dL/dH4in']!)}`,
      );
      // The blank itself is untouched: the step helps, it does not fill in.
      await expect(blank(page, 'dL/dH4in')).toHaveValue('');

      const forward = figure.getByRole('button', { name: 'Show the step for H4in', exact: true });
      await forward.click();
      const sum = figure.locator(`#${await forward.getAttribute('aria-controls')}`);
      await expect(sum).toContainText('H4in = λ1,4 · I1 + λ2,4 · I2 + λ3,4 · I3 + b4');
      await expect(sum).toContainText(`= ${printed(reference['H4in']!)}`);

      await show.click();
      await expect(show).toHaveAttribute('aria-expanded', 'false');
      await expect(step).toBeHidden();
    });

    for (const [what, query, expected] of [
      ['λ1,4 = 0.8 and y = 0.6', '?network.w14=0.8&network.y=0.6', { w14: 0.8, y: 0.6 }],
      [
        'x1 = −0.3, λ5,6 = −1.1 and b6 = 0.4',
        '?network.x1=-0.3&network.w56=-1.1&network.b6=0.4',
        { x1: -0.3, w56: -1.1, b6: 0.4 },
      ],
    ] as const) {
      test(`in another state (${what}) right answers are accepted and wrong ones refused`, async ({
        page,
      }) => {
        await openPage(page, `${WORKSHEET_PAGE}${query}`);
        const state = await givens(page);
        // The givens are the linked state: NumPy's weights with the link's values on top.
        const start = numpyDefault();
        const linked: State = { x: [...start.x], y: start.y, p: { ...start.p } };
        for (const [key, value] of Object.entries(expected)) {
          if (key === 'y') linked.y = value;
          else if (key === 'x1') linked.x[0] = value;
          else linked.p[key as Parameter] = value;
        }
        expect(state).toEqual(linked);
        const reference = byHand(state);
        const before = byHand(start);

        const keys = ['O6', 'loss', 'dL/dO6', 'dL/dw14', 'dL/dH5in', 'dL/db5'];
        for (const [i, key] of keys.entries()) {
          await answer(page, key, typed(reference[key]!, i === 2 && Math.abs(reference[key]!) < 1));
          await expectRight(page, key);
          await expect(count(page)).toHaveText(`${i + 1} of 27 right`);
        }
        // The default state's answer for ŷ no longer fits.
        expect(Math.abs(before['O6']! - reference['O6']!)).toBeGreaterThan(0.001);
        await answer(page, 'O6', typed(before['O6']!), 'Check');
        await expectWrong(page, 'O6');
        await expect(count(page)).toHaveText(`${keys.length - 1} of 27 right`);
        // And a near miss: 0.001 off.
        await answer(page, 'dL/dw14', typed(reference['dL/dw14']! - 0.001), 'Tab');
        await expectWrong(page, 'dL/dw14');
        await expect(count(page)).toHaveText(`${keys.length - 2} of 27 right`);
      });
    }

    test('when a weight changes elsewhere on the page, checked answers are checked again', async ({
      page,
    }) => {
      await openPage(page, WORKSHEET_PAGE);
      const box = page.getByRole('spinbutton', { name: 'λ4,6', exact: true }).first();
      test.skip((await box.count()) === 0, 'this page has no λ4,6 control');
      const reference = byHand(await givens(page));
      await answer(page, 'O6', typed(reference['O6']!));
      await answer(page, 'H4', typed(reference['H4']!));
      await expectRight(page, 'O6');
      await expect(count(page)).toHaveText('2 of 27 right');

      await box.fill('1.5');
      await box.press('Enter');
      await expect.poll(() => valueOf(worksheet(page).locator('[data-quantity="w46"]'))).toBe(1.5);
      const changed = byHand(await givens(page));
      // ŷ moved, H4 did not: one verdict changes, and the blank says why.
      await expectWrong(page, 'O6', /^Wrong now: the network has changed/);
      await expectRight(page, 'H4');
      await expect(count(page)).toHaveText('1 of 27 right');
      await expect(worksheet(page).getByRole('status')).toContainText('now wrong');
      await expect(blank(page, 'O6')).toHaveValue(typed(reference['O6']!));

      await answer(page, 'O6', typed(changed['O6']!));
      await expectRight(page, 'O6');
      await expect(count(page)).toHaveText('2 of 27 right');
    });

    test('fits a 320 px screen, answers and worked steps included', async ({ page }) => {
      await page.setViewportSize({ width: 320, height: 800 });
      await openPage(page, WORKSHEET_PAGE);
      const reference = byHand(await givens(page));
      await answer(page, 'dL/dH4in', typed(reference['dL/dH4in']! + 1));
      await worksheet(page)
        .getByRole('button', { name: 'Show the step for ∂L/∂λ1,4', exact: true })
        .click();
      await worksheet(page)
        .getByRole('button', { name: 'Show the step for H5in', exact: true })
        .click();
      const overflow = await worksheet(page).evaluate((figure) => {
        const limit = document.documentElement.clientWidth;
        const wide = [figure, ...figure.querySelectorAll('*')].filter(
          (element) => element.getBoundingClientRect().right > limit + 0.5,
        );
        return {
          scroll: figure.scrollWidth - figure.clientWidth,
          wide: wide.map((element) => element.outerHTML.slice(0, 80)),
        };
      });
      expect(overflow.scroll).toBe(0);
      expect(overflow.wide).toEqual([]);
    });
  });

  test('the worksheet has no axe violations, marks and steps shown, in the light theme and the dark', async ({
    page,
  }) => {
    test.slow(); // answers typed key by key, and axe twice on a chapter
    await useTheme(page, 'light');
    await openPage(page, WORKSHEET_PAGE);
    const reference = byHand(await givens(page));
    await answer(page, 'H4', typed(reference['H4']!));
    await answer(page, 'H5', typed(reference['H5']! + 0.01));
    await answer(page, 'O6', 'abc');
    await worksheet(page)
      .getByRole('button', { name: 'Show the step for H4', exact: true })
      .click();
    await expectNoAxeViolations(page, 'figure#worksheet', pickTheme);
  });
});
