/**
 * What createNetwork and a pass refuse, by the words a reader meets (the message names the value
 * to fix), and the lists a network keeps as its own: a change to the caller's widths after the
 * network is made changes nothing in it.
 */
import { describe, expect, it } from 'vitest';
import { createNetwork, createTrainer, forward } from '../../../../src/engine/index';

describe('createNetwork refuses, naming what to fix', () => {
  it('widths of fewer than two layers', () => {
    for (const widths of [[3], []]) {
      expect(() => createNetwork(widths, { hidden: 'relu', output: 'identity' })).toThrow(
        new RangeError('widths must list at least two layers (inputs and outputs)'),
      );
    }
  });

  it('a width that is not a whole number from 1 to 4096, by its layer', () => {
    expect(() => createNetwork([2, 0, 1], { hidden: 'relu', output: 'identity' })).toThrow(
      new RangeError('widths[1] must be an integer from 1 to 4096, got 0'),
    );
    expect(() => createNetwork([2, 3, 4097], { hidden: 'relu', output: 'identity' })).toThrow(
      new RangeError('widths[2] must be an integer from 1 to 4096, got 4097'),
    );
  });

  it('an unknown hidden or output activation, by its name', () => {
    expect(() => createNetwork([2, 1], { hidden: 'swish' as 'relu', output: 'identity' })).toThrow(
      new RangeError('unknown hidden activation "swish"'),
    );
    expect(() => createNetwork([2, 1], { hidden: 'relu', output: 'max' as 'identity' })).toThrow(
      new RangeError('unknown output activation "max"'),
    );
  });
});

describe('a pass refuses an x that is no list of numbers', () => {
  const network = createNetwork([2, 1], { hidden: 'relu', output: 'identity' });

  it.each([
    ['null', null],
    ['undefined', undefined],
    ['an object without a length', {}],
    ['a number', 2],
  ])('%s, as no array of 2 numbers', (_label, x) => {
    expect(() => forward(network, x as never)).toThrow(
      new RangeError('x must be an array of 2 numbers'),
    );
  });
});

describe('a network keeps its own widths', () => {
  it('leaves the caller’s list unfrozen, and trains as made after the list changes', () => {
    // 1-1-1, identity throughout: λ₁ = 0.5, b₁ = 0, λ₂ = 2, b₂ = 0; one sample x = 1, y = 0.
    const widths = [1, 1, 1];
    const network = createNetwork(widths, { hidden: 'identity', output: 'identity' });
    network.parameters.set([0.5, 0, 2, 0]);
    expect(Object.isFrozen(widths)).toBe(false);
    widths[1] = 2;
    // By hand, L = ½(ŷ − y)²: h = 0.5, ŷ = 2·0.5 = 1, ∂L/∂ŷ = 1; ∂L/∂λ₂ = h = 0.5, ∂L/∂b₂ = 1,
    // ∂L/∂h = λ₂ = 2, ∂L/∂λ₁ = x·2 = 2, ∂L/∂b₁ = 2. One step with η = 0.1:
    // λ₁ = 0.5 − 0.2, b₁ = −0.2, λ₂ = 2 − 0.05, b₂ = −0.1.
    const trainer = createTrainer(
      network,
      { inputs: [[1]], targets: [[0]] },
      { learningRate: 0.1, mode: 'stochastic' },
    );
    trainer.advance(1);
    const expected = [0.3, -0.2, 1.95, -0.1];
    expect(network.parameters).toHaveLength(4);
    expected.forEach((value, p) => expect(network.parameters[p]).toBeCloseTo(value, 14));
  });
});
