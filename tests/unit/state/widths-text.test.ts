/**
 * Typed layer widths read as numbers, the one reading the parameter counter and the lab share:
 * separators, brackets, the first problem's sentence, and a judge that refuses as it reads.
 */
import { describe, expect, it } from 'vitest';
import { readWidthTokens } from '../../../src/state/kind-parts/widths-text.ts';

const EXAMPLES = { network: '3, 2, 1', width: '16' };

describe('readWidthTokens', () => {
  it.each([
    ['3, 2, 1', [3, 2, 1]],
    ['3 2 1', [3, 2, 1]],
    ['[3,2,1]', [3, 2, 1]],
    ['(3; 2; 1)', [3, 2, 1]],
    ['  3 ,, 2\t1 , ', [3, 2, 1]],
    ['\u22122, 0.5, 1e3', [-2, 0.5, 1000]],
  ])('reads %j as %j, whatever separates the widths', (text, widths) => {
    expect(readWidthTokens(text, EXAMPLES)).toEqual({ ok: true, value: widths });
  });

  it('asks for widths when there are none, giving its example network', () => {
    for (const text of ['', '   ', '[]', ' , ; ']) {
      expect(readWidthTokens(text, EXAMPLES)).toEqual({
        ok: false,
        message: 'Type the width of each layer, inputs first, such as 3, 2, 1.',
      });
    }
  });

  it('names the first token that is not a number, cut after 12 characters', () => {
    expect(readWidthTokens('3, two, x', EXAMPLES)).toEqual({
      ok: false,
      message: '“two” is not a number: each width is a count of nodes, such as 16.',
    });
    expect(readWidthTokens('3 abcdefghijklm', EXAMPLES)).toEqual({
      ok: false,
      message: '“abcdefghijkl…” is not a number: each width is a count of nodes, such as 16.',
    });
    expect(readWidthTokens('3 abcdefghijkl', EXAMPLES)).toEqual({
      ok: false,
      message: '“abcdefghijkl” is not a number: each width is a count of nodes, such as 16.',
    });
  });

  it('lets a judge refuse a number as it is read, before a later token is looked at', () => {
    const judge = (value: number, index: number) =>
      Number.isFinite(value) ? null : `width ${index + 1} is too large`;
    expect(readWidthTokens('3, 1e999, abc', EXAMPLES, judge)).toEqual({
      ok: false,
      message: 'width 2 is too large',
    });
    expect(readWidthTokens('3, 1e999', EXAMPLES)).toEqual({ ok: true, value: [3, Infinity] });
  });
});
