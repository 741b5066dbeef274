/**
 * The training-epochs chapter as a reader uses it: the three runs' numbers, the mean gradient of a
 * batch and its update, edits to the samples typed key by key (a decimal comma, a half-typed
 * number, Tab), samples added, removed and pasted, bad values refused with the cell named, and the
 * settings (η, epochs, b, shuffle) training the runs again. Every number is compared with the
 * engine, run here on the samples the test typed.
 */
import type { Page } from '@playwright/test';
import type { ComparisonRun } from '../../src/engine/index.ts';
import { test, expect } from './fixtures.ts';
import {
  DEFAULT_ROWS,
  cell,
  engineFirstUpdate,
  engineRuns,
  expectNumbers,
  linePaths,
  runNumbers,
  typeInto,
  type Rows,
} from './comparison.ts';
import { control, expectNoBrokenNumbers, messages, openPage, pagePath } from './site.ts';

const PAGE = pagePath('training-epochs/');
const RUNS = ['batch', 'stochastic', 'miniBatch'] as const;

// One page load per test, each with many retrainings; a busy machine needs the room.
test.describe.configure({ timeout: 120_000 });

interface Settings {
  learningRate: number;
  epochs: number;
  batchSize: number;
  shuffleSeed?: number;
}

const START: Settings = { learningRate: 0.2, epochs: 300, batchSize: 4 };

/** The three runs as the chapter sets them up, trained by the engine. */
function modes(rows: Rows, settings: Settings) {
  const common = {
    learningRate: settings.learningRate,
    ...(settings.shuffleSeed === undefined ? {} : { shuffleSeed: settings.shuffleSeed }),
  };
  const runs: ComparisonRun[] = [
    { mode: 'batch', ...common },
    { mode: 'stochastic', ...common },
    { mode: 'miniBatch', batchSize: settings.batchSize, ...common },
  ];
  return engineRuns(rows, runs, settings.epochs);
}

/** The numbers of the runs, the mean-gradient table and the equations, from the engine. */
function expected(rows: Rows, settings: Settings): Record<string, number> {
  const { epochs } = settings;
  const update = engineFirstUpdate(rows, { kind: 'gd' }, settings.learningRate);
  // The step is θ − η·mean, here from the engine's own numbers.
  expect(update.after).toBeCloseTo(update.before - settings.learningRate * update.mean, 15);
  return {
    ...runNumbers(RUNS, modes(rows, settings), [0, Math.round(epochs / 2), epochs]),
    ...Object.fromEntries(update.perSample.map((g, s) => [`dL/dw46.${s}`, g])),
    'dL/dw46': update.mean,
    w46: update.before,
    'gd.next.w46': update.after,
    samples: rows.length,
  };
}

/**
 * Asserts every number of the page's runs, its mean-gradient table and its equations (both
 * KaTeX's visible copy and the MathML one) against the engine, in one read per attempt.
 */
async function expectPage(page: Page, rows: Rows, settings: Settings): Promise<void> {
  await expectNumbers(page.locator('main'), expected(rows, settings));
  await expect(page.locator('figure#mean tbody tr')).toHaveCount(rows.length);
}

