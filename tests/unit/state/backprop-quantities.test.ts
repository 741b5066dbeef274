/**
 * The numbers the backpropagation chapters show: every operation of a training step, written out
 * as products of quantities, gives the quantity the engine recorded; the update and the gradient
 * check read what they say. Independent references: the derivatives of the chapter's network
 * written out by hand, below, and the update rule θ − η·∂L/∂θ.
 */
import { describe, expect, it } from 'vitest';
import { evaluateOperation, trainingStepOperations } from '../../../src/engine/index.ts';
import { networkKind } from '../../../src/components/network/network.kind.ts';
import { createStore } from '../../../src/state/store.ts';
import {
  CHAPTER_PARAMETERS as PARAMETERS,
  backpropByHand,
} from '../../reference/backprop-by-hand.ts';

function storeAt(values: Record<string, unknown>) {
  const store = createStore(networkKind, 'network', { values: { epochs: 2, ...values } });
  const read = (key: string) => networkKind.read(store.view.value, key)!;
  return { store, read };
}

describe('the quantities of a training step', () => {
  const states = [{}, { w14: 1.25, x2: -0.4, y: 0.9 }, { b6: -2, w56: 0.05, x1: 3 }];

  it.each(states)('every ∂L/∂ equals the derivative by hand to 1e-15: %o', (values) => {
    const { read } = storeAt(values);
    const p = Object.fromEntries(PARAMETERS.map((key) => [key, read(key)]));
    const byHand = backpropByHand(p, [read('x1'), read('x2'), read('x3')], read('y'));
    for (const [key, value] of Object.entries(byHand)) {
      expect(Math.abs(read(key) - value), key).toBeLessThanOrEqual(
        1e-15 * Math.max(1, Math.abs(value)),
      );
    }
  });

  it.each(states)('each operation with terms sums to the quantity it produces: %o', (values) => {
    const { read } = storeAt(values);
    const operations = trainingStepOperations(networkKind.names);
    let checked = 0;
    for (const operation of operations) {
      if (operation.terms.length === 0) continue;
      const { sum, terms } = evaluateOperation(operation, read);
      expect(terms).toHaveLength(operation.terms.length);
      expect(Math.abs(sum - read(operation.result)), operation.result).toBeLessThanOrEqual(
        1e-15 * Math.max(1, Math.abs(sum)),
      );
      checked++;
    }
    // 3 weighted sums, 2 + 3 sums along connections, 3 through nodes, 11 parameters.
    expect(checked).toBe(3 + 5 + 3 + 11);
  });

  it('lists the step in the order done by hand: forward, loss, backward, update', () => {
    const operations = trainingStepOperations(networkKind.names);
    const phases = operations.map((operation) => operation.phase);
    expect(phases.indexOf('loss')).toBe(6);
    expect(phases.lastIndexOf('forward')).toBe(5);
    expect(operations.filter((operation) => operation.phase === 'update')).toHaveLength(11);
    expect(operations.map((operation) => operation.result).slice(0, 8)).toEqual([
      'H4in',
      'H4',
      'H5in',
      'H5',
      'O6in',
      'O6',
      'loss',
      'dL/dO6',
    ]);
    const sums = operations.find((operation) => operation.result === 'dL/dI1')!;
    expect(sums.terms).toEqual([
      ['w14', 'dL/dH4in'],
      ['w15', 'dL/dH5in'],
    ]);
  });

  it('reads each parameter after the update as θ − η·∂L/∂θ', () => {
    const { read } = storeAt({ learningRate: 0.35 });
    for (const key of PARAMETERS) {
      expect(read(`${key}next`)).toBeCloseTo(read(key) - 0.35 * read(`dL/d${key}`), 15);
    }
  });

  it('has no parameter after the update when the run records one epoch', () => {
    const store = createStore(networkKind, 'network', { values: { epochs: 1 } });
    expect(networkKind.read(store.view.value, 'w14next')).toBeNaN();
  });

  it('checks every derivative by central differences: below 1e-6 at ε = 1e-6, worse at the extremes', () => {
    const { store, read } = storeAt({});
    const keys = [...networkKind.quantityKeys].filter((key) => key.startsWith('dL/d'));
    expect(keys).toHaveLength(20);
    for (const key of keys) {
      expect(read(`fd(${key})`)).toBeCloseTo(read(key), 8);
      expect(read(`reldiff(${key})`), key).toBeLessThan(1e-6);
    }
    expect(read('epsilon')).toBe(1e-6);
    expect(store.set('epsilonPower', -1).ok).toBe(true);
    const coarse = Math.max(...keys.map((key) => read(`reldiff(${key})`)));
    expect(store.set('epsilonPower', -14).ok).toBe(true);
    const fine = Math.max(...keys.map((key) => read(`reldiff(${key})`)));
    expect(coarse).toBeGreaterThan(1e-4);
    expect(fine).toBeGreaterThan(1e-4);
  });
});
