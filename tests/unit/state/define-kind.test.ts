/**
 * The helpers kinds are written with: a setting's parts that default, the hooks a kind may leave
 * out, one way to read quantity keys, and one wording for a run that stops early.
 */
import { describe, expect, it } from 'vitest';
import { integer } from '../../../src/state/codecs.ts';
import { defineKind, setting } from '../../../src/state/define-kind.ts';
import { stoppedNote, stoppedRefusal } from '../../../src/state/kind-parts/diverged.ts';
import { quantities } from '../../../src/state/quantities.ts';
import { createStore } from '../../../src/state/store.ts';

const count = integer({ min: 0, max: 10 });

describe('setting', () => {
  it('names a setting by its key, as its symbol and label, and reruns the engine when changed', () => {
    expect(setting('p', count, { description: 'fan-in', default: 3 })).toEqual({
      key: 'p',
      codec: count,
      label: 'p',
      symbol: ['p', ''],
      description: 'fan-in',
      default: 3,
      affects: 'run',
    });
  });

  it('labels a setting by its symbol joined, and keeps a label, view-only effect and bounds given', () => {
    const bounds = () => ({ max: 4 });
    const defined = setting('epochOnView', count, {
      symbol: ['ℓ', ''],
      description: 'the epoch on view',
      default: 0,
      affects: 'view',
      bounds,
    });
    expect(defined).toMatchObject({ label: 'ℓ', symbol: ['ℓ', ''], affects: 'view', bounds });
    expect(setting('x1', count, { symbol: ['x', '1'], description: '', default: 0 }).label).toBe(
      'x1',
    );
    expect(setting('fn', count, { label: 'activation', description: '', default: 0 }).label).toBe(
      'activation',
    );
  });
});

describe('quantities', () => {
  const table = quantities<{ n: number; list: number[] }>({
    scalars: [['n', (view) => view.n]],
    series: [['list', { read: (view) => view.list, longest: 3 }]],
    beyond: (view, key) => (key === 'n@double' ? 2 * view.n : undefined),
  });
  const view = { n: 5, list: [7, 8] };

  it('reads a scalar by key, entry i of a series as prefix.i, and keys beyond the table', () => {
    expect(table.read(view, 'n')).toBe(5);
    expect(table.read(view, 'list.0')).toBe(7);
    expect(table.read(view, 'list.1')).toBe(8);
    expect(table.read(view, 'n@double')).toBe(10);
  });

  it('answers undefined past a series’ end and for a key it does not know', () => {
    expect(table.read(view, 'list.2')).toBeUndefined();
    for (const key of ['m', 'list', 'list.', 'list.x', 'other.0', 'constructor', '']) {
      expect(table.read(view, key), key).toBeUndefined();
    }
  });

  it('lists every scalar and each series up to its longest length', () => {
    expect([...table.keys]).toEqual(['n', 'list.0', 'list.1', 'list.2']);
  });
});

describe('defineKind', () => {
  const kind = defineKind<{ doubled: number }>({
    id: 'doubling',
    settings: [setting('x', count, { description: 'a number', default: 2 })],
    groups: {},
    run: (values) => ({ doubled: 2 * (values['x'] as number) }),
    quantities: quantities({ scalars: [['doubled', (run) => run.doubled]] }),
  });

  it('leaves out what does nothing: the view is the run, nothing is refused, no note', () => {
    const store = createStore(kind, 'doubling');
    expect(store.view.value).toBe(store.run.value);
    expect(store.set('x', 7)).toEqual({ ok: true });
    expect(store.quantity('doubled').value).toBe(14);
    expect(store.note.value).toBe('');
    expect([...kind.quantityKeys]).toEqual(['doubled']);
  });
});

describe('a run that stops early', () => {
  it('is refused when it has no finite epoch, or stops before the epoch on view', () => {
    expect(stoppedRefusal({ length: 0, divergedAt: 0 })).toBe(
      'the network gives no finite result.',
    );
    expect(stoppedRefusal({ length: 40, divergedAt: 40 }, 40)).toBe(
      'training stops at epoch 40, where its numbers are no longer finite.',
    );
    expect(stoppedRefusal({ length: 40, divergedAt: 40 }, 39)).toBeNull();
  });

  it('says where it stopped, with advice when given; a run that did not stop says nothing', () => {
    expect(stoppedNote({ length: 40, divergedAt: 40 }, 'Try a smaller η.')).toBe(
      'Training stops at epoch 40: from there on its numbers are no longer finite. Try a smaller η.',
    );
    expect(stoppedNote({ length: 40, divergedAt: null })).toBeNull();
  });
});
