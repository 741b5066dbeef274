/**
 * "Check yourself" at the end of five chapters, as a reader and an instructor use it: a link that
 * carries a seed, the seed box, "New numbers", answers typed and checked from the keyboard (with a
 * decimal point or a comma), wrong and unreadable ones refused, the verdict announced, and the
 * worked solution opened.
 *
 * The right answers are computed here, by hand, from the numbers the page states (each number's
 * full value, `data-value`): the formulas below are written out, not taken from the engine. The
 * engine is asked only which numbers a seed draws, to prove the page shows that seed's set.
 * One page load per chapter; each check is a step of it.
 */
import { readFileSync } from 'node:fs';
import type { Locator, Page } from '@playwright/test';
import { generateExercises, nextExerciseSeed, type ExerciseSetId } from '../../src/engine/index.ts';
import { contrast, pickTheme } from './axe.ts';
import { EXERCISES_BY_HAND, type Values } from '../reference/exercises-by-hand.ts';
import { test, expect } from './fixtures.ts';
import { pagePath } from './site.ts';

const BY_HAND = EXERCISES_BY_HAND as Record<ExerciseSetId, readonly ((v: Values) => number)[]>;

const exercisesOf = (page: Page) => page.locator('#check li.exercise');

/**
 * The page's exercises, read in one visit: the numbers each states (full values, `data-value`),
 * and each answer by hand from them and those of the exercises before it.
 */
async function readExercises(page: Page, set: ExerciseSetId) {
  const stated = await exercisesOf(page).evaluateAll((items) =>
    items.map((item) =>
      Array.from(item.querySelectorAll<HTMLElement>('.exercise-question [data-quantity]'), (n) => ({
        key: n.dataset.quantity ?? '',
        value: Number(n.dataset.value),
      })),
    ),
  );
  expect(stated).toHaveLength(BY_HAND[set].length);
  const givens: Values[] = [];
  const answers: number[] = [];
  let known: Values = {};
  stated.forEach((pairs, i) => {
    const own: Values = {};
    for (const { key, value } of pairs) own[key.replace(/^e\d\./, '')] = value;
    givens.push(own);
    known = { ...known, ...own };
    answers.push(BY_HAND[set][i]!(known));
  });
  return { givens, answers };
}

/** The numbers a seed draws for a set, as the engine states them, exercise by exercise. */
function drawn(set: ExerciseSetId, seed: number): Values[] {
  return generateExercises(set, seed).exercises.map((exercise) =>
    Object.fromEntries(exercise.givens.map((given) => [given.key, given.value])),
  );
}

/** An answer as a reader types it: three decimals (a count whole), a point or a comma. */
function typed(answer: number, set: ExerciseSetId, comma = false): string {
  if (set === 'parameters') return String(answer);
  // Four decimals with a comma: "1,234" could be a thousands separator, "1,2345" cannot.
  return comma ? answer.toFixed(4).replace('.', ',') : answer.toFixed(3);
}

/** Types into an exercise's box and checks it with Enter; returns the exercise's status. */
async function answerWithEnter(item: Locator, text: string): Promise<Locator> {
  const box = item.getByRole('textbox', { name: /^Your answer for / });
  await box.fill(text);
  await box.press('Enter');
  return item.getByRole('status');
}

/** The page each chapter's exercises close (the backpropagation ones end its worked example). */
const PAGES: Record<ExerciseSetId, string> = {
  'forward-pass': 'forward-pass/',
  backpropagation: 'backpropagation-example/',
  parameters: 'parameters/',
  'updating-parameters': 'updating-parameters/',
  'activation-functions': 'activation-functions/',
};

/**
 * Opens a chapter at its exercises and waits for their island alone (the other widgets of a long
 * chapter stay asleep, client:visible, which keeps a load cheap). With a linked seed the widget
 * wakes at once; without one it waits for the reader, and this returns before it wakes.
 */
async function openExercises(page: Page, set: ExerciseSetId, query = ''): Promise<Locator> {
  await page.goto(`${pagePath(PAGES[set])}${query}#check-yourself`, {
    waitUntil: 'domcontentloaded',
  });
  const island = page.locator('astro-island').filter({ has: page.locator('#check') });
  await island.scrollIntoViewIfNeeded();
  await expect(island).not.toHaveAttribute('ssr', /.*/);
  const widget = page.locator('#check');
  if (query) await expect(widget).toHaveClass(/is-live/);
  return widget;
}

/** The seed a page shows, in its box and its announcement, and the numbers it drew. */
async function expectSeed(page: Page, set: ExerciseSetId, seed: number): Promise<number[]> {
  const widget = page.locator('#check');
  await expect(widget.getByRole('status').first()).toHaveText(
    `The numbers below come from seed ${seed}.`,
  );
  await expect(widget.getByRole('textbox', { name: 'Seed' })).toHaveValue(String(seed));
  const { givens, answers } = await readExercises(page, set);
  expect(givens).toEqual(drawn(set, seed));
  return answers;
}

