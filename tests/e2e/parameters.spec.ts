/**
 * The parameter counter as a reader uses it: they type layer widths in the `layer widths` box
 * (key by key, with commas, spaces or brackets), make every kind of mistake, pick the chapter's
 * networks, use the keyboard alone and share links. After each step every number in the counter
 * must be the count worked out here: the totals from the engine's countParameters, called in the
 * test, and each term of the sums multiplied out by hand.
 */
import type { Page } from '@playwright/test';
import { countParameters } from '../../src/engine/index.ts';
import { test, expect, watchConsole } from './fixtures.ts';
import { openEmbed, openPage, pagePath } from './site.ts';

const PARAMETERS = pagePath('parameters/');
/**
 * The counter's page of its own (the chapter's widget, store and links, a fifth of the chapter's
 * size): the tests that act on and read the counter alone open it.
 */
const COUNTER = 'parameter-counter';
/** The section the counter sits in: its state link opens there. */
const ANCHOR = 'count-a-network-of-your-own';

const counter = (page: Page) => page.locator('figure#counter');
const box = (page: Page) => page.getByLabel('layer widths');

/** A count as the counter writes it: every digit, in groups of three (narrow no-break space). */
function grouped(value: number): string {
  return String(value).replace(/\B(?=(\d{3})+(?!\d))/g, '\u202f');
}

/** Every number the counter should show for these widths, by quantity key. */
function expectedNumbers(widths: readonly number[]): Map<string, number> {
  const { weights, biases, total } = countParameters(widths);
  const numbers = new Map<string, number>([
    ['weights', weights],
    ['biases', biases],
    ['parameters', total],
    ['layers', widths.length],
    ['hiddenLayers', widths.length - 2],
  ]);
  widths.forEach((width, i) => {
    numbers.set(`l${i}`, width);
    if (i > 0) {
      numbers.set(`weights${i}`, widths[i - 1]! * width);
      numbers.set(`parameters${i}`, width * (widths[i - 1]! + 1));
    }
  });
  return numbers;
}

/** The sums as the counter should write them, term by term. */
function expectedSums(widths: readonly number[]): string[] {
  const { weights, biases, total } = countParameters(widths);
  const layers = widths.slice(1).map((width, i) => ({ from: widths[i]!, to: width }));
  const products = layers.map(({ from, to }) => `${grouped(from)}·${grouped(to)}`).join(' + ');
  const terms = layers.map(({ from, to }) => grouped(from * to)).join(' + ');
  const several = layers.length > 1;
  return [
    `weights = ${products}${several ? ` = ${terms}` : ''} = ${grouped(weights)}`,
    `biases = ${layers.map(({ to }) => grouped(to)).join(' + ')}${several ? ` = ${grouped(biases)}` : ''}`,
    `total = weights + biases = ${grouped(weights)} + ${grouped(biases)} = ${grouped(total)}`,
  ];
}

/** The diagram's sentence, written independently of the page's code. */
function expectedSummary(widths: readonly number[]): string {
  const hidden = widths.slice(1, -1);
  const inputs = widths[0]!;
  const outputs = widths.at(-1)!;
  const list =
    hidden.length > 1
      ? `${hidden.slice(0, -1).map(grouped).join(', ')} and ${grouped(hidden.at(-1)!)}`
      : grouped(hidden[0] ?? 0);
  const hiddenText =
    hidden.length === 0
      ? 'no hidden layer'
      : `${hidden.length} hidden layer${hidden.length > 1 ? 's' : ''} of ${list} node${
          hidden.length === 1 && hidden[0] === 1 ? '' : 's'
        }`;
  return `${widths.length} layers: ${grouped(inputs)} input${inputs === 1 ? '' : 's'}, ${hiddenText}, ${grouped(outputs)} output${outputs === 1 ? '' : 's'}.`;
}

/** What the counter shows: every live number, the sums, the sentence, the box and any alert. */
async function readCounter(page: Page) {
  return page.evaluate(() => {
    const figure = document.querySelector('figure#counter')!;
    const text = (element: Element | null) =>
      (element?.textContent ?? '').replace(/[ \t\n\r]+/g, ' ').trim();
    return {
      numbers: Array.from(figure.querySelectorAll('[data-quantity]'), (element) => ({
        key: element.getAttribute('data-quantity') ?? '',
        value: Number(element.getAttribute('data-value')),
        text: (element.textContent ?? '').trim(),
      })),
      sums: Array.from(figure.querySelectorAll('.counter-sum'), text),
      summary: text(figure.querySelector('.counter-summary')),
      tableRows: figure.querySelectorAll('.counter-table tbody tr').length,
      figureText: (figure as HTMLElement).innerText,
    };
  });
}

