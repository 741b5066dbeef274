/**
 * Every widget's "Copy link", on every chapter that has one: a reader changes each widget and
 * copies each one's link; every link holds the same state and points at its widget's section, and
 * the link opened in a new page shows every widget of the chapter in exactly that state (every
 * control's value and every live number).
 *
 * The chapters are found in the build, not listed: a widget added to a chapter is checked here
 * without a change to this file. links.spec.ts checks the rest of a copied link on one widget (the
 * widget takes the focus, its section is in view).
 */
import type { Locator, Page } from '@playwright/test';
import { expect, test } from './fixtures.ts';
import { chapterSlugs } from '../../src/content/sidebar.ts';
import { allowClipboard, builtHtml, openPage, pagePath, waitForIslands } from './site.ts';

/** The chapters whose built page has a closing row with "Copy link", and how many rows. */
const CHAPTERS = chapterSlugs
  .map((slug) => ({
    slug,
    rows: (builtHtml(`${slug}/`).match(/>Copy link</g) ?? []).length,
  }))
  .filter(({ rows }) => rows > 0);

/** The island (one widget, a Preact root) that holds a control. */
const islandOf = (element: Locator) => element.locator('xpath=ancestor::astro-island[1]');

/**
 * A reader's edit of a box: a number or a list of numbers gets its last digit one more (9 becomes
 * 0); a list of words (categories) starts from its second item, the first moved to the end.
 */
function nudge(text: string): string {
  if (/\d/.test(text)) return text.replace(/\d(?=\D*$)/, (digit) => String((+digit + 1) % 10));
  const items = text.split(',').map((item) => item.trim());
  return [...items.slice(1), items[0]].join(', ');
}

/**
 * Moves a widget away from the state it opened in, as a reader would: three steps of its first
 * slider (back from the end if it sits there), or else another option of its first menu, or else
 * its first number box (a spin button or a text box) with its last digit changed. Returns what it
 * changed, for the test's messages, or nothing for a widget without a value of its own to set
 * (the backpropagation stepper: its numbers are its store's, set by the widgets around it; its
 * step is a view choice, below).
 */
async function changeWidget(island: Locator): Promise<string | undefined> {
  const usable = (role: 'slider' | 'combobox' | 'spinbutton' | 'textbox') =>
    island.getByRole(role).locator('visible=true').and(island.locator(':enabled'));
  const slider = usable('slider');
  if ((await slider.count()) > 0) {
    const first = slider.first();
    const atEnd = await first.evaluate(
      (input: HTMLInputElement) => Number(input.value) >= Number(input.max || 100),
    );
    await first.focus();
    for (let i = 0; i < 3; i++) await first.press(atEnd ? 'ArrowLeft' : 'ArrowRight');
    return `slider ${await first.getAttribute('aria-label')}`;
  }
  const menu = usable('combobox');
  if ((await menu.count()) > 0) {
    const first = menu.first();
    const other = await first.evaluate(
      (select: HTMLSelectElement) =>
        [...select.options].find((option) => !option.selected && !option.disabled)?.value ?? '',
    );
    await first.selectOption(other);
    return `menu option ${other}`;
  }
  const boxes = usable('spinbutton').or(usable('textbox'));
  if ((await boxes.count()) === 0) return undefined;
  const box = boxes.first();
  const typed = nudge(await box.inputValue());
  await box.fill(typed);
  await box.press('Enter');
  return `box typed ${typed}`;
}

/**
 * A widget's view choices, each switched as a reader would: every group of radio buttons that is
 * a store's choice (what a network diagram shows, the scale of the plots' epoch axis) to its first
 * option not chosen, and the backpropagation stepper two steps on. A link holds them as it holds
 * the numbers. Returns what it chose, or nothing for a widget without view choices.
 */
