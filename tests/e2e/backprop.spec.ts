/**
 * The backpropagation chapters: every derivative on their pages, in equations, widgets and
 * tables, equals the chapter network's backward pass computed here by hand (no engine), to 1e-12,
 * at the chapter's example and after a reader edits a weight, an input and the target; the
 * diagram fits a phone; the stepper works from the keyboard and announces each step.
 */
import type { Page } from '@playwright/test';
import { expect, test } from './fixtures.ts';
import { boxText, control, openEmbed, openPage, pagePath, widget } from './site.ts';
import { CHAPTER_PARAMETERS as PARAMETERS, backpropByHand } from '../reference/backprop-by-hand.ts';

const PAGES = ['backpropagation/', 'backpropagation-example/', 'training-steps/'];

/** The first full-precision value the page shows for each key (its state, as the reader set it). */
async function stateOnPage(
  page: Page,
): Promise<{ p: Record<string, number>; x: number[]; y: number }> {
  const values = await page.evaluate(
    (keys) => {
      const found: Record<string, number> = {};
      for (const key of keys) {
        const element = document.querySelector(`[data-quantity="${key}"]`);
        found[key] = Number(element?.getAttribute('data-value'));
      }
      return found;
    },
    [...PARAMETERS, 'x1', 'x2', 'x3', 'y'],
  );
  return {
    p: values,
    x: [values['x1']!, values['x2']!, values['x3']!],
    y: values['y']!,
  };
}

/** Asserts every dL/d… on the page against the hand computation; returns how many were checked. */
async function expectDerivatives(
  page: Page,
  expected: { p: Record<string, number>; x: number[]; y: number },
) {
  const reference = backpropByHand(expected.p, expected.x, expected.y);
  await expect
    .poll(async () => {
      const shown = await page.evaluate(() =>
        Array.from(document.querySelectorAll('[data-quantity^="dL/d"]'), (element) => ({
          key: element.getAttribute('data-quantity') ?? '',
          value: Number(element.getAttribute('data-value')),
        })),
      );
      const wrong = shown.filter(
        ({ key, value }) =>
          !(key in reference) ||
          !(Math.abs(value - reference[key]!) <= 1e-12 * Math.max(1, Math.abs(reference[key]!))),
      );
      return { count: shown.length, wrong: wrong.slice(0, 5) };
    })
    .toMatchObject({ wrong: [] });
  return page.locator('[data-quantity^="dL/d"]').count();
}

for (const slug of PAGES) {
  test.describe(`page /${slug}`, () => {
    test('every derivative equals the hand computation, at the example and after edits', async ({
      page,
    }) => {
      await openPage(page, pagePath(slug));
      const start = await stateOnPage(page);
      expect(start.x).toEqual([0.5, 0.2, 0.7]);
      expect(start.y).toBe(0.3);
      const count = await expectDerivatives(page, start);
      expect(count).toBeGreaterThanOrEqual(slug === 'training-steps/' ? 2 : 20);

      // A reader edits a weight, an input and the target: in the page's network widget, or,
      // where the page has controls for only some of them, by opening a link to that state.
      if (slug === 'training-steps/') {
        await openPage(page, `${pagePath(slug)}?network.w14=0.8&network.x2=-0.4&network.y=0.65`);
      } else {
        const scope = widget(page);
        const edits: [string, number][] = [
          ['λ1,4', 0.8],
          ['x2', -0.4],
          ['y', 0.65],
        ];
        for (const [label, value] of edits) {
          const { box } = control(scope, label);
          await box.fill('');
          await box.pressSequentially(boxText(value));
          await box.press('Tab');
        }
      }
      const edited = {
        p: { ...start.p, w14: 0.8 },
        x: [0.5, -0.4, 0.7],
        y: 0.65,
      };
      await expectDerivatives(page, edited);
    });
  });
}

