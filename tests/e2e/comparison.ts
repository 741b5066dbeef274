/**
 * What the training chapters' browser tests share: the chapters' samples written out here, the
 * engine's runs on them (trained in the test, never read from the page's store), and reading the
 * numbers a comparison widget shows, as a reader sees them and at full precision.
 */
import { expect, type Locator } from '@playwright/test';
import {
  compareTraining,
  createByHandNetwork,
  firstUpdate,
  initializeByHand,
  sampleGradients,
  type ComparedRun,
  type ComparisonRun,
  type OptimizerSettings,
} from '../../src/engine/index.ts';
import { shown } from './site.ts';

/** The inputs of the chapters' ten samples; the targets follow from `targetOf`. */
const INPUTS = [
  [0.5, 0.2, 0.7],
  [0.1, 0.9, 0.3],
  [0.9, 0.4, 0.8],
  [0.3, 0.6, 0.1],
  [0.7, 0.1, 0.5],
  [0.2, 0.3, 0.9],
  [0.8, 0.7, 0.2],
  [0.4, 0.5, 0.6],
  [0.6, 0.8, 0.4],
  [1, 0.2, 0.9],
];

/** The surface the chapters' targets come from, rounded to two decimals. */
const targetOf = ([x1, x2, x3]: number[]) => Math.round((x1! * x3! - x2! / 2 + 0.05) * 100) / 100;

/** A table of samples, one row per sample: x1, x2, x3, y. */
export type Rows = number[][];

/** The chapters' starting samples. */
export const DEFAULT_ROWS: Rows = INPUTS.map((x) => [...x, targetOf(x)]);

/** The network of a seed, trained on rows under each run's settings, by the engine. */
export function engineRuns(
  rows: Rows,
  runs: ComparisonRun[],
  epochs: number,
  seed = 13,
): ComparedRun[] {
  const network = createByHandNetwork();
  initializeByHand(network, seed);
  const data = {
    inputs: rows.map((row) => row.slice(0, 3)),
    targets: rows.map((row) => [row[3]!]),
  };
  return compareTraining(network, data, runs, epochs);
}

/** Index of λ₄,₆ in θ (weights into H₄, H₅; biases b₄, b₅; then λ₄,₆, λ₅,₆; b₆). */
const W46 = 8;

/** The worked first update of λ₄,₆ on the rows: each ∂Lₛ/∂λ₄,₆, their mean, θ₀ and θ₁. */
export function engineFirstUpdate(
  rows: Rows,
  optimizer: OptimizerSettings,
  learningRate: number,
  seed = 13,
) {
  const network = createByHandNetwork();
  initializeByHand(network, seed);
  const data = {
    inputs: rows.map((row) => row.slice(0, 3)),
    targets: rows.map((row) => [row[3]!]),
  };
  const update = firstUpdate(network, data, optimizer, learningRate);
  const pick = (values: Float64Array | undefined) => values?.[W46] ?? Number.NaN;
  return {
    perSample: sampleGradients(network, data).map((gradient) => gradient[W46]!),
    mean: pick(update.gradient),
    before: network.parameters[W46]!,
    after: pick(update.parameters),
    velocity: pick(update.velocity),
    mHat: pick(update.firstMomentHat),
    vHat: pick(update.secondMomentHat),
  };
}

/** The numbers a widget shows for its runs, by quantity key, from an engine run. */
export function runNumbers(
  ids: readonly string[],
  runs: ComparedRun[],
  epochs: readonly number[],
): Record<string, number> {
  const numbers: Record<string, number> = {};
  ids.forEach((id, r) => {
    const run = runs[r]!;
    const last = run.loss.length - 1;
    numbers[`${id}.updatesPerEpoch`] = run.updatesPerEpoch;
    numbers[`${id}.totalUpdates`] = run.updates[last]!;
    numbers[`${id}.finalLoss`] = run.loss[last]!;
    for (const epoch of epochs) numbers[`${id}.loss.${epoch}`] = run.loss[epoch]!;
  });
  return numbers;
}

/** Why the numbers in a scope do not show `expected` ('ok' when they do). */
async function mismatch(scope: Locator, expected: Record<string, number>): Promise<string> {
  const found = await scope.evaluate((root, keys) => {
    const result: Record<string, { text: string; value: number; digits: number }[]> = {};
    for (const element of root.querySelectorAll('[data-quantity]')) {
      const key = element.getAttribute('data-quantity') ?? '';
      if (!keys.includes(key)) continue;
      (result[key] ??= []).push({
        text: (element.textContent ?? '').trim(),
        value: Number(element.getAttribute('data-value')),
        digits: Number(element.getAttribute('data-digits') ?? 3),
      });
    }
    return result;
  }, Object.keys(expected));
  for (const [key, value] of Object.entries(expected)) {
    const copies = found[key];
    if (!copies?.length) return `no ${key} on screen`;
    for (const copy of copies) {
      if (copy.text !== shown(value, copy.digits)) {
        return `${key} shows "${copy.text}", the engine gives "${shown(value, copy.digits)}"`;
      }
      if (!(Math.abs(copy.value - value) <= 1e-9 * Math.max(1, Math.abs(value)))) {
        return `${key} carries ${copy.value}, the engine gives ${value}`;
      }
    }
  }
  return 'ok';
}

/** Waits until every number in the scope shows the engine's value (text and full precision). */
export async function expectNumbers(
  scope: Locator,
  expected: Record<string, number>,
  message = 'the numbers on screen are the engine’s',
): Promise<void> {
  await expect.poll(() => mismatch(scope, expected), { message }).toBe('ok');
}

/** Faster than any pause a box waits for, as a reader types a word. */
const KEY_DELAY_MS = 60;

/** Empties a box as a reader does (select all, delete), then types text key by key. */
export async function typeInto(box: Locator, text: string): Promise<void> {
  await box.click();
  await box.press('ControlOrMeta+a');
  await box.press('Backspace');
  await box.pressSequentially(text, { delay: KEY_DELAY_MS });
}

/** A value's box in the table of samples, by its row and column headers ("Sample 3 x2"). */
export function cell(scope: Locator, sample: number, column: 'x1' | 'x2' | 'x3' | 'y'): Locator {
  return scope.getByRole('textbox', { name: `Sample ${sample} ${column}`, exact: true });
}

/** The `d` of each line of the widget's first plot, in the order of the runs. */
export function linePaths(scope: Locator): Promise<string[]> {
  return scope
    .locator('.cmp-panel')
    .first()
    .locator('.line-plot-area path')
    .evaluateAll((paths) => paths.map((path) => path.getAttribute('d') ?? ''));
}
