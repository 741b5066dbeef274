/**
 * The lab's store: what trains and what only moves the view, the limits of the epoch and the
 * sample on view, a run that diverges (the network kinds' rule, kind-parts/diverged.ts), every
 * quantity finite, keys read for any network and nothing else, and its lists against the engine's.
 */
import { describe, expect, it } from 'vitest';
import { labKind, type LabRun } from '../../../src/components/lab/lab.kind.ts';
import {
  ACTIVATION_CHOICES,
  DATA_CHOICES,
  LAB_GROUPS,
  LAB_SETTINGS,
  taskOf,
  trainCountOf,
} from '../../../src/components/lab/lab-settings.ts';
import { outputWidthOf } from '../../../src/components/lab/lab-widths.ts';
import { kindOf } from '../../../src/components/kinds.ts';
import { ACTIVATION_NAMES } from '../../../src/engine/core/index.ts';
import {
  LAB_DATA_NAMES,
  generateLabData,
  labOutputWidth,
  splitLabData,
} from '../../../src/engine/scenarios/index.ts';
import { readStoreLinkFully, writeLink } from '../../../src/state/link.ts';
import { applyStoreLink } from '../../../src/state/page-stores.ts';
import { createStore } from '../../../src/state/store.ts';

const lab = () => createStore(labKind, 'lab');
const read = (store: ReturnType<typeof lab>, key: string) => labKind.read(store.view.value, key);

/** The lab kind with its engine calls counted. */
function countingLab() {
  let calls = 0;
  const kind = {
    ...labKind,
    run(values: Parameters<typeof labKind.run>[0], spare?: LabRun) {
      calls += 1;
      return labKind.run(values, spare);
    },
  };
  return { kind, calls: () => calls };
}

describe('the lab store kind', () => {
  it('is found under the id pages name it by, with groups for the network, data, training and view', () => {
    expect(kindOf('lab')).toBe(labKind);
    expect(Object.keys(LAB_GROUPS)).toEqual(['network', 'data', 'training', 'view']);
    const grouped = Object.values(LAB_GROUPS).flat().sort();
    expect(grouped).toEqual(LAB_SETTINGS.map((setting) => setting.key).sort());
    const store = createStore(labKind, 'lab', { settable: ['view'] });
    expect(store.settable).toEqual(['epochOnView', 'sampleOnView', 'node', 'from']);
  });

  it('offers the engine’s data sets and activations, and knows which sets hold classes', () => {
    // The engine's sets, then the reader's own table, which no generator draws.
    expect(DATA_CHOICES.values).toEqual([...LAB_DATA_NAMES, 'custom']);
    expect(ACTIVATION_CHOICES.values).toEqual(ACTIVATION_NAMES);
    for (const name of LAB_DATA_NAMES) {
      const data = generateLabData(name, { samples: 4, seed: 0, noise: 0 });
      expect(taskOf(name), name).toBe(data.task);
      for (const output of ['identity', 'sigmoid', 'softmax'] as const) {
        expect(outputWidthOf(output), `${name}, ${output}`).toBe(labOutputWidth(data, output));
        if (data.task === 'regression') break; // softmax is refused on the surface
      }
    }
  });

  it('counts the training samples as the engine’s split does, for every n and share on a grid', () => {
    const data = generateLabData('surface', { samples: 500, seed: 3, noise: 0 });
    for (let samples = 10; samples <= 500; samples += 7) {
      for (const share of [0.1, 0.15, 0.2, 0.25, 0.3, 0.333, 0.35, 0.4, 0.45, 0.5]) {
        const part = {
          ...data,
          x1: data.x1.subarray(0, samples),
          x2: data.x2,
          y: data.y.subarray(0, samples),
        };
        expect(trainCountOf(samples, share), `${samples}, ${share}`).toBe(
          splitLabData(part, share, 3).train.y.length,
        );
      }
    }
  });
});