async function changeChoices(island: Locator): Promise<string | undefined> {
  const chosen: string[] = [];
  const groups = island.locator('fieldset.setting-choice');
  for (let i = 0; i < (await groups.count()); i++) {
    const group = groups.nth(i);
    // Read before checking: the locator picks the first radio not checked, so after the check
    // it names another one.
    const value = await group
      .getByRole('radio')
      .and(group.locator(':not(:checked)'))
      .first()
      .getAttribute('value');
    await group.locator(`input[type="radio"][value="${value}"]`).check();
    chosen.push(`${await group.locator('legend').textContent()}: ${value}`);
  }
  const next = island.getByRole('button', { name: 'Next step →' });
  if ((await next.count()) > 0) {
    await next.click();
    await next.click();
    chosen.push(`stepper: ${await island.locator('.stepper-position').textContent()}`);
  }
  return chosen.join(', ') || undefined;
}

/**
 * What every widget on a page shows: each island's control values (text, number, range, menus,
 * check boxes, radio buttons), pressed buttons and live numbers, in document order. File pickers
 * hold no state.
 */
function pageState(page: Page): Promise<string[][]> {
  return page
    .locator('astro-island')
    .evaluateAll((islands) =>
      islands.map((island) => [
        ...Array.from(
          island.querySelectorAll<HTMLInputElement | HTMLSelectElement>('input, select, textarea'),
          (control) =>
            control instanceof HTMLInputElement && ['checkbox', 'radio'].includes(control.type)
              ? `${control.type}:${String(control.checked)}`
              : control.type === 'file'
                ? 'file'
                : `${control.type}:${control.value}`,
        ),
        ...Array.from(
          island.querySelectorAll('[aria-pressed]'),
          (button) => `pressed:${button.getAttribute('aria-pressed')}`,
        ),
        ...Array.from(
          island.querySelectorAll<HTMLElement>('[data-quantity]'),
          (number) =>
            `${number.dataset['quantity']}=${number.dataset['value'] ?? number.textContent}`,
        ),
      ]),
    );
}

test('the build has chapters with widgets to copy links from', () => {
  expect(CHAPTERS.length).toBeGreaterThanOrEqual(10);
});

for (const { slug, rows } of CHAPTERS) {
  const path = pagePath(`${slug}/`);

  test(`${path}: each widget's Copy link opens every widget in exactly the state it was left in`, async ({
    page,
    context,
    baseURL,
  }) => {
    await allowClipboard(context, baseURL);
    await openPage(page, path);
    const copyButtons = page.getByRole('button', { name: 'Copy link' });
    await expect(copyButtons).toHaveCount(rows);
    const opened = await pageState(page);

    // Every widget changed first, then each row's link copied: all of them hold the same state.
    const rowsOf = Array.from({ length: rows }, (_, row) => copyButtons.nth(row));
    const changes: (string | undefined)[] = [];
    for (const [row, button] of rowsOf.entries()) {
      const before = new URL(page.url()).search;
      const change = [await changeWidget(islandOf(button)), await changeChoices(islandOf(button))]
        .filter(Boolean)
        .join(', ');
      changes.push(change);
      if (!change) continue;
      // The change reached the widget's store: the address, which the stores write, follows.
      await expect
        .poll(() => new URL(page.url()).search, { message: `widget ${row + 1}: ${change}` })
        .not.toBe(before);
    }
    const links: string[] = [];
    for (const [row, button] of rowsOf.entries()) {
      await button.click();
      await expect(
        islandOf(button).getByRole('status').filter({ hasText: 'Link copied' }),
        `widget ${row + 1}: ${changes[row] || 'unchanged'}`,
      ).toBeVisible();
      links.push(await page.evaluate(() => navigator.clipboard.readText()));
    }
    const left = await pageState(page);
    expect(left, 'every widget was changed').not.toEqual(opened);

    // The page's link holds every store's changes: each row gives the same query, at its section.
    const queries = links.map((link) => new URL(link).search);
    expect(new Set(queries).size, 'one state, whichever row copied it').toBe(1);
    expect(queries[0]).not.toBe('');
    for (const link of links) expect(new URL(link).hash).toMatch(/^#[\w-]+$/);

    // The state is in the query, the same for every row (the section only moves the view and
    // the focus, which links.spec.ts checks): one new page shows whether the state came back.
    const fresh = await context.newPage();
    await fresh.goto(links.at(-1)!);
    await waitForIslands(fresh);
    expect(await pageState(fresh)).toEqual(left);
    await fresh.close();
  });
}
