/**
 * The approximation kind beyond its starting fit: each setting as a reader meets it, the groups a
 * page may name, every key a page may read and nothing else, the run's settings and ends read by
 * key, the epoch on view kept inside a run that stopped early (with the note and refusal a reader
 * is shown), and a new run taking over the storage of the one it replaces.
 */
import { describe, expect, it } from 'vitest';
import {
  approximationKind,
  TARGETS,
} from '../../../src/components/approximation/approximation.kind.ts';
import { createStore } from '../../../src/state/store.ts';
import { settingsTable } from './settings-table.ts';

const makeStore = (values?: Record<string, unknown>) =>
  createStore(approximationKind, 'fit', values ? { values } : {});

/** `prefix.0` … `prefix.(count − 1)`. */
const seriesKeys = (prefix: string, count: number) =>
  Array.from({ length: count }, (_, i) => `${prefix}.${i}`);

describe('the approximation kind’s settings and keys', () => {
  it('are the target and points, m and α, the seed, η and epochs, and the epoch on view', () => {
    expect(settingsTable(approximationKind)).toEqual([
      'target · target · target · the function the network learns to fit, or your own points · sine (sine wave, sin(πx)), step (step at x = 0), abs (absolute value, |x|), parabola (parabola, x²), bump (bump, exp(−(x/0.3)²)), points (your points) · sine',
      'points · points · points · your points, x and y, used when the target is your points · a list of its own · -1_0_-0.6_0.8_-0.2_-0.4_0.2_0.5_0.6_-0.6_1_0.3',
      'm · m · m · the number of nodes in the hidden layer · whole 1 … 16, slider 1 … 16 · 4',
      'activation · activation · α · the activation function of the hidden nodes · sigmoid (sigmoid), tanh (tanh), relu (ReLU), identity (identity (linear)) · sigmoid',
      'seed · seed · seed · the seed of the random starting weights · whole 0 … 9999, slider 0 … 50 · 1',
      'learningRate · η · η · the learning rate of the Adam optimizer · 0.001 … 0.5, slider 0.005 … 0.2 by 0.005, 3 digits · 0.05',
      'epochs · epochs · epochs · how many passes over the data the training run makes, one full-batch update each · whole 10 … 3000, slider 100 … 2000 · 1000',
      'epoch · epoch · ℓ · the epoch on view: the network after this many updates · whole 0 … 3000, slider 0 … 3000 · 0 · view',
    ]);
    expect(approximationKind.groups).toEqual({
      data: ['target', 'points'],
      network: ['m', 'activation'],
      training: ['seed', 'learningRate', 'epochs'],
      view: ['epoch'],
    });
  });

  it('lists the targets in the menu’s order: the five shapes, then the reader’s points', () => {
    expect(TARGETS).toEqual(['sine', 'step', 'abs', 'parabola', 'bump', 'points']);
  });

  it('takes an epoch on view up to the run’s epochs, and not one more', () => {
    const store = makeStore({ epochs: 100 });
    expect(store.set('epoch', 100)).toEqual({ ok: true });
    // The bound names the run's epochs as the limit (not the run's end, which refuses later).
    expect(store.set('epoch', 101)).toEqual({
      ok: false,
      message: 'epoch must be between 0 and 100.',
    });
    expect(store.settings.value['epoch']).toBe(100);
  });

  it('answers the documented keys: 21 data points, a grid of 101, 3001 epochs, and no other', () => {
    const scalars = ['epoch', 'loss', 'm', 'parameters', 'epochs', 'learningRate', 'seed'];
    const ends = ['lastEpoch', 'startLoss', 'finalLoss', 'samples', 'gridSize'];
    // The most data points: a shape's 21 samples (a reader gives at most 12 points).
    const series = [
      ...['x', 'y', 'fitAt'].flatMap((prefix) => seriesKeys(prefix, 21)),
      ...['gridX', 'fit'].flatMap((prefix) => seriesKeys(prefix, 101)),
      ...['lossAt', 'epochAt'].flatMap((prefix) => seriesKeys(prefix, 3001)),
    ];
    expect([...approximationKind.quantityKeys].sort()).toEqual(
      [...scalars, ...ends, ...series].sort(),
    );
  });

  it('reads its settings, the grid, the shape’s samples and the run’s ends by key', () => {
    const store = makeStore({ seed: 7, learningRate: 0.02, epochs: 200, epoch: 50 });
    const read = (key: string) => store.quantity(key).value!;
    expect(read('seed')).toBe(7);
    expect(read('learningRate')).toBe(0.02);
    expect(read('epochs')).toBe(200);
    expect(read('gridSize')).toBe(101);
    expect(read('epoch')).toBe(50);
    expect(read('epochAt.50')).toBe(50);
    expect(read('startLoss')).toBe(read('lossAt.0'));
    expect(read('finalLoss')).toBe(read('lossAt.200'));
    expect(read('finalLoss')).toBeLessThan(read('startLoss'));
    // sin(πx) sampled at 21 evenly spaced x over [−1, 1]: steps of 0.1; the grid in steps of 0.02.
    expect(read('x.15')).toBeCloseTo(0.5, 15);
    expect(read('y.15')).toBeCloseTo(1, 15);
    expect(read('gridX.0')).toBe(-1);
    expect(read('gridX.75')).toBeCloseTo(0.5, 15);
    expect(read('gridX.100')).toBe(1);
  });
});

describe('a run of the approximation kind that stops early', () => {
  const store = makeStore({ epochs: 100 });
  const run = store.run.value;
  /** The same run, as if its numbers had stopped being finite at epoch `at`. */
  const stoppedAt = (at: number) => ({
    ...run,
    trace: { ...run.trace, length: at, divergedAt: at },
  });

  it('shows its last finite epoch when the epoch on view lies beyond it, and epoch 0 of none', () => {
    const values = { ...store.settings.value, epoch: 80 };
    expect(approximationKind.view(stoppedAt(30), values).row).toBe(29);
    expect(approximationKind.view(stoppedAt(0), values).row).toBe(0);
    expect(approximationKind.view(run, values).row).toBe(80);
  });

  it('says where it stops, advising a smaller η, and refuses an epoch on view beyond it', () => {
    const values = { ...store.settings.value, epoch: 80 };
    expect(approximationKind.note(stoppedAt(30), values)).toBe(
      'Training stops at epoch 30: from there on its numbers are no longer finite. Try a smaller η.',
    );
    expect(approximationKind.note(run, values)).toBeNull();
    expect(approximationKind.refuse(stoppedAt(30), values)).toBe(
      'training stops at epoch 30, where its numbers are no longer finite.',
    );
    expect(approximationKind.refuse(stoppedAt(81), values)).toBeNull();
  });

  it('takes over the storage of the run it replaces, which nothing reads any more', () => {
    const values = store.settings.value;
    const spare = approximationKind.run(values);
    const next = approximationKind.run({ ...values, seed: 2 }, spare);
    expect(next.trace.storage.buffer).toBe(spare.trace.storage.buffer);
    expect(approximationKind.run(values).trace.storage.buffer).not.toBe(spare.trace.storage.buffer);
  });
});