// BatchModesWidget is the chapter’s ComparisonWidget; its samples are a SampleTable, and the
// MeanGradientTable beside it reads the same store.
test.describe('BatchModesWidget, ComparisonWidget, SampleTable and MeanGradientTable (comparison/, samples/)', () => {
  test('a reader edits the samples and the settings, and all three runs follow the engine', async ({
    page,
  }) => {
    await openPage(page, PAGE);
    const widget = page.locator('figure#modes');
    const messages_ = () => messages(widget);
    let rows = DEFAULT_ROWS.map((row) => row.slice());
    let settings = START;

    await test.step('the runs, the mean gradient and its update are the engine’s', async () => {
      await expectPage(page, rows, settings);
      await expectNumbers(widget, {
        'batch.updatesPerEpoch': 1,
        'stochastic.updatesPerEpoch': 10,
        'miniBatch.updatesPerEpoch': 3,
        'batch.totalUpdates': 300,
        'stochastic.totalUpdates': 3000,
        'miniBatch.totalUpdates': 900,
      });
    });

    await test.step('a value typed key by key is applied at Tab, not before', async () => {
      const before = await linePaths(widget);
      const box = cell(widget, 2, 'y');
      await typeInto(box, '-0,');
      // Half-typed: nothing has trained yet.
      await expect(box).toHaveValue('-0,');
      expect(await linePaths(widget)).toEqual(before);
      await box.pressSequentially('5', { delay: 60 });
      await box.press('Tab');
      rows[1]![3] = -0.5;
      await expect(box).toHaveValue('-0.5');
      // Tab went on to the next control of the row.
      await expect(widget.getByRole('button', { name: 'Remove sample 2' })).toBeFocused();
      await expectPage(page, rows, settings);
      expect(await linePaths(widget)).not.toEqual(before);
      await expect(messages_()).toHaveCount(0);
    });

    await test.step('bad values are refused with the cell named, and the table stays', async () => {
      const box = cell(widget, 3, 'x1');
      await typeInto(box, 'abc');
      await box.press('Enter');
      await expect(box).toHaveAttribute('aria-invalid', 'true');
      await expect(messages_()).toHaveText([
        'Sample 3, x1 (“abc”) needs a number, such as 0.75. Kept 0.9.',
      ]);
      // Leaving a refused value puts the last good one back and keeps the message.
      await typeInto(box, '12');
      await box.press('Tab');
      await expect(box).toHaveValue('0.9');
      await expect(box).toHaveAttribute('aria-invalid', 'false');
      await expect(messages_()).toHaveText(['Sample 3, x1 must be between −10 and 10. Kept 0.9.']);
      await expectPage(page, rows, settings);
    });

    await test.step('an η that makes a run diverge is refused, and the runs stay', async () => {
      const rate = control(widget, 'η').box;
      await typeInto(rate, '5');
      await rate.press('Enter');
      // The table's note from the step before stays; the η box has its own message.
      await expect(messages_().filter({ hasText: 'diverges' })).toHaveText([
        /^With η = 5\.000 the (batch|stochastic|mini-batch) run diverges: from epoch \d+ on its numbers are no longer finite\. Try a smaller η\. Kept 0\.200\.$/,
      ]);
      await rate.press('Escape');
      await expect(rate).toHaveValue('0.200');
      await expectPage(page, rows, settings);
    });
    await test.step('a sample added and typed in, and one removed, train again', async () => {
      await widget.getByRole('button', { name: 'Add a sample' }).click();
      const first = cell(widget, 11, 'x1');
      await expect(first).toBeFocused();
      await expect(first).toHaveValue('0');
      await page.keyboard.press('ControlOrMeta+a');
      await page.keyboard.type('0,9', { delay: 60 });
      await cell(widget, 11, 'y').fill('0,2');
      await cell(widget, 11, 'y').press('Enter');
      rows.push([0.9, 0, 0, 0.2]);
      await expect(cell(widget, 11, 'x1')).toHaveValue('0.9');
      await expectPage(page, rows, settings);
      await expectNumbers(widget, { 'stochastic.updatesPerEpoch': 11 });

      await widget.getByRole('button', { name: 'Remove sample 1', exact: true }).click();
      rows = rows.slice(1);
      await expect(widget.getByRole('button', { name: /^Remove sample/ })).toHaveCount(10);
      await expect(cell(widget, 1, 'x1')).toHaveValue('0.1');
      await expectPage(page, rows, settings);
    });

    await test.step('pasted text replaces the table; bad text is refused and the table stays', async () => {
      await widget.getByText('The samples as text').click();
      const text = widget.getByRole('textbox', { name: /One sample per line/ });
      const use = widget.getByRole('button', { name: 'Use this text' });
      await text.fill('x1,x2,x3,y\n1,2,3,4\n1,2,three,4');
      await use.click();
      await expect(text).toHaveAttribute('aria-invalid', 'true');
      await expect(messages_()).toHaveText([
        'Sample 2 (line 3), x3 (“three”) needs a number, such as 0.75. Kept the 10 samples before.',
      ]);
      await text.fill('x1;x2;x3;y\n0,2;0,4;0,6;0,1\n0,8;0,1;0,5;0,45\n-1;2;0,5;-0,3\n1;1;1;1');
      await use.click();
      rows = [
        [0.2, 0.4, 0.6, 0.1],
        [0.8, 0.1, 0.5, 0.45],
        [-1, 2, 0.5, -0.3],
        [1, 1, 1, 1],
      ];
      await expect(widget.getByRole('button', { name: /^Remove sample/ })).toHaveCount(4);
      await expect(cell(widget, 3, 'x2')).toHaveValue('2');
      await expect(text).toHaveValue(
        'x1, x2, x3, y\n0.2, 0.4, 0.6, 0.1\n0.8, 0.1, 0.5, 0.45\n-1, 2, 0.5, -0.3\n1, 1, 1, 1',
      );
      await expect(messages_()).toHaveCount(0);
      await expectPage(page, rows, settings);
      await expectNumbers(widget, {
        'stochastic.updatesPerEpoch': 4,
        'miniBatch.updatesPerEpoch': 1,
      });
    });

    await test.step('η with a decimal comma, fewer epochs and another b train again', async () => {
      const rate = control(widget, 'η').box;
      await typeInto(rate, '0,5');
      await rate.press('Tab');
      await expect(rate).toHaveValue('0.500');
      await typeInto(control(widget, 'epochs').box, '60');
      await control(widget, 'epochs').box.press('Enter');
      await typeInto(control(widget, 'B').box, '3');
      await control(widget, 'B').box.press('Tab');
      settings = { learningRate: 0.5, epochs: 60, batchSize: 3 };
      await expectPage(page, rows, settings);
      await expectNumbers(widget, {
        'miniBatch.updatesPerEpoch': 2,
        'miniBatch.totalUpdates': 120,
      });
      await expect(widget.locator('table.cmp-numbers tbody tr')).toHaveCount(11);
    });

    await test.step('b = 1 makes the mini-batch run the stochastic one; the shuffle by keyboard', async () => {
      await typeInto(control(widget, 'B').box, '1');
      await control(widget, 'B').box.press('Tab');
      settings = { ...settings, batchSize: 1 };
      await expectPage(page, rows, settings);
      const [, stochastic, mini] = await linePaths(widget);
      expect(mini).toBe(stochastic);

      await widget.getByRole('checkbox', { name: /Shuffle the samples/ }).press('Space');
      await typeInto(control(widget, 'shuffle seed').box, '7');
      await control(widget, 'shuffle seed').box.press('Enter');
      settings = { ...settings, shuffleSeed: 7 };
      await expectPage(page, rows, settings);
      // The address follows once the reader pauses.
      await expect.poll(() => page.url()).toContain('train.shuffleSeed=7');
      expect(page.url()).toContain('train.shuffle=1');
    });

    await expectNoBrokenNumbers(page);
  });
});
