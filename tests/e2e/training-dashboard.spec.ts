/**
 * The training dashboard as a reader uses it: at the defaults every number of the network at
 * epochs 0, 1, 10 and 999 is the engine's (seed 13, η = 0.2, 1000 epochs, as the source's run);
 * the keyboard alone plays, pauses, steps and scrubs; a new η, seed, input or number of epochs
 * retrains and redraws; a diverging run says where it stopped and shows no broken number; the
 * CSV holds the engine's run and the PNG is a picture; weights set on the forward-pass page are
 * offered here. Expected numbers come from the engine, run in the test.
 */
import { readFile } from 'node:fs/promises';
import type { Locator, Page } from '@playwright/test';
import {
  BY_HAND_DEFAULTS,
  initByHand,
  trainByHand,
  type ByHandOptions,
} from '../../src/engine/index.ts';
import { test, expect } from './fixtures.ts';
import {
  FORWARD_PASS,
  control,
  engineValue,
  expectNoBrokenNumbers,
  expectQuantities,
  openPage,
  pagePath,
  widget,
  type Expected,
} from './site.ts';

const DASHBOARD = pagePath('training-dashboard/');
const STORE = 'dashboard';

// Each test trains several runs of 1000 epochs in a page with five plots: a busy machine needs room.
test.describe.configure({ timeout: 120_000 });

const PARAMETERS = ['w14', 'w24', 'w34', 'w15', 'w25', 'w35', 'w46', 'w56', 'b4', 'b5', 'b6'];

/** ŷ, H4 and every weight and bias at an epoch of the engine's run, as the diagram shows them. */
function networkAt(options: ByHandOptions, epoch: number): Expected[] {
  const record = trainByHand(options).epochs[epoch]!;
  return ['O6', 'H4', ...PARAMETERS].map((key) => ({
    key,
    value: engineValue(key, record),
    places: ['diagram'],
  }));
}

/** The number a live element of the dashboard carries, by its quantity key. */
async function carried(figure: Locator, key: string): Promise<number> {
  return Number(
    await figure.locator(`[data-quantity="${key}"]`).first().getAttribute('data-value'),
  );
}

/** The path data of one plot's lines, to tell whether it was drawn again. */
function plotPaths(figure: Locator, title: string): Promise<string> {
  return figure
    .locator('section.dashboard-plot', { has: figure.page().getByRole('heading', { name: title }) })
    .locator('svg.line-plot-svg path.line-plot-line')
    .evaluateAll((paths) => paths.map((path) => path.getAttribute('d')).join('|'));
}

/** Types a number into a control's box as a reader does, key by key, and leaves with Tab. */
async function typeInto(figure: Locator, label: string, text: string): Promise<void> {
  const { box } = control(figure, label);
  await box.fill('');
  await box.pressSequentially(text);
  await box.press('Tab');
}

/**
 * Asserts a number equals the engine's within 1e-12 (relative above 1): the page's browser and
 * the test's Node may round a last bit of a transcendental function differently.
 */
function expectClose(actual: number | undefined, expected: number, what: string): void {
  expect(
    Math.abs(actual! - expected),
    `${what}: ${actual} against the engine's ${expected}`,
  ).toBeLessThanOrEqual(1e-12 * Math.max(1, Math.abs(expected)));
}

async function epochOnView(figure: Locator): Promise<number> {
  return carried(figure, 'epoch');
}

/** The dashboard's offer to start from remembered weights. */
function offer(page: Page): Locator {
  return widget(page, STORE).getByRole('button', { name: /^Start from the weights set on/ });
}

