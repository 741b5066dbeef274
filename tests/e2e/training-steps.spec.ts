/**
 * The training-steps chapter as a reader uses it: they step through the figure of the training
 * loop with the mouse and with the keyboard alone, on a wide screen and a phone, and check the
 * chapter's numbers. Expected numbers are computed here, from the weights the page shows, with
 * the forward and backward pass written out in this file (not the site's engine).
 */
import { axeViolations, contrast } from './axe.ts';
import type { Locator, Page } from '@playwright/test';
import { test, expect } from './fixtures.ts';
import { control, linkQuery, openPage, pagePath, shown } from './site.ts';

const TRAINING_STEPS = pagePath('training-steps/');

/** The steps as the reader sees them, in order. */
const STEPS = [
  'Initialise the parameters',
  'Forward pass',
  'Loss and its derivative',
  'Backpropagate',
  'Update the parameters',
  'Repeat until converged',
] as const;

/** The figure of the loop and its parts, found by role and name as a reader finds them. */
function loop(page: Page) {
  const figure = page.getByRole('figure', { name: /^The training loop\./ });
  return {
    figure,
    steps: figure.getByRole('list', { name: 'The steps of the training loop' }),
    previous: figure.getByRole('button', { name: 'Previous step' }),
    next: figure.getByRole('button', { name: 'Next step' }),
    announcer: figure.locator('[aria-live="polite"]'),
  };
}

/** Asserts which step is current (1 to 6), in the list, the description and the epoch count. */
async function expectStep(figure: Locator, step: number, epoch: number): Promise<void> {
  const title = STEPS[step - 1]!;
  const current = figure.locator('li[aria-current="step"]');
  await expect(current, 'one step is current').toHaveCount(1);
  await expect(current).toContainText(title);
  await expect(figure.getByRole('listitem').nth(step - 1)).toHaveAttribute('aria-current', 'step');
  await expect(figure.getByText(`Step ${step} of 6: ${title}`, { exact: true })).toBeVisible();
  await expect(figure.getByText(/^Epoch \d+$/)).toHaveText(`Epoch ${epoch}`);
}

/** Asserts what the live region says: the step, and the epoch when it just changed. */
async function expectAnnounced(announcer: Locator, step: number, epoch?: number): Promise<void> {
  const epochNote = epoch === undefined ? '' : ` Epoch ${epoch}.`;
  await expect(announcer).toHaveText(`Step ${step} of 6: ${STEPS[step - 1]}.${epochNote}`);
}

