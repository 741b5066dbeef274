/**
 * Accessibility checks with axe-core, shared by every spec: the rule sets, and the themes a page
 * is checked in.
 */
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import type { AxeResults, ContextObject, RunOptions } from 'axe-core';
import type { Page } from '@playwright/test';

export const THEMES = ['light', 'dark'] as const;
export type Theme = (typeof THEMES)[number];

/** The WCAG 2.2 AA rules and axe's best practices. */
export const AXE_TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa', 'best-practice'];

/** The axe rules whose outcome depends on the theme's colours. */
export const COLOUR_RULES = ['color-contrast', 'link-in-text-block'];

/**
 * Every formula: KaTeX's MathML, the one copy that readers see and screen readers read (about
 * 4,000 of the 5,400 elements of /backpropagation/). Axe leaves formulas out: it has no rule for
 * MathML, and walking them is most of a long chapter's time. What a formula could still get wrong
 * for a reader, {@link katexStructureSlips} checks directly. It keeps the live numbers in them,
 * which the book colours itself, for the colour rules; every other part of a formula draws in the
 * colour of the text around it (checked by {@link katexColourSlips}), which the colour rules check
 * wherever that text is.
 */
const FORMULAS = '.katex';
const LIVE_IN_FORMULAS = '.katex [data-quantity]';

export interface AxeScope {
  /** Only the rules that depend on colour (for a second theme: structure and names are shared). */
  coloursOnly?: boolean;
  /** Check only inside this selector (a widget in a state the page-wide check has not seen). */
  include?: string;
}

/**
 * Axe's results are gathered for violations only: its passing, inapplicable and unsure results keep
 * one element each instead of every element they cover. The rules still run on every element and
 * every violation is reported in full; the tests read nothing else. Frames are not entered: the
 * book's pages hold none.
 */
const VIOLATIONS_ONLY: RunOptions = { resultTypes: ['violations'], iframes: false };

/** axe-core's own script, read once per test worker. */
const AXE_SOURCE = readFileSync(
  createRequire(import.meta.url).resolve('axe-core/axe.min.js'),
  'utf8',
);

/**
 * Runs axe in the page as it is now and answers its violations. Axe's script goes into a page once
 * and serves every later check of that page (a second theme, a changed widget): injecting it again
 * for each check, as @axe-core/playwright's builder does, cost 0.4-0.8 s a check, a third to a
 * half of a check on a short page. The book's pages hold no frames, so axe runs in the page alone:
 * its cross-frame mode would copy every result out to a blank page to merge it, which doubled the
 * time of a long chapter.
 */
async function runAxe(page: Page, context: ContextObject, options: RunOptions) {
  const present = await page.evaluate(() => 'axe' in window);
  if (!present) await page.evaluate(AXE_SOURCE);
  return page.evaluate(
    async ([context, options]) => {
      type Axe = { run(context: unknown, options: unknown): Promise<AxeResults> };
      const { axe } = window as unknown as { axe: Axe };
      const results = await axe.run(context, options);
      return results.violations;
    },
    [context, options] as const,
  );
}

/**
 * The one finding the book accepts, with its reason: axe 4.14 reads Starlight's search button as
 * labelled "Search Ctrl K", as it shows its keyboard shortcut beside its label, while its name is
 * "Search". The shortcut is a hint, given to assistive technology by `aria-keyshortcuts`; the
 * label a speech user reads and says is "Search", and it is the name. Only that rule, only that
 * button.
 */
function accepted(rule: string, target: string): boolean {
  return rule === 'label-content-name-mismatch' && target === 'button[data-open-modal=""]';
}

/** One line per element axe found, with the rule and what failed. */
function describe(violations: AxeResults['violations']): string[] {
  return violations.flatMap((violation) =>
    violation.nodes
      .filter((node) => !accepted(violation.id, node.target.map(String).join(' ')))
      .map(
        (node) =>
          `${violation.id} (${violation.impact ?? 'no impact'}): ${violation.help} — ` +
          `${node.target.map(String).join(' ')}: ${node.failureSummary ?? ''}`.replace(/\s+/g, ' '),
      ),
  );
}

/**
 * Parts of formulas that would escape the colour rules: any element of a formula's MathML, outside
 * a live number, whose colour differs from the text around the formula or that paints a background
 * of its own.
 */