test.describe('TrainingDashboard (dashboard/)', () => {
  // The run played, paused, stepped and reset by the Player, and scrubbed with the slider.
  test.describe('Player (player/)', () => {
    test('at the defaults the dashboard shows the source’s run, and the keyboard alone plays, pauses, steps and scrubs it', async ({
      page,
    }) => {
      await openPage(page, DASHBOARD);
      const figure = widget(page, STORE);

      await test.step('epochs 0, 1, 10 and 999 equal the engine’s, reached by the epoch box', async () => {
        await expectQuantities(page, networkAt({}, 0), STORE);
        for (const epoch of [1, 10, 999]) {
          await typeInto(figure, 'epoch', String(epoch));
          await expect(figure.locator('[data-quantity="epoch"]').first()).toHaveText(String(epoch));
          await expectQuantities(page, networkAt({}, epoch), STORE);
        }
        await expect(figure.getByText('Over epochs 0 to 999').first()).toBeVisible();
      });

      await test.step('the slider scrubs with the arrow keys, Home and End', async () => {
        const { slider } = control(figure, 'epoch');
        await slider.focus();
        await page.keyboard.press('Home');
        await expect.poll(() => epochOnView(figure)).toBe(0);
        await page.keyboard.press('ArrowRight');
        await expect.poll(() => epochOnView(figure)).toBe(1);
        await page.keyboard.press('End');
        await expect.poll(() => epochOnView(figure)).toBe(999);
        await page.keyboard.press('Home');
        await expect.poll(() => epochOnView(figure)).toBe(0);
      });

      await test.step('Enter plays and pauses; Tab and Space step back and forward; Reset', async () => {
        const play = figure.getByRole('button', { name: 'Play' });
        await play.focus();
        await page.keyboard.press('Enter');
        await expect.poll(() => epochOnView(figure)).toBeGreaterThan(0);
        await page.keyboard.press('Enter');
        await expect(figure.getByRole('status').filter({ hasText: 'Paused.' })).toBeVisible();
        const paused = await epochOnView(figure);
        expect(paused).toBeLessThan(999);
        await page.waitForTimeout(150);
        expect(await epochOnView(figure)).toBe(paused);
        await page.keyboard.press('Tab');
        await expect(figure.getByRole('button', { name: 'Step back one epoch' })).toBeFocused();
        await page.keyboard.press(' ');
        await expect.poll(() => epochOnView(figure)).toBe(paused - 1);
        await page.keyboard.press('Tab');
        await page.keyboard.press(' ');
        await page.keyboard.press(' ');
        await expect.poll(() => epochOnView(figure)).toBe(paused + 1);
        await expectQuantities(page, networkAt({}, paused + 1), STORE);
        await page.keyboard.press('Tab');
        await page.keyboard.press('Enter');
        await expect.poll(() => epochOnView(figure)).toBe(0);
      });

      await test.step('with reduced motion, Play goes straight to the last epoch', async () => {
        await page.emulateMedia({ reducedMotion: 'reduce' });
        await figure.getByRole('button', { name: 'Play' }).press('Enter');
        await expect.poll(() => epochOnView(figure)).toBe(999);
        await expect(figure.getByText('Training finished')).toBeVisible();
      });
    });
  });

  test('a new η, seed, input or number of epochs retrains everything; a diverging run says where it stopped; the downloads hold the run', async ({
    page,
  }) => {
    await openPage(page, DASHBOARD);
    const figure = widget(page, STORE);
    const settings: ByHandOptions = {};

    /** The tables' last row and the loss plot's numbers must be the engine's for the settings. */
    const expectRun = async () => {
      const epochs = trainByHand(settings).epochs;
      const last = epochs.length - 1;
      await expect
        .poll(async () =>
          Math.abs((await carried(figure, `w46@${last}`)) - epochs[last]!.params.w46),
        )
        .toBeLessThanOrEqual(1e-12);
      expectClose(await carried(figure, `loss@${last}`), epochs[last]!.loss, 'the last loss');
      expectClose(await carried(figure, 'O6@0'), epochs[0]!.nodes.O6, 'ŷ at epoch 0');
      expectClose(await carried(figure, `b4@${last}`), epochs[last]!.params.b4, 'the last b4');
    };

    let before = await plotPaths(figure, 'The loss');
    const changed = async (title = 'The loss') => {
      await expect.poll(() => plotPaths(figure, title)).not.toBe(before);
      before = await plotPaths(figure, title);
    };

    await test.step('η typed with a decimal comma, key by key', async () => {
      await typeInto(figure, 'learning rate η', '0,05');
      settings.learningRate = 0.05;
      await changed();
      await expectRun();
    });

    await test.step('another seed draws other weights', async () => {
      await typeInto(figure, 'seed', '7');
      settings.seed = 7;
      await changed();
      await expectRun();
      expectClose(await carried(figure, 'w14@0'), initByHand(7).w14, 'λ1,4 drawn by seed 7');
    });

    await test.step('an input and the target', async () => {
      await typeInto(figure, 'x1', '-0.4');
      await typeInto(figure, 'target y', '0.9');
      settings.x = [-0.4, 0.2, 0.7];
      settings.y = 0.9;
      await changed();
      await expectRun();
      await expectQuantities(page, networkAt(settings, 0), STORE);
    });

    await test.step('fewer epochs: the tables and plots end at the new last epoch', async () => {
      await typeInto(figure, 'epochs', '200');
      settings.epochs = 200;
      await changed('The biases');
      await expectRun();
      await expect(figure.getByText('Over epochs 0 to 199').first()).toBeVisible();
    });

    await test.step('a diverging learning rate: a message at the epoch it failed, no NaN', async () => {
      await figure.getByRole('button', { name: 'Reset to the chapter’s example' }).click();
      await typeInto(figure, 'learning rate η', '5');
      const epochs = trainByHand({ learningRate: 5 }).epochs;
      expect(epochs.length).toBeLessThan(1000);
      await expect(figure.getByRole('status').filter({ hasText: 'Training stops' })).toHaveText(
        `Training stops at epoch ${epochs.length}: from there on its numbers are no longer finite.`,
      );
      // The last recorded epoch shows its huge numbers as numbers (×10 with a raised exponent), never as NaN.
      await typeInto(figure, 'epoch', String(epochs.length - 1));
      await expect(figure.locator('[data-quantity="epoch"]').first()).toHaveText(
        String(epochs.length - 1),
      );
      await expectNoBrokenNumbers(page);
      // Past it, the epoch box refuses and says why (Enter: the message stays with the text).
      const epochBox = control(figure, 'epoch').box;
      await epochBox.fill(String(epochs.length + 5));
      await epochBox.press('Enter');
      await expect(
        figure.getByRole('alert').filter({ hasText: `training stops at epoch ${epochs.length}` }),
      ).toBeVisible();
      await epochBox.press('Escape');
      await typeInto(figure, 'epoch', '2');
      await expectQuantities(page, networkAt({ learningRate: 5 }, 2), STORE);
    });

    await test.step('the CSV holds every epoch of the engine’s run', async () => {
      await figure.getByRole('button', { name: 'Reset to the chapter’s example' }).click();
      const [download] = await Promise.all([
        page.waitForEvent('download'),
        figure.getByRole('button', { name: 'Download the run as CSV' }).click(),
      ]);
      const [header, ...rows] = (await readFile(await download.path(), 'utf8')).trim().split('\n');
      const keys = header!.split(',');
      expect(rows).toHaveLength(1000);
      const epochs = trainByHand().epochs;
      for (const epoch of [0, 1, 10, 999]) {
        const cells = rows[epoch]!.split(',').map(Number);
        const at = (key: string) => cells[keys.indexOf(key)];
        const record = epochs[epoch]!;
        expect(at('epoch')).toBe(epoch);
        expectClose(at('loss'), record.loss, `loss at ${epoch}`);
        expectClose(at('epochLearningRate'), record.learningRate, `η at ${epoch}`);
        for (const key of ['O6', 'H4in', ...PARAMETERS])
          expectClose(at(key), engineValue(key, record), `${key} at ${epoch}`);
        expectClose(at('dL/dw14'), record.grads.w14, `∂L/∂λ1,4 at ${epoch}`);
        expectClose(at('dL/dH5in'), record.nodeGrads.H5in, `∂L/∂H5in at ${epoch}`);
      }
    });

    await test.step('a plot saves as a PNG, the run as a NumPy script and as a Jupyter notebook', async () => {
      const plot = figure.locator('section.dashboard-plot').first();
      const [png] = await Promise.all([
        page.waitForEvent('download'),
        plot.getByRole('button', { name: 'Save this plot as PNG' }).click(),
      ]);
      const bytes = await readFile(await png.path());
      expect([...bytes.subarray(0, 8)]).toEqual([137, 80, 78, 71, 13, 10, 26, 10]);
      expect(bytes.length).toBeGreaterThan(10_000);
      expect(png.suggestedFilename()).toMatch(/\.png$/);
      const [script] = await Promise.all([
        page.waitForEvent('download'),
        figure.getByRole('button', { name: 'Download a NumPy script of the run' }).click(),
      ]);
      const text = await readFile(await script.path(), 'utf8');
      expect(text).toContain('seed = 13');
      expect(text).toContain('epochs = 1000');

      const [notebook] = await Promise.all([
        page.waitForEvent('download'),
        figure
          .getByRole('button', { name: 'Download the run as a Jupyter notebook (.ipynb)' })
          .click(),
      ]);
      expect(notebook.suggestedFilename()).toBe('training-run.ipynb');
      const parsed = JSON.parse(await readFile(await notebook.path(), 'utf8')) as {
        nbformat: number;
        cells: { cell_type: string; source: string[]; outputs?: unknown[] }[];
      };
      expect(parsed.nbformat).toBe(4);
      const code = parsed.cells.filter((cell) => cell.cell_type === 'code');
      expect(code.length).toBeGreaterThan(0);
      for (const cell of code) expect(cell.outputs).toEqual([]);
      // Its code cells, two blank lines apart, are the script just downloaded.
      expect(`${code.map((cell) => cell.source.join('')).join('\n\n\n')}\n`).toBe(text);
    });
  });
  test('at η = 2 ŷ never settles, and the prediction plot’s sentence says between which values it swings', async ({
    page,
  }) => {
    await openPage(page, DASHBOARD);
    const figure = widget(page, STORE);
    const sentence = figure.locator(`#${STORE}-prediction-summary`);
    await expect(sentence).toContainText('ŷ from');
    await typeInto(figure, 'learning rate η', '2');
    // The engine's run at η = 2: over its last 20 epochs ŷ jumps between these two values.
    const tail = trainByHand({ learningRate: 2 })
      .epochs.slice(-20)
      .map((epoch) => epoch.nodes.O6);
    const shown = (value: number) => value.toFixed(3).replace('-', '\u2212');
    await expect(sentence).toHaveText(
      `Over epochs 0 to 999, ŷ never settles: over the last 20 epochs it swings between ${shown(Math.min(...tail))} and ${shown(Math.max(...tail))}, against the target y = ${shown(BY_HAND_DEFAULTS.y)}.`,
    );
    // Back to a rate that settles: the sentence reads from and to again.
    await typeInto(figure, 'learning rate η', '0.2');
    await expect(sentence).toContainText('ŷ from');
    await expect(sentence).not.toContainText('swings');
  });

  test('weights set on the forward-pass page are offered on the dashboard; a link writes none', async ({
    page,
  }) => {
    await test.step('a page opened from a link remembers nothing', async () => {
      await openPage(page, `${FORWARD_PASS}?network.w14=0.9`);
      await openPage(page, DASHBOARD);
      await expect(offer(page)).toHaveCount(0);
    });

    await test.step('a weight the reader sets is remembered and offered, naming the page', async () => {
      await openPage(page, FORWARD_PASS);
      await typeInto(widget(page), 'λ1,4', '1.25');
      await openPage(page, DASHBOARD);
      await expect(offer(page)).toHaveText('Start from the weights set on “Forward pass”');
      await expect(
        widget(page, STORE).getByRole('link', { name: '“Forward pass”' }),
      ).toHaveAttribute('href', '../forward-pass/');
      await offer(page).click();
      await expect(
        widget(page, STORE).getByRole('status').filter({ hasText: 'Forward pass' }),
      ).toBeVisible();
      await expectQuantities(page, networkAt({ init: { w14: 1.25 } }, 0), STORE);
      expectClose(await carried(widget(page, STORE), 'w14@0'), 1.25, 'λ1,4 at epoch 0');
    });
  });
});