test.describe('the building-blocks chapter', () => {
  // The diagram and the stepper alone, each on its own page (a tenth of the chapter's size).
  test.describe('NetworkWidget (network/)', () => {
    test('the diagram, on its own page, shows ∂L/∂ on every node and weight in the backward view', async ({
      page,
    }) => {
      await openEmbed(page, 'backward-pass');
      const scope = widget(page);
      await scope.getByRole('radio', { name: /Backward/ }).check();
      // Nodes carry theirs in the diagram; the weights and biases on their lines, or, when the
      // layers run down a narrow column, in the list under the diagram.
      const diagram = scope.locator('svg.network-diagram');
      for (const key of ['dL/dH4in', 'dL/dH4', 'dL/dO6in', 'dL/dO6', 'dL/dI1', 'dL/dI3'])
        await expect(diagram.locator(`[data-quantity="${key}"]`).first()).toBeVisible();
      const drawn = scope.locator('svg.network-diagram, .parameter-list');
      for (const key of ['w14', 'w24', 'w34', 'w15', 'w25', 'w35', 'w46', 'w56', 'b4', 'b5', 'b6'])
        await expect(drawn.locator(`[data-quantity="dL/d${key}"]`).first()).toBeVisible();
      await expect(diagram.locator('marker')).toHaveAttribute('orient', 'auto-start-reverse');
      await expectDerivatives(page, await stateOnPage(page));
    });
  });

  // The chapter on a phone: the network diagram and the equations around it.
  for (const width of [320, 390]) {
    test(`fits a ${width} px phone: no sideways scrolling, diagram text at least 14 px`, async ({
      page,
    }) => {
      await page.setViewportSize({ width, height: 800 });
      await openPage(page, pagePath('backpropagation/'));
      const overflow = await page.evaluate(() => {
        const root = document.scrollingElement!;
        return root.scrollWidth - root.clientWidth;
      });
      expect(overflow).toBeLessThanOrEqual(0);
      // The diagram is drawn for a laptop's column until it has measured its room (after
      // hydration), then laid out again for the phone: wait for that layout.
      const smallest = () =>
        page.evaluate(() =>
          Math.min(
            ...Array.from(
              document.querySelectorAll('svg.network-diagram text'),
              (text) => (text as SVGTextElement).getBoundingClientRect().height,
            ).filter((height) => height > 0),
          ),
        );
      // A 14 px font's text box is about 16 px tall; subscripts are inside it.
      await expect.poll(smallest).toBeGreaterThanOrEqual(15);
      const displays = await page.evaluate(() =>
        Array.from(document.querySelectorAll('.katex-display'))
          .filter((display) => display.scrollWidth > display.clientWidth + 1)
          .map((display) => (display.textContent ?? '').slice(0, 60)),
      );
      expect(displays).toEqual([]);
    });
  }

  test.describe('BackpropStepper (backprop/)', () => {
    test('the stepper, on its own page, is usable by keyboard alone and announces each step', async ({
      page,
    }) => {
      await openEmbed(page, 'backprop-stepper');
      const stepper = page.locator('figure.backprop-stepper');
      const next = stepper.getByRole('button', { name: /Next step/ });
      await next.focus();
      const live = stepper.locator('[aria-live="polite"]');
      await page.keyboard.press('Enter');
      await expect(live).toHaveText(/^Step 2 of \d+\. Activation of H4/);
      await page.keyboard.press('ArrowRight');
      await expect(live).toHaveText(/^Step 3 of /);
      await page.keyboard.press('End');
      await expect(live).toHaveText(/^Step (\d+) of \1\. Update/);
      await page.keyboard.press('Home');
      await expect(live).toHaveText(/^Step 1 of /);
      // The backward pass, to the node reached by two paths: both terms and their sum.
      await stepper.getByRole('button', { name: 'Backward pass' }).click();
      let text = '';
      for (let i = 0; i < 12 && !/∂L\/∂I1/.test(text); i++) {
        await page.keyboard.press('ArrowRight');
        text = (await live.textContent()) ?? '';
      }
      expect(text).toMatch(/2 connections leaving I1/);
      await expect(stepper.locator('.operation-terms')).toContainText('term 2');
      const sum = stepper.locator('.operation-terms [data-quantity="dL/dI1"]');
      await expect(sum).toHaveCount(1);
      // The diagram marks the node in use.
      await expect(stepper.locator('svg .node.is-current')).toHaveCount(1);
      await expect(stepper.locator('svg line.connection.is-current')).toHaveCount(2);
    });
  });
});
