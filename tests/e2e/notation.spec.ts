/**
 * The notation page, the glossary terms that link to it from the chapters, and the home page as
 * the book's front door: its contents follow the sidebar and every entry opens its chapter.
 */
import { GLOSSARY } from '../../src/content/glossary.ts';
import { sidebar } from '../../src/content/sidebar.ts';
import { test, expect } from './fixtures.ts';
import {
  FORWARD_PASS,
  defaultEpoch,
  engineValue,
  openPage,
  pagePath,
  shown,
  widget,
} from './site.ts';

const NOTATION = pagePath('notation/');

test('the notation page lists every symbol with its name and meaning, and reads one equation with the example’s numbers', async ({
  page,
}) => {
  await openPage(page, NOTATION);
  const table = page.getByRole('table', { name: 'The book’s symbols' });
  await expect(table.getByRole('row')).toHaveCount(GLOSSARY.length + 1);
  const rows = await table.locator('tbody tr').evaluateAll((trs) =>
    trs.map((tr) => ({
      id: tr.id,
      name: tr.querySelector('th')?.textContent?.trim(),
      mathml: tr.querySelector('td .katex > math') !== null,
    })),
  );
  expect(rows).toEqual(
    GLOSSARY.map((entry) => ({ id: `term-${entry.id}`, name: entry.name, mathml: true })),
  );

  // The worked example's numbers, as the build printed them (the page has no script of its own).
  const example = defaultEpoch();
  // The formula as read: the page carries no TeX source beside it (rehype-live-mathml.ts).
  const equation = await page.locator('.katex-display math').first().textContent();
  for (const key of ['w14', 'I1', 'w24', 'I2', 'w34', 'I3', 'b4', 'H4in']) {
    expect(equation).toContain(shown(engineValue(key, example)));
  }
  await expect(page.getByText('is live: change a weight')).toBeVisible();
  expect(await page.locator('astro-island, script[src*="PageState"]').count()).toBe(0);
});

test('a term shows its definition on keyboard focus and on hover, Escape hides it, and it links to its entry', async ({
  page,
}) => {
  await openPage(page, FORWARD_PASS);
  const term = page.getByRole('link', { name: 'λ1,4' }).first();
  const tip = page.locator('#term-tip-weight');
  await expect(term).toHaveAccessibleDescription(
    /^weight: The weight on the connection from node i/,
  );
  await expect(tip).toBeHidden();

  // Keyboard: focus from the element before it, as Tab would.
  await page.getByRole('link', { name: 'y', exact: true }).first().focus();
  await page.keyboard.press('Tab');
  await expect(term).toBeFocused();
  await expect(tip).toBeVisible();
  await page.keyboard.press('Escape');
  await expect(tip).toBeHidden();
  // The next term takes the focus and shows its own definition; Escape closes that one too.
  await page.keyboard.press('Tab');
  await expect(page.getByRole('link', { name: 'H4in' })).toBeFocused();
  await expect(page.locator('#term-tip-node-input')).toBeVisible();
  await page.keyboard.press('Escape');
  await expect(page.locator('#term-tip-node-input')).toBeHidden();

  // Pointer: hovering the symbol shows it, and it stays while the pointer moves onto it.
  const symbol = term.locator('.katex math');
  await symbol.hover();
  await expect(tip).toBeVisible();
  await tip.hover();
  await expect(tip).toBeVisible();
  await widget(page).hover();
  await expect(tip).toBeHidden();

  await symbol.click();
  await expect(page).toHaveURL(new RegExp(`${NOTATION}#term-weight$`));
  await expect(page.locator('#term-weight')).toBeInViewport();
  await expect(page.locator('#term-weight th')).toHaveText('weight');
});

test('the home page says where to start, and its contents follow the sidebar to every chapter', async ({
  page,
}) => {
  await openPage(page, pagePath(''));
  const contents = page.getByRole('navigation', { name: 'Contents' });
  const groups = sidebar.flatMap((entry) => ('items' in entry ? [entry] : []));
  await expect(contents.getByRole('heading', { level: 3 })).toHaveText(
    groups.map((group) => group.label),
  );
  const slugs = groups.flatMap((group) => group.items);
  const links = contents.getByRole('link');
  await expect(links).toHaveCount(slugs.length);
  for (const [i, slug] of slugs.entries()) {
    await expect(links.nth(i)).toHaveAttribute('href', pagePath(`${slug}/`));
  }
  // Numbered once through the book, not again in each group.
  const numbers = await contents
    .locator('ol')
    .evaluateAll((lists) => lists.map((list) => (list as HTMLOListElement).start));
  expect(numbers[0]).toBe(1);
  const lastGroup = groups[groups.length - 1]?.items ?? [];
  expect(numbers.at(-1)).toBe(slugs.length - lastGroup.length + 1);

  await page.getByRole('link', { name: 'Start with the concepts' }).click();
  await expect(page).toHaveURL(new RegExp(`${pagePath('concepts/')}$`));
  await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
});
