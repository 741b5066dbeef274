/**
 * Kinds are found, not listed: every module of src/state/kinds (its index, loaders and finder
 * aside) is one kind, its default export, named by its file. The build (index.ts) and the browser (loaders.ts) find
 * the same kinds; a page's declaration names one by id, hostile text included.
 */
import { readdirSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { KIND_IDS, kindOf } from '../../../src/state/kinds/index.ts';
import { kindIdOf, kindWithId } from '../../../src/state/kinds/kind-modules.ts';
import { loadKind } from '../../../src/state/kinds/loaders.ts';
import { networkKind } from '../../../src/state/kinds/network.ts';

const FOLDER = new URL('../../../src/state/kinds/', import.meta.url);
const NOT_KINDS = new Set(['index.ts', 'loaders.ts', 'kind-modules.ts']);

describe('store kinds, found by their files', () => {
  it('are the folder’s modules, each named by its file, the chapters’ kinds among them', () => {
    const files = readdirSync(FOLDER).filter(
      (file) => file.endsWith('.ts') && !NOT_KINDS.has(file),
    );
    expect([...KIND_IDS].sort()).toEqual(files.map((file) => kindIdOf(file)).sort());
    for (const id of ['network', 'training-run', 'chain', 'widths', 'forward-pass-exercises']) {
      expect(KIND_IDS).toContain(id);
    }
    for (const id of KIND_IDS) expect(kindOf(id)?.id, id).toBe(id);
  });

  it('load in the browser, for every id, the kind the build uses', async () => {
    for (const id of KIND_IDS) expect(await loadKind(id), id).toBe(kindOf(id));
  });

  it('answer nothing for an id no kind has, whatever the page says', async () => {
    for (const id of [
      '',
      'constructor',
      '__proto__',
      'toString',
      'Network',
      'parts/diverged',
      'index',
    ]) {
      expect(kindOf(id), id).toBeUndefined();
      expect(await loadKind(id), id).toBeUndefined();
    }
  });

  it('are a module’s default export, taken only with the id its file gives it', () => {
    expect(kindIdOf('./weight-draws.ts')).toBe('weight-draws');
    expect(kindWithId(networkKind, 'network')).toBe(networkKind);
    expect(kindWithId(networkKind, 'chain')).toBeUndefined();
    expect(kindWithId(undefined, 'network')).toBeUndefined();
  });
});
