/**
 * The backpropagation chapters: every derivative on their pages, in equations, widgets and
 * tables, equals the chapter network's backward pass computed here by hand (no engine), to 1e-12,
 * at the chapter's example and after a reader edits a weight, an input and the target; the
 * diagram fits a phone; the stepper works from the keyboard and announces each step.
 */
import type { Page } from '@playwright/test';
import { expect, test } from './fixtures.ts';
import { boxText, control, openPage, pagePath, widget } from './site.ts';

const PAGES = ['backpropagation/', 'backpropagation-example/', 'training-steps/'];
const PARAMETERS = ['w14', 'w24', 'w34', 'w15', 'w25', 'w35', 'b4', 'b5', 'w46', 'w56', 'b6'];

/** Every ∂L/∂ of the chapter's 3-2-1 network (sigmoid hidden, identity output), by hand. */
function backpropByHand(p: Record<string, number>, x: number[], y: number): Record<string, number> {
  const s = (z: number) => 1 / (1 + Math.exp(-z));
  const H4 = s(p.w14! * x[0]! + p.w24! * x[1]! + p.w34! * x[2]! + p.b4!);
  const H5 = s(p.w15! * x[0]! + p.w25! * x[1]! + p.w35! * x[2]! + p.b5!);
  const O6 = p.w46! * H4 + p.w56! * H5 + p.b6!;
  const dO6 = O6 - y;
  const dH4 = p.w46! * dO6;
  const dH5 = p.w56! * dO6;
  const dH4in = H4 * (1 - H4) * dH4;
  const dH5in = H5 * (1 - H5) * dH5;
  return {
    'dL/dO6': dO6,
    'dL/dO6in': dO6,
    'dL/dH4': dH4,
    'dL/dH5': dH5,
    'dL/dH4in': dH4in,
    'dL/dH5in': dH5in,
    'dL/dI1': p.w14! * dH4in + p.w15! * dH5in,
    'dL/dI2': p.w24! * dH4in + p.w25! * dH5in,
    'dL/dI3': p.w34! * dH4in + p.w35! * dH5in,
    'dL/dw14': x[0]! * dH4in,
    'dL/dw24': x[1]! * dH4in,
    'dL/dw34': x[2]! * dH4in,
    'dL/dw15': x[0]! * dH5in,
    'dL/dw25': x[1]! * dH5in,
    'dL/dw35': x[2]! * dH5in,
    'dL/db4': dH4in,
    'dL/db5': dH5in,
    'dL/dw46': H4 * dO6,
    'dL/dw56': H5 * dO6,
    'dL/db6': dO6,
  };
}

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
  test('the diagram shows ∂L/∂ on every node and weight in the backward view', async ({ page }) => {
    await openPage(page, pagePath('backpropagation/'));
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
      const smallest = await page.evaluate(() =>
        Math.min(
          ...Array.from(
            document.querySelectorAll('svg.network-diagram text'),
            (text) => (text as SVGTextElement).getBoundingClientRect().height,
          ).filter((height) => height > 0),
        ),
      );
      // A 14 px font's text box is about 16 px tall; subscripts are inside it.
      expect(smallest).toBeGreaterThanOrEqual(15);
      const displays = await page.evaluate(() =>
        Array.from(document.querySelectorAll('.katex-display'))
          .filter((display) => display.scrollWidth > display.clientWidth + 1)
          .map((display) => (display.textContent ?? '').slice(0, 60)),
      );
      expect(displays).toEqual([]);
    });
  }

  test('the stepper is usable by keyboard alone and announces each step', async ({ page }) => {
    await openPage(page, pagePath('backpropagation/'));
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
