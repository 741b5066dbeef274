/**
 * Accessibility checks with axe-core, shared by every spec: the rule sets, and the themes a page
 * is checked in.
 */
import { AxeBuilder } from '@axe-core/playwright';
import type { Page } from '@playwright/test';

export const THEMES = ['light', 'dark'] as const;
export type Theme = (typeof THEMES)[number];

/** The WCAG 2.2 AA rules and axe's best practices. */
export const AXE_TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa', 'best-practice'];

/** The axe rules whose outcome depends on the theme's colours. */
export const COLOUR_RULES = ['color-contrast', 'link-in-text-block'];

/**
 * KaTeX's MathML copy of each formula: read by screen readers, clipped to one pixel on screen.
 * Contrast is a property of visible text, so the colour rules leave it out; every other rule
 * checks it.
 */
const HIDDEN_MATHML = '.katex-mathml';

export interface AxeScope {
  /** Only the rules that depend on colour (for a second theme: structure and names are shared). */
  coloursOnly?: boolean;
  /** Check only inside this selector (a widget in a state the page-wide check has not seen). */
  include?: string;
}

/** Runs axe on the page as it is now and lists each violation with the elements it found. */
export async function axeViolations(page: Page, scope: AxeScope = {}): Promise<string[]> {
  let builder = new AxeBuilder({ page });
  if (scope.include) builder = builder.include(scope.include);
  builder = scope.coloursOnly
    ? builder.withRules(COLOUR_RULES).exclude(HIDDEN_MATHML)
    : builder.withTags(AXE_TAGS);
  const results = await builder.analyze();
  return results.violations.flatMap((violation) =>
    violation.nodes.map(
      (node) =>
        `${violation.id} (${violation.impact ?? 'no impact'}): ${violation.help} — ` +
        `${node.target.map(String).join(' ')}: ${node.failureSummary ?? ''}`.replace(/\s+/g, ' '),
    ),
  );
}

/** Makes every page of this test open in a theme, as a reader who picked it earlier would. */
export async function useTheme(page: Page, theme: Theme): Promise<void> {
  await page.addInitScript((chosen) => localStorage.setItem('starlight-theme', chosen), theme);
  await page.emulateMedia({ colorScheme: theme });
}

/** Switches the open page's theme with the site's own theme menu, as a reader does. */
export async function pickTheme(page: Page, theme: Theme): Promise<void> {
  const menu = page.getByRole('combobox', { name: 'Select theme' }).locator('visible=true');
  await menu.selectOption(theme);
  await page.waitForFunction((chosen) => document.documentElement.dataset.theme === chosen, theme);
}
