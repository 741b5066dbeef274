/**
 * What every kind with the chapter's kind of network says about its numbers: they stay within
 * ±VALUE_LIMIT, a sample's slider runs over ±1 and a parameter's over ±2, and each weight and
 * bias is a setting named and described by the engine's names.
 */
// By module, not through the engine's index (see network-kind.ts).
import type { BiasName, WeightName } from '../../../engine/core/index.ts';
import { number } from '../../codecs.ts';
import { setting, type SettingParts } from '../../define-kind.ts';
import type { SettingDefinition } from '../../store.ts';

/** Typed and linked inputs, targets, weights and biases stay within ±10: beyond, training is meaningless. */
export const VALUE_LIMIT = 10;

/** The codec of a sample's value (an input xᵢ or a target y). */
export const SAMPLE_VALUE = number({
  min: -VALUE_LIMIT,
  max: VALUE_LIMIT,
  sliderMin: -1,
  sliderMax: 1,
});

const PARAMETER_VALUE = number({
  min: -VALUE_LIMIT,
  max: VALUE_LIMIT,
  sliderMin: -2,
  sliderMax: 2,
});

/**
 * A setting for each weight λᵢ,ⱼ ("on the connection from node i to node j") and bias bⱼ ("of
 * node j") in `names`, in that order, with the default `defaultOf` gives it.
 */
export function parameterSettings(
  names: readonly (WeightName | BiasName)[],
  defaultOf: (name: WeightName | BiasName) => SettingParts<number>['default'],
): SettingDefinition<number>[] {
  return names.map((name) =>
    setting(name.key, PARAMETER_VALUE, {
      symbol: name.symbol,
      description:
        'from' in name
          ? `weight on the connection from node ${name.from.number} to node ${name.to.number}`
          : `bias of node ${name.node.number}`,
      default: defaultOf(name),
    }),
  );
}
