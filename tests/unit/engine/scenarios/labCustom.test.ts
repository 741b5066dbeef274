import { describe, expect, it } from 'vitest';
import { customLabData } from '../../../../src/engine/index';

describe('customLabData', () => {
  it('refuses 7 values, two whole rows and one left over, naming the count', () => {
    expect(() => customLabData([1, 2, 0, 3, 4, 1, 5])).toThrow(
      /^rows must hold x1, x2, y of 2 or more samples, got 7 values$/,
    );
  });
});
