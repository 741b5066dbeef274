/**
 * The concepts chapter as a reader uses it: they play the training run with the keyboard, pause
 * and step it, give the network more hidden nodes, type a learning rate with a decimal comma,
 * type points of their own, run into refusals, and share a link. The loss on screen must be the
 * engine's, run independently here with the same settings; the identity network's fit must be a
 * straight line.
 */
import type { Locator, Page } from '@playwright/test';
import {
  fitApproximation,
  sampleShape,
  type ActivationName,
  type ApproximationShape,
} from '../../src/engine/index.ts';
import { test, expect } from './fixtures.ts';
import { control, expectNoBrokenNumbers, messages, openEmbed, openPage, pagePath } from './site.ts';

const CONCEPTS = pagePath('concepts/');
/**
 * The approximation widget's page of its own (the chapter's widget, store and links): the tests
 * that act on and read that widget alone open it; the one with the chapter's second network too
 * opens the chapter.
 */
const APPROXIMATION = 'approximation';

// Each test opens the page once and trains several runs; a busy machine needs the room.
test.describe.configure({ timeout: 90_000 });

/** The settings of a run, as the page starts them unless a test says otherwise. */
interface RunSettings {
  target: ApproximationShape;
  m: number;
  activation: ActivationName;
  seed: number;
  learningRate: number;
  epochs: number;
}

const EXAMPLE: RunSettings = {
  target: 'sine',
  m: 4,
  activation: 'sigmoid',
  seed: 1,
  learningRate: 0.05,
  epochs: 1000,
};

/** The loss curve of a run, from the engine (21 samples of the shape over [−1, 1]). */
function engineLoss(changes: Partial<RunSettings> = {}): Float64Array {
  const settings = { ...EXAMPLE, ...changes };
  const { xs, ys } = sampleShape(settings.target, 21);
  return fitApproximation({
    xs,
    ys,
    hiddenNodes: settings.m,
    activation: settings.activation,
    seed: settings.seed,
    learningRate: settings.learningRate,
    epochs: settings.epochs,
  }).trace.loss;
}

/** The numbers a widget's readout shows, from their `data-value`s, in one round trip. */
async function readout(widget: Locator): Promise<Record<string, number>> {
  return widget.locator('.approx-readout').evaluate((list) => {
    const values: Record<string, number> = {};
    for (const element of list.querySelectorAll('[data-quantity]')) {
      values[element.getAttribute('data-quantity') ?? ''] = Number(
        element.getAttribute('data-value'),
      );
    }
    return values;
  });
}

/** A series of a widget (`x.0`, `x.1`, …) as its table holds it. */
async function series(widget: Locator, prefix: string): Promise<number[]> {
  return widget.evaluate(
    (figure, key): number[] =>
      Array.from(figure.querySelectorAll(`td[data-quantity^="${key}."]`), (cell) =>
        Number(cell.getAttribute('data-value')),
      ),
    prefix,
  );
}

function expectClose(actual: number, expected: number, label: string): void {
  expect(
    Math.abs(actual - expected),
    `${label}: ${actual} against ${expected}`,
  ).toBeLessThanOrEqual(1e-12 * Math.max(1, Math.abs(expected)));
}

/** Waits until the widget's epoch on view is at least `epoch`. */
async function waitForEpoch(widget: Locator, atLeast: number): Promise<void> {
  await expect
    .poll(async () => (await readout(widget))['epoch'], { timeout: 10_000 })
    .toBeGreaterThanOrEqual(atLeast);
}

function fitWidget(page: Page): Locator {
  return page.locator('figure#fit');
}