/**
 * Types the last exercise's answer wrong, then right, checking both by keyboard alone (Enter in
 * the box; Tab to Check and Enter), and opens the worked solution with Tab and Space. (A key that
 * landed elsewhere would leave the verdict or the solution unchanged.)
 */
async function wrongThenRightByKeyboard(
  page: Page,
  set: ExerciseSetId,
  answer: number,
): Promise<void> {
  const item = exercisesOf(page).last();
  const box = item.getByRole('textbox', { name: /^Your answer for / });
  const status = item.getByRole('status');
  await test.step('a wrong answer is refused without giving the answer away', async () => {
    await box.fill(typed(set === 'parameters' ? answer + 1 : answer + 0.0025, set));
    await box.press('Enter');
    await expect(status).toHaveText(/^Not yet/);
    const message = (await status.textContent()) ?? '';
    expect(message).not.toContain(answer.toFixed(3));
    expect(message).not.toContain(String(answer));
  });
  await test.step('by keyboard: Check, then the worked solution, whose last number is the answer', async () => {
    await box.fill(typed(answer, set));
    await page.keyboard.press('Tab');
    await page.keyboard.press('Enter');
    await expect(status).toHaveText(/^Right/);
    await page.keyboard.press('Tab');
    await page.keyboard.press('Space');
    const final = item.locator('.exercise-step-result .live-number').last();
    await expect(final).toBeVisible();
    const shown = await final.evaluate((element) => ({
      value: Number(element.getAttribute('data-value')),
      text: element.textContent ?? '',
    }));
    expect(shown.value).toBeCloseTo(answer, 9);
    const digits = set === 'parameters' ? 0 : 4;
    expect(Number(shown.text.replace('\u2212', '-'))).toBeCloseTo(answer, digits);
    await expect(item.getByRole('button', { name: /worked solution/ })).toHaveAttribute(
      'aria-expanded',
      'true',
    );
  });
}

/** Every exercise but the last answered right with Enter, the first with a decimal comma. */
async function rightAnswers(page: Page, set: ExerciseSetId, answers: number[]): Promise<void> {
  await test.step('right answers are accepted and announced, a decimal comma too', async () => {
    for (let i = 0; i < answers.length - 1; i++) {
      const status = await answerWithEnter(
        exercisesOf(page).nth(i),
        typed(answers[i]!, set, i === 0),
      );
      await expect(status).toHaveText(/^Right/);
    }
  });
}

/** A seed for each chapter's link, and the chapters that only check a link's set. */
const LINKED: readonly { set: ExerciseSetId; seed: number }[] = [
  { set: 'backpropagation', seed: 7 },
  { set: 'parameters', seed: 123 },
  { set: 'updating-parameters', seed: 2024 },
  { set: 'activation-functions', seed: 999_999 },
];

