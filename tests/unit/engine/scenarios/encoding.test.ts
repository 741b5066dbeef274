import { describe, expect, it } from 'vitest';
import { categoriesOf, oneHot, ordinalRanks } from '../../../../src/engine/index';

describe('categorical encodings', () => {
  const facies = ['shale', 'sandstone', 'shale', 'siltstone'];

  it('numbers the categories in order of first appearance', () => {
    expect(categoriesOf(facies)).toEqual(['shale', 'sandstone', 'siltstone']);
    expect(categoriesOf([])).toEqual([]);
  });

  it('one-hot: a 1 in the column of each sample’s category, 0 elsewhere', () => {
    const rows = oneHot(facies, ['shale', 'sandstone', 'siltstone']);
    expect(rows.map((row) => Array.from(row))).toEqual([
      [1, 0, 0],
      [0, 1, 0],
      [1, 0, 0],
      [0, 0, 1],
    ]);
  });

  it('ordinal: each sample’s category rank, 1-based', () => {
    expect(Array.from(ordinalRanks(facies, ['shale', 'sandstone', 'siltstone']))).toEqual([
      1, 2, 1, 3,
    ]);
    expect(Array.from(ordinalRanks(facies, ['siltstone', 'shale', 'sandstone']))).toEqual([
      2, 3, 2, 1,
    ]);
  });

  it('refuses a sample of no listed category and a category listed twice', () => {
    expect(() => oneHot(['coal'], ['shale'])).toThrow(/"coal" is not one of/);
    expect(() => ordinalRanks(['shale'], ['shale', 'shale'])).toThrow(/twice/);
  });
});
