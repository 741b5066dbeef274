/**
 * The network kind's whole-run reads: each per-epoch column is the trace's own, a key read at an
 * epoch (`w14@250`, `loss@last`) equals the engine's record of that epoch, and `lastEpoch` says
 * where a diverged run stopped.
 */
import { describe, expect, it } from 'vitest';
import { byHandEpochs, trainByHand } from '../../../src/engine/index.ts';
import { networkKind } from '../../../src/components/network/network.kind.ts';
import { createStore } from '../../../src/state/store.ts';

describe('the network kind over the whole run', () => {
  const store = createStore(networkKind, 'network');
  const view = store.view.value;
  const epochs = trainByHand().epochs;

  it('reads any quantity at any recorded epoch', () => {
    for (const epoch of [0, 1, 10, 250, 999]) {
      const record = epochs[epoch]!;
      expect(networkKind.read(view, `w14@${epoch}`)).toBe(record.params.w14);
      expect(networkKind.read(view, `O6@${epoch}`)).toBe(record.nodes.O6);
      expect(networkKind.read(view, `dL/dH4in@${epoch}`)).toBe(record.nodeGrads.H4in);
      expect(networkKind.read(view, `loss@${epoch}`)).toBe(record.loss);
    }
    expect(networkKind.read(view, 'b6@last')).toBe(epochs[999]!.params.b6);
    expect(networkKind.read(view, 'lastEpoch')).toBe(999);
  });

  it('reads a key at an epoch from the view it is given, each time', () => {
    // The same keys read from a second store with a shorter run at another η: its own numbers,
    // read from its trace, and the first view still answers with its own.
    const other = createStore(networkKind, 'other', { values: { learningRate: 0.5, epochs: 20 } });
    const otherView = other.view.value;
    const trace = other.run.value;
    const w14 = networkKind.names.weights.find((weight) => weight.key === 'w14')!;
    expect(networkKind.read(otherView, 'w14@10')).toBe(trace.parameters[w14.parameter]![10]);
    expect(networkKind.read(otherView, 'w14@10')).not.toBe(epochs[10]!.params.w14);
    expect(networkKind.read(otherView, 'loss@last')).toBe(trace.loss[19]);
    expect(networkKind.read(otherView, 'w14@250')).toBeUndefined();
    expect(networkKind.read(view, 'w14@10')).toBe(epochs[10]!.params.w14);
    expect(networkKind.read(view, 'w14@250')).toBe(epochs[250]!.params.w14);
  });

  it('answers nothing past the run or for an unknown key', () => {
    expect(networkKind.read(view, 'w14@1000')).toBeUndefined();
    expect(networkKind.read(view, 'nothing@3')).toBeUndefined();
    expect(networkKind.read(view, 'w14@-1')).toBeUndefined();
  });

  it('gives each column as the trace holds it, in export order', () => {
    const trace = store.run.value;
    const w46 = networkKind.names.weights.find((weight) => weight.key === 'w46')!;
    expect(networkKind.column(trace, 'w46')).toBe(trace.parameters[w46.parameter]);
    expect(networkKind.column(trace, 'epochLearningRate')).toBe(trace.learningRate);
    expect(networkKind.columnKeys.slice(0, 4)).toEqual([
      'epoch',
      'epochLearningRate',
      'loss',
      'w14',
    ]);
    for (const key of networkKind.columnKeys) {
      expect(networkKind.column(trace, key)).toHaveLength(1000);
    }
    expect(networkKind.column(trace, 'seed')).toBeUndefined();
  });

  it('ends the run where it diverged', () => {
    const wild = createStore(networkKind, 'wild');
    expect(wild.set('learningRate', 10).ok).toBe(true);
    expect(wild.set('w46', 8).ok).toBe(true);
    const trace = wild.run.value;
    expect(trace.divergedAt).not.toBeNull();
    expect(networkKind.read(wild.view.value, 'lastEpoch')).toBe(trace.length - 1);
    expect(byHandEpochs(trace)).toHaveLength(trace.length);
  });
});
