/** A kind's quantities: scalars by key, a series' entries by `prefix.i`, and every key listed. */
import { describe, expect, it } from 'vitest';
import { quantities } from '../../../src/state/quantities.ts';

interface View {
  readonly total: number;
  readonly loss: ArrayLike<number>;
}

const table = quantities<View>({
  scalars: [['total', (view) => view.total]],
  series: [['loss', { read: (view) => view.loss, longest: 3 }]],
});

describe('a series read by key', () => {
  it('reads entry i as `prefix.i`, and nothing past the series’ length', () => {
    const view = { total: 7, loss: [0.5, 0.25] };
    expect(table.read(view, 'total')).toBe(7);
    expect(table.read(view, 'loss.0')).toBe(0.5);
    expect(table.read(view, 'loss.1')).toBe(0.25);
    expect(table.read(view, 'loss.2')).toBeUndefined();
  });

  it('reads nothing past the length even where the series’ storage holds more', () => {
    // A list kept in longer storage than it fills (a buffer for the longest run): length 2 of 3.
    const view = { total: 7, loss: { length: 2, 0: 0.5, 1: 0.25, 2: 0.125 } };
    expect(table.read(view, 'loss.1')).toBe(0.25);
    expect(table.read(view, 'loss.2')).toBeUndefined();
  });
});

describe('the keys listed', () => {
  it('lists the scalars and each series’ entries up to its longest, made once', () => {
    expect([...table.keys]).toEqual(['total', 'loss.0', 'loss.1', 'loss.2']);
    expect(table.keys).toBe(table.keys);
  });
});
