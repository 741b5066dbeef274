/**
 * A kind's settings as a reader meets them, one line each, for tests that state them in full:
 *
 *     key · label · symbol · description · limits · default
 *
 * The label is the name a control and a screen reader give; the symbol its visible form, the
 * subscript after `_`; the limits a number's hard limits, its slider's range, its step and the
 * digits it shows (a whole number's limits and slider), a menu's choices as a link writes them and
 * as the menu shows them, a list's lengths and its entries' limits; the default as a link writes
 * it. A setting that moves only the view, not the run, ends with `· view`.
 */
import type { EnumCodec } from '../../../src/state/codecs.ts';
import type { NumberCodec } from '../../../src/state/number-codecs.ts';
import { defaultOf } from '../../../src/state/settle.ts';
import type { StoreKind } from '../../../src/state/store.ts';
import type { Codec } from '../../../src/state/codec-contract.ts';
import type { VectorCodec } from '../../../src/state/vector-codec.ts';

/** A number codec's limits: `-6 … 6, slider -6 … 6 by 0.01, 3 digits`, or `whole 0 … 9, slider 0 … 50`. */
function numberLimits(codec: NumberCodec): string {
  const range = `${codec.min} … ${codec.max}, slider ${codec.sliderMin} … ${codec.sliderMax}`;
  if (codec.type === 'integer') return `whole ${range}`;
  return `${range} by ${codec.step}, ${codec.digits} digits`;
}

/** Any codec's limits, as the table writes them. */
function limitsOf(codec: Codec<unknown>): string {
  switch (codec.type) {
    case 'number':
    case 'integer':
      return numberLimits(codec as unknown as NumberCodec);
    case 'enum': {
      const { values, labels } = codec as unknown as EnumCodec<string>;
      return values.map((value) => `${value} (${labels[value]})`).join(', ');
    }
    case 'vector': {
      if (!('element' in codec)) return 'a list of its own';
      const vector = codec as unknown as VectorCodec;
      return `${vector.minLength} to ${vector.maxLength} of ${numberLimits(vector.element)}`;
    }
    default:
      return codec.type;
  }
}

/** The kind's settings, one line each, in order. */
export function settingsTable(kind: StoreKind): string[] {
  const earlier: Record<string, unknown> = {};
  return kind.settings.map((setting) => {
    const value = defaultOf(setting, earlier);
    earlier[setting.key] = value;
    const [base, subscript] = setting.symbol;
    const cells = [
      setting.key,
      setting.label,
      subscript === '' ? base : `${base}_${subscript}`,
      setting.description,
      limitsOf(setting.codec),
      setting.codec.toLink(value),
    ];
    if (setting.affects === 'view') cells.push('view');
    return cells.join(' · ');
  });
}
