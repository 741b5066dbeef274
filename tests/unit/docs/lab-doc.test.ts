/**
 * docs/lab.md states the lab's settings for the widgets to build on: its table must be the kind's
 * settings, in their order, each in its group, with the default a link writes for it.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { LAB_GROUPS, LAB_SETTINGS } from '../../../src/components/lab/lab-settings.ts';
import { defaultOf } from '../../../src/state/settle.ts';

const LAB_DOC = new URL('../../../docs/lab.md', import.meta.url);

/** The settings table's rows: key, group and default cells. */
function tableRows(): { key: string; group: string; written: string }[] {
  const markdown = readFileSync(LAB_DOC, 'utf8');
  const section = markdown.slice(markdown.indexOf('## Settings'), markdown.indexOf('\n## Run'));
  return Array.from(
    section.matchAll(/^\| `(\w+)` +\| (\w+) +\|.*\| ([^|]+?) +\|$/gm),
    ([, key, group, written]) => ({ key: key!, group: group!, written: written! }),
  );
}

describe('the settings table of docs/lab.md', () => {
  it('lists every setting of the kind, in order, each in its group', () => {
    const rows = tableRows();
    expect(rows.map((row) => row.key)).toEqual(LAB_SETTINGS.map((setting) => setting.key));
    for (const { key, group } of rows) {
      expect(LAB_GROUPS[group as keyof typeof LAB_GROUPS], key).toContain(key);
    }
  });

  it('gives each default as a link writes it, the epoch on view as the last epoch, the node as the last node and the table as the saddle', () => {
    const defaults: Record<string, unknown> = {};
    for (const setting of LAB_SETTINGS) defaults[setting.key] = defaultOf(setting, defaults);
    for (const { key, written } of tableRows()) {
      const setting = LAB_SETTINGS.find((candidate) => candidate.key === key)!;
      if (key === 'epochOnView') {
        expect(written).toBe('the last');
        expect(defaults[key]).toBe((defaults['epochs'] as number) - 1);
      } else if (key === 'node') {
        // The starting network 2-4-3-1 numbers its nodes 1 … 10; the output is node 10.
        expect(written).toBe('the last');
        expect(defaults[key]).toBe(10);
      } else if (key === 'custom') {
        // x₁, x₂ ∈ {−1, 0, 1} in rows, x₁ first, with y = x₁·x₂.
        expect(written).toBe('the 3 × 3 saddle');
        expect(defaults[key]).toEqual([
          ...[-1, -1, 1, -1, 0, 0, -1, 1, -1],
          ...[0, -1, 0, 0, 0, 0, 0, 1, 0],
          ...[1, -1, -1, 1, 0, 0, 1, 1, 1],
        ]);
      } else {
        expect(written, key).toBe(`\`${setting.codec.toLink(defaults[key] as never)}\``);
      }
    }
  });
});
