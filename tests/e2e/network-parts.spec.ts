/**
 * The network-parts chapter as a reader uses it: they edit a column of porosity values and switch
 * its range, type the facies of a few samples, and set the inputs of an output layer; they type
 * badly on purpose, use only the keyboard, and share links. After each step every number in the
 * widgets must be what the engine, called here on its own, gives for the state the reader set, and
 * the back-transformed values must equal the raw ones.
 */
import type { Locator, Page } from '@playwright/test';
import {
  categoriesOf,
  classProbabilities,
  featureRange,
  minMaxRestore,
  minMaxScale,
  oneHot,
  ordinalRanks,
  type ScaleTarget,
} from '../../src/engine/index.ts';
import { test, expect } from './fixtures.ts';
import { messages, openPage, pagePath, shown } from './site.ts';

const PAGE = pagePath('network-parts/');

/** What a reader can set on the page. */
interface PartsState {
  raw: number[];
  target: ScaleTarget;
  O6: number;
  facies: string[];
  z: number[];
}

const EXAMPLE: PartsState = {
  raw: [12.5, 18, 24.2, 8.1, 20.6],
  target: 'unit',
  O6: 0.5,
  facies: ['shale', 'sandstone', 'siltstone', 'sandstone', 'shale'],
  z: [2, 1, 0.1],
};

/** Every number the widgets should show for a state, by widget id and quantity key. */
function expected(state: PartsState): Record<string, Record<string, number>> {
  const range = featureRange(state.raw);
  const scaled = minMaxScale(state.raw, range, state.target);
  const restored = minMaxRestore(scaled, range, state.target);
  const scaling: Record<string, number> = {
    min: range.min,
    max: range.max,
    rows: state.raw.length,
  };
  state.raw.forEach((_, i) => {
    scaling[`scaled${i + 1}`] = scaled[i]!;
    scaling[`restored${i + 1}`] = restored[i]!;
  });
  const response = {
    min: range.min,
    max: range.max,
    response: minMaxRestore([state.O6], range, state.target)[0]!,
  };
  const categories = categoriesOf(state.facies);
  const bits = oneHot(state.facies, categories);
  const ranks = ordinalRanks(state.facies, categories);
  const facies: Record<string, number> = {
    samples: state.facies.length,
    categories: categories.length,
  };
  state.facies.forEach((_, i) => {
    facies[`rank${i + 1}`] = ranks[i]!;
    categories.forEach((__, j) => (facies[`s${i + 1}c${j + 1}`] = bits[i]![j]!));
  });
  categories.forEach((_, j) => (facies[`code${j + 1}`] = j + 1));
  const probabilities = classProbabilities(state.z);
  const outputs: Record<string, number> = {
    sum: probabilities.total,
    predicted: probabilities.predicted,
  };
  state.z.forEach((_, j) => (outputs[`p${j + 1}`] = probabilities.probabilities[j]!));
  // The equations read the same stores, by store name.
  const equations: Record<string, number> = { 'scaling:raw1': state.raw[0]! };
  for (const [store, values] of [
    ['scaling', { ...scaling, ...response }],
    ['outputs', outputs],
  ] as const) {
    for (const [key, value] of Object.entries(values)) equations[`${store}:${key}`] = value;
  }
  return { scaling, response, facies, outputs, equations };
}

/** One number in a widget as the page shows it. */
interface Shown {
  key: string;
  text: string;
  value: string;
  digits: number;
}

/**
 * Every live number of the four widgets, and of the equations (keyed "store:quantity"), in one
 * round trip.
 */
async function readWidgets(page: Page): Promise<Record<string, Shown[]>> {
  return page.evaluate(() => {
    const read = (element: Element, key: string) => ({
      key,
      text: (element.textContent ?? '').trim(),
      value: element.getAttribute('data-value') ?? '',
      digits: Number(element.getAttribute('data-digits')),
    });
    const found: Record<string, Shown[]> = {};
    for (const id of ['scaling', 'response', 'facies', 'outputs']) {
      found[id] = Array.from(document.querySelectorAll(`figure#${id} [data-quantity]`), (e) =>
        read(e, e.getAttribute('data-quantity') ?? ''),
      );
    }
    found['equations'] = Array.from(
      document.querySelectorAll('.katex math [data-store][data-quantity]'),
      (e) => read(e, `${e.getAttribute('data-store')}:${e.getAttribute('data-quantity')}`),
    );
    return found;
  });
}

