/**
 * The build's table of kinds (index.ts, every kind imported) and the browser's (loaders.ts, each
 * kind loaded when a page declares it) must name the same kinds, each under its own id.
 */
import { describe, expect, it } from 'vitest';
import { KIND_IDS, kindOf } from '../../../src/state/kinds/index.ts';
import { KIND_LOADERS, loadKind } from '../../../src/state/kinds/loaders.ts';

describe('the kind tables', () => {
  it('name the same kinds', () => {
    expect(Object.keys(KIND_LOADERS).sort()).toEqual([...KIND_IDS].sort());
  });

  it('load, for every id, the kind the build uses', async () => {
    for (const id of KIND_IDS) {
      const loaded = await loadKind(id);
      expect(loaded, id).toBe(kindOf(id));
      expect(loaded?.id).toBe(id);
    }
  });

  it('load nothing for an id no kind has, whatever the page says', async () => {
    for (const id of ['', 'constructor', '__proto__', 'toString', 'Network']) {
      expect(await loadKind(id)).toBeUndefined();
    }
  });
});
