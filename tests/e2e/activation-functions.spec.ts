/**
 * The activation-functions chapter as a reader uses it: they pick each function, move z with the
 * slider's keys and by typing, read the plot's text alternative, work softmax on three inputs,
 * and watch the 3-2-1 network agree with its collapsed linear model until the hidden nodes bend.
 * Every number on screen is compared with the engine called here, or with arithmetic written out
 * in this file.
 */
import type { Page } from '@playwright/test';
import {
  ACTIVATIONS,
  initByHand,
  sampleActivation,
  softmax,
  type ActivationName,
} from '../../src/engine/index.ts';
import { test, expect } from './fixtures.ts';
import {
  control,
  expectNoBrokenNumbers,
  messages,
  openEmbed,
  openPage,
  pagePath,
  shown,
} from './site.ts';

const PAGE = pagePath('activation-functions/');
/**
 * The plot's page of its own (the chapter's widget, store and links): the plot's tests act on and
 * read it alone, so they open it; softmax and the collapse are read with the chapter's equations.
 */
const PLOT = 'activation-functions';

/** Every live number inside a widget, by key: each copy's text and full value. */
async function numbersIn(
  page: Page,
  id: string,
): Promise<Record<string, { text: string; value: number }[]>> {
  return page.evaluate((figureId) => {
    const result: Record<string, { text: string; value: number }[]> = {};
    for (const element of document.querySelectorAll(`figure#${figureId} [data-quantity]`)) {
      const key = element.getAttribute('data-quantity') ?? '';
      (result[key] ??= []).push({
        text: (element.textContent ?? '').trim(),
        value: Number(element.getAttribute('data-value')),
      });
    }
    return result;
  }, id);
}

/** Why the widget's numbers differ from these (key → value, decimals shown), or 'ok'. */
function problems(
  numbers: Record<string, { text: string; value: number }[]>,
  expected: Record<string, [value: number, digits: number]>,
  tolerance = 1e-12,
): string {
  const found: string[] = [];
  for (const [key, [value, digits]] of Object.entries(expected)) {
    const copies = numbers[key];
    if (!copies?.length) {
      found.push(`no ${key}`);
      continue;
    }
    for (const copy of copies) {
      if (!(Math.abs(copy.value - value) <= tolerance * Math.max(1, Math.abs(value)))) {
        found.push(`${key} carries ${copy.value}, expected ${value}`);
      }
      if (copy.text !== shown(value, digits)) {
        found.push(`${key} shows "${copy.text}", expected "${shown(value, digits)}"`);
      }
    }
  }
  return found.length ? found.join('\n') : 'ok';
}

const NAMES: Record<ActivationName, string> = {
  identity: 'identity',
  sigmoid: 'sigmoid',
  tanh: 'tanh',
  relu: 'ReLU',
  leakyRelu: 'leaky ReLU',
};

/** What the plot widget must show for a function at z, from the engine called here. */
function plotExpected(fn: ActivationName, z: number): Record<string, [number, number]> {
  const activation = ACTIVATIONS[fn];
  const output = activation.output(z);
  const expected: Record<string, [number, number]> = {
    z: [z, 3],
    output: [output, 3],
    derivative: [activation.derivative(z, output), 3],
  };
  // The table under the plot: every fifth sample of the 121 from −6 to 6.
  const samples = sampleActivation(fn, -6, 6, 121);
  for (let i = 0; i < 121; i += 5) {
    expected[`z[${i}]`] = [samples.z[i]!, 1];
    expected[`output[${i}]`] = [samples.output[i]!, 3];
    expected[`derivative[${i}]`] = [samples.derivative[i]!, 3];
  }
  return expected;
}

/** The plot widget's numbers, its text alternative and the table's title, in one visit. */
async function readPlot(page: Page) {
  const [numbers, texts] = await Promise.all([
    numbersIn(page, 'activation'),
    page.evaluate(() => ({
      sentence: document.querySelector('#activation-summary')?.textContent ?? '',
      table: document.querySelector('figure#activation summary')?.textContent ?? '',
    })),
  ]);
  return { numbers, ...texts };
}

async function expectPlot(page: Page, fn: ActivationName, z: number): Promise<void> {
  // The text alternative names the function and says the same numbers.
  const output = ACTIVATIONS[fn].output(z);
  const slope = ACTIVATIONS[fn].derivative(z, output);
  const sentence = `At z = ${shown(z)}, the ${NAMES[fn]} gives α(z) = ${shown(output)}, and its slope there is α′(z) = ${shown(slope)}.`;
  const table = `The plotted values of the ${NAMES[fn]}, every 0.5 of z`;
  await expect
    .poll(
      async () => {
        const shownNow = await readPlot(page);
        const found = problems(shownNow.numbers, plotExpected(fn, z));
        if (found !== 'ok') return found;
        if (!shownNow.sentence.replace(/\s+/g, ' ').includes(sentence)) {
          return `the text alternative says "${shownNow.sentence}"`;
        }
        if (shownNow.table.replace(/\s+/g, ' ').trim() !== table) {
          return `the table is titled "${shownNow.table}"`;
        }
        return 'ok';
      },
      { message: `the plot widget shows ${fn} at z = ${z}` },
    )
    .toBe('ok');
}

