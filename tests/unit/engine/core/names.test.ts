import { describe, expect, it } from 'vitest';
import {
  BY_HAND_NODE_KEYS,
  BY_HAND_PARAM_KEYS,
  createNetwork,
  networkNames,
  weightKey,
} from '../../../../src/engine/index';

describe('networkNames', () => {
  const names = networkNames([3, 2, 1]);

  it('names the chapter network as the book does: I1 I2 I3 → H4 H5 → O6', () => {
    expect(names.nodes.map((node) => node.key)).toEqual(['I1', 'I2', 'I3', 'H4', 'H5', 'O6']);
    expect(
      names.nodes.flatMap((node) =>
        node.role === 'input' ? [node.key] : [node.inputKey, node.key],
      ),
    ).toEqual([...BY_HAND_NODE_KEYS]);
    expect([...names.weights, ...names.biases].map((name) => name.key)).toEqual([
      ...BY_HAND_PARAM_KEYS,
    ]);
    expect(names.features).toEqual(['x1', 'x2', 'x3']);
    expect(names.targets).toEqual(['y']);
    expect(names.weights[0]!.symbol).toEqual(['λ', '1,4']);
  });

  it('gives each weight and bias its index in θ, where the engine keeps it', () => {
    for (const widths of [
      [3, 2, 1],
      [2, 4, 3, 2],
      [5, 1],
    ]) {
      const network = createNetwork(widths, { hidden: 'tanh', output: 'identity' });
      network.parameters.forEach((_, p) => (network.parameters[p] = p));
      const { weights, biases, parameters } = networkNames(widths);
      expect(parameters.map((name) => name.parameter)).toEqual([...network.parameters.keys()]);
      for (const weight of weights) {
        const k = weight.to.layer;
        const value = network.weights[k - 1]![weight.to.index * widths[k - 1]! + weight.from.index];
        expect(value, weight.key).toBe(weight.parameter);
      }
      for (const bias of biases) {
        expect(network.biases[bias.node.layer - 1]![bias.node.index], bias.key).toBe(
          bias.parameter,
        );
      }
    }
  });

  it('keeps keys unambiguous past nine nodes, and names several targets', () => {
    expect(weightKey(1, 4)).toBe('w14');
    expect(weightKey(4, 12)).toBe('w4_12');
    const wide = networkNames([4, 6, 3]);
    expect(new Set(wide.parameters.map((name) => name.key)).size).toBe(wide.parameters.length);
    expect(wide.nodes.at(-1)!.key).toBe('O13');
    expect(wide.targets).toEqual(['y1', 'y2', 'y3']);
  });
});

describe('names past node 9', () => {
  it('write a weight’s key with an underscore once a node number has two digits: w19, w1_10', () => {
    const names = networkNames([8, 2, 1]);
    const keys = names.weights.map((w) => w.key);
    expect(keys).toContain('w19');
    expect(keys).toContain('w1_10');
    expect(keys).toContain('w9_11');
    expect(keys).not.toContain('w110');
  });

  it('give an input node its key as its input (x passes unchanged), every other node key + in', () => {
    const names = networkNames([3, 2, 1]);
    expect(names.layers[0]!.map((node) => node.inputKey)).toEqual(['I1', 'I2', 'I3']);
    expect(names.layers[1]!.map((node) => node.inputKey)).toEqual(['H4in', 'H5in']);
  });

  it('refuses widths that are not a network, and leaves the widths it is given unfrozen', () => {
    expect(() => networkNames([3])).toThrow(RangeError);
    expect(() => networkNames([3, 0, 1])).toThrow(RangeError);
    const widths = [3, 2, 1];
    networkNames(widths);
    expect(Object.isFrozen(widths)).toBe(false);
  });
});
