/**
 * The training chapters' comparison kinds beyond their defaults: each setting as a reader meets
 * it, the groups and run names a page shows, and each setting reaching the run it belongs to (the
 * batch size and the shuffle, each rule's η and decay rates), against the engine trained here.
 */
import { describe, expect, it } from 'vitest';
import {
  compareTraining,
  createByHandNetwork,
  initializeByHand,
  type ComparisonRun,
} from '../../../src/engine/index.ts';
import { batchModesKind } from '../../../src/components/comparison/batch-modes.kind.ts';
import { optimizersKind } from '../../../src/components/comparison/optimizers.kind.ts';
import { DEFAULT_SAMPLES } from '../../../src/state/kind-parts/comparison-samples.ts';
import { createStore, type Store } from '../../../src/state/store.ts';
import { settingsTable } from './settings-table.ts';

/** Runs on the chapter's table from the seed-13 start, trained by the engine here. */
function engineRuns(runs: ComparisonRun[], epochs: number) {
  const network = createByHandNetwork();
  initializeByHand(network, 13);
  const inputs: number[][] = [];
  const targets: number[][] = [];
  for (let i = 0; i < DEFAULT_SAMPLES.length; i += 4) {
    inputs.push(DEFAULT_SAMPLES.slice(i, i + 3));
    targets.push([DEFAULT_SAMPLES[i + 3]!]);
  }
  return compareTraining(network, { inputs, targets }, runs, epochs);
}

const read = (store: Store, key: string) => store.kind.read(store.view.value, key)!;

/** The rows both kinds share (comparison.ts), with each kind's own number of epochs. */
const shared = (epochs: number) => [
  'samples · table · samples · the training samples, x1, x2, x3 and y · a list of its own',
  'seed · seed · seed · the NumPy seed of the initial weights and biases · whole 0 … 9999, slider 0 … 50 · 13',
  `epochs · epochs · epochs · how many passes over the table each run makes · whole 1 … 1000, slider 10 … 1000 · ${epochs}`,
  'batchSize · B · B · the mini-batch size: samples per update in mini-batch mode · whole 1 … 64, slider 1 … 16 · 4',
  'shuffle · shuffle · shuffle · reorder the samples every epoch · boolean · 0',
  'shuffleSeed · shuffle seed · shuffle seed · the seed of the shuffle, so a shuffled run can be repeated exactly · whole 0 … 9999, slider 0 … 50 · 1',
];
/** The table's own row without its default (the chapter's forty numbers). */
const rows = (kind: typeof batchModesKind) =>
  settingsTable(kind).map((row, i) => (i === 0 ? row.replace(/ · [^·]*$/, '') : row));
const SHARED_GROUPS = {
  data: ['samples'],
  network: ['seed'],
  epochs: ['epochs', 'batchSize', 'shuffle', 'shuffleSeed'],
};

describe('the batch-modes kind’s settings', () => {
  it('are the shared ones, 300 epochs, and one η for all three runs, 0.2 at the start', () => {
    expect(rows(batchModesKind)).toEqual([
      ...shared(300),
      'learningRate · η · η · the learning rate of every update, in all three runs · 0.001 … 5, slider 0.01 … 1 by 0.01, 3 digits · 0.2',
    ]);
    expect(batchModesKind.groups).toEqual({ ...SHARED_GROUPS, training: ['learningRate'] });
    expect(batchModesKind.runs).toEqual([
      { id: 'batch', label: 'batch' },
      { id: 'stochastic', label: 'stochastic' },
      { id: 'miniBatch', label: 'mini-batch' },
    ]);
  });

  it('gives the mini-batch run the batch size, and every run the shuffle and η', () => {
    const store = createStore(batchModesKind, 'train');
    store.setMany({ batchSize: 3, shuffle: true, shuffleSeed: 5, learningRate: 0.1 });
    const common = { learningRate: 0.1, shuffleSeed: 5 };
    const runs = engineRuns(
      [
        { mode: 'batch', ...common },
        { mode: 'stochastic', ...common },
        { mode: 'miniBatch', batchSize: 3, ...common },
      ],
      300,
    );
    // Ten samples in mini-batches of 3: ⌈10/3⌉ = 4 updates an epoch.
    expect(read(store, 'miniBatch.updatesPerEpoch')).toBe(4);
    ['batch', 'stochastic', 'miniBatch'].forEach((id, r) => {
      for (const epoch of [1, 300]) {
        expect(read(store, `${id}.loss.${epoch}`), id).toBe(runs[r]!.loss[epoch]);
      }
    });
  });
});