test.describe('TrainingLoop (training/)', () => {
  test.describe('the training-loop figure', () => {
    test.beforeEach(async ({ page }) => {
      await openPage(page, TRAINING_STEPS);
    });

    test('starts on step 1 with all six steps listed and nothing announced', async ({ page }) => {
      const { figure, steps, previous, announcer } = loop(page);
      await expect(steps.getByRole('listitem')).toHaveCount(6);
      for (const [index, title] of STEPS.entries()) {
        await expect(steps.getByRole('listitem').nth(index)).toContainText(title);
      }
      await expectStep(figure, 1, 0);
      await expect(previous).toHaveAttribute('aria-disabled', 'true');
      await expect(announcer).toHaveText('');
    });

    test('Next and Previous move through the steps, and the live region announces each', async ({
      page,
    }) => {
      const { figure, previous, next, announcer } = loop(page);
      for (let step = 2; step <= 6; step++) {
        await next.click();
        await expectStep(figure, step, 0);
        await expectAnnounced(announcer, step);
      }
      await expect(previous).toHaveAttribute('aria-disabled', 'false');
      for (let step = 5; step >= 1; step--) {
        await previous.click();
        await expectStep(figure, step, 0);
        await expectAnnounced(announcer, step);
      }
      // Nothing comes before step 1: Previous says so, stays focusable, and pressing it does nothing.
      await expect(previous).toHaveAttribute('aria-disabled', 'true');
      await previous.press('Enter');
      await expectStep(figure, 1, 0);
      await expect(announcer).toHaveText(`Step 1 of 6: ${STEPS[0]}.`);
    });

    test('after the last step the loop returns to the forward pass and the epoch count rises', async ({
      page,
    }) => {
      const { figure, previous, next, announcer } = loop(page);
      for (let step = 2; step <= 6; step++) await next.click();
      await expectStep(figure, 6, 0);

      const firstEpochNote = figure.getByText(/^The numbers in the steps are those of epoch 0/);
      await expect(firstEpochNote).toHaveCount(0);
      await next.click();
      await expectStep(figure, 2, 1);
      await expectAnnounced(announcer, 2, 1);
      // The steps' numbers stay those of the first turn, and the figure says so.
      await expect(firstEpochNote).toBeVisible();

      // A second turn: 3, 4, 5, 6, then the forward pass of epoch 2.
      for (let step = 3; step <= 6; step++) await next.click();
      await next.click();
      await expectStep(figure, 2, 2);
      await expectAnnounced(announcer, 2, 2);

      // Back over the turn: from the forward pass to the last step of the epoch before.
      await previous.click();
      await expectStep(figure, 6, 1);
      await expectAnnounced(announcer, 6, 1);
    });

    test('the arrow keys, Home and End move it while the loop has focus', async ({ page }) => {
      const { figure, steps, next, announcer } = loop(page);
      await steps.focus();
      await page.keyboard.press('ArrowRight');
      await page.keyboard.press('ArrowRight');
      await expectStep(figure, 3, 0);
      await expectAnnounced(announcer, 3);
      await page.keyboard.press('ArrowLeft');
      await expectStep(figure, 2, 0);
      await page.keyboard.press('End');
      await expectStep(figure, 6, 0);
      await expectAnnounced(announcer, 6);
      await page.keyboard.press('ArrowRight');
      await expectStep(figure, 2, 1);
      await page.keyboard.press('Home');
      await expectStep(figure, 1, 0);
      await expectAnnounced(announcer, 1, 0);
      // The keys keep working with the focus on a button of the figure, and do not scroll the page.
      await next.focus();
      const scrolled = await page.evaluate(() => window.scrollY);
      await page.keyboard.press('End');
      await expectStep(figure, 6, 0);
      expect(await page.evaluate(() => window.scrollY)).toBe(scrolled);
    });

    test('works with the keyboard alone: Tab to the buttons, Enter and Space press them, focus shows', async ({
      page,
    }) => {
      const { figure, steps, previous, next } = loop(page);
      // From the top of the page, Tab until the loop itself has the focus.
      await page.locator('body').focus();
      let reached = false;
      for (let press = 0; press < 80 && !reached; press++) {
        await page.keyboard.press('Tab');
        reached = await steps.evaluate((element) => element === document.activeElement);
      }
      expect(reached, 'Tab reaches the loop').toBe(true);
      const focusShows = (target: Locator) =>
        target.evaluate((element) => {
          const style = getComputedStyle(element);
          return style.outlineStyle !== 'none' && parseFloat(style.outlineWidth) > 0;
        });
      expect(await focusShows(steps), 'the loop shows its focus').toBe(true);

      await page.keyboard.press('Tab');
      await expect(previous).toBeFocused();
      expect(await focusShows(previous), 'Previous shows its focus').toBe(true);
      await page.keyboard.press('Tab');
      await expect(next).toBeFocused();
      expect(await focusShows(next), 'Next shows its focus').toBe(true);

      await page.keyboard.press('Enter');
      await expectStep(figure, 2, 0);
      await page.keyboard.press('Space');
      await expectStep(figure, 3, 0);
      await page.keyboard.press('Shift+Tab');
      await expect(previous).toBeFocused();
      await page.keyboard.press('Space');
      await expectStep(figure, 2, 0);
      await page.keyboard.press('Enter');
      await expectStep(figure, 1, 0);
      // Previous keeps the focus when there is nothing before step 1.
      await expect(previous).toBeFocused();
    });

    test('honours reduced motion: the current step changes without a transition', async ({
      page,
    }) => {
      const duration = () =>
        loop(page)
          .steps.getByRole('listitem')
          .first()
          .evaluate((item) => getComputedStyle(item).transitionDuration);
      // The check means something: with motion allowed the highlight does move smoothly.
      expect(await duration()).not.toMatch(/^0s(, 0s)*$/);
      await page.emulateMedia({ reducedMotion: 'reduce' });
      expect(await duration()).toMatch(/^0s(, 0s)*$/);
    });
  });

  for (const theme of ['light', 'dark'] as const) {
    test.describe(`the training-loop figure in the ${theme} theme`, () => {
      test.beforeEach(async ({ page }) => {
        await page.addInitScript(
          (chosen) => localStorage.setItem('starlight-theme', chosen),
          theme,
        );
        await page.emulateMedia({ colorScheme: theme });
      });

      test('has no axe violations at 1280 px and at 320 px once stepped into a later epoch', async ({
        page,
      }) => {
        await page.setViewportSize({ width: 1280, height: 800 });
        await openPage(page, TRAINING_STEPS);
        const { figure, next } = loop(page);
        for (let i = 0; i < 7; i++) await next.click();
        await expectStep(figure, 3, 1);
        await expect(page.locator('html')).toHaveAttribute('data-theme', theme);
        // One page, two widths: the figure lays itself out again (a ring, then one column).
        for (const width of [1280, 320]) {
          await page.setViewportSize({ width, height: 800 });
          const scope = { include: 'figure#loop', coloursOnly: theme === 'dark' };
          expect(await axeViolations(page, scope), `at ${width} px`).toEqual([]);
        }
      });

      test('draws its arrows, step boxes and current step with 3:1 contrast', async ({ page }) => {
        await openPage(page, TRAINING_STEPS);
        await loop(page).next.click();
        const colours = await loop(page).figure.evaluate((figure) => {
          const style = (selector: string) => getComputedStyle(figure.querySelector(selector)!);
          return {
            background: getComputedStyle(figure).backgroundColor,
            arrow: style('.loop-arrow').color,
            box: style('li:not([aria-current])').borderTopColor,
            current: style('li[aria-current="step"]').borderTopColor,
          };
        });
        for (const part of ['arrow', 'box', 'current'] as const) {
          expect(contrast(colours[part], colours.background), part).toBeGreaterThanOrEqual(3);
        }
      });
    });
  }
});

