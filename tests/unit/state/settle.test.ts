/**
 * A setting's value checked against its codec and against bounds that depend on the settings
 * before it: the tighter of the two limits on each side, whichever gives it.
 */
import { describe, expect, it } from 'vitest';
import { networkKind } from '../../../src/components/network/network.kind.ts';
import { number, type Codec } from '../../../src/state/codecs.ts';
import { checkSetting, expandKeys } from '../../../src/state/settle.ts';
import type { SettingDefinition } from '../../../src/state/store.ts';

/** A number setting "k" with the codec and bounds given. */
function boundedSetting(
  codec: Codec<number>,
  bounds: SettingDefinition['bounds'],
): SettingDefinition {
  return {
    key: 'k',
    codec,
    label: 'k',
    symbol: ['k', ''],
    description: 'a bounded number',
    default: 0,
    affects: 'view',
    bounds,
  } as SettingDefinition;
}

describe('a value within bounds that depend on other settings', () => {
  it('refuses a value below a lower bound tighter than its codec’s least value', () => {
    // The codec takes 0 to 10; the bounds ask for at least 2.
    const setting = boundedSetting(number({ min: 0, max: 10 }), () => ({ min: 2 }));
    expect(checkSetting(setting, 1.5, {})).toEqual({
      ok: false,
      message: 'k must be between 2 and 10.',
    });
    expect(checkSetting(setting, 2, {})).toEqual({ ok: true, value: 2 });
  });

  it('takes the bounds alone for a codec of numbers that states no limits', () => {
    const withoutLimits = Object.fromEntries(
      Object.entries(number({ min: -1e9, max: 1e9 })).filter(([name]) => !/^(min|max)$/.test(name)),
    ) as unknown as Codec<number>;
    expect('min' in withoutLimits || 'max' in withoutLimits).toBe(false);
    const setting = boundedSetting(withoutLimits, () => ({ max: 5 }));
    expect(checkSetting(setting, -3, {})).toEqual({ ok: true, value: -3 });
    expect(checkSetting(setting, 5, {})).toEqual({ ok: true, value: 5 });
    expect(checkSetting(setting, 6, {}).ok).toBe(false);
  });
});

describe('the keys a page names', () => {
  it('takes a single setting’s key as well as a group’s name', () => {
    expect([...expandKeys(networkKind, ['learningRate'])]).toEqual(['learningRate']);
    expect([...expandKeys(networkKind, ['epochs', 'x1'])]).toEqual(['epochs', 'x1']);
    expect(() => expandKeys(networkKind, ['w99'])).toThrow(
      'the network store has no setting or group "w99"',
    );
  });
});