/** Checks that everything the counter shows is the count of these widths. */
async function expectCounts(page: Page, widths: readonly number[]): Promise<void> {
  const { total } = countParameters(widths);
  // Wait for the total first: a change applies at Enter, on Tab, or after a pause in typing.
  await expect(
    counter(page).locator('.counter-results [data-quantity="parameters"]'),
  ).toHaveAttribute('data-value', String(total));
  const shown = await readCounter(page);
  const expected = expectedNumbers(widths);
  const problems: string[] = [];
  for (const { key, value, text } of shown.numbers) {
    const want = expected.get(key);
    if (want === undefined) problems.push(`${key}: the test expects no such number`);
    else if (value !== want) problems.push(`${key} carries ${value}, expected ${want}`);
    else if (text !== grouped(want))
      problems.push(`${key} shows "${text}", expected "${grouped(want)}"`);
  }
  expect(problems, `numbers for ${widths.join('-')}`).toEqual([]);
  for (const key of ['weights', 'biases', 'parameters']) {
    expect(
      shown.numbers.some((number) => number.key === key),
      key,
    ).toBe(true);
  }
  expect(shown.sums).toEqual(expectedSums(widths));
  expect(shown.summary).toBe(expectedSummary(widths));
  expect(shown.tableRows).toBe(widths.length);
  expect(shown.figureText).not.toMatch(/NaN|Infinity|undefined/);
}

/** Replaces the box's text by typing it key by key, as a reader does. */
async function typeWidths(page: Page, text: string, end: 'Enter' | 'Tab' = 'Enter') {
  const input = box(page);
  await input.click();
  await input.press('ControlOrMeta+a');
  await input.press('Delete');
  await input.pressSequentially(text);
  await input.press(end);
}

