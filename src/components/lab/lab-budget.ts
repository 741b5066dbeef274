/**
 * How long a lab run may be. A change trains the whole run before the page answers (the store's
 * `set`), so the epochs are bounded by the work of the run: training samples × parameters ×
 * epochs, times what an update costs for the batching and the optimizer. On the 2-core machine
 * the book is measured on, 160 samples × 177 parameters × 500 epochs by batch (14 million units)
 * take 100–150 ms (`bench/scripts/lab-run.mjs`), and the largest network's runs at the bound,
 * by each batching and optimizer, 0.29–0.39 s; on a phone four times slower, up to 1.6 s.
 */
import { parameterTerms } from '../../engine/scenarios/index.ts';
import type { SettingValues } from '../../state/store.ts';
import { MAX_LAB_EPOCHS } from '../../state/kind-parts/lab-limits.ts';
import { sampleCountOf } from './lab-data.ts';

/**
 * Samples a split trains on: n − m, where the test set takes m = ⌊f·n + ½⌋ kept within 1 … n − 1
 * (the engine's `splitLabData`, checked against it by the tests).
 */
export function trainCountOf(samples: number, testShare: number): number {
  const testCount = Math.min(samples - 1, Math.max(1, Math.floor(testShare * samples + 0.5)));
  return samples - testCount;
}

/** Units of work a run may take: samples × parameters × epochs × the update's cost. */
export const LAB_WORK_BUDGET = 40_000_000;

/**
 * What an epoch's updates cost against one batch update over the same samples, as measured on
 * [2, 8, 8, 8, 1] (500 epochs): one update per sample or per mini-batch about 1.8×, and 2.4×
 * with Adam's or momentum's extra arrays per update.
 */
export function updateCost(mode: unknown, optimizer: unknown): number {
  if (mode === 'batch') return 1;
  return optimizer === 'gd' ? 2 : 2.5;
}

/** The most epochs these settings may train: ⌊budget / (samples · parameters · cost)⌋ in 1 … 2000. */
export function maxLabEpochs(values: SettingValues): number {
  const samples = trainCountOf(sampleCountOf(values), values['testShare'] as number);
  const parameters = parameterTerms(values['widths'] as readonly number[]).total;
  const cost = updateCost(values['mode'], values['optimizer']);
  const epochs = Math.floor(LAB_WORK_BUDGET / (samples * parameters * cost));
  return Math.max(1, Math.min(MAX_LAB_EPOCHS, epochs));
}

/** Why the epochs stop where they are, when the bound holds them; else null. */
export function epochsLimitNote(values: SettingValues): string | null {
  const most = maxLabEpochs(values);
  if (most >= MAX_LAB_EPOCHS || (values['epochs'] as number) < most) return null;
  return `At most ${most} epochs for this network, these samples and this way of updating: a longer run would keep the page busy for more than 0.3–0.4 s on a laptop, and about four times that on a phone.`;
}
