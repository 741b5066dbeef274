import { describe, expect, it } from 'vitest';
import {
  createOptimizer,
  decayedLearningRate,
  gradientDescentStep,
} from '../../../../src/engine/index';

describe('learning-rate decay', () => {
  it.each([
    { initial: 0.2, decay: 0, epoch: 500, expected: 0.2 },
    { initial: 0.2, decay: 0.01, epoch: 0, expected: 0.2 },
    { initial: 0.2, decay: 0.01, epoch: 100, expected: 0.1 },
    { initial: 0.5, decay: 0.1, epoch: 30, expected: 0.125 },
  ])(
    'gives η₀/(1 + decay·ℓ) = $expected for η₀ $initial, decay $decay, epoch $epoch',
    ({ initial, decay, epoch, expected }) => {
      expect(decayedLearningRate(initial, decay, epoch)).toBeCloseTo(expected, 15);
    },
  );

  it('does not compound: η at epoch 3 is η₀/1.3, not η₀/(1.1·1.2·1.3)', () => {
    expect(decayedLearningRate(1, 0.1, 3)).toBeCloseTo(1 / 1.3, 15);
  });
});

describe('optimizers', () => {
  it('takes a gradient-descent step θ − η·g', () => {
    const theta = Float64Array.of(1, -2);
    gradientDescentStep(theta, Float64Array.of(0.5, -1), 0.1);
    expect(Array.from(theta)).toEqual([0.95, -1.9]);
  });

  it('accumulates velocity with momentum: v = β·v + g, θ − η·v', () => {
    const optimizer = createOptimizer({ kind: 'momentum', beta: 0.9 }, 1);
    const theta = Float64Array.of(1);
    optimizer.step(theta, Float64Array.of(1), 0.1); // v = 1
    optimizer.step(theta, Float64Array.of(1), 0.1); // v = 1.9
    expect(theta[0]).toBeCloseTo(1 - 0.1 - 0.19, 15);
    expect(optimizer.steps).toBe(2);
    optimizer.reset();
    expect(optimizer.steps).toBe(0);
    expect(optimizer.kind === 'momentum' && optimizer.velocity[0]).toBe(0);
  });

  it('matches hand-computed Adam steps with bias correction', () => {
    // reference: θ₀ = 1, η = 0.1, gradients 2 then −1, β₁ = 0.9, β₂ = 0.999, ε = 1e-8 (worked in Python)
    const optimizer = createOptimizer({ kind: 'adam' }, 1);
    const theta = Float64Array.of(1);
    optimizer.step(theta, Float64Array.of(2), 0.1);
    expect(theta[0]).toBeCloseTo(0.9000000005, 14);
    optimizer.step(theta, Float64Array.of(-1), 0.1);
    expect(theta[0]).toBeCloseTo(0.8733662967024315, 14);
  });

  it('behaves like gradient descent for kind gd', () => {
    const optimizer = createOptimizer({ kind: 'gd' }, 2);
    const theta = Float64Array.of(0, 0);
    optimizer.step(theta, Float64Array.of(1, -1), 0.5);
    expect(Array.from(theta)).toEqual([-0.5, 0.5]);
  });

  it('counts gradient descent’s updates as t: one per step, none after a reset', () => {
    const optimizer = createOptimizer({ kind: 'gd' }, 1);
    const theta = Float64Array.of(0);
    for (let t = 0; t < 3; t++) optimizer.step(theta, Float64Array.of(1), 0.5);
    expect(optimizer.steps).toBe(3);
    optimizer.reset();
    expect(optimizer.steps).toBe(0);
  });

  it.each([
    ['momentum β = 1', { kind: 'momentum' as const, beta: 1 }],
    ['Adam β₁ = −0.1', { kind: 'adam' as const, beta1: -0.1 }],
    ['Adam β₂ = NaN', { kind: 'adam' as const, beta2: Number.NaN }],
    ['an unknown kind', { kind: 'rmsprop' } as unknown as { kind: 'gd' }],
  ])('throws a RangeError for %s', (_label, settings) => {
    expect(() => createOptimizer(settings, 3)).toThrow(RangeError);
  });

  it('takes the usual hyperparameters when none are given: β = 0.9; β₁ = 0.9, β₂ = 0.999, ε = 1e-8', () => {
    expect(createOptimizer({ kind: 'momentum' }, 1)).toMatchObject({ beta: 0.9 });
    expect(createOptimizer({ kind: 'adam' }, 1)).toMatchObject({
      beta1: 0.9,
      beta2: 0.999,
      epsilon: 1e-8,
    });
  });

  it('accepts β = 0 (momentum without memory is gradient descent) and ε = 0', () => {
    const optimizer = createOptimizer({ kind: 'momentum', beta: 0 }, 1);
    const theta = Float64Array.of(1);
    optimizer.step(theta, Float64Array.of(2), 0.1);
    optimizer.step(theta, Float64Array.of(2), 0.1);
    // v = g each time: θ = 1 − 0.2 − 0.2.
    expect(theta[0]).toBeCloseTo(0.6, 15);
    expect(() =>
      createOptimizer({ kind: 'adam', beta1: 0, beta2: 0, epsilon: 0 }, 1),
    ).not.toThrow();
    expect(() => createOptimizer({ kind: 'adam', epsilon: -1e-8 }, 1)).toThrow(RangeError);
    expect(() => createOptimizer({ kind: 'adam', beta2: 1 }, 1)).toThrow(RangeError);
    expect(() => createOptimizer({ kind: 'momentum', beta: -0.1 }, 1)).toThrow(RangeError);
  });

  it('forgets Adam’s moments and t on reset: the next step is a first step again', () => {
    const optimizer = createOptimizer({ kind: 'adam' }, 1);
    const theta = Float64Array.of(1);
    optimizer.step(theta, Float64Array.of(-3), 0.1);
    optimizer.step(theta, Float64Array.of(5), 0.1);
    expect(optimizer.steps).toBe(2);
    optimizer.reset();
    expect(optimizer.steps).toBe(0);
    if (optimizer.kind === 'adam') {
      expect(Array.from(optimizer.firstMoment)).toEqual([0]);
      expect(Array.from(optimizer.secondMoment)).toEqual([0]);
    }
    // A first step moves θ by η·g/(|g| + ε) (m̂ = g, v̂ = g²): from 1 with g = 2, to 0.9000000005.
    theta[0] = 1;
    optimizer.step(theta, Float64Array.of(2), 0.1);
    expect(theta[0]).toBeCloseTo(0.9000000005, 14);
  });

  it.each([
    ['gradient descent', { kind: 'gd' as const }],
    ['momentum', { kind: 'momentum' as const }],
    ['Adam', { kind: 'adam' as const }],
  ])('%s refuses parameters or gradients of another size, naming the size', (_name, settings) => {
    const optimizer = createOptimizer(settings, 2);
    const two = () => new Float64Array(2);
    expect(() => optimizer.step(two(), new Float64Array(3), 0.1)).toThrow(
      'optimizer expects 2 parameters and gradients',
    );
    expect(() => optimizer.step(new Float64Array(1), two(), 0.1)).toThrow(RangeError);
  });

  it('names the decay rate out of [0, 1) and its value', () => {
    expect(() => createOptimizer({ kind: 'momentum', beta: -0.1 }, 1)).toThrow(
      'beta must be in [0, 1), got -0.1',
    );
    expect(() => createOptimizer({ kind: 'adam', beta1: 1 }, 1)).toThrow(
      'beta1 must be in [0, 1), got 1',
    );
    expect(() => createOptimizer({ kind: 'adam', beta2: 2 }, 1)).toThrow(
      'beta2 must be in [0, 1), got 2',
    );
    expect(() => createOptimizer({ kind: 'adam', epsilon: -1 }, 1)).toThrow(/^epsilon/);
  });

  it('says which kind it is', () => {
    expect(createOptimizer({ kind: 'gd' }, 1).kind).toBe('gd');
    expect(createOptimizer({ kind: 'momentum' }, 1).kind).toBe('momentum');
    expect(createOptimizer({ kind: 'adam' }, 1).kind).toBe('adam');
  });

  it('names an unknown kind in its refusal', () => {
    expect(() => createOptimizer({ kind: 'rmsprop' } as unknown as { kind: 'gd' }, 1)).toThrow(
      'unknown optimizer "rmsprop"',
    );
  });

  it('throws a RangeError when the arrays do not fit the optimizer', () => {
    const optimizer = createOptimizer({ kind: 'adam' }, 3);
    expect(() => optimizer.step(new Float64Array(2), new Float64Array(2), 0.1)).toThrow(RangeError);
  });
});
