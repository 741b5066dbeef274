/**
 * The lab's store kind against references of its own: every weight, bias, node value and
 * derivative of the sample on view against a plain-loop forward and backward pass written in
 * lab-reference.ts (from θ_ℓ as the run recorded it), each ∂L/∂θ against a central difference
 * of that reference's loss, the starting weights against Glorot's formula drawn by hand, and the
 * losses at ℓ against the reference's means over the engine's split.
 */
import { describe, expect, it } from 'vitest';
import { labKind } from '../../../src/components/lab/lab.kind.ts';
import { numpyRandom } from '../../../src/engine/core/index.ts';
import { generateLabData, splitLabData } from '../../../src/engine/scenarios/index.ts';
import { createStore, type Store } from '../../../src/state/store.ts';
import type { LabRun, LabView } from '../../../src/components/lab/lab.kind.ts';
import {
  centralDifference,
  nodeNumber,
  parameterIndex,
  referencePass,
  type ReferenceNetwork,
} from './lab-reference.ts';

type LabStore = Store<LabRun, LabView>;

/** The number a key reads in the store's view. */
const read = (store: LabStore, key: string) => labKind.read(store.view.value, key);

/** |actual − expected| within 1e-10 of max(1, |expected|): the same sums in another order. */
function expectClose(actual: number | undefined, expected: number, key: string): void {
  expect(actual, key).toBeTypeOf('number');
  expect(Math.abs(actual! - expected), key).toBeLessThanOrEqual(
    1e-10 * Math.max(1, Math.abs(expected)),
  );
}

/** The network the store's settings describe, for the reference. */
function referenceOf(store: LabStore): ReferenceNetwork {
  const values = store.settings.value;
  const widths = values['widths'] as number[];
  const hidden = ['act1', 'act2', 'act3', 'act4'].slice(0, widths.length - 2);
  return {
    widths,
    hidden: hidden.map((key) => values[key] as string),
    output: values['output'] as ReferenceNetwork['output'],
  };
}

/** θ at the epoch on view as the run recorded it; the sample on view as the trainer reads it. */
function stateOnView(store: LabStore) {
  const run = store.run.value;
  const row = read(store, 'epoch')!;
  const theta = run.trace.parameters.map((column) => column[row]!);
  const s = store.settings.value['sampleOnView'] as number;
  const x = [run.split.train.x1[s]!, run.split.train.x2[s]!];
  const c = run.split.train.y[s]!;
  const y = store.settings.value['output'] === 'softmax' ? [1 - c, c] : [c];
  return { theta, x, y };
}

/** Every key of the network on view against the reference; ∂L/∂θ against central differences. */
function checkEveryNumber(store: LabStore): void {
  const net = referenceOf(store);
  const { theta, x, y } = stateOnView(store);
  const ref = referencePass(net, theta, x, y);
  const at = parameterIndex(net.widths);
  const { widths } = net;
  const last = widths.length - 1;
  expectClose(read(store, 'loss'), ref.loss, 'loss');
  for (let k = 0; k <= last; k++) {
    for (let j = 0; j < widths[k]!; j++) {
      const n = nodeNumber(widths, k, j);
      expectClose(read(store, `N${n}in`), ref.z[k]![j]!, `N${n}in`);
      expectClose(read(store, `N${n}`), ref.a[k]![j]!, `N${n}`);
      expectClose(read(store, `dL/dN${n}in`), ref.dz[k]![j]!, `dL/dN${n}in`);
      expectClose(read(store, `dL/dN${n}`), ref.da[k]![j]!, `dL/dN${n}`);
      if (k === last) expectClose(read(store, `O${n}`), ref.a[k]![j]!, `O${n}`);
      if (k === 0) continue;
      const bias = at.bias(k, j);
      expectClose(read(store, `b${n}`), theta[bias]!, `b${n}`);
      expectClose(read(store, `dL/db${n}`), ref.dTheta[bias]!, `dL/db${n}`);
      const fd = centralDifference(net, theta, x, y, bias);
      expect(Math.abs(read(store, `dL/db${n}`)! - fd), `fd(dL/db${n})`).toBeLessThan(1e-7);
      for (let i = 0; i < widths[k - 1]!; i++) {
        const key = `w${nodeNumber(widths, k - 1, i)}_${n}`;
        const p = at.weight(k, i, j);
        expectClose(read(store, key), theta[p]!, key);
        expectClose(read(store, `dL/d${key}`), ref.dTheta[p]!, `dL/d${key}`);
        const estimate = centralDifference(net, theta, x, y, p);
        expect(Math.abs(read(store, `dL/d${key}`)! - estimate), `fd(dL/d${key})`).toBeLessThan(
          1e-7,
        );
      }
    }
  }
}

