/**
 * The settings of a network's weights and biases: keys, symbols and descriptions from the
 * engine's names, values within ±10, and each default from the function given.
 */
import { describe, expect, it } from 'vitest';
import { networkNames } from '../../../src/engine/index.ts';
import type { NumberCodec } from '../../../src/state/codecs.ts';
import {
  SAMPLE_VALUE,
  VALUE_LIMIT,
  parameterSettings,
} from '../../../src/state/kinds/parts/parameter-settings.ts';

describe('parameter settings', () => {
  // The [2, 1] network: inputs I1, I2 into O3, so λ₁,₃, λ₂,₃ and b₃.
  const names = networkNames([2, 1]);
  const settings = parameterSettings([...names.weights, ...names.biases], (name) =>
    name.key === 'b3' ? 0.5 : -0.25,
  );

  it('names and describes each weight and bias by its nodes', () => {
    expect(settings.map((entry) => [entry.key, entry.symbol, entry.description])).toEqual([
      ['w13', ['λ', '1,3'], 'weight on the connection from node 1 to node 3'],
      ['w23', ['λ', '2,3'], 'weight on the connection from node 2 to node 3'],
      ['b3', ['b', '3'], 'bias of node 3'],
    ]);
    expect(settings.map((entry) => entry.default)).toEqual([-0.25, -0.25, 0.5]);
  });

  it('keeps parameters and samples within ±10, sliding over ±2 and ±1', () => {
    const parameter = settings[0]!.codec as NumberCodec;
    expect([parameter.min, parameter.max, parameter.sliderMin, parameter.sliderMax]).toEqual([
      -10, 10, -2, 2,
    ]);
    expect([
      SAMPLE_VALUE.min,
      SAMPLE_VALUE.max,
      SAMPLE_VALUE.sliderMin,
      SAMPLE_VALUE.sliderMax,
    ]).toEqual([-10, 10, -1, 1]);
    expect(parameter.check(10.5, 'w13').ok).toBe(false);
    expect(SAMPLE_VALUE.check(-10, 'x1').ok).toBe(true);
    expect(VALUE_LIMIT).toBe(10);
  });
});