test.describe('the training-steps page', () => {
  for (const { width, moves } of [
    { width: 320, moves: 0 },
    { width: 320, moves: 5 },
    { width: 1280, moves: 0 },
  ]) {
    test(`at ${width} px wide, on step ${moves + 1}, has no horizontal scroll`, async ({
      page,
    }) => {
      await page.setViewportSize({ width, height: 800 });
      await openPage(page, TRAINING_STEPS);
      const { figure, next } = loop(page);
      for (let i = 0; i < moves; i++) await next.click();
      await expectStep(figure, moves + 1, 0);
      const overflow = await page.evaluate(() => {
        const root = document.scrollingElement!;
        return { scrollWidth: root.scrollWidth, clientWidth: root.clientWidth };
      });
      expect(overflow.scrollWidth).toBeLessThanOrEqual(overflow.clientWidth);
      // The figure itself fits: every step box lies inside it.
      const box = (await figure.boundingBox())!;
      expect(box.x).toBeGreaterThanOrEqual(0);
      expect(box.x + box.width).toBeLessThanOrEqual(width);
      for (const item of await figure.getByRole('listitem').all()) {
        const itemBox = (await item.boundingBox())!;
        expect(itemBox.x).toBeGreaterThanOrEqual(box.x);
        expect(itemBox.x + itemBox.width).toBeLessThanOrEqual(box.x + box.width);
      }
    });
  }

  test('without JavaScript shows every step, step 1 current, and the example’s numbers', async ({
    browser,
  }) => {
    const context = await browser.newContext({ javaScriptEnabled: false });
    const page = await context.newPage();
    await page.goto(TRAINING_STEPS);
    const { figure, steps } = loop(page);
    await expect(steps.getByRole('listitem')).toHaveCount(6);
    for (const item of await steps.getByRole('listitem').all()) await expect(item).toBeVisible();
    await expectStep(figure, 1, 0);
    await expectNumbers(page);
    await context.close();
  });
});

// ---- The numbers: an independent forward and backward pass ----

/** What the page shows for one live number: where, its key, text, full value and decimals. */
interface Shown {
  place: 'equation' | 'mathml' | 'figure';
  key: string;
  text: string;
  value: number;
  digits: number;
}

/** Reads every live number of the chapter's store on the page, in one visit. */
function readNumbers(page: Page): Promise<Shown[]> {
  return page.evaluate(() => {
    const places = [
      ['equation', '.katex math [data-store="network"][data-quantity]'],
      ['mathml', '.katex math:not([aria-hidden="true"]) mn[data-store="network"][data-quantity]'],
      ['figure', 'figure#loop [data-quantity]'],
    ] as const;
    return places.flatMap(([place, selector]) =>
      Array.from(document.querySelectorAll(selector), (element) => ({
        place,
        key: element.getAttribute('data-quantity') ?? '',
        text: (element.textContent ?? '').trim(),
        value: Number(element.getAttribute('data-value')),
        digits: Number(element.getAttribute('data-digits') ?? 3),
      })),
    );
  });
}

const sigmoid = (z: number) => 1 / (1 + Math.exp(-z));

/**
 * The chapter's 3-2-1 network by hand, from the values the page shows: sigmoid hidden nodes, an
 * identity output, L = ½(ŷ − y)², and the derivatives the page names.
 */
function byHand(v: Record<string, number>): Record<string, number> {
  const at = (key: string) => {
    const value = v[key];
    if (value === undefined) throw new Error(`the page shows no ${key}`);
    return value;
  };
  const [x1, x2, x3, y] = [at('x1'), at('x2'), at('x3'), at('y')];
  const H4in = at('w14') * x1 + at('w24') * x2 + at('w34') * x3 + at('b4');
  const H5in = at('w15') * x1 + at('w25') * x2 + at('w35') * x3 + at('b5');
  const H4 = sigmoid(H4in);
  const H5 = sigmoid(H5in);
  const O6 = at('w46') * H4 + at('w56') * H5 + at('b6');
  const dLdO6 = O6 - y;
  return {
    O6,
    H4,
    loss: 0.5 * (O6 - y) ** 2,
    'dL/dO6': dLdO6,
    // The identity output passes the derivative on unchanged: ∂O6/∂O6in = 1.
    'dO6/dO6in': 1,
    'dL/dO6in': dLdO6,
    'dO6in/dH4': at('w46'),
    'dL/dH4': at('w46') * 1 * dLdO6,
    'dL/dw46': H4 * dLdO6,
  };
}