/** What is wrong with the widgets' numbers for a state ('ok' when nothing is). */
function problemsWith(found: Record<string, Shown[]>, state: PartsState): string {
  const problems: string[] = [];
  for (const [id, values] of Object.entries(expected(state))) {
    const numbers = found[id] ?? [];
    const seen = new Set(numbers.map((number) => number.key));
    for (const key of Object.keys(values)) {
      if (!seen.has(key) && id !== 'equations') problems.push(`${id}: no ${key}`);
    }
    if (id === 'equations' && numbers.length < 8) problems.push('too few numbers in equations');
    for (const number of numbers) {
      const value = values[number.key];
      const where = `${id} ${number.key}`;
      if (value === undefined) {
        problems.push(`${where}: shown, but not part of this state`);
        continue;
      }
      const onPage = Number(number.value);
      if (
        number.value === '' ||
        !(Math.abs(onPage - value) <= 1e-12 * Math.max(1, Math.abs(value)))
      )
        problems.push(`${where} carries ${number.value}, expected ${value}`);
      if (number.text !== shown(value, number.digits))
        problems.push(`${where} shows "${number.text}", expected "${shown(value, number.digits)}"`);
    }
  }
  // The round trip: each back-transformed value is the raw value typed.
  const restored = found['scaling']?.filter((number) => number.key.startsWith('restored')) ?? [];
  restored.forEach((number) => {
    const raw = state.raw[Number(number.key.slice('restored'.length)) - 1]!;
    if (Math.abs(Number(number.value) - raw) > 1e-12 * Math.max(1, Math.abs(raw)))
      problems.push(`${number.key} = ${number.value} does not give back ${raw}`);
  });
  return problems.length === 0 ? 'ok' : problems.join('\n');
}

/** Waits until the page shows a state, every number and no NaN anywhere. */
async function expectState(page: Page, state: PartsState): Promise<void> {
  await expect
    .poll(async () => problemsWith(await readWidgets(page), state), {
      message: `the page shows ${JSON.stringify(state)}`,
    })
    .toBe('ok');
  const text = await page.evaluate(() => document.body.innerText);
  expect(text).not.toMatch(/NaN|Infinity/);
}

const widgets = (page: Page) => ({
  scaling: page.locator('figure#scaling'),
  response: page.locator('figure#response'),
  facies: page.locator('figure#facies'),
  outputs: page.locator('figure#outputs'),
});

/** A porosity cell, by its row and column headers. */
const cell = (page: Page, sample: number) =>
  widgets(page).scaling.getByRole('textbox', { name: `Sample ${sample} Porosity x (%)` });
/** A softmax input box, by its column header and class. */
const logit = (page: Page, className: string) =>
  widgets(page).outputs.getByRole('textbox', { name: `Input Oj,in ${className}` });
const faciesBox = (page: Page) =>
  widgets(page).facies.getByRole('textbox', { name: 'Facies of the samples, separated by commas' });
const countBox = (page: Page) =>
  widgets(page).outputs.getByRole('textbox', { name: 'Number of classes (output nodes)' });

/** Types text into a box, presses a key, and expects the refusal: marked, said, state kept. */
async function refuse(
  page: Page,
  state: PartsState,
  box: Locator,
  text: string,
  key: 'Enter' | 'Tab',
  message: string,
) {
  const widget = box.locator('xpath=ancestor::figure[1]');
  await box.fill(text);
  await box.press(key);
  await expect(box).toHaveAttribute('aria-invalid', 'true');
  await expect(messages(widget)).toHaveText(message);
  await expect(box).toHaveValue(text);
  await expectState(page, state);
  await box.press('Escape');
  await expect(box).toHaveAttribute('aria-invalid', 'false');
  await expect(messages(widget)).toHaveCount(0);
}

