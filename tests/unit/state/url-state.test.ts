import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import {
  MAX_QUERY_LENGTH,
  readSettingsFromQuery,
  writeSettingsToQuery,
} from '../../../src/state/url-state.ts';

describe('readSettingsFromQuery', () => {
  it.each([
    ['?w14=0.25&x1=-0.5', { w14: 0.25, x1: -0.5 }],
    ['?b4=99', { b4: 10 }],
    ['?b4=-1e3', { b4: -10 }],
    ['?learningRate=-1', { learningRate: 0 }],
    ['?w14=abc&x1=&y=NaN&b5=Infinity&b6=1e999', {}],
    ['?w14=0x10&w24=1_000&w34=%201', {}],
    ['?evil=1&__proto__=1&constructor=2', {}],
    ['?w14=0.1&w14=0.9', { w14: 0.1 }],
    [`?w14=${'1'.repeat(30)}`, {}],
  ])('reads %s as %j', (query, expected) => {
    expect(readSettingsFromQuery(query)).toEqual(expected);
  });

  it('ignores a query longer than the cap entirely', () => {
    const query = `?w14=0.5&pad=${'x'.repeat(MAX_QUERY_LENGTH)}`;
    expect(readSettingsFromQuery(query)).toEqual({});
  });

  it('never returns a value that is not finite or outside its limits, whatever the query', () => {
    fc.assert(
      fc.property(fc.string({ maxLength: 200 }), fc.string({ maxLength: 40 }), (key, value) => {
        const query = `?${encodeURIComponent(key)}=${encodeURIComponent(value)}&w14=${encodeURIComponent(value)}`;
        for (const number of Object.values(readSettingsFromQuery(query))) {
          expect(Number.isFinite(number)).toBe(true);
          expect(Math.abs(number)).toBeLessThanOrEqual(10);
        }
      }),
    );
  });
});

describe('writeSettingsToQuery', () => {
  const defaults = { x1: 0.5, w14: -0.27368, learningRate: 0.2 };

  it('writes nothing for the defaults', () => {
    expect(writeSettingsToQuery(defaults, defaults)).toBe('');
  });

  it('writes only what differs, rounded to six significant digits', () => {
    expect(writeSettingsToQuery({ ...defaults, w14: 0.123456789 }, defaults)).toBe('?w14=0.123457');
  });

  it('round-trips through the reader', () => {
    const written = writeSettingsToQuery({ ...defaults, x1: -0.75, b6: 2.5 }, defaults);
    expect(readSettingsFromQuery(written)).toEqual({ x1: -0.75, b6: 2.5 });
  });
});