test.describe('CheckYourself and Exercises (exercises/)', () => {
  test('/forward-pass/: the seed box wakes the widget; answers right, wrong and unreadable; New numbers', async ({
    page,
  }) => {
    const set = 'forward-pass';
    const widget = await openExercises(page, set);
    const seedBox = widget.getByRole('textbox', { name: 'Seed' });
    const first = exercisesOf(page).first();
    const answers =
      await test.step('focus in the seed box wakes the widget; a typed seed and Enter bring its numbers', async () => {
        await expect(widget.getByText('come from seed 1.')).toBeVisible();
        await expect(widget).not.toHaveClass(/is-live/);
        await seedBox.focus();
        await expect(widget).toHaveClass(/is-live/);
        await seedBox.fill('42');
        await seedBox.press('Enter');
        const fresh = await expectSeed(page, set, 42);
        await page.waitForURL((url) => url.search === '?check.seed=42');
        return fresh;
      });
    await rightAnswers(page, set, answers);
    await wrongThenRightByKeyboard(page, set, answers.at(-1)!);

    await test.step('a half-typed, non-numeric or empty answer is refused with a message', async () => {
      await expect(await answerWithEnter(first, '')).toHaveText('Type an answer first.');
      for (const text of ['-', 'abc', '0.5.1']) {
        await expect(await answerWithEnter(first, text)).toHaveText(/Can’t read this as a number/);
      }
      await expect(first).toHaveClass(/is-unreadable/);
      await expect(first.getByRole('textbox')).toHaveAttribute('aria-invalid', 'true');
    });

    const message = widget.locator('.exercises-seed-message');
    await test.step('a seed that is not a whole number in range is refused, and the seed stays', async () => {
      for (const text of ['4,5', '1000000']) {
        await seedBox.fill(text);
        await seedBox.press('Enter');
        await expect(widget.getByRole('alert')).toHaveText(/^The seed /);
        await expect(seedBox).toHaveAttribute('aria-invalid', 'true');
      }
      await expect(widget.getByText('come from seed 42.')).toBeVisible();
    });

    await test.step('Use this seed brings its numbers, fresh answer boxes and its link', async () => {
      await seedBox.fill('17');
      await widget.getByRole('button', { name: 'Use this seed' }).click();
      await expect(seedBox).toHaveAttribute('aria-invalid', 'false');
      await expect(message).toBeEmpty();

      const fresh = await expectSeed(page, set, 17);
      await expect(first.getByRole('textbox')).toHaveValue('');
      await expect(first.getByRole('status')).toHaveText('');
      await expect(await answerWithEnter(first, typed(fresh[0]!, set, true))).toHaveText(/^Right/);
      await page.waitForURL((url) => url.search === '?check.seed=17');
    });

    await test.step('New numbers, from the keyboard, moves to the next seed and its link', async () => {
      const next = nextExerciseSeed(17);
      await widget.getByRole('button', { name: 'New numbers' }).focus();
      await page.keyboard.press('Enter');
      const fresh = await expectSeed(page, set, next);
      const last = exercisesOf(page).last();
      await expect(await answerWithEnter(last, typed(fresh.at(-1)!, set))).toHaveText(/^Right/);
      await page.waitForURL((url) => url.search === `?check.seed=${next}`);
    });
  });

  for (const { set, seed } of LINKED) {
    test(`/${PAGES[set]}: a linked seed's exercises take right answers, refuse a wrong one and show the working`, async ({
      page,
    }) => {
      await openExercises(page, set, `?check.seed=${seed}`);
      const answers = await test.step('the link wakes the widget with its seed’s numbers', () =>
        expectSeed(page, set, seed));
      await rightAnswers(page, set, answers);
      await wrongThenRightByKeyboard(page, set, answers.at(-1)!);
      // The page gate checks the exercises as a page loads; the verdicts' colours appear only once
      // an answer is checked. One page suffices: every chapter's widget is the same component.
      if (set !== 'parameters') return;
      await test.step('verdicts, right and wrong, and the working keep 4.5:1 contrast in both themes', async () => {
        const first = exercisesOf(page).first();
        await expect(await answerWithEnter(first, typed(answers[0]! + 1, set))).toHaveText(
          /^Not yet/,
        );
        await expect(exercisesOf(page).last()).toHaveClass(/is-right/);
        for (const theme of ['light', 'dark'] as const) {
          if (theme === 'dark') await pickTheme(page, theme);
          const pairs = await page.locator('#check').evaluate((widget) => {
            const backgroundOf = (element: Element | null) => {
              let colour = 'rgba(0, 0, 0, 0)';
              while (element && /rgba\(0, 0, 0, 0\)|transparent/.test(colour)) {
                colour = getComputedStyle(element).backgroundColor;
                element = element.parentElement;
              }
              return colour;
            };
            const texts = widget.querySelectorAll('.exercise-verdict, .exercise-steps li');
            return Array.from(texts, (text) => ({
              what: `${text.className || 'step'}: ${text.textContent?.slice(0, 20) ?? ''}`,
              colour: getComputedStyle(text).color,
              background: backgroundOf(text),
            }));
          });
          expect(pairs.length).toBeGreaterThanOrEqual(3);
          for (const { what, colour, background } of pairs) {
            expect(contrast(colour, background), `${theme} ${what}`).toBeGreaterThanOrEqual(4.5);
          }
        }
      });
    });
  }

  test('without JavaScript, the starting seed’s questions are in the page and no answer is', () => {
    const html = readFileSync(
      new URL('../../dist/forward-pass/index.html', import.meta.url),
      'utf8',
    );
    const { exercises } = generateExercises('forward-pass', 1);
    for (const [i, exercise] of exercises.entries()) {
      for (const given of exercise.givens) {
        expect(html).toContain(
          `data-quantity="e${i + 1}.${given.key}" data-value="${given.value}"`,
        );
      }
      expect(html).not.toContain(`data-value="${exercise.answer}"`);
    }
    expect(html).toContain('What is <span class="sym">');
    expect(html).toContain('come from seed 1.');
  });

  test.describe('on a touch screen', () => {
    test.use({ hasTouch: true });

    test('a tap on a button before the exercises have woken is answered once they have', async ({
      page,
    }) => {
      // The widget's code arrives late, as on a slow network: the tap's click comes first.
      let requested = false;
      await page.route(/\/_astro\/widgets\.[\w-]+\.js$/, async (route) => {
        requested = true;
        await new Promise((resolve) => setTimeout(resolve, 800));
        await route.continue();
      });
      const widget = await openExercises(page, 'parameters');
      await expect(widget).not.toHaveClass(/is-live/);
      const reveal = widget.getByRole('button', { name: 'Show the worked solution to exercise 1' });
      await reveal.tap();
      // The tap starts the widget's code loading; the request reaches this test's route a moment
      // later, on its own channel, so wait for it rather than read it at once.
      await expect.poll(() => requested, { message: 'the tap woke the widget' }).toBe(true);
      await expect(widget).toHaveClass(/is-live/);
      // Pressed once, so open: the button now offers to hide the solution.
      await expect(
        widget.getByRole('button', { name: 'Hide the worked solution to exercise 1' }),
      ).toHaveAttribute('aria-expanded', 'true');
      await expect(widget.locator('.exercise-solution').first()).toBeVisible();
    });
  });
});