describe('the optimizers kind’s settings', () => {
  it('are the shared ones, 200 epochs, the mode, and each rule’s η and decay rates', () => {
    const rate = (key: string, rule: string, start: string) =>
      `${key} · η (${rule}) · η · the learning rate of ${rule} · 0.001 … 5, slider 0.01 … 1 by 0.01, 3 digits · ${start}`;
    expect(rows(optimizersKind)).toEqual([
      ...shared(200),
      'mode · mode · mode · how all three runs group the samples into updates · batch (batch), stochastic (stochastic), miniBatch (mini-batch) · batch',
      rate('learningRate', 'gradient descent', '0.2'),
      rate('momentumRate', 'momentum', '0.2'),
      'beta · β · β · the share of the velocity that momentum keeps from one update to the next · 0 … 0.999, slider 0 … 0.999 by 0.001, 4 digits · 0.9',
      rate('adamRate', 'Adam', '0.05'),
      'beta1 · β1 · β_1 · the decay of Adam’s running mean of gradients · 0 … 0.999, slider 0 … 0.999 by 0.001, 4 digits · 0.9',
      'beta2 · β2 · β_2 · the decay of Adam’s running mean of squared gradients · 0 … 0.9999, slider 0.9 … 0.9999 by 0.001, 4 digits · 0.999',
    ]);
    expect(optimizersKind.groups).toEqual({
      ...SHARED_GROUPS,
      mode: ['mode'],
      rules: ['learningRate', 'momentumRate', 'beta', 'adamRate', 'beta1', 'beta2'],
    });
    expect(optimizersKind.runs).toEqual([
      { id: 'gd', label: 'gradient descent' },
      { id: 'momentum', label: 'momentum' },
      { id: 'adam', label: 'Adam' },
    ]);
  });

  it('gives each rule its own η, β, β₁ and β₂, and all three the batching and the shuffle', () => {
    const store = createStore(optimizersKind, 'rules');
    const settings = { learningRate: 0.3, momentumRate: 0.1, adamRate: 0.02 };
    store.setMany({ ...settings, beta: 0.5, beta1: 0.8, beta2: 0.95 });
    store.setMany({ mode: 'miniBatch', batchSize: 5, shuffle: true, shuffleSeed: 2 });
    const batching = { mode: 'miniBatch' as const, batchSize: 5, shuffleSeed: 2 };
    const runs = engineRuns(
      [
        { ...batching, learningRate: 0.3 },
        { ...batching, learningRate: 0.1, optimizer: { kind: 'momentum', beta: 0.5 } },
        {
          ...batching,
          learningRate: 0.02,
          optimizer: { kind: 'adam', beta1: 0.8, beta2: 0.95 },
        },
      ],
      200,
    );
    ['gd', 'momentum', 'adam'].forEach((id, r) => {
      // Ten samples in mini-batches of 5: two updates an epoch.
      expect(read(store, `${id}.updatesPerEpoch`), id).toBe(2);
      for (const epoch of [1, 200]) {
        expect(read(store, `${id}.loss.${epoch}`), id).toBe(runs[r]!.loss[epoch]);
      }
    });
  });

  it('works each rule’s first update with the reader’s rates: m₁ = (1 − β₁)g, v₁ = (1 − β₂)g²', () => {
    const store = createStore(optimizersKind, 'rules');
    store.setMany({ momentumRate: 0.1, adamRate: 0.02, beta1: 0.8, beta2: 0.95 });
    const g = read(store, 'dL/dw46');
    const w46 = read(store, 'w46');
    // v₁ = β·0 + g = g, so the momentum step is η·g.
    expect(read(store, 'momentum.next.w46')).toBeCloseTo(w46 - 0.1 * g, 15);
    expect(read(store, 'adam.m.w46')).toBeCloseTo(0.2 * g, 15);
    expect(read(store, 'adam.v.w46')).toBeCloseTo(0.05 * g * g, 15);
    expect(read(store, 'adam.next.w46')).toBeCloseTo(w46 - (0.02 * g) / (Math.abs(g) + 1e-8), 12);
  });
});