test.describe('the network-parts chapter', () => {
  // A few page loads and many polls each: room for a machine that is busy with other work.
  test.describe.configure({ timeout: 120_000 });

  // The four widgets together, as the chapter opens and as it is served.
  test('opens on the examples, every number the engine’s, and no NaN', async ({ page }) => {
    await openPage(page, PAGE);
    await expectState(page, EXAMPLE);
    await expect(cell(page, 1)).toHaveValue('12.500');
    await expect(widgets(page).scaling.getByRole('radio', { name: '[0, 1]' })).toBeChecked();
    await expect(faciesBox(page)).toHaveValue('shale, sandstone, siltstone, sandstone, shale');
    await expect(widgets(page).facies.locator('thead tr').nth(1)).toHaveText(
      'shalesandstonesiltstone',
    );
    await expect(widgets(page).outputs).toContainText('Predicted class: sandstone');
    for (const widget of Object.values(widgets(page)))
      await expect(messages(widget)).toHaveCount(0);
  });

  test('without JavaScript shows the examples’ numbers and controls', async ({ browser }) => {
    const context = await browser.newContext({ javaScriptEnabled: false });
    const page = await context.newPage();
    await page.goto(PAGE);
    await expectState(page, EXAMPLE);
    await expect(cell(page, 5)).toHaveValue('20.600');
    await expect(logit(page, 'siltstone')).toHaveValue('0.100');
    await context.close();
  });

  test.describe('ScalingWidget (parts/)', () => {
    test('scaling by keyboard alone: typed values, a decimal comma, the other range, a link', async ({
      page,
      browser,
    }) => {
      await openPage(page, PAGE);
      const { scaling } = widgets(page);
      // Focus the range choice, then only keys.
      await scaling.getByRole('radio', { name: '[0, 1]' }).focus();
      await page.keyboard.press('ArrowRight');
      await expect(scaling.getByRole('radio', { name: '[−1, 1]' })).toBeChecked();
      let state: PartsState = { ...EXAMPLE, target: 'symmetric' };
      await expectState(page, state);

      // Tab to the first cell and on to the second; type "9,75" key by key, then Tab on.
      await page.keyboard.press('Tab');
      await expect(cell(page, 1)).toBeFocused();
      await page.keyboard.press('Tab');
      await expect(cell(page, 2)).toBeFocused();
      await page.keyboard.press('ControlOrMeta+a');
      await page.keyboard.press('Backspace');
      await cell(page, 2).pressSequentially('9,75', { delay: 50 });
      await page.keyboard.press('Tab');
      await expect(cell(page, 3)).toBeFocused();
      state = { ...state, raw: [12.5, 9.75, 24.2, 8.1, 20.6] };
      await expect(cell(page, 2)).toHaveValue('9.750');
      await expectState(page, state);

      // A new minimum: every scaled value moves, and each still comes back to its raw value.
      await page.keyboard.press('ControlOrMeta+a');
      await page.keyboard.type('-3.25');
      await page.keyboard.press('Enter');
      state = { ...state, raw: [12.5, 9.75, -3.25, 8.1, 20.6] };
      await expectState(page, state);

      // Add a sample with the keyboard: a copy of the last one.
      const add = scaling.getByRole('button', { name: 'Add a sample' });
      await add.focus();
      await page.keyboard.press('Enter');
      state = { ...state, raw: [...state.raw, 20.6] };
      await expectState(page, state);

      // The link holds all of it and reopens it elsewhere.
      const query = '?scaling.raw=12.5_9.75_-3.25_8.1_20.6_20.6&scaling.target=symmetric';
      await page.waitForURL((url) => url.search === query);
      const context = await browser.newContext();
      const fresh = await context.newPage();
      await openPage(fresh, `${PAGE}${query}`);
      await expect(cell(fresh, 3)).toHaveValue('-3.250');
      await expect(widgets(fresh).scaling.getByRole('radio', { name: '[−1, 1]' })).toBeChecked();
      await expectState(fresh, state);
      await context.close();
    });

    test('bad values in the scaling table are refused; a constant column too', async ({ page }) => {
      await openPage(page, `${PAGE}?scaling.raw=5_5_7`);
      const start: PartsState = { ...EXAMPLE, raw: [5, 5, 7] };
      await expectState(page, start);
      const box = cell(page, 3);
      const kept = ' Kept 7.000.';
      await refuse(page, start, box, '', 'Enter', `Sample 3 needs a number, such as 0.75.${kept}`);
      await refuse(
        page,
        start,
        box,
        'seven',
        'Tab',
        `Sample 3 needs a number, such as 0.75.${kept}`,
      );
      await refuse(
        page,
        start,
        box,
        '1e9',
        'Enter',
        `Sample 3 must be between −100000 and 100000.${kept}`,
      );
      await refuse(
        page,
        start,
        box,
        '5',
        'Enter',
        'With porosity = 5.000, 5.000, 5.000 every value is the same (min = max), so there is no ' +
          `range to divide by; change one of the values.${kept}`,
      );
      // Removing a sample to leave 5, 5 is refused too, with the same reason.
      const { scaling } = widgets(page);
      await scaling.getByRole('button', { name: 'Remove the last sample' }).click();
      await expect(messages(scaling)).toContainText('every value is the same (min = max)');
      await expectState(page, start);
      await expect(page).toHaveURL(/\?scaling\.raw=5_5_7$/);

      // Reset brings back the example, and the refusal no longer speaks of anything on screen.
      await refuse(
        page,
        start,
        box,
        'seven',
        'Enter',
        `Sample 3 needs a number, such as 0.75.${kept}`,
      );
      await scaling.getByRole('button', { name: /^Reset/ }).click();
      await expectState(page, EXAMPLE);
      await expect(messages(scaling)).toHaveCount(0);
      await expect(scaling.locator('[aria-invalid="true"]')).toHaveCount(0);
    });
  });

  test.describe('ResponseWidget (parts/)', () => {
    test('the response’s back-transform follows O6, the range and the column', async ({ page }) => {
      await openPage(page, `${PAGE}?scaling.target=symmetric`);
      let state: PartsState = { ...EXAMPLE, target: 'symmetric' };
      // O6 = 0.5 on [−1, 1] is three quarters of the way from min to max: 8.1 + 0.75 · 16.1.
      await expect(page.locator('figure#response [data-quantity="response"]')).toHaveText('20.175');
      const o6 = widgets(page).response.getByRole('spinbutton', { name: 'O6', exact: true });
      await o6.focus();
      await page.keyboard.press('ControlOrMeta+a');
      await page.keyboard.type('-0,4');
      await page.keyboard.press('Enter');
      state = { ...state, O6: -0.4 };
      await expectState(page, state);
      await cell(page, 1).fill('30');
      await cell(page, 1).press('Enter');
      state = { ...state, raw: [30, 18, 24.2, 8.1, 20.6] };
      await expectState(page, state);
      await page.waitForURL(
        (url) =>
          url.search ===
          '?scaling.raw=30_18_24.2_8.1_20.6&scaling.target=symmetric&scaling.O6=-0.4',
      );
    });
  });

  test.describe('EncodingWidget (parts/)', () => {
    test('one-hot columns follow an edited list of facies', async ({ page }) => {
      await openPage(page, PAGE);
      const box = faciesBox(page);
      await box.fill('Sandstone, coal;  shale ,coal, tight sand');
      await box.press('Enter');
      const facies = ['sandstone', 'coal', 'shale', 'coal', 'tight sand'];
      const state = { ...EXAMPLE, facies };
      await expectState(page, state);
      await expect(box).toHaveValue('sandstone, coal, shale, coal, tight sand');
      const { facies: widget } = widgets(page);
      await expect(widget.locator('thead tr').nth(1).locator('th')).toHaveText([
        'sandstone',
        'coal',
        'shale',
        'tight sand',
      ]);
      // By hand: coal is column 2, so samples 2 and 4 have their 1 there, and rank 2.
      const rows = await widget
        .locator('tbody tr')
        .evaluateAll((trs) =>
          trs.map((tr) =>
            Array.from(tr.querySelectorAll('td[data-quantity]'), (td) => td.textContent?.trim()),
          ),
        );
      expect(rows).toEqual([
        ['1', '0', '0', '0', '1'],
        ['0', '1', '0', '0', '2'],
        ['0', '0', '1', '0', '3'],
        ['0', '1', '0', '0', '2'],
        ['0', '0', '0', '1', '4'],
      ]);
      await expect(widget).toContainText('sandstone (1) < coal (2) < shale (3) < tight sand (4)');
      await page.waitForURL(
        (url) => url.search === '?facies.facies=sandstone_coal_shale_coal_tight+sand',
      );
    });

    test('a bad list of facies is refused: empty, symbols, too many facies', async ({ page }) => {
      await openPage(page, PAGE);
      const kept = ' Kept shale, sandstone, siltstone, sandstone, shale.';
      const list = faciesBox(page);
      await refuse(
        page,
        EXAMPLE,
        list,
        '',
        'Enter',
        `The list of facies needs at least one name, such as shale.${kept}`,
      );
      await refuse(
        page,
        EXAMPLE,
        list,
        'shale, <b>',
        'Tab',
        `Sample 2 must be a word of letters or digits (at most 20).${kept}`,
      );
      await refuse(
        page,
        EXAMPLE,
        list,
        'a, b, c, d, e, f, g',
        'Enter',
        `The list of facies has 7 different names; at most 6 fit.${kept}`,
      );
    });
  });

  test.describe('SoftmaxWidget (parts/)', () => {
    test('softmax: typed inputs and classes give probabilities that sum to one', async ({
      page,
    }) => {
      await openPage(page, PAGE);
      const z2 = logit(page, 'shale');
      await z2.click();
      await z2.press('ControlOrMeta+a');
      await z2.pressSequentially('3,5', { delay: 50 });
      await z2.press('Tab');
      let state: PartsState = { ...EXAMPLE, z: [2, 3.5, 0.1] };
      await expectState(page, state);
      await expect(widgets(page).outputs).toContainText('Predicted class: shale');

      // More classes: a button, then the count typed.
      await widgets(page).outputs.getByRole('button', { name: 'Add a class' }).click();
      state = { ...state, z: [2, 3.5, 0.1, 0] };
      await expectState(page, state);
      const count = countBox(page);
      await count.fill('6');
      await count.press('Enter');
      state = { ...state, z: [2, 3.5, 0.1, 0, 0, 0] };
      await expectState(page, state);
      await expect(
        widgets(page).outputs.getByRole('button', { name: 'Add a class' }),
      ).toBeDisabled();

      // An input of 1000 does not overflow: that class takes all the probability.
      const z5 = logit(page, 'dolomite');
      await z5.fill('1000');
      await z5.press('Enter');
      state = { ...state, z: [2, 3.5, 0.1, 0, 1000, 0] };
      await expectState(page, state);
      await expect(widgets(page).outputs.locator('[data-quantity="p5"]')).toHaveAttribute(
        'data-value',
        '1',
      );
      await expect(widgets(page).outputs.locator('[data-quantity="sum"]')).toHaveText(
        '1.000000000000',
      );

      // Arrow keys step a box by 0.1, and fewer classes drop the last ones.
      await z5.press('ArrowDown');
      state = { ...state, z: [2, 3.5, 0.1, 0, 999.9, 0] };
      await expectState(page, state);
      await count.fill('3');
      await count.press('Tab');
      state = { ...state, z: [2, 3.5, 0.1] };
      await expectState(page, state);
      await page.waitForURL((url) => url.search === '?outputs.z=2_3.5_0.1');
    });

    test('bad softmax inputs are refused: too many classes, empty, letters, huge', async ({
      page,
    }) => {
      await openPage(page, PAGE);
      await refuse(
        page,
        EXAMPLE,
        countBox(page),
        '7',
        'Enter',
        'Classes must be between 2 and 6. Kept 3.',
      );
      await refuse(
        page,
        EXAMPLE,
        countBox(page),
        'many',
        'Tab',
        'Classes needs a number, such as 0.75. Kept 3.',
      );
      const z3 = logit(page, 'siltstone');
      const kept = ' Kept 0.100.';
      await refuse(
        page,
        EXAMPLE,
        z3,
        '',
        'Enter',
        `The input for siltstone needs a number, such as 0.75.${kept}`,
      );
      await refuse(
        page,
        EXAMPLE,
        z3,
        'abc',
        'Tab',
        `The input for siltstone needs a number, such as 0.75.${kept}`,
      );
      await refuse(
        page,
        EXAMPLE,
        z3,
        '1e6',
        'Enter',
        `The input for siltstone must be between −1000 and 1000.${kept}`,
      );
    });
  });
});