test.describe('ParameterCounter (parameters/)', () => {
  test('opens on the book’s network: 8 weights, 3 biases, 11 parameters', async ({ page }) => {
    await openEmbed(page, COUNTER);
    await expect(box(page)).toHaveValue('3, 2, 1');
    await expectCounts(page, [3, 2, 1]);
    const shown = await readCounter(page);
    expect(shown.sums).toEqual([
      'weights = 3·2 + 2·1 = 6 + 2 = 8',
      'biases = 2 + 1 = 3',
      'total = weights + biases = 8 + 3 = 11',
    ]);
    expect(shown.summary).toBe('3 layers: 3 inputs, 1 hidden layer of 2 nodes, 1 output.');
    await expect(counter(page).getByRole('img')).toHaveAccessibleName(shown.summary);
  });

  // The layer widths box: what is typed, when it is counted, and what is refused.
  test.describe('WidthsBox (parameters/)', () => {
    test('counts networks typed key by key, in each spelling, against the engine', async ({
      page,
    }) => {
      await openEmbed(page, COUNTER);
      // The source's three networks, typed key by key with commas, spaces and brackets.
      const typed: [string, number[], 'Enter' | 'Tab'][] = [
        ['10, 20, 3', [10, 20, 3], 'Enter'],
        ['10 8 6 4 2 1', [10, 8, 6, 4, 2, 1], 'Tab'],
        ['[3,2,1]', [3, 2, 1], 'Enter'],
      ];
      for (const [text, widths, end] of typed) {
        await typeWidths(page, text, end);
        await expectCounts(page, widths);
        await expect(box(page)).toHaveAttribute('aria-invalid', 'false');
      }
      // Others, pasted: extra spaces and a trailing comma, brackets, no hidden layer, ones.
      const pasted: [string, number[]][] = [
        ['  3 16  8 1 ,', [3, 16, 8, 1]],
        ['[784, 128, 10]', [784, 128, 10]],
        ['4 1', [4, 1]],
        ['1,1,1', [1, 1, 1]],
      ];
      for (const [text, widths] of pasted) {
        await box(page).fill(text);
        await box(page).press('Enter');
        await expectCounts(page, widths);
      }
      const summary = counter(page).locator('.counter-summary');
      await typeWidths(page, '3, 16, 8, 1');
      await expect(summary).toHaveText(
        '4 layers: 3 inputs, 2 hidden layers of 16 and 8 nodes, 1 output.',
      );
    });

    test('a pause in typing counts what is typed so far; a half-typed width waits', async ({
      page,
    }) => {
      await openEmbed(page, COUNTER);
      const input = box(page);
      await input.fill('');
      await input.pressSequentially('10, 2');
      // After the pause the counter shows 10-2, without an alert.
      await expectCounts(page, [10, 2]);
      await input.pressSequentially('0, 3');
      await input.press('Tab');
      await expectCounts(page, [10, 20, 3]);
      // A single number on the way is not an error while the reader is still typing.
      await input.fill('');
      await input.pressSequentially('7');
      await page.waitForTimeout(900);
      await expect(counter(page).locator('[role="alert"]')).toHaveText('');
      await expect(input).toHaveAttribute('aria-invalid', 'false');
      await expectCounts(page, [10, 20, 3]);
      await input.press('Escape');
      await expect(input).toHaveValue('10, 20, 3');
    });

    test('refuses each kind of bad input with its own message and keeps the last good count', async ({
      page,
    }) => {
      await openEmbed(page, COUNTER);
      await typeWidths(page, '10, 20, 3');
      await expectCounts(page, [10, 20, 3]);
      const alert = counter(page).locator('[role="alert"]');
      const cases: [string, string, RegExp][] = [
        ['empty', '', /Type the width of each layer/],
        ['letters', '3, abc, 1', /“abc” is not a number/],
        ['a negative width', '3, -2, 1', /Layer 2 is negative/],
        ['a zero width', '3 0 1', /Layer 2 has 0 nodes/],
        ['a fraction', '3, 2.5, 1', /Layer 2 has 2\.5 nodes/],
        ['one layer', '[3]', /One layer is not a network/],
        ['a huge width', '3, 20000000, 1', /wider than the counter takes/],
        ['too many layers', Array(70).fill(2).join(' '), /70 layers; the counter takes at most 64/],
        ['too long a text', `3,${' '.repeat(1200)}1`, /too long to read/],
      ];
      for (const [name, text, message] of cases) {
        await box(page).fill(text);
        await box(page).press('Enter');
        await expect(box(page), name).toHaveAttribute('aria-invalid', 'true');
        await expect(alert, name).toHaveText(message);
        await expect(alert, name).toContainText('still those of 10, 20, 3');
        // The refused text stays, so the reader can correct it.
        await expect(box(page)).toHaveValue(text);
        await expectCounts(page, [10, 20, 3]);
      }
      // Typed key by key and left with Tab: the same refusal.
      await typeWidths(page, '3, 2,5x', 'Tab');
      await expect(box(page)).toHaveAttribute('aria-invalid', 'true');
      await expect(alert).toHaveText(/“5x” is not a number/);
      await expectCounts(page, [10, 20, 3]);
      // A good input clears the mark and the message.
      await typeWidths(page, '2 2');
      await expectCounts(page, [2, 2]);
      await expect(box(page)).toHaveAttribute('aria-invalid', 'false');
      await expect(alert).toHaveText('');
    });
  });

  test('presets set the source’s networks, by pointer and by keyboard alone', async ({ page }) => {
    await openEmbed(page, COUNTER);
    const presets = counter(page).getByRole('group', { name: 'The chapter’s networks' });
    const preset = (shape: string) =>
      presets.getByRole('button', { name: new RegExp(`^${shape} `) });
    await preset('10-20-3').click();
    await expectCounts(page, [10, 20, 3]);
    await expect(box(page)).toHaveValue('10, 20, 3');
    await expect(preset('10-20-3')).toHaveAttribute('aria-pressed', 'true');
    await expect(preset('3-2-1')).toHaveAttribute('aria-pressed', 'false');

    // Keyboard alone: into the box, type, Enter; on to the presets with Tab; Space and Enter.
    await box(page).focus();
    await page.keyboard.press('ControlOrMeta+a');
    await page.keyboard.type('5, 4, 3');
    await page.keyboard.press('Enter');
    await expectCounts(page, [5, 4, 3]);
    await page.keyboard.press('Tab');
    await expect(preset('3-2-1')).toBeFocused();
    await page.keyboard.press('Tab');
    await page.keyboard.press('Tab');
    await expect(preset('10-8-6-4-2-1')).toBeFocused();
    await page.keyboard.press('Space');
    await expectCounts(page, [10, 8, 6, 4, 2, 1]);
    await page.keyboard.press('Shift+Tab');
    await page.keyboard.press('Shift+Tab');
    await page.keyboard.press('Enter');
    await expectCounts(page, [3, 2, 1]);
    // A refusal, then a preset: the box shows the preset and the alert is gone.
    await box(page).focus();
    await page.keyboard.press('ControlOrMeta+a');
    await page.keyboard.type('0');
    await page.keyboard.press('Enter');
    await expect(box(page)).toHaveAttribute('aria-invalid', 'true');
    await page.keyboard.press('Tab');
    await page.keyboard.press('Enter');
    await expect(box(page)).toHaveAttribute('aria-invalid', 'false');
    await expect(box(page)).toHaveValue('3, 2, 1');
    await expect(counter(page).locator('[role="alert"]')).toHaveText('');
    // The table opens from the keyboard and lists one row per layer.
    const table = counter(page).getByText('The count by layer, as a table');
    await table.focus();
    await page.keyboard.press('Enter');
    await expect(counter(page).getByRole('table')).toBeVisible();
    await expect(counter(page).getByRole('row')).toHaveCount(1 + 3 + 1);
  });

  test('a link reopens a network, and the page’s own link follows the reader', async ({
    page,
    browser,
  }) => {
    // A link as a person might write it, with commas.
    await openEmbed(page, COUNTER, '?counter.widths=10,8,6,4,2,1');
    await expect(box(page)).toHaveValue('10, 8, 6, 4, 2, 1');
    await expectCounts(page, [10, 8, 6, 4, 2, 1]);

    await typeWidths(page, '784 256 128 10');
    await expectCounts(page, [784, 256, 128, 10]);
    const query = '?counter.widths=784-256-128-10';
    await page.waitForURL((url) => url.search === query);
    const link = counter(page).getByRole('link', { name: 'Link to this exact state' });
    await expect(link).toHaveAttribute('href', `${query}#${ANCHOR}`);

    const address = await link.evaluate((anchor) => (anchor as HTMLAnchorElement).href);
    const context = await browser.newContext();
    const fresh = await context.newPage();
    const problems: string[] = [];
    watchConsole(fresh, problems);
    await openPage(fresh, address);
    await expect(box(fresh)).toHaveValue('784, 256, 128, 10');
    await expectCounts(fresh, [784, 256, 128, 10]);
    expect(problems, 'console of the reopened page').toEqual([]);
    await context.close();

    // A broken link is ignored: the book's network, and a clean address.
    await openEmbed(page, COUNTER, '?counter.widths=3,abc,1');
    await expectCounts(page, [3, 2, 1]);
    await page.waitForURL((url) => url.search === '');

    await counter(page).getByRole('button', { name: 'Reset to the chapter’s example' }).click();
    await expectCounts(page, [3, 2, 1]);
  });

  test('draws wide and long networks collapsed, and says what it draws', async ({ page }) => {
    const long = Array.from({ length: 64 }, (_, i) => (i % 3) + 1);
    await openEmbed(page, COUNTER, `?counter.widths=${long.join('-')}`);
    await expectCounts(page, long);
    const diagram = counter(page).getByRole('img');
    await expect(diagram).toHaveAccessibleName(expectedSummary(long));
    // Seven columns: three layers each side of the fold.
    await expect(diagram.locator('.counter-layer')).toHaveCount(6);
    await expect(diagram.locator('.counter-skip')).toHaveCount(1);

    await typeWidths(page, '3, 10000000, 1');
    await expectCounts(page, [3, 10_000_000, 1]);
    await expect(diagram.locator('.counter-layer').nth(1).locator('circle')).toHaveCount(4);
    await expect(diagram.locator('.counter-ellipsis')).toHaveText('⋮');
    await expect(diagram).toContainText('10\u202f000\u202f000 nodes');
    await expect(diagram).toHaveAccessibleName(
      '3 layers: 3 inputs, 1 hidden layer of 10\u202f000\u202f000 nodes, 1 output.',
    );
  });

  test('without JavaScript shows the book’s network counted', async ({ browser }) => {
    const context = await browser.newContext({ javaScriptEnabled: false });
    const page = await context.newPage();
    await page.goto(PARAMETERS);
    await expect(box(page)).toHaveValue('3, 2, 1');
    await expectCounts(page, [3, 2, 1]);
    await context.close();
  });
});
