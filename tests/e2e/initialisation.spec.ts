/**
 * The initialisation chapter as a reader uses it: they draw weights by scheme, layer, count and
 * seed, and compare the histogram's numbers with the theory; they start the chapter's network from
 * zero, from its own draw and from a draw twenty times larger; and they type numbers the widgets
 * must refuse. Every number on screen is compared with the engine, run here with the same
 * settings, and formatted here.
 */
import type { Locator, Page } from '@playwright/test';
import {
  drawWeights,
  histogram,
  initLimit,
  numpyRandom,
  summarize,
  trainFromScaledStart,
  weightGradientNorm,
  type InitScheme,
} from '../../src/engine/index.ts';
import { test, expect } from './fixtures.ts';
import {
  control,
  expectNoBrokenNumbers,
  expectQuantity,
  messages,
  openPage,
  pagePath,
  shown,
} from './site.ts';

const INITIALISATION = pagePath('initialisation/');

// Each test opens the page once and walks through many states.
test.describe.configure({ timeout: 90_000 });

/**
 * How a reader types: select what the box holds, then type over it one key at a time (the first
 * key replaces the selection, so the box is never empty for long enough to be applied as empty).
 */
async function typeInto(box: Locator, text: string): Promise<void> {
  await box.click();
  await box.press('ControlOrMeta+a');
  if (text) await box.pressSequentially(text);
  else await box.press('Backspace');
}

/** One copy of a live number: its text, full-precision value and the decimals it shows. */
interface Copy {
  text: string;
  value: number;
  digits: number;
}

/** Every live number of a widget, by key: each copy's text, value and decimals. */
async function numbersOf(figure: Locator): Promise<Record<string, Copy[]>> {
  return figure.evaluate((root) => {
    const found: Record<string, Copy[]> = {};
    for (const element of root.querySelectorAll('[data-quantity]')) {
      (found[element.getAttribute('data-quantity') ?? ''] ??= []).push({
        text: (element.textContent ?? '').trim(),
        value: Number(element.getAttribute('data-value')),
        digits: Number(element.getAttribute('data-digits')),
      });
    }
    return found;
  });
}

/**
 * Asserts that every copy of each key shows the engine's value: its text rounded to the decimals
 * that copy shows, and its data-value within 1e-12. Waits for the widget to catch up.
 */
async function expectNumbers(figure: Locator, expected: Record<string, number>): Promise<void> {
  await expect
    .poll(async () => {
      const numbers = await numbersOf(figure);
      for (const [key, value] of Object.entries(expected)) {
        const copies = numbers[key] ?? [];
        if (copies.length === 0) return `no ${key}`;
        for (const copy of copies) {
          const text = shown(value, copy.digits);
          if (copy.text !== text) return `${key} shows "${copy.text}", expected "${text}"`;
          if (!(Math.abs(copy.value - value) <= 1e-12 * Math.max(1, Math.abs(value)))) {
            return `${key} carries ${copy.value}, expected ${value}`;
          }
        }
      }
      return 'ok';
    })
    .toBe('ok');
}

/** Starts recording every message the widget's alerts show; returns a reader of them. */
async function recordMessages(figure: Locator): Promise<() => Promise<string[]>> {
  const id = await figure.getAttribute('id');
  await figure.evaluate((root) => {
    const said: string[] = [];
    (window as unknown as Record<string, string[]>)[`said-${root.id}`] = said;
    new MutationObserver(() => {
      for (const alert of root.querySelectorAll('[role="alert"]')) {
        const text = (alert.textContent ?? '').trim();
        if (text && said[said.length - 1] !== text) said.push(text);
      }
    }).observe(root, { subtree: true, childList: true, characterData: true });
  });
  return () =>
    figure
      .page()
      .evaluate((key) => (window as unknown as Record<string, string[]>)[key] ?? [], `said-${id}`);
}

/** The histogram widget's numbers as the engine computes them for a setting. */
function engineDraws(scheme: InitScheme, p: number, k: number, count: number, seed: number) {
  const limit = initLimit(scheme, p, k);
  const draws = drawWeights(scheme, p, k, count, numpyRandom(seed));
  const counted = histogram(draws, 20, -limit, limit);
  const summary = summarize(draws);
  const values: Record<string, number> = {
    limit,
    low: -limit,
    high: limit,
    count,
    min: summary.min,
    max: summary.max,
    mean: summary.mean,
    sd: summary.standardDeviation,
    expectedSd: limit / Math.sqrt(3),
    expectedCount: count / 20,
    outside: 0,
  };
  counted.counts.forEach((c, i) => (values[`binCount.${i}`] = c));
  for (let i = 0; i < 6; i++) values[`draw.${i}`] = draws[i]!;
  return values;
}