describe('the lab’s numbers against a plain-loop forward and backward pass', () => {
  it('the default store (2-4-3-1 sigmoid, identity output, the surface) at its last epoch', () => {
    const store = createStore(labKind, 'lab');
    expect(read(store, 'epoch')).toBe(499);
    checkEveryNumber(store);
  });

  it('another epoch and another sample of the default run', () => {
    const store = createStore(labKind, 'lab');
    expect(store.setMany({ epochOnView: 123, sampleOnView: 17 })).toEqual({
      epochOnView: { ok: true },
      sampleOnView: { ok: true },
    });
    expect([read(store, 'epoch'), read(store, 'sampleOnView')]).toEqual([123, 17]);
    checkEveryNumber(store);
  });

  it('a 2-4-3-1 network with tanh in its first hidden layer and ReLU in its second', () => {
    const store = createStore(labKind, 'lab', { values: { act1: 'tanh', act2: 'relu' } });
    checkEveryNumber(store);
  });

  it('softmax on two moons: the two outputs sum to 1, and cross-entropy’s gradients match', () => {
    const store = createStore(labKind, 'lab', {
      values: { data: 'moons', output: 'softmax', act1: 'leakyRelu' },
    });
    expect(store.settings.value['widths']).toEqual([2, 4, 3, 2]);
    expectClose(read(store, 'O10')! + read(store, 'O11')!, 1, 'O10 + O11');
    expect([0, 1]).toContain(read(store, 'y'));
    checkEveryNumber(store);
  });

  it('a network with no hidden layer, and one with four', () => {
    checkEveryNumber(createStore(labKind, 'lab', { values: { widths: [2, 1] } }));
    const deep = createStore(labKind, 'lab', {
      values: { widths: [2, 3, 2, 3, 2, 1], act2: 'tanh', act4: 'identity', epochs: 50 },
    });
    checkEveryNumber(deep);
  });
});

describe('the lab’s run: its data, its start and its losses', () => {
  it('shows training sample s of the engine’s split of the settings’ data', () => {
    const store = createStore(labKind, 'lab', {
      values: { data: 'spirals', samples: 90, noise: 0.3, dataSeed: 7, testShare: 0.3 },
    });
    store.set('sampleOnView', 40);
    const data = generateLabData('spirals', { samples: 90, noise: 0.3, seed: 7 });
    const { train, test } = splitLabData(data, 0.3, 7);
    expect([read(store, 'x1'), read(store, 'x2'), read(store, 'y')]).toEqual([
      train.x1[40],
      train.x2[40],
      train.y[40],
    ]);
    expect([read(store, 'trainSamples'), read(store, 'testSamples')]).toEqual([63, 27]);
    expect(test.y.length).toBe(27);
  });

  it('starts from Glorot’s λ ~ U[−√6/√(p + k), √6/√(p + k)] drawn from the seed, biases 0', () => {
    const store = createStore(labKind, 'lab', { values: { seed: 42, epochOnView: 0 } });
    const rng = numpyRandom(42);
    const widths = [2, 4, 3, 1];
    const at = parameterIndex(widths);
    const theta = store.run.value.trace.parameters.map((column) => column[0]!);
    for (let k = 1; k < widths.length; k++) {
      const limit = Math.sqrt(6) / Math.sqrt(widths[k - 1]! + widths[k]!);
      // Drawn row by row: every weight into node j, then j + 1.
      for (let j = 0; j < widths[k]!; j++) {
        for (let i = 0; i < widths[k - 1]!; i++) {
          expect(theta[at.weight(k, i, j)]).toBe(-limit + rng() * 2 * limit);
        }
      }
    }
    for (let k = 1; k < widths.length; k++) {
      for (let j = 0; j < widths[k]!; j++) expect(theta[at.bias(k, j)]).toBe(0);
    }
  });

  it('reads the mean training and test losses at ℓ, and takes one batch step θ − η·mean ∂L/∂θ', () => {
    const store = createStore(labKind, 'lab', { values: { learningRate: 0.3, epochOnView: 7 } });
    const net = referenceOf(store);
    const run = store.run.value;
    const theta = run.trace.parameters.map((column) => column[7]!);
    const meanOver = (part: typeof run.split.train) => {
      let loss = 0;
      const gradient = new Array<number>(theta.length).fill(0);
      for (let s = 0; s < part.y.length; s++) {
        const pass = referencePass(net, theta, [part.x1[s]!, part.x2[s]!], [part.y[s]!]);
        loss += pass.loss;
        pass.dTheta.forEach((d, p) => (gradient[p]! += d));
      }
      return { loss: loss / part.y.length, gradient: gradient.map((g) => g / part.y.length) };
    };
    const train = meanOver(run.split.train);
    expectClose(read(store, 'trainLoss'), train.loss, 'trainLoss');
    expectClose(read(store, 'trainLoss.7'), train.loss, 'trainLoss.7');
    expectClose(read(store, 'testLoss'), meanOver(run.split.test).loss, 'testLoss');
    expect(store.set('epochOnView', 8).ok).toBe(true);
    const at = parameterIndex(net.widths);
    const p = at.weight(1, 1, 2); // λ from node 2 to node 5
    expectClose(read(store, 'w2_5'), theta[p]! - 0.3 * train.gradient[p]!, 'w2_5 at epoch 8');
  });
});
