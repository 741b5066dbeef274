import { describe, expect, it } from 'vitest';
import type { ApproximationShape } from '../../../../src/engine/index';
import { approximationTarget, evenlySpaced } from '../../../../src/engine/index';

describe('approximationTarget', () => {
  it('refuses a shape it does not know, naming it', () => {
    expect(() => approximationTarget('circle' as ApproximationShape, 0)).toThrow(
      /^unknown shape "circle"$/,
    );
  });
});

describe('evenlySpaced', () => {
  it('spaces n points from a to b with both ends included: 3 points on [2, 3] are 2, 2.5, 3', () => {
    expect([...evenlySpaced(3, 2, 3)]).toEqual([2, 2.5, 3]);
    expect([...evenlySpaced(2, 1, -1)]).toEqual([1, -1]);
  });

  it('names what it refuses: fewer than 2 points, and ends that are not finite', () => {
    expect(() => evenlySpaced(1, 0, 1)).toThrow(/^count must be an integer from 2 to 1000000/);
    expect(() => evenlySpaced(3, Number.NaN, 1)).toThrow(/^from must be a finite number/);
    expect(() => evenlySpaced(3, 0, Number.POSITIVE_INFINITY)).toThrow(
      /^to must be a finite number/,
    );
  });
});