/** The scale widget's numbers at epoch 0, from the engine. */
function engineStart(scale: number, seed = 13) {
  const { trace } = trainFromScaledStart({ scale, seed, epochs: 300 });
  const pass = trace.samples[0]!;
  const [h4, h5] = [pass.nodeOutputs[3]![0]!, pass.nodeOutputs[4]![0]!];
  return {
    values: {
      H4: h4,
      H5: h5,
      // The sigmoid's slope, σ(1 − σ), written here.
      'dH4/dH4in': h4 * (1 - h4),
      'dH5/dH5in': h5 * (1 - h5),
      hiddenGradient: weightGradientNorm(trace, 1, 0),
      outputGradient: weightGradientNorm(trace, 2, 0),
      loss: trace.loss[0]!,
    },
    trace,
  };
}

function drawsWidget(page: Page): Locator {
  return page.locator('figure#draws');
}

function scaleWidget(page: Page): Locator {
  return page.locator('figure#start');
}

test.describe('WeightDrawsWidget (initialisation/)', () => {
  test('the histogram shows the engine’s draws, redraws for each scheme, layer, count and seed, and refuses bad input', async ({
    page,
  }) => {
    await openPage(page, INITIALISATION);
    const widget = drawsWidget(page);

    await test.step('the chapter’s hidden layer: Xavier, p = 3, 1000 draws of seed 13', async () => {
      await expectNumbers(widget, engineDraws('xavier', 3, 2, 1000, 13));
      // The first six draws are the chapter's weights, as the prose says.
      await expect(
        widget.getByText(/^The first 6 draws: 0\.321, −0\.303, 0\.374, 0\.538/),
      ).toBeVisible();
      await expectQuantity(page, 'equation', 'limit', initLimit('xavier', 3, 2), 'draws');
    });

    await test.step('normalized Xavier from the menu', async () => {
      await widget.getByRole('combobox', { name: 'Scheme' }).selectOption('normalizedXavier');
      await expectNumbers(widget, engineDraws('normalizedXavier', 3, 2, 1000, 13));
    });

    await test.step('the wide layer from its button', async () => {
      const wide = widget.getByRole('button', { name: /a wide layer/ });
      await wide.click();
      await expect(wide).toHaveAttribute('aria-pressed', 'true');
      await expect(control(widget, 'p').box).toHaveValue('256');
      await expectNumbers(widget, engineDraws('normalizedXavier', 256, 256, 1000, 13));
    });

    await test.step('p and k typed, N by the box, the seed by the slider’s arrow keys', async () => {
      await typeInto(control(widget, 'p').box, '10');
      await control(widget, 'p').box.press('Enter');
      await typeInto(control(widget, 'k').box, '5');
      await control(widget, 'k').box.press('Tab');
      await typeInto(control(widget, 'N').box, '50000');
      await control(widget, 'N').box.press('Enter');
      await control(widget, 'seed').slider.focus();
      await control(widget, 'seed').slider.press('ArrowRight');
      await expect(control(widget, 'seed').box).toHaveValue('14');
      await expectNumbers(widget, engineDraws('normalizedXavier', 10, 5, 50000, 14));
    });

    await test.step('back to plain Xavier', async () => {
      await widget.getByRole('combobox', { name: 'Scheme' }).selectOption('xavier');
      await expectNumbers(widget, engineDraws('xavier', 10, 5, 50000, 14));
    });

    await test.step('the address holds the state', async () => {
      // The address follows the changes after its debounce, so wait for all of them at once: the
      // address before its first write has no scheme either. Xavier is where the page starts, so
      // the link leaves it out.
      const settings = () => {
        const query = new URL(page.url()).searchParams;
        return ['draws.seed', 'draws.p', 'draws.k', 'draws.count', 'draws.scheme'].map(
          (key) => `${key}=${query.get(key)}`,
        );
      };
      await expect
        .poll(settings)
        .toEqual([
          'draws.seed=14',
          'draws.p=10',
          'draws.k=5',
          'draws.count=50000',
          'draws.scheme=null',
        ]);
    });

    const kept = engineDraws('xavier', 10, 5, 50000, 14);

    await test.step('N: empty, letters, 10⁹ and a decimal comma are refused, and said why', async () => {
      const box = control(widget, 'N').box;
      // Typed key by key; every prefix of these is refused too, so a pause on a slow machine (which
      // applies what is typed so far) cannot change the state on the way.
      for (const [text, message] of [
        ['', /^N needs a number, such as 0\.75\. Kept 50000\.$/],
        ['abc', /^N needs a number, such as 0\.75\. Kept 50000\.$/],
        ['1e9', /^N must be between 10 and 100000\. Kept 50000\.$/],
        ['2,5', /^N needs a whole number\. Kept 50000\.$/],
      ] as const) {
        await typeInto(box, text);
        await box.press('Enter');
        await expect(messages(widget), `N = "${text}"`).toHaveText(message);
      }
      await expect(box).toHaveAttribute('aria-invalid', 'true');
      await box.press('Escape');
      await expect(messages(widget)).toHaveCount(0);
      await expect(box).toHaveValue('50000');
      await expectNumbers(widget, kept);
    });

    await test.step('N half-typed, then Tab: the box puts back the last count and says why', async () => {
      const box = control(widget, 'N').box;
      const said = await recordMessages(widget);
      await typeInto(box, '1e');
      await box.press('Tab');
      await expect(box).toHaveValue('50000');
      await expect(box).toHaveAttribute('aria-invalid', 'false');
      // Said as the reader leaves (or, on a machine slow enough to pause before the Tab, as the
      // pause applied it).
      await expect
        .poll(said)
        .toContainEqual(expect.stringMatching(/^N needs a number.*Kept 50000\.$/));
      await expectNumbers(widget, kept);
    });

    await expectNoBrokenNumbers(page);
  });
});

