/**
 * The chapter's two network kinds: the ids pages name them by, and the gradient check that only
 * the `network` kind carries, worked by hand at θ₀.
 */
import { describe, expect, it } from 'vitest';
import { networkKind } from '../../../src/components/network/network.kind.ts';
import { trainingRunKind } from '../../../src/components/dashboard/training-run.kind.ts';
import { createStore } from '../../../src/state/store.ts';

describe('the two kinds of the chapter’s network', () => {
  const sigmoid = (z: number) => 1 / (1 + Math.exp(-z));
  /** L = ½(O₆ − y)² of the 3-2-1 network at the chapter's sample, by hand. */
  function loss(p: Record<string, number>): number {
    const [x1, x2, x3, y] = [0.5, 0.2, 0.7, 0.3];
    const h4 = sigmoid(p['w14']! * x1 + p['w24']! * x2 + p['w34']! * x3 + p['b4']!);
    const h5 = sigmoid(p['w15']! * x1 + p['w25']! * x2 + p['w35']! * x3 + p['b5']!);
    return 0.5 * (p['w46']! * h4 + p['w56']! * h5 + p['b6']! - y) ** 2;
  }

  it('are named network and training-run, as pages name them', () => {
    expect(networkKind.id).toBe('network');
    expect(trainingRunKind.id).toBe('training-run');
  });

  it('check ∂L/∂λ₁,₄ at θ₀ by a central difference with ε = 10⁻⁶, worked by hand', () => {
    const store = createStore(networkKind, 'network');
    const theta = store.settings.value as Record<string, number>;
    const epsilon = 1e-6;
    const estimate =
      (loss({ ...theta, w14: theta['w14']! + epsilon }) -
        loss({ ...theta, w14: theta['w14']! - epsilon })) /
      (2 * epsilon);
    expect(store.quantity('epsilon').value).toBe(epsilon);
    expect(store.quantity('fd(dL/dw14)').value).toBeCloseTo(estimate, 12);
    const exact = store.quantity('dL/dw14').value!;
    const measured = store.quantity('fd(dL/dw14)').value!;
    expect(store.quantity('reldiff(dL/dw14)').value).toBeCloseTo(
      Math.abs(exact - measured) / Math.max(Math.abs(exact), Math.abs(measured)),
      12,
    );
  });

  it('leave the check out of the training run’s kind: no ε to set, no estimate to read', () => {
    expect(trainingRunKind.settings.some((setting) => setting.key === 'epsilonPower')).toBe(false);
    expect(trainingRunKind.quantityKeys.has('fd(dL/dw14)')).toBe(false);
    expect(createStore(trainingRunKind, 'run').quantity('dL/dw14').value).toBe(
      createStore(networkKind, 'network').quantity('dL/dw14').value,
    );
  });
});
