import { describe, expect, it } from 'vitest';
import { generateLabData, labDataset, labOutputWidth } from '../../../../src/engine/index';

describe('a real target’s output', () => {
  const surface = generateLabData('surface', { samples: 4, seed: 2, noise: 0 });

  it('takes one node, whatever the output activation', () => {
    expect(labOutputWidth(surface, 'identity')).toBe(1);
    expect(labOutputWidth(surface, 'softmax')).toBe(1);
  });

  it('is refused softmax, with the reason', () => {
    expect(() => labDataset(surface, 'softmax')).toThrow(
      /^a real-valued target needs a scalar output activation, not softmax$/,
    );
  });
});