test.describe('ScaleWidget (initialisation/)', () => {
  test('starting from zero keeps H₄ = H₅, a large scale saturates the sigmoid, bad scales are refused', async ({
    page,
  }) => {
    await openPage(page, INITIALISATION);
    const widget = scaleWidget(page);
    await widget.scrollIntoViewIfNeeded();
    // The run's table sits in a closed <details>: read, not seen.
    const table = widget.locator('table', { hasText: 'H₄, H₅ and the loss' });

    /** The table's H₄ and H₅ columns, as full-precision values. */
    const columns = () =>
      table.evaluate((element) => {
        const column = (prefix: string) =>
          Array.from(element.querySelectorAll(`td[data-quantity^="${prefix}."]`), (cell) =>
            Number(cell.getAttribute('data-value')),
          );
        return { h4: column('H4At'), h5: column('H5At') };
      });

    await test.step('the chapter’s start: every number is the engine’s', async () => {
      const start = engineStart(1);
      await expectNumbers(widget, start.values);
      const w14 = start.trace.parameterGradients[0]![0]!;
      await expectQuantity(page, 'equation', 'dL/dw14', w14, 'start');
      const { h4, h5 } = await columns();
      expect(h4).toHaveLength(11);
      expect(h4.some((value, i) => value !== h5[i])).toBe(true);
    });

    await test.step('all zero: H₄ = H₅ at every epoch in the table, slopes of 1/4, no hidden gradient', async () => {
      const zero = widget.getByRole('button', { name: /all zero/ });
      await zero.click();
      await expect(zero).toHaveAttribute('aria-pressed', 'true');
      await expect(control(widget, 'scale').box).toHaveValue('0.00');
      const start = engineStart(0);
      expect(start.values['dH4/dH4in']).toBe(0.25);
      expect(start.values.hiddenGradient).toBe(0);
      await expectNumbers(widget, { ...start.values, gap: 0 });
      const { h4, h5 } = await columns();
      expect(h4).toHaveLength(11);
      expect(h4).toEqual(h5);
      await expect(
        widget.getByText(/largest difference between them at any epoch is 0\.000000\./),
      ).toBeVisible();
      await expectQuantity(page, 'equation', 'dL/dw14', 0, 'start');
    });

    await test.step('large: slopes near 0 and the hidden nodes stuck', async () => {
      await widget.getByRole('button', { name: /large/ }).click();
      const start = engineStart(20);
      expect(start.values['dH4/dH4in']).toBeLessThan(0.01);
      expect(start.values['dH5/dH5in']).toBeLessThan(0.01);
      await expectNumbers(widget, start.values);
      const numbers = await numbersOf(widget);
      expect(numbers['dH4/dH4in']![0]!.value).toBeLessThan(0.01);
      expect(numbers['dH5/dH5in']![0]!.value).toBeLessThan(0.01);
      const { h4 } = await columns();
      expect(Math.max(...h4) - Math.min(...h4)).toBeLessThan(1e-3);
      await expect.poll(() => page.url()).toContain('start.scale=20');
    });

    await test.step('scale: too large and letters are refused; a decimal comma is a point', async () => {
      const box = control(widget, 'scale').box;
      // 25 is pasted (its prefix 2 is a good scale); letters are typed.
      await box.fill('25');
      await box.press('Enter');
      await expect(messages(widget)).toHaveText(/^scale must be between 0 and 20\. Kept 20\.00\.$/);
      await typeInto(box, 'big');
      await box.press('Enter');
      await expect(messages(widget)).toHaveText(
        /^scale needs a number, such as 0\.75\. Kept 20\.00\.$/,
      );
      await expect(box).toHaveAttribute('aria-invalid', 'true');
      await box.press('Escape');
      await expectNumbers(widget, engineStart(20).values);
      await typeInto(box, '0,5');
      await box.press('Tab');
      await expect(box).toHaveValue('0.50');
      await expect(messages(widget)).toHaveCount(0);
      await expectNumbers(widget, engineStart(0.5).values);
    });

    await test.step('Reset brings back the chapter’s start', async () => {
      await widget.getByRole('button', { name: 'Reset to the chapter’s example' }).click();
      await expectNumbers(widget, engineStart(1).values);
    });
    await expectNoBrokenNumbers(page);
  });
});
