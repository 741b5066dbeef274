/**
 * The updating-parameters chapter as a reader uses it: the worked updates of λ4,6, λ1,4 and b4
 * are the engine's next parameters, before and after the reader changes η; the learning-rate
 * presets retrain the plotted run (too small, about right, oscillating, diverging, where the
 * widget says at which epoch the run stopped and no broken number shows); η typed with a decimal
 * comma; the decay widget plots η₀/(1 + decay·ℓ). Expected numbers come from the engine.
 */
import type { Locator } from '@playwright/test';
import { trainByHand, type ByHandOptions } from '../../src/engine/index.ts';
import { test, expect } from './fixtures.ts';
import {
  control,
  expectNoBrokenNumbers,
  expectQuantities,
  openPage,
  pagePath,
  widget,
} from './site.ts';

const PAGE = pagePath('updating-parameters/');

test.describe.configure({ timeout: 90_000 });

/** The number a live element carries, by its quantity key. */
async function carried(scope: Locator, key: string): Promise<number> {
  return Number(await scope.locator(`[data-quantity="${key}"]`).first().getAttribute('data-value'));
}

/** Asserts a number equals the engine's within 1e-12 (relative above 1). */
function expectClose(actual: number, expected: number, what: string): void {
  expect(Math.abs(actual - expected), `${what}: ${actual} against ${expected}`).toBeLessThanOrEqual(
    1e-12 * Math.max(1, Math.abs(expected)),
  );
}

/** The worked updates as the equations must show them, from the engine's epochs 0 and 1. */
function updates(options: ByHandOptions) {
  const [first, second] = trainByHand({ ...options, epochs: 2 }).epochs;
  return (['w46', 'w14', 'b4'] as const).flatMap((key) => [
    { key, value: first!.params[key], places: ['equation'] as const },
    { key: `${key}next`, value: second!.params[key], places: ['equation'] as const },
    // A bias's derivative is its node's input derivative: the equation shows that key.
    key === 'b4'
      ? { key: 'dL/dH4in', value: first!.nodeGrads.H4in, places: ['equation'] as const }
      : { key: `dL/d${key}`, value: first!.grads[key], places: ['equation'] as const },
  ]);
}

// The walkthrough’s ParameterControls (η), then the two RunExplorers: the learning-rate presets
// and the decay plot.
test.describe('ParameterControls (network/) and RunExplorer (updating/)', () => {
  test('the worked updates, the learning-rate presets and the decay plot follow the engine', async ({
    page,
  }) => {
    await openPage(page, PAGE);

    await test.step('λ4,6, λ1,4 and b4 after one update, then with another η', async () => {
      await expectQuantities(page, updates({}), 'network');
      const box = control(page.locator('.parameter-controls').first(), 'η').box;
      await box.fill('');
      await box.pressSequentially('0,7');
      await box.press('Tab');
      await expectQuantities(page, updates({ learningRate: 0.7 }), 'network');
    });

    const rates = widget(page, 'rates');
    /** The loss at the run's last epoch must be the engine's for this η. */
    const expectLoss = async (learningRate: number) => {
      const epochs = trainByHand({ learningRate, epochs: 500 }).epochs;
      const last = epochs.length - 1;
      await expect
        .poll(async () => Math.abs((await carried(rates, `O6@${last}`)) - epochs[last]!.nodes.O6))
        .toBeLessThanOrEqual(1e-12);
      expectClose(await carried(rates, `loss@${last}`), epochs[last]!.loss, `loss at ${last}`);
      return epochs;
    };
    const lossPath = () =>
      rates.locator('svg.line-plot-svg path.line-plot-line').first().getAttribute('d');

    await test.step('each preset retrains the plotted run', async () => {
      let path = await lossPath();
      for (const [name, value] of [
        ['Too small: η = 0.002', 0.002],
        ['Too large: it oscillates: η = 1.8', 1.8],
        ['About right: η = 0.2', 0.2],
      ] as const) {
        const button = rates.getByRole('button', { name });
        await button.click();
        await expect(button).toHaveAttribute('aria-pressed', 'true');
        await expect.poll(lossPath).not.toBe(path);
        path = await lossPath();
        const epochs = await expectLoss(value);
        if (value === 1.8) {
          // Oscillating: ŷ lies on the other side of the target every epoch.
          const side = (e: number) => Math.sign(epochs[e]!.nodes.O6 - 0.3);
          expect(side(20)).toBe(-side(21));
        }
      }
    });

    await test.step('diverging: the widget says at which epoch, and nothing shows NaN', async () => {
      await rates.getByRole('button', { name: 'Diverging: η = 5' }).click();
      const epochs = trainByHand({ learningRate: 5, epochs: 500 }).epochs;
      expect(epochs.length).toBeLessThan(500);
      await expect(rates.getByRole('status').filter({ hasText: 'Training stops' })).toHaveText(
        `Training stops at epoch ${epochs.length}: from there on its numbers are no longer finite.`,
      );
      await expectLoss(5);
      await expectNoBrokenNumbers(page);
    });

    await test.step('η typed key by key with a decimal comma, a half-typed number waits', async () => {
      const { box } = control(rates, 'learning rate η');
      await box.fill('');
      await box.pressSequentially('1,');
      await expect(rates.getByRole('button', { name: 'Diverging: η = 5' })).toHaveAttribute(
        'aria-pressed',
        'true',
      );
      await box.pressSequentially('8');
      await box.press('Tab');
      await expect(
        rates.getByRole('button', { name: 'Too large: it oscillates: η = 1.8' }),
      ).toHaveAttribute('aria-pressed', 'true');
      await expectLoss(1.8);
    });

    await test.step('the decay widget plots η₀ / (1 + decay · ℓ)', async () => {
      const decay = widget(page, 'decay');
      expectClose(
        await carried(decay, 'epochLearningRate@999'),
        0.2 / (1 + 0.01 * 999),
        'η at 999',
      );
      const { box } = control(decay, 'decay');
      await box.fill('');
      await box.pressSequentially('0,05');
      await box.press('Tab');
      await expect
        .poll(async () =>
          Math.abs((await carried(decay, 'epochLearningRate@999')) - 0.2 / (1 + 0.05 * 999)),
        )
        .toBeLessThanOrEqual(1e-15);
      expectClose(
        await carried(decay, 'epochLearningRate@500'),
        0.2 / (1 + 0.05 * 500),
        'η at 500',
      );
    });
  });
});
