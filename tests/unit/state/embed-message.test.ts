/**
 * What an embed page and the course page around it agree on (docs/architecture.md, "Frames that
 * fit"): the height message `{ type: 'nn-embed-height', height, id }`, and the course page widths
 * an instructor picks from, 360, 700 or 1000 px.
 */
import { describe, expect, it } from 'vitest';
import { EMBED_HEIGHT_MESSAGE, EMBED_WIDTHS } from '../../../src/state/embed-message.ts';

describe('the embed message', () => {
  it('is typed nn-embed-height, the type the course page’s script takes', () => {
    expect(EMBED_HEIGHT_MESSAGE).toBe('nn-embed-height');
  });

  it('is measured for the course page widths 360, 700 and 1000 px', () => {
    expect(EMBED_WIDTHS).toEqual([360, 700, 1000]);
  });
});
