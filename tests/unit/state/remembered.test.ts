/**
 * Remembered weights: what one page writes, another reads back exactly; anything else stored
 * under the key (too long, not JSON, wrong types, huge or non-finite numbers, a slug that is not
 * one) is ignored or clamped, never thrown.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { initByHand } from '../../../src/engine/index.ts';
import { networkKind } from '../../../src/components/network/network.kind.ts';
import { readRemembered } from '../../../src/state/recall.ts';
import {
  MAX_REMEMBERED_LENGTH,
  REMEMBERED_KEY,
  rememberParameters,
  rememberedKeys,
} from '../../../src/state/remembered.ts';
import { rememberedSettings } from '../../../src/state/remembered-format.ts';
import { createStore, type StoreKind } from '../../../src/state/store.ts';
import { WEIGHTS_THEN_BIASES } from '../../reference/backprop-by-hand.ts';

function memory(initial?: string) {
  const items = new Map<string, string>();
  if (initial !== undefined) items.set(REMEMBERED_KEY, initial);
  return {
    items,
    getItem: (key: string) => items.get(key) ?? null,
    setItem: (key: string, value: string) => void items.set(key, value),
  };
}

describe('remembered parameters', () => {
  it('reads back what a page wrote', () => {
    const store = createStore(networkKind, 'network');
    store.set('seed', 7);
    store.set('w14', 1.25);
    const storage = memory();
    expect(
      rememberParameters(storage, networkKind, store.settings.value, {
        slug: 'forward-pass',
        title: 'The forward pass',
      }),
    ).toBe(true);
    const read = readRemembered(storage, networkKind)!;
    expect(read.slug).toBe('forward-pass');
    expect(read.title).toBe('The forward pass');
    expect(read.values['seed']).toBe(7);
    expect(read.values['w14']).toBe(1.25);
    expect(read.values['w46']).toBe(initByHand(7).w46);
    expect(Object.keys(read.values)).toHaveLength(12);
  });

  it.each([
    ['nothing stored', undefined],
    ['not JSON', '{values'],
    ['an array', '[1, 2]'],
    ['null', 'null'],
    ['values that are null', '{"values": null, "slug": "a", "title": "x"}'],
    ['no slug', '{"values": {"w14": "1"}, "title": "x"}'],
    ['a slug that is a path', '{"values": {"w14": "1"}, "slug": "../x", "title": "x"}'],
    ['a slug that is a URL', '{"values": {"w14": "1"}, "slug": "https://x", "title": "x"}'],
    ['values of the wrong type', '{"values": {"w14": 1}, "slug": "a", "title": "x"}'],
    [
      'non-finite numbers',
      '{"values": {"w14": "NaN", "b4": "Infinity"}, "slug": "a", "title": "x"}',
    ],
    [
      'too long',
      `{"values": {"w14": "1"}, "slug": "a", "title": "${'x'.repeat(MAX_REMEMBERED_LENGTH)}"}`,
    ],
  ])('ignores %s', (_, text) => {
    expect(readRemembered(memory(text), networkKind)).toBeNull();
  });

  it('clamps numbers to their limits and cleans the title', () => {
    const read = readRemembered(
      memory('{"values": {"w14": "1e300", "seed": "-5"}, "slug": "a", "title": "T\\u0007itle"}'),
      networkKind,
    )!;
    expect(read.values['w14']).toBe(10);
    expect(read.values['seed']).toBe(0);
    expect(read.title).toBe('T itle');
  });

  it('reads stored text of exactly MAX_REMEMBERED_LENGTH characters, and none longer', () => {
    const padded = (length: number) => {
      const start = '{"values": {"w14": "1"}, "slug": "a", "title": "';
      return `${start}${'x'.repeat(length - start.length - 2)}"}`;
    };
    expect(padded(MAX_REMEMBERED_LENGTH)).toHaveLength(2048);
    expect(readRemembered(memory(padded(2048)), networkKind)?.values).toEqual({ w14: 1 });
    expect(readRemembered(memory(padded(2049)), networkKind)).toBeNull();
  });

  it('shows at most 80 characters of the title, spaces around it trimmed, and the slug for none', () => {
    const stored = (title: string) =>
      readRemembered(
        memory(JSON.stringify({ values: { w14: '1' }, slug: 'a-b', title })),
        networkKind,
      )?.title;
    expect(stored('  The forward pass\n')).toBe('The forward pass');
    expect(stored('y'.repeat(81))).toBe('y'.repeat(80));
    expect(stored(' \t ')).toBe('a-b');
  });

  it('writes only the numbers it is given, and at most 80 characters of the title', () => {
    const storage = memory();
    const page = { slug: 'forward-pass', title: `The forward pass${'!'.repeat(100)}` };
    expect(rememberParameters(storage, networkKind, { seed: 7, w14: 0.5, b4: 'x' }, page)).toBe(
      true,
    );
    const written = JSON.parse(storage.items.get(REMEMBERED_KEY)!) as Record<string, unknown>;
    expect(written['values']).toEqual({ seed: '7', w14: '0.5' });
    expect(written['title']).toBe(`The forward pass${'!'.repeat(64)}`);
  });

  it('writes text of exactly MAX_REMEMBERED_LENGTH characters, and none longer', () => {
    // The slug pads the text: it is written as given (a page's own slug), one character each.
    const lengthWith = (slug: string) => {
      const storage = memory();
      const written = rememberParameters(storage, networkKind, { seed: 7 }, { slug, title: 'T' });
      return written ? storage.items.get(REMEMBERED_KEY)!.length : null;
    };
    const base = lengthWith('a')!;
    const fits = 'a'.repeat(MAX_REMEMBERED_LENGTH - base + 1);
    expect(lengthWith(fits)).toBe(2048);
    expect(lengthWith(`${fits}a`)).toBeNull();
  });

  it('remembers the seed alone for a kind without parameters', () => {
    const kind = { groups: {}, settings: [{ key: 'seed' }, { key: 'x1' }] } as unknown as StoreKind;
    expect(rememberedKeys(kind)).toEqual(['seed']);
  });

  it('never throws and reads only finite values within limits, whatever is stored', () => {
    fc.assert(
      fc.property(fc.oneof(fc.string(), fc.json()), (text) => {
        const read = readRemembered(memory(text), networkKind);
        if (read === null) return;
        for (const value of Object.values(read.values)) {
          expect(Number.isFinite(value) && Math.abs(value) <= 0xffffffff).toBe(true);
        }
      }),
    );
  });

  it('survives a storage that refuses', () => {
    const refusing = {
      getItem: () => {
        throw new Error('denied');
      },
      setItem: () => {
        throw new Error('full');
      },
    };
    expect(readRemembered(refusing, networkKind)).toBeNull();
    const store = createStore(networkKind, 'network');
    expect(
      rememberParameters(refusing, networkKind, store.settings.value, { slug: 'a', title: 'A' }),
    ).toBe(false);
  });

  it('remembers the seed, then each parameter the kind has, in its group order', () => {
    const kind = {
      groups: { parameters: ['w24', 'b9', 'w14'] },
      settings: [{ key: 'w14' }, { key: 'x1' }, { key: 'seed' }, { key: 'w24' }],
    } as unknown as StoreKind;
    expect(rememberedSettings(kind).map((setting) => setting.key)).toEqual(['seed', 'w24', 'w14']);
    expect(rememberedSettings(networkKind).map((setting) => setting.key)).toEqual([
      'seed',
      ...WEIGHTS_THEN_BIASES,
    ]);
  });
});
