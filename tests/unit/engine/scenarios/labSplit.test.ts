import { describe, expect, it } from 'vitest';
import { customLabData, splitLabData } from '../../../../src/engine/index';

describe('splitLabData at its smallest set', () => {
  it('splits 2 samples, the fewest it takes, into one to train on and one held out', () => {
    const data = customLabData([0, 0, 0, 1, 1, 1]);
    const split = splitLabData(data, 0.5, 3);
    expect(split.train.y).toHaveLength(1);
    expect(split.test.y).toHaveLength(1);
    expect([...split.trainIndices, ...split.testIndices].sort()).toEqual([0, 1]);
  });
});