/** The keys the pass above starts from: the sample and every parameter. */
const INPUT_KEYS = ['x1', 'x2', 'x3', 'y', 'w14', 'w24', 'w34', 'w15', 'w25', 'w35', 'w46']
  .concat(['w56', 'b4', 'b5', 'b6', 'learningRate'])
  .sort();

/**
 * Asserts that every copy of each computed quantity on the page (equations, their MathML, the
 * figure) carries the hand computation's value within 1e-12 and shows it rounded, waiting for
 * the page to catch up (to show the `wanted` inputs, when given). Returns the values the
 * computation started from.
 */
async function expectNumbers(
  page: Page,
  wanted: Record<string, number> = {},
): Promise<Record<string, number>> {
  let inputs: Record<string, number> = {};
  await expect
    .poll(
      async () => {
        const numbers = await readNumbers(page);
        inputs = {};
        for (const number of numbers) {
          if (number.place === 'equation' && INPUT_KEYS.includes(number.key))
            inputs[number.key] = number.value;
        }
        if (Object.keys(inputs).sort().join() !== INPUT_KEYS.join()) {
          return `the equations show ${Object.keys(inputs).sort().join()}`;
        }
        for (const [key, value] of Object.entries(wanted)) {
          if (inputs[key] !== value) return `${key} is ${inputs[key]}, not yet ${value}`;
        }
        const expected = byHand(inputs);
        for (const [key, value] of Object.entries(expected)) {
          const copies = numbers.filter((number) => number.key === key);
          if (copies.length === 0) return `no ${key} on the page`;
          for (const copy of copies) {
            if (!(Math.abs(copy.value - value) <= 1e-12))
              return `${key} in the ${copy.place} carries ${copy.value}, by hand ${value}`;
            if (copy.text !== shown(value, copy.digits))
              return `${key} in the ${copy.place} shows "${copy.text}", by hand ${shown(value, copy.digits)}`;
          }
        }
        // Every copy of an input agrees with the one the computation used.
        for (const number of numbers) {
          const value = inputs[number.key];
          if (value !== undefined && number.value !== value)
            return `${number.key} in the ${number.place} carries ${number.value}, elsewhere ${value}`;
        }
        return 'ok';
      },
      { message: 'the page’s numbers match the hand computation' },
    )
    .toBe('ok');
  return inputs;
}

test.describe('the chapter’s numbers', () => {
  test('equal a forward and backward pass by hand from the weights on the page', async ({
    page,
  }) => {
    await openPage(page, TRAINING_STEPS);
    const inputs = await expectNumbers(page);
    // The page opens on the chapter's example: x = (0.5, 0.2, 0.7), y = 0.3, η = 0.2.
    expect([inputs['x1'], inputs['x2'], inputs['x3'], inputs['y']]).toEqual([0.5, 0.2, 0.7, 0.3]);
    expect(inputs['learningRate']).toBe(0.2);
    // The figure shows each step's numbers: ŷ, L and ∂L/∂ŷ, ∂L/∂λ4,6, η.
    const keys = (await readNumbers(page)).filter((n) => n.place === 'figure').map((n) => n.key);
    expect(keys).toEqual(['w14', 'w46', 'O6', 'loss', 'dL/dO6', 'dL/dw46', 'learningRate']);
  });

  // The chapter’s ParameterControls, below the figure, on the same store.
  test.describe('ParameterControls (network/)', () => {
    test('follow the reader’s changes to the target and λ4,6', async ({ page }) => {
      await openPage(page, TRAINING_STEPS);
      const controls = page.locator('.parameter-controls');
      await control(controls, 'y').box.fill('0.9');
      await control(controls, 'λ4,6').box.fill('-0.75');
      await control(controls, 'λ4,6').box.press('Enter');
      await expectNumbers(page, { y: 0.9, w46: -0.75 });
      // The prediction is now below the target: ∂L/∂ŷ is negative, as the text says it then is.
      const dLdO6 = (await readNumbers(page)).find((n) => n.key === 'dL/dO6')!;
      expect(dLdO6.value).toBeLessThan(0);
    });
  });

  test('open in the state a link gives', async ({ page }) => {
    await openPage(page, `${TRAINING_STEPS}${linkQuery({ x2: -0.4, w14: 1.2, b6: 0.05 })}`);
    await expectNumbers(page, { x2: -0.4, w14: 1.2, b6: 0.05 });
  });
});