describe('what trains and what only moves the view', () => {
  it('a change of the epoch or the sample on view runs the engine 0 times; a run setting, once', () => {
    const { kind, calls } = countingLab();
    const store = createStore(kind, 'lab');
    const first = store.run.value;
    expect(calls()).toBe(1);
    const losses = new Set<number | undefined>();
    for (const [key, value] of [
      ['epochOnView', 0],
      ['epochOnView', 250],
      ['sampleOnView', 159],
      ['sampleOnView', 3],
    ] as const) {
      expect(store.set(key, value)).toEqual({ ok: true });
      expect(store.run.value).toBe(first);
      losses.add(kind.read(store.view.value, 'loss'));
    }
    expect(losses.size).toBe(4); // each move reached the view
    expect(calls()).toBe(1);
    expect(store.set('learningRate', 0.2)).toEqual({ ok: true });
    expect(store.run.value).not.toBe(first);
    expect(calls()).toBe(2);
    expect(store.set('act1', 'tanh')).toEqual({ ok: true });
    expect(calls()).toBe(3);
  });

  it('shows the last epoch by default, and follows the number of epochs while it does', () => {
    const store = lab();
    expect(read(store, 'epoch')).toBe(499);
    expect(store.set('epochs', 40)).toEqual({ ok: true });
    expect(read(store, 'epoch')).toBe(39);
    expect(read(store, 'lastEpoch')).toBe(39);
    expect(store.set('epochOnView', 40)).toEqual({
      ok: false,
      message: 'epoch must be between 0 and 39.',
    });
    expect(store.set('epochOnView', 10)).toEqual({ ok: true });
    expect(store.set('epochs', 60)).toEqual({ ok: true });
    expect(read(store, 'epoch')).toBe(10);
  });

  it('keeps the sample on view among the training samples: 160 of 200, then 8 of 10', () => {
    const store = lab();
    expect(store.set('sampleOnView', 160)).toEqual({
      ok: false,
      message: 'sample must be between 0 and 159.',
    });
    expect(store.set('sampleOnView', 159)).toEqual({ ok: true });
    expect(store.set('samples', 10)).toEqual({ ok: true });
    expect(store.settings.value['sampleOnView']).toBe(7);
    expect(read(store, 'trainSamples')).toBe(8);
    expect(read(store, 'x1')).toBe(store.run.value.split.train.x1[7]);
  });

  it('opens the panel on the last node, follows the widths while there, and keeps a chosen node within the network', () => {
    const store = lab();
    // 2-4-3-1: nodes 1 … 10, the output is node 10.
    expect(store.settings.value['node']).toBe(10);
    expect(store.set('widths', [2, 8, 8, 1])).toEqual({ ok: true });
    expect(store.settings.value['node']).toBe(19);
    const runs = store.run.value;
    expect(store.set('node', 3)).toEqual({ ok: true });
    expect(store.run.value).toBe(runs); // the node only moves the view
    expect(store.set('node', 20)).toEqual({ ok: false, message: 'node must be between 1 and 19.' });
    expect(store.set('node', 0).ok).toBe(false);
    // A network too small for the chosen node keeps the node within it: 2-1 has nodes 1 … 3.
    expect(store.set('node', 15)).toEqual({ ok: true });
    expect(store.set('widths', [2, 1])).toEqual({ ok: true });
    expect(store.settings.value['node']).toBe(3);
  });

  it('writes a chosen node into the link, and a link opens the lab on it', () => {
    const store = lab();
    expect(new URLSearchParams(writeLink([store])).has('lab.node')).toBe(false);
    store.set('node', 7);
    expect(new URLSearchParams(writeLink([store])).get('lab.node')).toBe('7');
    const again = lab();
    expect(applyStoreLink(again, readStoreLinkFully('?lab.node=7', again))).toEqual([]);
    expect(again.settings.value['node']).toBe(7);
    const hostile = lab();
    const problems = applyStoreLink(hostile, readStoreLinkFully('?lab.node=99', hostile));
    // Clamped into the codec's range (36 nodes at most), then refused by this network's 10.
    expect(problems).toEqual([
      'node: 99 → 36, the nearest value it can take.',
      'node: node must be between 1 and 10.',
    ]);
    expect(hostile.settings.value['node']).toBe(10);
  });

  it('marks a connection only into the chosen node, and lets it go when the node moves away', () => {
    const store = lab();
    // 2-4-3-1: inputs 1–2, hidden 3–6 and 7–9, output 10. Node 10 is fed by nodes 7, 8 and 9.
    expect(store.settings.value['from']).toBe(0);
    const runs = store.run.value;
    expect(store.set('from', 8)).toEqual({ ok: true });
    expect(store.run.value).toBe(runs); // a connection only moves the view
    expect(store.set('from', 3)).toEqual({
      ok: false,
      message: 'Node 3 does not feed node 10: its connections come from nodes 7 to 9.',
    });
    expect(store.settings.value['from']).toBe(8);
    // Node 7 is fed by 3 … 6: choosing it with its connection from 5 at once is one change.
    expect(store.setMany({ node: 7, from: 5 })).toEqual({ node: { ok: true }, from: { ok: true } });
    // Another node of the same layer keeps the connection's first node while it still feeds it …
    expect(store.set('node', 8)).toEqual({ ok: true });
    expect(store.settings.value['from']).toBe(5);
    // … and a node of another layer, or an input, lets it go.
    expect(store.set('node', 10)).toEqual({ ok: true });
    expect(store.settings.value['from']).toBe(0);
    expect(store.set('node', 1)).toEqual({ ok: true });
    expect(store.set('from', 2)).toEqual({
      ok: false,
      message: 'Node 1 is an input: no connection leads into it.',
    });
    // Widths that move the nodes: 2-2-1 makes node 5 the output, fed by 3 and 4.
    expect(store.setMany({ node: 7, from: 3 })).toEqual({ node: { ok: true }, from: { ok: true } });
    expect(store.set('widths', [2, 2, 1])).toEqual({ ok: true });
    expect(store.settings.value['node']).toBe(5);
    expect(store.settings.value['from']).toBe(3);
    expect(store.set('widths', [2, 1])).toEqual({ ok: true });
    expect(store.settings.value['from']).toBe(0);
  });

  it('writes a chosen connection into the link, and refuses one that feeds no chosen node', () => {
    const store = lab();
    store.setMany({ node: 7, from: 4 });
    const query = new URLSearchParams(writeLink([store]));
    expect([query.get('lab.node'), query.get('lab.from')]).toEqual(['7', '4']);
    const again = lab();
    expect(applyStoreLink(again, readStoreLinkFully('?lab.node=7&lab.from=4', again))).toEqual([]);
    expect([again.settings.value['node'], again.settings.value['from']]).toEqual([7, 4]);
    const hostile = lab();
    const problems = applyStoreLink(hostile, readStoreLinkFully('?lab.node=7&lab.from=9', hostile));
    expect(problems).toEqual([
      'connection from node: Node 9 does not feed node 7: its connections come from nodes 3 to 6.',
    ]);
    expect([hostile.settings.value['node'], hostile.settings.value['from']]).toEqual([7, 0]);
  });
});