function plotWidget(page: Page) {
  return page.locator('figure#activation');
}

test.describe('the activation-functions chapter', () => {
  // Each test takes many steps, each waited for; leave room for a busy machine.
  test.describe.configure({ timeout: 180_000 });

  test.describe('ActivationPlot (activations/)', () => {
    test('each function’s value and slope at z follow the slider’s keys and typed numbers', async ({
      page,
    }) => {
      await openEmbed(page, PLOT);
      const widget = plotWidget(page);
      const picker = widget.getByLabel('activation function α');
      const { slider, box } = control(widget, 'z');
      await expect(picker).toHaveValue('sigmoid');
      await expectPlot(page, 'sigmoid', 1);
      // The plot is drawn (an SVG image named for assistive technology), its curves included.
      const plot = widget.getByRole('img', { name: /activation and its derivative/ });
      await expect(plot).toBeVisible();
      await expect(plot.locator('path.line-plot-line.is-solid')).toHaveAttribute('d', /^M[\d.]+ /);

      // Each function: picked, then z moved by the slider's keys, then typed in the box.
      const typings: [ActivationName, string, number][] = [
        ['identity', '-2,5', -2.5], // a decimal comma
        ['sigmoid', '4.', 4], // a half-typed number
        ['tanh', '-0,75', -0.75],
        ['relu', '-3', -3],
        ['leakyRelu', '-4.2', -4.2],
      ];
      let z = 1;
      for (const [fn, typed, value] of typings) {
        await picker.selectOption(fn);
        await slider.focus();
        await slider.press('ArrowRight');
        await slider.press('ArrowRight');
        z = Number((z + 0.02).toFixed(2));
        await expectPlot(page, fn, z);
        // Typed key by key over the selected text, then left with Tab.
        await box.selectText();
        await box.pressSequentially(typed);
        await box.press('Tab');
        z = value;
        await expect(box).toHaveValue(shown(z).replace('\u2212', '-'));
        await expectPlot(page, fn, z);
      }
      // Leaky ReLU below 0 keeps the engine's slope 0.01, and ReLU at the kink takes 0.
      expect(ACTIVATIONS.leakyRelu.derivative(-4.2, -0.042)).toBe(0.01);
      await picker.selectOption('relu');
      await box.fill('0');
      await box.press('Enter');
      await expectPlot(page, 'relu', 0);
      await expect(messages(widget)).toHaveCount(0);
      await expectNoBrokenNumbers(page);
    });

    test('refuses empty, letters and huge z next to its box and keeps the last good state', async ({
      page,
    }) => {
      await openEmbed(page, PLOT, '?curves.fn=tanh&curves.z=0.5');
      const widget = plotWidget(page);
      const { box } = control(widget, 'z');
      await expectPlot(page, 'tanh', 0.5);
      const cases: [string, string][] = [
        ['', 'z needs a number, such as 0.75. Kept 0.500.'],
        ['abc', 'z needs a number, such as 0.75. Kept 0.500.'],
        ['1e9', 'z must be between −6 and 6. Kept 0.500.'],
        ['6.5', 'z must be between −6 and 6. Kept 0.500.'],
      ];
      for (const [typed, message] of cases) {
        await box.fill(typed);
        await box.press('Enter');
        await expect(box).toHaveAttribute('aria-invalid', 'true');
        await expect(messages(widget)).toHaveText(message);
      }
      await expectPlot(page, 'tanh', 0.5);
      await box.press('Escape');
      await expect(box).toHaveAttribute('aria-invalid', 'false');
      await expect(box).toHaveValue('0.500');
      await expectNoBrokenNumbers(page);
    });

    test('keyboard alone: pick a function, slide z and type it', async ({ page }) => {
      await openEmbed(page, PLOT);
      const widget = plotWidget(page);
      const picker = widget.getByLabel('activation function α');
      await picker.focus();
      await page.keyboard.press('ArrowDown'); // sigmoid → tanh
      await expect(picker).toHaveValue('tanh');
      await page.keyboard.press('Tab');
      await expect(control(widget, 'z').slider).toBeFocused();
      await page.keyboard.press('End');
      await expectPlot(page, 'tanh', 6);
      await page.keyboard.press('ArrowLeft');
      await expectPlot(page, 'tanh', 5.99);
      await page.keyboard.press('Tab');
      await expect(control(widget, 'z').box).toBeFocused();
      await page.keyboard.press('ControlOrMeta+a');
      await page.keyboard.type('-1,5');
      await page.keyboard.press('Enter');
      await expectPlot(page, 'tanh', -1.5);
      // The details of the plot open from the keyboard too.
      await widget.locator('summary').focus();
      await page.keyboard.press('Enter');
      await expect(widget.getByRole('table')).toBeVisible();
    });
  });

  test.describe('SoftmaxInputs (activations/)', () => {
    test('softmax turns three typed inputs into probabilities that match the engine', async ({
      page,
    }) => {
      await openPage(page, PAGE);
      const widget = page.locator('figure#softmax-widget');
      const expectSoftmax = async (inputs: [number, number, number]) => {
        const p = softmax(Float64Array.from(inputs), new Float64Array(3));
        const e = inputs.map((value) => Math.exp(value));
        const expected: Record<string, [number, number]> = {
          expSum: [e[0]! + e[1]! + e[2]!, 3],
        };
        inputs.forEach((value, j) => {
          expected[`O${j + 1}in`] = [value, 3];
          expected[`expO${j + 1}in`] = [e[j]!, 3];
          expected[`O${j + 1}`] = [p[j]!, 3];
        });
        await expect
          .poll(async () => problems(await numbersIn(page, 'softmax-widget'), expected))
          .toBe('ok');
        // The worked example's equations read the same store.
        const equation = await page.evaluate(() =>
          Array.from(
            document.querySelectorAll('.katex math [data-store="outputs"][data-quantity="O1"]'),
            (element) => Number(element.getAttribute('data-value')),
          ),
        );
        expect(equation.length).toBeGreaterThan(0);
        for (const value of equation) expect(value).toBeCloseTo(p[0]!, 12);
      };
      await expectSoftmax([2, 1, 0.1]);
      const { box } = control(widget, 'O2,in');
      await box.click();
      await box.press('ControlOrMeta+a');
      await box.pressSequentially('3,5', { delay: 30 });
      await box.press('Tab');
      await expectSoftmax([2, 3.5, 0.1]);
      await control(widget, 'O3,in').slider.focus();
      await page.keyboard.press('Home');
      await expectSoftmax([2, 3.5, -5]);
      await expectNoBrokenNumbers(page);
    });
  });

  test.describe('CollapseWidget (activations/)', () => {
    test('without a nonlinearity the network equals its collapsed linear model; with sigmoid it does not', async ({
      page,
    }) => {
      await openPage(page, PAGE);
      const widget = page.locator('figure#collapse');
      const start = initByHand(13);
      const p: Record<string, number> = { ...start };
      const x = [0.5, 0.2, 0.7];
      const sigmoid = (z: number) => 1 / (1 + Math.exp(-z));

      /** The network and its collapse, by hand. */
      const expected = (hidden: 'identity' | 'sigmoid') => {
        const act = hidden === 'identity' ? (z: number) => z : sigmoid;
        const h4 = act(p.w14! * x[0]! + p.w24! * x[1]! + p.w34! * x[2]! + p.b4!);
        const h5 = act(p.w15! * x[0]! + p.w25! * x[1]! + p.w35! * x[2]! + p.b5!);
        const o6 = p.w46! * h4 + p.w56! * h5 + p.b6!;
        const beta = [
          p.w14! * p.w46! + p.w15! * p.w56!,
          p.w24! * p.w46! + p.w25! * p.w56!,
          p.w34! * p.w46! + p.w35! * p.w56!,
        ];
        const beta0 = p.b4! * p.w46! + p.b5! * p.w56! + p.b6!;
        const linear = beta[0]! * x[0]! + beta[1]! * x[1]! + beta[2]! * x[2]! + beta0;
        return {
          O6: [o6, 6],
          linear: [linear, 6],
          difference: [o6 - linear, 6],
          beta1: [beta[0]!, 3],
          beta2: [beta[1]!, 3],
          beta3: [beta[2]!, 3],
          beta0: [beta0, 3],
        } as Record<string, [number, number]>;
      };
      const expectCollapse = async (hidden: 'identity' | 'sigmoid') => {
        await expect
          .poll(async () => problems(await numbersIn(page, 'collapse'), expected(hidden), 1e-11))
          .toBe('ok');
        const numbers = await numbersIn(page, 'collapse');
        const gap = Math.abs(numbers['difference']![0]!.value);
        if (hidden === 'identity') expect(gap).toBeLessThan(1e-12);
        else expect(gap).toBeGreaterThan(1e-3);
      };

      await expectCollapse('identity');
      await expect(widget.getByRole('radio', { name: 'identity' })).toBeChecked();

      // Edit a weight by typing, a bias and an input by the slider's keys: still one linear model.
      const w14 = control(widget, 'λ1,4').box;
      await w14.click();
      await w14.press('ControlOrMeta+a');
      await w14.pressSequentially('1,25', { delay: 30 });
      await w14.press('Tab');
      p.w14 = 1.25;
      await expectCollapse('identity');
      await control(widget, 'b6').slider.focus();
      for (let i = 0; i < 5; i++) await page.keyboard.press('ArrowRight');
      p.b6 = Number((start.b6 + 0.05).toFixed(2));
      const x2 = control(widget, 'x2').slider;
      await x2.focus();
      await page.keyboard.press('PageDown');
      // A page step of this slider (range −1 to 1) is a tenth of it: 0.2 down.
      x[1] = 0;
      await expectCollapse('identity');
      await expect(widget.locator('.collapse-verdict')).toContainText(
        'the two outputs are the same',
      );

      // The hidden nodes bend: the outputs part, the collapsed model is unchanged.
      await widget.getByRole('radio', { name: 'identity' }).focus();
      await page.keyboard.press('ArrowRight');
      await expect(widget.getByRole('radio', { name: 'sigmoid' })).toBeChecked();
      await expectCollapse('sigmoid');
      await expect(widget.locator('.collapse-verdict')).toContainText('the outputs differ');

      // The equations under the widget follow the same store.
      const equationBeta1 = await page.evaluate(() =>
        Number(
          document
            .querySelector('.katex math [data-store="collapse"][data-quantity="beta1"]')
            ?.getAttribute('data-value'),
        ),
      );
      expect(equationBeta1).toBeCloseTo(expected('sigmoid')['beta1']![0], 12);

      // Bad input in a weight's box is refused and changes nothing.
      await w14.fill('ten');
      await w14.press('Enter');
      await expect(w14).toHaveAttribute('aria-invalid', 'true');
      await expect(messages(widget)).toHaveText('λ1,4 needs a number, such as 0.75. Kept 1.250.');
      await expectCollapse('sigmoid');
      await expectNoBrokenNumbers(page);
    });
  });

  // The chapter’s address: one link for the three widgets’ stores.
  test('a link reopens a state, and the page’s own link follows the reader', async ({
    page,
    browser,
  }) => {
    await openPage(
      page,
      `${PAGE}?curves.fn=leakyRelu&curves.z=-2.25&outputs.O1in=-1&collapse.hidden=sigmoid&collapse.x3=-0.4`,
    );
    const widget = plotWidget(page);
    await expect(widget.getByLabel('activation function α')).toHaveValue('leakyRelu');
    await expect(control(widget, 'z').box).toHaveValue('-2.250');
    await expectPlot(page, 'leakyRelu', -2.25);
    await expect(
      page.locator('figure#collapse').getByRole('radio', { name: 'sigmoid' }),
    ).toBeChecked();
    await expect(control(page.locator('figure#softmax-widget'), 'O1,in').box).toHaveValue('-1.000');

    await widget.getByLabel('activation function α').selectOption('relu');
    const query =
      '?curves.fn=relu&curves.z=-2.25&outputs.O1in=-1&collapse.hidden=sigmoid&collapse.x3=-0.4';
    await page.waitForURL((url) => url.search === query);
    const link = widget.getByRole('link', { name: 'Link to this exact state' });
    await expect(link).toHaveAttribute('href', `${query}#the-functions-and-their-slopes`);
    const address = await link.evaluate((anchor) => (anchor as HTMLAnchorElement).href);
    const context = await browser.newContext();
    const fresh = await context.newPage();
    await openPage(fresh, address);
    await expectPlot(fresh, 'relu', -2.25);
    await expect(
      fresh.locator('figure#collapse').getByRole('radio', { name: 'sigmoid' }),
    ).toBeChecked();
    await context.close();

    await widget.getByRole('button', { name: 'Reset to the chapter’s example' }).click();
    await expectPlot(page, 'sigmoid', 1);
  });

  test('a hostile link is read only as far as it is usable', async ({ page }) => {
    await openPage(
      page,
      `${PAGE}?curves.fn=softmax&curves.z=1e999&collapse.hidden=relu&collapse.w14=abc&outputs.O1in=99`,
    );
    await expectPlot(page, 'sigmoid', 1);
    await expect(control(page.locator('figure#softmax-widget'), 'O1,in').box).toHaveValue('10.000');
    await expect(
      page.locator('figure#collapse').getByRole('radio', { name: 'identity' }),
    ).toBeChecked();
    await expectNoBrokenNumbers(page);
  });
});
