/**
 * The lab's work limit: a run trains before the page answers, so its epochs are bounded by
 * samples × parameters × epochs × the update's cost. Expected bounds are worked out here from
 * that definition with the counts written out by hand.
 */
import { describe, expect, it } from 'vitest';
import labKind from '../../../src/components/lab/lab.kind.ts';
import {
  LAB_WORK_BUDGET,
  epochsLimitNote,
  maxLabEpochs,
  updateCost,
} from '../../../src/components/lab/lab-budget.ts';
import { createStore } from '../../../src/state/store.ts';

/** The settings a bound reads, with the lab's defaults for the rest. */
const settingsOf = (values: Record<string, unknown>) => ({
  samples: 200,
  testShare: 0.2,
  mode: 'batch',
  optimizer: 'gd',
  widths: [2, 4, 3, 1],
  epochs: 500,
  ...values,
});

describe('the lab’s work limit', () => {
  it('leaves the starting network its 2,000 epochs: 160 × 31 × 2,000 is under the budget', () => {
    // [2, 4, 3, 1]: 4·3 + 3·5 + 1·4 = 31 parameters; 200 samples, a fifth held out: 160 trained on.
    expect(160 * 31 * 2000).toBeLessThan(LAB_WORK_BUDGET);
    expect(maxLabEpochs(settingsOf({}))).toBe(2000);
    expect(epochsLimitNote(settingsOf({ epochs: 2000 }))).toBeNull();
  });

  it('bounds the largest network by its work: ⌊budget / (400 · 258 · cost)⌋', () => {
    // [2, 8, 8, 8, 8, 2]: 8·3 + 3·(8·9) + 2·9 = 258 parameters; 500 samples, 400 trained on.
    const largest = { widths: [2, 8, 8, 8, 8, 2], samples: 500 };
    expect(maxLabEpochs(settingsOf(largest))).toBe(Math.floor(LAB_WORK_BUDGET / (400 * 258)));
    expect(maxLabEpochs(settingsOf({ ...largest, mode: 'stochastic' }))).toBe(
      Math.floor(LAB_WORK_BUDGET / (400 * 258 * 2)),
    );
    expect(maxLabEpochs(settingsOf({ ...largest, mode: 'miniBatch', optimizer: 'adam' }))).toBe(
      Math.floor(LAB_WORK_BUDGET / (400 * 258 * 2.5)),
    );
  });

  it('costs one batch update 1, an update per sample or mini-batch 2, and 2.5 with momentum or Adam', () => {
    expect(updateCost('batch', 'adam')).toBe(1);
    expect(updateCost('stochastic', 'gd')).toBe(2);
    expect(updateCost('miniBatch', 'momentum')).toBe(2.5);
  });

  it('in a store: a larger network brings the epochs down to its bound and says why', () => {
    const store = createStore(labKind, 'lab', { values: { samples: 500, epochs: 1500 } });
    expect(store.note.value).toBe('');
    expect(store.set('widths', [2, 8, 8, 8, 8, 1])).toEqual({ ok: true });
    // [2, 8, 8, 8, 8, 1]: 8·3 + 3·(8·9) + 9 = 249 parameters, 400 samples trained on.
    const most = Math.floor(LAB_WORK_BUDGET / (400 * 249));
    expect(store.settings.value['epochs']).toBe(most);
    expect(store.note.value).toBe(
      `At most ${most} epochs for this network, these samples and this way of updating: a longer run would keep the page busy for more than 0.3–0.4 s on a laptop, and about four times that on a phone.`,
    );
    const refused = store.set('epochs', most + 1);
    expect(refused.ok).toBe(false);
    expect(store.settings.value['epochs']).toBe(most);
    expect(store.set('epochs', most - 1)).toEqual({ ok: true });
    expect(store.note.value).toBe('');
    // Two runs at the work budget (0.3–0.4 s each on a quiet machine) and one at half of it:
    // on a loaded machine (load 14, two busy loops beside the suite) they took 6 s, past
    // Vitest’s default of 5 s.
  }, 30_000);
});