describe('a run that diverges', () => {
  // η = 5 overflows the default network's numbers at epoch 255 of 500 (found by running it).
  it('is accepted with its last finite epoch on view and the network kinds’ note', () => {
    const store = lab();
    expect(store.set('learningRate', 5)).toEqual({ ok: true });
    const { length, divergedAt } = store.run.value;
    expect(divergedAt).toBe(length);
    expect(length).toBeGreaterThan(0);
    expect(length).toBeLessThan(500);
    expect(read(store, 'epoch')).toBe(length - 1);
    expect(store.note.value).toBe(
      `Training stops at epoch ${length}: from there on its numbers are no longer finite.`,
    );
    expect(store.set('epochOnView', length)).toEqual({
      ok: false,
      message: `With epoch = ${length} training stops at epoch ${length}, where its numbers are no longer finite.`,
    });
    expect(read(store, 'trainLoss')).toBeTypeOf('number');
    expect(read(store, `trainLoss.${length}`)).toBeUndefined();
  });

  it('is refused, leaving the store as it was, when a link fixed the epoch on view past its end', () => {
    const store = lab();
    store.restrict(['epochOnView'], []);
    const before = store.settings.value;
    const result = store.set('learningRate', 5);
    expect(result.ok).toBe(false);
    expect(store.settings.value).toBe(before);
    expect(store.note.value).toBe('');
  });

  it('is refused when it has no finite epoch at all', () => {
    const stopsAtOnce: typeof labKind = {
      ...labKind,
      // A run whose first epoch already overflowed, as the engine reports one.
      run: (values, spare) => ({ ...labKind.run(values, spare), length: 0, divergedAt: 0 }),
    };
    expect(() => createStore(stopsAtOnce, 'lab').view.value).toThrow(
      'lab: the network gives no finite result.',
    );
  });
});

