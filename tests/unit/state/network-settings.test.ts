/**
 * A network kind's settings: the parameters a seed draws, each seed drawn once while it is among
 * the last eight asked for, and the targets named by their output.
 */
import { describe, expect, it } from 'vitest';
import { networkNames } from '../../../src/engine/core/index.ts';
import {
  numericalGradients,
  numericalNodeGradients,
  relativeError,
} from '../../../src/engine/gradients/index.ts';
import { CHAPTER_NETWORK } from '../../../src/state/kind-parts/chapter-network.ts';
import { settingsOf } from '../../../src/state/kind-parts/network-settings.ts';
import type { SettingValues } from '../../../src/state/store.ts';

/** The chapter's network with its draws counted, and a parameter's default for a seed. */
function countedDraws() {
  const drawn: number[] = [];
  const config = {
    ...CHAPTER_NETWORK,
    id: 'counted',
    draw: (seed: number) => {
      drawn.push(seed);
      return CHAPTER_NETWORK.draw(seed);
    },
  };
  const settings = settingsOf(config, networkNames(config.widths));
  const defaultOf = (key: string, seed: number) => {
    const setting = settings.find((entry) => entry.key === key)!;
    return (setting.default as (earlier: SettingValues) => number)({ seed });
  };
  return { drawn, defaultOf };
}

describe('the parameters a seed draws', () => {
  it('draws a seed once for all its parameters, and gives each its own entry of θ', () => {
    const { drawn, defaultOf } = countedDraws();
    const theta = CHAPTER_NETWORK.draw(13);
    expect(defaultOf('w14', 13)).toBe(theta[0]);
    expect(defaultOf('w14', 13)).toBe(theta[0]);
    expect(defaultOf('b6', 13)).toBe(theta[theta.length - 1]);
    expect(drawn).toEqual([13]);
  });

  it('keeps the last eight seeds drawn, and draws a ninth one back again', () => {
    const { drawn, defaultOf } = countedDraws();
    for (let seed = 1; seed <= 9; seed++) defaultOf('w14', seed);
    expect(drawn).toEqual([1, 2, 3, 4, 5, 6, 7, 8, 9]);
    // Seeds 2 to 9 are the last eight: kept. Seed 1 made room for 9: drawn again.
    for (let seed = 2; seed <= 9; seed++) defaultOf('w14', seed);
    expect(drawn).toHaveLength(9);
    defaultOf('w14', 1);
    expect(drawn).toEqual([1, 2, 3, 4, 5, 6, 7, 8, 9, 1]);
  });
});

describe('the targets', () => {
  it('names one target as the target, and several by their output', () => {
    const targets = (widths: number[]) =>
      settingsOf({ ...CHAPTER_NETWORK, id: 'targets', widths }, networkNames(widths))
        .filter((setting) => /^y\d*$/.test(setting.key))
        .map((setting) => [setting.key, setting.description]);
    expect(targets([3, 2, 1])).toEqual([['y', 'the target (true response) for this sample']]);
    expect(targets([3, 2, 2])).toEqual([
      ['y1', 'the target of output 1 for this sample'],
      ['y2', 'the target of output 2 for this sample'],
    ]);
  });
});

describe('the symbols a control writes beside its box', () => {
  it('are the book’s: x₁, y, λ₁,₄, b₄, η, k of ε = 10ᵏ and ℓ of the epoch on view', () => {
    const gradientCheck = { numericalGradients, numericalNodeGradients, relativeError };
    const config = { ...CHAPTER_NETWORK, id: 'symbols', gradientCheck };
    const settings = settingsOf(config, networkNames(config.widths));
    const symbolOf = (key: string) => settings.find((setting) => setting.key === key)?.symbol;
    expect(
      ['x1', 'y', 'w14', 'b4', 'learningRate', 'epsilonPower', 'epochOnView'].map(symbolOf),
    ).toEqual([
      ['x', '1'],
      ['y', ''],
      ['λ', '1,4'],
      ['b', '4'],
      ['η', ''],
      ['k', ''],
      ['ℓ', ''],
    ]);
  });
});
