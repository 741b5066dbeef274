/**
 * What a control fixed by an instructor's preset says next to it, and the preset of a page opened
 * without one.
 */
import { describe, expect, it } from 'vitest';
import { FIXED_BY_LINK, NO_PRESET } from '../../../src/state/preset.ts';

describe('a preset', () => {
  it('tells the reader a fixed control was fixed by the link that opened the page', () => {
    expect(FIXED_BY_LINK).toBe('Fixed by the link that opened this page.');
  });

  it('fixes and hides nothing when the page was opened without one', () => {
    expect(NO_PRESET.lock.size).toBe(0);
    expect(NO_PRESET.hide.size).toBe(0);
  });
});
