import { describe, expect, it } from 'vitest';
import { MAX_LAB_NOISE, generateLabData } from '../../../../src/engine/index';

describe('the lab’s noise limit', () => {
  it('takes σ = MAX_LAB_NOISE and refuses the next double above it', () => {
    const options = { samples: 3, seed: 1 };
    expect(generateLabData('surface', { ...options, noise: MAX_LAB_NOISE }).y).toHaveLength(3);
    // For a limit that is a power of two (σ = 1), L·(1 + ε) is the next double above it.
    const above = MAX_LAB_NOISE + MAX_LAB_NOISE * Number.EPSILON;
    expect(above).toBeGreaterThan(MAX_LAB_NOISE);
    expect(() => generateLabData('surface', { ...options, noise: above })).toThrow(
      `noise must be at most ${MAX_LAB_NOISE}, got ${above}`,
    );
  });
});