test.describe('ApproximationWidget (approximation/)', () => {
  test.describe('Player (player/)', () => {
    test('the loss falls as the network trains, played, paused and stepped by keyboard alone', async ({
      page,
    }) => {
      await openEmbed(page, APPROXIMATION);
      const widget = fitWidget(page);
      const curve = engineLoss();
      const start = await readout(widget);
      expect(start).toMatchObject({ epoch: 0, m: 4, parameters: 13 });
      expectClose(start['loss']!, curve[0]!, 'loss at epoch 0');

      // Play with the keyboard: focus lands on the button by Tab from the target menu.
      const play = widget.getByRole('button', { name: 'Play' });
      await widget.getByRole('combobox', { name: 'Target' }).focus();
      for (let i = 0; i < 12 && !(await play.evaluate((b) => b === document.activeElement)); i++) {
        await page.keyboard.press('Tab');
      }
      await expect(play).toBeFocused();
      await page.keyboard.press('Enter');
      await waitForEpoch(widget, 1);
      await page.keyboard.press('Enter'); // the same button now says Pause
      await expect(widget.getByRole('button', { name: 'Play' })).toBeFocused();
      await expect(widget.getByRole('status').first()).toHaveText('Paused.');
      const paused = await readout(widget);
      await page.waitForTimeout(200);
      expect((await readout(widget))['epoch']).toBe(paused['epoch']);
      expect(paused['loss']).toBeLessThan(start['loss']!);
      expectClose(paused['loss']!, curve[paused['epoch']!]!, `loss at epoch ${paused['epoch']}`);

      // Step: Tab to the next button, Space.
      await page.keyboard.press('Tab');
      await expect(widget.getByRole('button', { name: 'Step 50 epochs' })).toBeFocused();
      await page.keyboard.press(' ');
      const stepped = await readout(widget);
      expect(stepped['epoch']).toBe(paused['epoch']! + 50);
      expectClose(stepped['loss']!, curve[stepped['epoch']!]!, 'loss after a step');

      // Play to the end of the run.
      await play.press('Enter');
      await expect(widget.getByRole('status').first()).toHaveText(/Training finished/, {
        timeout: 10_000,
      });
      const end = await readout(widget);
      expect(end['epoch']).toBe(1000);
      expectClose(end['loss']!, curve[1000]!, 'loss at the end');
      expect(end['loss']).toBeLessThan(start['loss']! / 100);

      // Reset to epoch 0 brings back the untrained network.
      await widget.getByRole('button', { name: 'Reset to epoch 0' }).press('Enter');
      expect(await readout(widget)).toMatchObject({ epoch: 0, loss: start['loss'] });
      await expectNoBrokenNumbers(page);
    });
  });

  test('more hidden nodes and another learning rate retrain, and the link reopens that state', async ({
    page,
  }) => {
    await openEmbed(page, APPROXIMATION);
    const widget = fitWidget(page);
    await widget.getByRole('spinbutton', { name: 'ℓ', exact: true }).fill('1000');
    await widget.getByRole('spinbutton', { name: 'ℓ', exact: true }).press('Enter');

    // m typed key by key, then Enter.
    const m = control(widget, 'm').box;
    await m.fill('');
    await m.pressSequentially('8');
    await m.press('Enter');
    const eight = await readout(widget);
    expect(eight).toMatchObject({ epoch: 1000, m: 8, parameters: 25 });
    expectClose(eight['loss']!, engineLoss({ m: 8 })[1000]!, 'loss with m = 8');

    // The learning rate with a decimal comma, applied on Tab.
    await widget.getByText('Training settings').click();
    const rate = control(widget, 'η').box;
    await rate.fill('');
    await rate.pressSequentially('0,02');
    await rate.press('Tab');
    await expect(rate).toHaveValue('0.020');
    const slower = await readout(widget);
    const curve = engineLoss({ m: 8, learningRate: 0.02 });
    expectClose(slower['loss']!, curve[1000]!, 'loss with m = 8, η = 0.02');

    // The address follows the state once the reader pauses; opening it gives the same state.
    await expect.poll(() => page.url()).toContain('fit.m=8');
    await expect.poll(() => page.url()).toContain('fit.learningRate=0.02');
    const link = page.url();
    await page.goto('about:blank');
    await openPage(page, link);
    const reopened = await readout(fitWidget(page));
    expect(reopened).toMatchObject({ epoch: 1000, m: 8, parameters: 25 });
    expectClose(reopened['loss']!, curve[1000]!, 'loss after the link');
  });

  test('bad input is refused with a message, and the widget keeps its last good state', async ({
    page,
  }) => {
    await openEmbed(page, APPROXIMATION);
    const widget = fitWidget(page);
    const before = await readout(widget);
    const m = control(widget, 'm').box;
    for (const text of ['', 'abc', '0', '1000']) {
      await m.fill(text);
      await m.press('Enter');
      await expect(m, `m = "${text}"`).toHaveAttribute('aria-invalid', 'true');
      await expect(messages(widget)).toHaveCount(1);
      await m.press('Escape');
    }
    expect(await readout(widget)).toEqual(before);
    await expect(m).toHaveValue('4');

    const points = widget.getByRole('textbox', { name: /Your points/ });
    for (const text of ['', 'a, b; c, d', '0, 1; 0.5', '0, 1; 3, 0']) {
      await points.fill(text);
      await points.press('Enter');
      await expect(points, `points "${text}"`).toHaveAttribute('aria-invalid', 'true');
      await expect(messages(widget)).toHaveCount(1);
    }
    await expect(widget.getByRole('combobox', { name: 'Target' })).toHaveValue('sine');
    expect(await readout(widget)).toEqual(before);

    // Good points, with a decimal comma: the target switches to them and the table follows.
    await points.fill('-1, 0; -0,5, 1; 1, 0,5');
    await points.press('Enter');
    await expect(points).toHaveAttribute('aria-invalid', 'false');
    await expect(messages(widget)).toHaveCount(0);
    await expect(widget.getByRole('combobox', { name: 'Target' })).toHaveValue('points');
    expect(await series(widget, 'x')).toEqual([-1, -0.5, 1]);
    expect(await series(widget, 'y')).toEqual([0, 1, 0.5]);
    await expectNoBrokenNumbers(page);
  });

  test('a link opens its state; the identity network fits a straight line; reduced motion jumps', async ({
    page,
  }) => {
    await page.emulateMedia({ reducedMotion: 'reduce' });
    await openPage(
      page,
      `${CONCEPTS}?fit.target=bump&fit.m=6&fit.activation=tanh&fit.seed=3&fit.epoch=600&linear.epoch=1000`,
    );
    const widget = fitWidget(page);
    await expect(widget.getByRole('combobox', { name: 'Target' })).toHaveValue('bump');
    await expect(widget.getByRole('combobox', { name: 'Hidden activation α' })).toHaveValue('tanh');
    const linked = await readout(widget);
    expect(linked).toMatchObject({ epoch: 600, m: 6, parameters: 19 });
    const curve = engineLoss({ target: 'bump', m: 6, activation: 'tanh', seed: 3 });
    expectClose(linked['loss']!, curve[600]!, 'loss from the link');

    // Reduced motion: Play goes straight to the end.
    await widget.getByRole('button', { name: 'Play' }).click();
    expect((await readout(widget))['epoch']).toBe(1000);
    expectClose((await readout(widget))['loss']!, curve[1000]!, 'loss at the end');

    // The identity network: every point of its fit lies on one line.
    const linear = page.locator('figure#linear');
    await expect(linear.getByRole('combobox', { name: 'Hidden activation α' })).toHaveValue(
      'identity',
    );
    const xs = await series(linear, 'x');
    const fit = await series(linear, 'fitAt');
    expect(xs).toHaveLength(21);
    const slope = (fit[20]! - fit[0]!) / (xs[20]! - xs[0]!);
    for (let i = 0; i < xs.length; i++) {
      expect(Math.abs(fit[i]! - (fit[0]! + slope * (xs[i]! - xs[0]!))), `point ${i}`).toBeLessThan(
        1e-9,
      );
    }
    // A sine wave is not a line: the identity network's loss stays far above the sigmoid's.
    const identityLoss = (await readout(linear))['loss']!;
    expectClose(identityLoss, engineLoss({ activation: 'identity' })[1000]!, 'identity loss');
    expect(identityLoss).toBeGreaterThan(engineLoss()[1000]! * 10);
    await expectNoBrokenNumbers(page);
  });
});
