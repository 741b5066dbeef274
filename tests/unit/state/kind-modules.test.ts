/**
 * Kinds are found, not listed: a kind lives in the folder of the widget that draws it, as the
 * default export of a file named after its id (`network/network.kind.ts`). The build (kinds.ts) and
 * the browser (kind-loaders.ts) find the same kinds; a page's declaration names one by id, hostile
 * text included.
 */
import { readdirSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { KIND_IDS, kindOf } from '../../../src/components/kinds.ts';
import { loadKind } from '../../../src/components/kind-loaders.ts';
import { networkKind } from '../../../src/components/network/network.kind.ts';
import { kindIdOf, kindWithId } from '../../../src/state/kind-modules.ts';

const COMPONENTS = new URL('../../../src/components/', import.meta.url);

/**
 * Kinds made before the widget that draws them, each with the reason. Their folder holds no
 * component yet, and the test fails once it does, so the entry goes when the widget comes.
 */
const WIDGET_TO_COME: Readonly<Record<string, string>> = {};

describe('store kinds, found by their files', () => {
  it('are the components’ *.kind.ts modules, each named by its file, the chapters’ kinds among them', () => {
    const files = readdirSync(COMPONENTS, { recursive: true, encoding: 'utf8' }).filter((file) =>
      file.endsWith('.kind.ts'),
    );
    expect(files.length).toBeGreaterThanOrEqual(19);
    expect([...KIND_IDS].sort()).toEqual(files.map((file) => kindIdOf(file)).sort());
    for (const id of ['network', 'training-run', 'chain', 'widths', 'forward-pass-exercises']) {
      expect(KIND_IDS).toContain(id);
    }
    for (const id of KIND_IDS) expect(kindOf(id)?.id, id).toBe(id);
  });

  it('each sit in the folder of a widget that draws them', () => {
    const files = readdirSync(COMPONENTS, { recursive: true, encoding: 'utf8' });
    for (const file of files.filter((f) => f.endsWith('.kind.ts'))) {
      const folder = file.slice(0, file.lastIndexOf('/'));
      const id = kindIdOf(file);
      const users = files.filter(
        (f) => f.startsWith(`${folder}/`) && f.endsWith('.tsx') && !f.includes('.kind.'),
      );
      if (Object.hasOwn(WIDGET_TO_COME, id)) {
        expect(users, `${file}: its widget has come, so drop it from WIDGET_TO_COME`).toEqual([]);
      } else {
        expect(users.length, `${file}: the widget folder holds components`).toBeGreaterThan(0);
      }
      expect(id, file).toMatch(/^[a-z]+(-[a-z]+)*$/);
    }
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
      'diverged',
      'network.kind',
      'index',
    ]) {
      expect(kindOf(id), id).toBeUndefined();
      expect(await loadKind(id), id).toBeUndefined();
    }
  });

  it('are a module’s default export, taken only with the id its file gives it', () => {
    expect(kindIdOf('./initialisation/weight-draws.kind.ts')).toBe('weight-draws');
    expect(kindWithId(networkKind, 'network')).toBe(networkKind);
    expect(kindWithId(networkKind, 'chain')).toBeUndefined();
    expect(kindWithId(undefined, 'network')).toBeUndefined();
  });
});
