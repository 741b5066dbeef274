/**
 * What compareTraining makes of a run's settings and of its epochs: a batch run's samples per
 * update whatever batch size it carries, the largest epoch count it takes, and what it records.
 */
import { describe, expect, it } from 'vitest';
import {
  MAX_EPOCHS,
  compareTraining,
  createByHandNetwork,
  initializeByHand,
} from '../../../../src/engine/index';
import type { Dataset } from '../../../../src/engine/index';

const DATA: Dataset = {
  inputs: [
    [0.5, 0.2, 0.7],
    [0.1, 0.9, 0.3],
    [0.8, 0.4, 0.6],
    [0.3, 0.3, 0.1],
  ],
  targets: [[0.3], [0.5], [0.2], [0.7]],
};

function network() {
  const made = createByHandNetwork();
  initializeByHand(made, 13);
  return made;
}

describe('compareTraining', () => {
  it('makes a batch run one update of all n = 4 samples, even when it carries a batch size', () => {
    const [run] = compareTraining(
      network(),
      DATA,
      [{ mode: 'batch', batchSize: 2, learningRate: 0.1 }],
      2,
    );
    expect(run!.samplesPerUpdate).toBe(4);
    expect(run!.updatesPerEpoch).toBe(1);
    expect([...run!.updates]).toEqual([0, 1, 2]);
  });

  it('refuses MAX_EPOCHS epochs, one past the last it takes, naming epochs and its range', () => {
    expect(() =>
      compareTraining(network(), DATA, [{ mode: 'batch', learningRate: 0.1 }], MAX_EPOCHS),
    ).toThrow(/^epochs must be an integer from 1 to 999999, got 1000000$/);
  });

  it('records the loss and θ per epoch, and no sample’s node values', () => {
    const [run] = compareTraining(network(), DATA, [{ mode: 'stochastic', learningRate: 0.1 }], 3);
    expect(run!.trace.samples).toHaveLength(0);
    expect(run!.trace.length).toBe(4);
  });
});
