/**
 * The settings of a network's weights and biases, as every kind that lets a reader set them
 * declares them: each under the book's name and symbol, within ±10 like the chapter's numbers.
 */
import type { BiasName, WeightName } from '../../engine/core/index.ts';
import { number } from '../codecs.ts';
import { setting, type SettingParts } from '../define-kind.ts';

/** Typed and linked inputs, targets, weights and biases stay within ±10: beyond, training is meaningless. */
export const VALUE_LIMIT = 10;

/** An input or a target: within ±10, its slider ±1. */
export const sampleCodec = number({
  min: -VALUE_LIMIT,
  max: VALUE_LIMIT,
  sliderMin: -1,
  sliderMax: 1,
});

/** A weight or a bias: within ±10, its slider ±2. */
export const parameterCodec = number({
  min: -VALUE_LIMIT,
  max: VALUE_LIMIT,
  sliderMin: -2,
  sliderMax: 2,
});

/** The setting of one weight or bias: its symbol, λ₁,₄ or b₄, and the nodes it belongs to. */
export function parameterSetting(
  name: WeightName | BiasName,
  start: SettingParts<number>['default'],
) {
  return setting(name.key, parameterCodec, {
    symbol: name.symbol,
    description:
      'from' in name
        ? `weight on the connection from node ${name.from.number} to node ${name.to.number}`
        : `bias of node ${name.node.number}`,
    default: start,
  });
}
