/**
 * docs/network-kinds.md lists the chapter network's settings for instructors and widget authors:
 * its table must be the `network` kind's settings, in their order, each with its groups, the label
 * a control shows, its description, its limits and slider range or its choices, and its default.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { kindOf } from '../../../src/components/kinds.ts';
import type { EnumCodec } from '../../../src/state/codecs.ts';
import type { NumberCodec } from '../../../src/state/number-codecs.ts';
import { defaultOf } from '../../../src/state/settle.ts';

const DOC = new URL('../../../docs/network-kinds.md', import.meta.url);

/** The settings table's rows, cell by cell. */
function tableRows() {
  const markdown = readFileSync(DOC, 'utf8');
  const section = markdown.slice(markdown.indexOf('## Settings'));
  return Array.from(section.matchAll(/^\| `(\w+)` +\|(.*)\|$/gm), ([, key, rest]) => {
    const [groups, label, what, limits, written] = rest!.split('|').map((cell) => cell.trim());
    return { key: key!, groups: groups!, label: label!, what: what!, limits: limits!, written };
  });
}

/** A number as the table writes it: a true minus sign. */
const shown = (value: number) => String(value).replace('-', '−');

/** A number codec's limits as the table writes them. */
function numberLimits(codec: NumberCodec, key: string): string {
  const whole = codec.type === 'integer';
  const max = key === 'epochOnView' ? 'epochs − 1' : shown(codec.max);
  const range = `${shown(codec.min)} … ${max}`;
  if (whole) return `whole, ${range}`;
  const steps = codec.step === 0.01 ? '' : `, steps of ${codec.step}`;
  return `${range} (${shown(codec.sliderMin)} … ${shown(codec.sliderMax)}${steps})`;
}

describe('the settings table of docs/network-kinds.md', () => {
  const kind = kindOf('network')!;
  const rows = tableRows();

  it('lists every setting of the kind, in order, with the groups that name it', () => {
    expect(rows.map((row) => row.key)).toEqual(kind.settings.map((setting) => setting.key));
    for (const { key, groups } of rows) {
      const naming = Object.entries(kind.groups)
        .filter(([, keys]) => keys.includes(key))
        .map(([group]) => group);
      expect(groups.split(', '), key).toEqual(naming);
    }
  });

  it('gives each the label a control shows and the sentence that describes it', () => {
    for (const { key, label, what } of rows) {
      const setting = kind.settings.find((candidate) => candidate.key === key)!;
      expect(label, key).toBe(setting.label);
      expect(what, key).toBe(setting.description);
    }
  });

  it('gives each its limits and slider range, or its choices as a link names them and a menu shows them', () => {
    for (const { key, limits } of rows) {
      const { codec } = kind.settings.find((candidate) => candidate.key === key)!;
      if (codec.type === 'enum') {
        const { values, labels } = codec as EnumCodec<string>;
        expect(limits, key).toBe(values.map((value) => `\`${value}\` ${labels[value]}`).join(', '));
      } else {
        expect(limits, key).toBe(numberLimits(codec as NumberCodec, key));
      }
    }
  });

  it('gives each default as a link writes it, the weights and biases as the seed draws them', () => {
    const defaults: Record<string, unknown> = {};
    for (const setting of kind.settings) defaults[setting.key] = defaultOf(setting, defaults);
    for (const { key, written } of rows) {
      const setting = kind.settings.find((candidate) => candidate.key === key)!;
      if (/^[wb]\d+$/.test(key)) expect(written, key).toBe('the seed’s');
      else expect(written, key).toBe(`\`${setting.codec.toLink(defaults[key] as never)}\``);
    }
  });
});
