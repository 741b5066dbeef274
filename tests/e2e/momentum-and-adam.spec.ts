/**
 * The momentum-and-Adam chapter as a reader uses it: the three update rules' runs and their
 * worked first updates against the engine, then each rule's settings typed key by key (β to 0
 * turns momentum into gradient descent, Adam's η with a decimal comma), the batching menu, a
 * refused β₂, and a sample edited in the shared table. Every number is the engine's, run here.
 */
import type { Locator } from '@playwright/test';
import type { BatchMode, ComparisonRun } from '../../src/engine/index.ts';
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
import {
  control,
  expectNoBrokenNumbers,
  expectQuantities,
  messages,
  openPage,
  pagePath,
} from './site.ts';

const PAGE = pagePath('momentum-and-adam/');
const RULES = ['gd', 'momentum', 'adam'] as const;

test.describe.configure({ timeout: 120_000 });

interface Settings {
  mode: BatchMode;
  learningRate: number;
  momentumRate: number;
  beta: number;
  adamRate: number;
  beta1: number;
  beta2: number;
}

const START: Settings = {
  mode: 'batch',
  learningRate: 0.2,
  momentumRate: 0.2,
  beta: 0.9,
  adamRate: 0.05,
  beta1: 0.9,
  beta2: 0.999,
};

/** The three rules' runs as the chapter sets them up, trained by the engine. */
async function expectRuns(widget: Locator, settings: Settings, rows: Rows = DEFAULT_ROWS) {
  const batching = { mode: settings.mode, batchSize: 4 };
  const runs: ComparisonRun[] = [
    { ...batching, learningRate: settings.learningRate },
    {
      ...batching,
      learningRate: settings.momentumRate,
      optimizer: { kind: 'momentum', beta: settings.beta },
    },
    {
      ...batching,
      learningRate: settings.adamRate,
      optimizer: { kind: 'adam', beta1: settings.beta1, beta2: settings.beta2 },
    },
  ];
  const engine = engineRuns(rows, runs, 200);
  await expectNumbers(widget, runNumbers(RULES, engine, [0, 100, 200]));
  return engine;
}

/** Each rule in its group of the widget's settings. */
function rule(widget: Locator, name: 'Gradient descent' | 'Momentum' | 'Adam'): Locator {
  return widget.getByRole('group', { name, exact: true });
}

// OptimizersWidget is the chapter’s ComparisonWidget; its samples are a SampleTable.
test.describe('OptimizersWidget, ComparisonWidget and SampleTable (comparison/, samples/)', () => {
  test('each rule’s settings train it again, against the engine, and the first updates are worked', async ({
    page,
  }) => {
    await openPage(page, PAGE);
    const widget = page.locator('figure#rules');

    await test.step('the three runs and the first update of each rule', async () => {
      await expectRuns(widget, START);
      await expectNumbers(widget, {
        'gd.updatesPerEpoch': 1,
        'momentum.updatesPerEpoch': 1,
        'adam.updatesPerEpoch': 1,
      });
      const gd = engineFirstUpdate(DEFAULT_ROWS, { kind: 'gd' }, 0.2);
      const momentum = engineFirstUpdate(DEFAULT_ROWS, { kind: 'momentum', beta: 0.9 }, 0.2);
      const adam = engineFirstUpdate(DEFAULT_ROWS, { kind: 'adam' }, 0.05);
      // The published rules' first steps, from the engine's gradient: v₁ = g; m̂₁ = g, v̂₁ = g².
      expect(momentum.velocity).toBeCloseTo(gd.mean, 15);
      expect(momentum.after).toBeCloseTo(gd.before - 0.2 * gd.mean, 15);
      expect(adam.mHat).toBeCloseTo(gd.mean, 14);
      expect(adam.vHat).toBeCloseTo(gd.mean ** 2, 14);
      expect(adam.after).toBeCloseTo(gd.before - (0.05 * gd.mean) / (Math.abs(gd.mean) + 1e-8), 12);
      await expectQuantities(
        page,
        [
          { key: 'dL/dw46', value: gd.mean, places: ['equation', 'mathml'] },
          { key: 'momentum.velocity.w46', value: momentum.velocity, places: ['equation'] },
          { key: 'momentum.next.w46', value: momentum.after, places: ['equation', 'mathml'] },
          { key: 'adam.mHat.w46', value: adam.mHat, places: ['equation'] },
          { key: 'adam.vHat.w46', value: adam.vHat, places: ['equation'] },
          { key: 'adam.next.w46', value: adam.after, places: ['equation', 'mathml'] },
        ],
        'rules',
      );
    });

    await test.step('β = 0 turns momentum into gradient descent', async () => {
      const { box } = control(rule(widget, 'Momentum'), 'β');
      await typeInto(box, '0');
      await box.press('Tab');
      const [gd, momentum] = await expectRuns(widget, { ...START, beta: 0 });
      expect(Array.from(momentum!.loss)).toEqual(Array.from(gd!.loss));
      const [gdPath, momentumPath] = await linePaths(widget);
      expect(momentumPath).toBe(gdPath);
      await expectQuantities(page, [{ key: 'beta', value: 0, places: ['equation'] }], 'rules');
    });

    await test.step('Adam’s η typed half-way, with a decimal comma, then Tab', async () => {
      const { box } = control(rule(widget, 'Adam'), 'η');
      await typeInto(box, '0,');
      await expect(box).toHaveValue('0,');
      await box.pressSequentially('1', { delay: 60 });
      await box.press('Tab');
      await expect(box).toHaveValue('0.100');
      await expectRuns(widget, { ...START, beta: 0, adamRate: 0.1 });
      const adam = engineFirstUpdate(DEFAULT_ROWS, { kind: 'adam' }, 0.1);
      await expectQuantities(
        page,
        [{ key: 'adam.next.w46', value: adam.after, places: ['equation'] }],
        'rules',
      );
    });

    await test.step('mini-batches for all three, from the menu', async () => {
      await widget.getByRole('combobox', { name: 'Samples per update' }).selectOption('mini-batch');
      await expectRuns(widget, { ...START, beta: 0, adamRate: 0.1, mode: 'miniBatch' });
      await expectNumbers(widget, {
        'gd.updatesPerEpoch': 3,
        'momentum.updatesPerEpoch': 3,
        'adam.updatesPerEpoch': 3,
      });
      await expect.poll(() => page.url()).toContain('rules.mode=miniBatch');
    });

    await test.step('β₂ of 1 is refused, and the runs stay', async () => {
      const { box } = control(rule(widget, 'Adam'), 'β2');
      await typeInto(box, '1');
      await box.press('Enter');
      await expect(messages(widget)).toHaveText(['β2 must be between 0 and 0.9999. Kept 0.9990.']);
      await box.press('Escape');
      await expect(box).toHaveValue('0.9990');
    });

    await test.step('a sample edited in the table trains all three again', async () => {
      const box = cell(widget, 10, 'y');
      await typeInto(box, '0,6');
      await box.press('Tab');
      const rows = DEFAULT_ROWS.map((row, s) => (s === 9 ? [...row.slice(0, 3), 0.6] : row));
      await expectRuns(widget, { ...START, beta: 0, adamRate: 0.1, mode: 'miniBatch' }, rows);
    });
    await expectNoBrokenNumbers(page);
  });
});