export async function katexColourSlips(page: Page, include = 'body'): Promise<string[]> {
  return page.evaluate(
    ({ include, formulas, live }) => {
      const slips: string[] = [];
      for (const scope of document.querySelectorAll(include)) {
        for (const formula of scope.querySelectorAll(formulas)) {
          const around = formula.parentElement;
          if (!around) continue;
          const colour = getComputedStyle(around).color;
          for (const element of formula.querySelectorAll('math, math *')) {
            if (element.closest(live) || element.closest('annotation')) continue;
            const style = getComputedStyle(element);
            const background = style.backgroundColor;
            if (
              style.color !== colour ||
              (background !== 'rgba(0, 0, 0, 0)' && background !== 'transparent')
            ) {
              slips.push(
                `katex-colour: "${element.textContent?.slice(0, 30)}" draws ${style.color} on ${background} beside text in ${colour}`,
              );
            }
          }
        }
      }
      return slips;
    },
    { include, formulas: FORMULAS, live: '[data-quantity]' },
  );
}

/**
 * What a formula could do wrong that the structure rules would have found, had they read it: its
 * MathML hidden from assistive technology, anything in it that takes the focus, no MathML or more
 * than one, an id (which could repeat one elsewhere), and a live number that is not a MathML
 * number (<mn>) or has no text.
 */
export async function katexStructureSlips(page: Page, include = 'body'): Promise<string[]> {
  return page.evaluate(
    ({ include, formulas }) => {
      const focusable =
        'a[href], button, input, select, textarea, summary, iframe, [tabindex], [contenteditable]';
      const slips: string[] = [];
      for (const scope of document.querySelectorAll(include)) {
        for (const formula of scope.querySelectorAll(formulas)) {
          const maths = formula.querySelectorAll(':scope > math');
          const text = (maths[0]?.firstElementChild ?? formula).textContent?.slice(0, 30);
          if (formula.closest('[aria-hidden="true"]') || formula.querySelector('[aria-hidden]')) {
            slips.push(`katex-structure: "${text}" hides its MathML from assistive technology`);
          }
          const grabs = formula.querySelectorAll(focusable);
          if (grabs.length > 0) {
            slips.push(`katex-structure: "${text}" has ${grabs.length} focusable element(s)`);
          }
          if (maths.length !== 1) {
            slips.push(`katex-structure: "${text}" has ${maths.length} MathML copies`);
          }
          const ids = formula.querySelectorAll('[id]').length;
          if (ids > 0) slips.push(`katex-structure: "${text}" holds ${ids} id(s)`);
          for (const live of formula.querySelectorAll('[data-quantity]')) {
            if (live.localName !== 'mn' || !live.textContent?.trim()) {
              slips.push(
                `katex-structure: live number ${live.getAttribute('data-quantity')} is a <${live.localName}> "${live.textContent ?? ''}", not a MathML number`,
              );
            }
          }
        }
      }
      return slips;
    },
    { include, formulas: FORMULAS },
  );
}

/**
 * Runs axe on the page as it is now and lists each violation with the elements it found.
 *
 * Axe runs in the page itself ({@link runAxe}). The rules leave formulas out but for their live
 * numbers (see {@link FORMULAS}), and formulas get their own structure and colour checks.
 */
export async function axeViolations(page: Page, scope: AxeScope = {}): Promise<string[]> {
  const root = scope.include ?? 'body';
  // One run of axe for every rule: the colour rules also reach the live numbers inside formulas
  // (they are the page's own text there); the structure rules see those numbers too, which have
  // nothing for them to find. A run's fixed cost (axe's copy of the page's tree) is paid once.
  const runOnly: RunOptions['runOnly'] = scope.coloursOnly
    ? { type: 'rule', values: COLOUR_RULES }
    : { type: 'tag', values: AXE_TAGS };
  const context: ContextObject = {
    include: [[root], [`${root} ${LIVE_IN_FORMULAS}`]],
    exclude: [[FORMULAS]],
  };
  const found = describe(await runAxe(page, context, { ...VIOLATIONS_ONLY, runOnly }));
  if (!scope.coloursOnly) found.push(...(await katexStructureSlips(page, root)));
  found.push(...(await katexColourSlips(page, root)));
  return found;
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

/**
 * Switches the reader's system theme, for a page whose theme follows it (an embed page has no
 * theme menu), and waits until the page has followed.
 */
export async function followSystemTheme(page: Page, theme: Theme): Promise<void> {
  await page.emulateMedia({ colorScheme: theme });
  await page.waitForFunction((chosen) => document.documentElement.dataset.theme === chosen, theme);
}

/** Relative luminance of an sRGB colour given as "rgb(r, g, b)" (WCAG 2 definition). */
function luminance(rgb: string): number {
  const [r, g, b] = (rgb.match(/[\d.]+/g) ?? []).slice(0, 3).map((channel) => {
    const c = Number(channel) / 255;
    return c <= 0.03928 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4;
  });
  return 0.2126 * r! + 0.7152 * g! + 0.0722 * b!;
}

/** WCAG contrast ratio of two colours. */
export function contrast(a: string, b: string): number {
  const [light, dark] = [luminance(a), luminance(b)].sort((x, y) => y - x);
  return (light! + 0.05) / (dark! + 0.05);
}
