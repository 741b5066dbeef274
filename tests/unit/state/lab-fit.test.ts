/**
 * The fit of a network of one input (`fit.i` at `fitX.i`): 101 points from −1 to 1, each the
 * prediction at θ_ℓ as the plain-loop reference pass (lab-reference.ts, written from the book's
 * formulas) gives it, following the epoch on view; nothing for a network of two inputs.
 */
import { describe, expect, it } from 'vitest';
import { labKind } from '../../../src/components/lab/lab.kind.ts';
import { createStore } from '../../../src/state/store.ts';
import { referencePass, type ReferenceNetwork } from './lab-reference.ts';

describe('the lab’s fit over x₁', () => {
  it('reads ŷ at x₁ = −1, −0.98, …, 1 at the epoch on view, as the reference pass gives it', () => {
    const store = createStore(labKind, 'lab');
    expect(store.setMany({ data: 'parabola', act1: 'tanh', epochs: 50 })).toEqual({
      data: { ok: true },
      act1: { ok: true },
      epochs: { ok: true },
    });
    const net: ReferenceNetwork = {
      widths: [1, 4, 3, 1],
      hidden: ['tanh', 'sigmoid'],
      output: 'identity',
    };
    const run = store.run.value;
    for (const epoch of [0, 17, 49]) {
      expect(store.set('epochOnView', epoch)).toEqual({ ok: true });
      const view = store.view.value;
      const theta = Array.from(run.trace.parameters, (column) => column[epoch]!);
      for (let i = 0; i <= 100; i += 7) {
        const x = -1 + i / 50;
        expect(labKind.read(view, `fitX.${i}`)).toBeCloseTo(x, 14);
        const want = referencePass(net, theta, [x], [0]).a[3]![0]!;
        expect(labKind.read(view, `fit.${i}`), `fit.${i} at ${epoch}`).toBeCloseTo(want, 12);
      }
      expect(labKind.read(view, 'fitX.0')).toBe(-1);
      expect(labKind.read(view, 'fitX.100')).toBe(1);
    }
  });

  it.each(['fit.101', 'fit.-1', 'fit.01', 'fit.1000', 'fitX.101', 'fit', 'fit.', 'fit.1.5'])(
    'reads %s as nothing: 101 points, numbered without signs or leading zeros',
    (key) => {
      const store = createStore(labKind, 'lab', { values: { data: 'sine', epochs: 5 } });
      expect(labKind.read(store.view.value, key)).toBeUndefined();
    },
  );

  it('reads no fit for a network of two inputs', () => {
    const view = createStore(labKind, 'lab', { values: { epochs: 5 } }).view.value;
    expect(labKind.read(view, 'fit.0')).toBeUndefined();
    expect(labKind.read(view, 'fitX.50')).toBeUndefined();
  });
});