describe('the lab’s quantities', () => {
  it('reads every listed key of the default view as a finite number, and series past the run as nothing', () => {
    const view = lab().view.value;
    for (const key of labKind.quantityKeys) {
      const series = /^(trainLoss|testLoss)\.(\d+)$/.exec(key);
      const value = labKind.read(view, key);
      if (series && Number(series[2]) >= 500) expect(value, key).toBeUndefined();
      else expect(Number.isFinite(value), key).toBe(true);
    }
  });

  it('lists the default network’s keys: 2-4-3-1 has 23 weights, 8 biases and 10 nodes', () => {
    const keys = labKind.quantityKeys;
    const count = (pattern: RegExp) => [...keys].filter((key) => pattern.test(key)).length;
    expect(count(/^w\d+_\d+$/)).toBe(2 * 4 + 4 * 3 + 3 * 1);
    expect(count(/^dL\/dw\d+_\d+$/)).toBe(23);
    expect(count(/^b\d+$/)).toBe(8);
    expect(count(/^N\d+in$/)).toBe(10);
    expect(count(/^O\d+$/)).toBe(1);
    for (const key of ['w1_3', 'w9_10', 'b10', 'N10', 'O10', 'dL/dN1', 'x1', 'y', 'testLoss.499']) {
      expect(keys.has(key), key).toBe(true);
    }
  });

  it('reads a larger network’s keys beyond the list, and the network’s shape', () => {
    const store = createStore(labKind, 'lab', { values: { widths: [2, 8, 8, 8, 1], epochs: 20 } });
    expect(
      ['layers', 'l0', 'l1', 'l3', 'l4', 'l5', 'nodes', 'parameters'].map((k) => read(store, k)),
    ).toEqual([5, 2, 8, 8, 1, undefined, 27, 177]);
    for (const key of ['w26_27', 'dL/dw26_27', 'b27', 'O27', 'N27in', 'dL/dN11in']) {
      expect(Number.isFinite(read(store, key)), key).toBe(true);
    }
    expect(read(store, 'O27')).toBe(read(store, 'N27'));
  });

  it.each([
    'w1_10', // from an input straight to the output: no such connection
    'w3_1', // backwards
    'w3_3',
    'w01_3', // a number written with a leading zero
    'w1_03',
    'b1', // an input has no bias
    'b11',
    'N0',
    'N11',
    'N1_in',
    'O9', // a hidden node is no output
    'dL/dO10', // the output's derivative is dL/dN10
    'dL/dx1',
    'w1_3 ',
    ' w1_3',
    'W1_3',
    'w1_3@0',
    'dL/dw1_3in',
    'trainLoss.500',
    'constructor',
    '__proto__',
    'w1_100000000000',
  ])('reads %s as nothing on the default network', (key) => {
    expect(read(lab(), key)).toBeUndefined();
  });
});
