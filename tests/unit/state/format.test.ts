import { describe, expect, it } from 'vitest';
import {
  formatNumber,
  parseTypedNumber,
  raiseCaretExponents,
  scientific,
} from '../../../src/state/format.ts';

describe('formatNumber', () => {
  it.each([
    [0.43271, 3, '0.433'],
    [-0.27368, 3, '\u22120.274'],
    [-0.0004, 3, '0.000'],
    [-0, 2, '0.00'],
    [12, 0, '12'],
    [1234567, 2, '1.23×10⁶'],
    // A million is the least value shown with a power of ten; the number below it is fixed.
    [1e6, 3, '1.000×10⁶'],
    [-1e6, 1, '\u22121.0×10⁶'],
    [999_999.5, 1, '999999.5'],
    [-7.097e153, 3, '\u22127.097×10¹⁵³'],
    [2.5e-7 * 1e13, 1, '2.5×10⁶'],
    [Number.NaN, 3, '—'],
    [Number.POSITIVE_INFINITY, 3, '—'],
  ])('shows %d with %d decimals as %s', (value, digits, expected) => {
    expect(formatNumber(value, digits)).toBe(expected);
  });
});

describe('scientific', () => {
  it('prints a relative difference with two significant digits and a raised exponent', () => {
    expect(scientific(3.2e-9)).toBe('3.2×10⁻⁹');
    expect(scientific(1e-6)).toBe('10⁻⁶'); // a mantissa of 1 is left out
    expect(scientific(0.000_123_4)).toBe('1.2×10⁻⁴');
    expect(scientific(2.5)).toBe('2.5×10⁰');
    expect(scientific(0)).toBe('0');
    expect(scientific(Number.NaN)).toBe('—');
    expect(scientific(Number.POSITIVE_INFINITY)).toBe('—');
  });
});

describe('raiseCaretExponents', () => {
  it.each([
    ['×10^6', '×10⁶'],
    ['10^-6', '10⁻⁶'],
    ['10^\u22126', '10⁻⁶'],
    ['10^+6', '10⁶'],
    ['10^153 and 10^-12', '10¹⁵³ and 10⁻¹²'],
    ['x^2 and 10 ^ 3', 'x^2 and 10 ^ 3'],
  ])('prints %j as %j', (text, expected) => {
    expect(raiseCaretExponents(text)).toBe(expected);
  });
});

describe('parseTypedNumber', () => {
  it.each([
    ['0.75', 0.75],
    [' -0.5 ', -0.5],
    ['\u22120.5', -0.5],
    ['0,25', 0.25],
    ['0,7', 0.7],
    ['1,5', 1.5],
    ['-0,125', -0.125],
    ['12,25', 12.25],
    ['.5', 0.5],
    ['-0.', -0],
    ['1e-3', 0.001],
    // A comma after four digits or more, or before other than three, is a decimal comma.
    ['1234,567', 1234.567],
    ['-1234,5', -1234.5],
  ])('reads %j as %d', (text, expected) => {
    expect(parseTypedNumber(text)).toEqual({ ok: true, value: expected });
  });

  it.each([
    ['', 'needs a number'],
    ['-', 'needs a number'],
    ['abc', 'needs a number'],
    ['0x10', 'needs a number'],
    ['1..2', 'needs a number'],
    ['NaN', 'needs a number'],
    ['Infinity', 'needs a number'],
    ['1e999', 'is too large'],
    // A comma before exactly three digits could be a thousands separator: never guessed.
    ['1,000', 'could mean 1.000 or 1000'],
    ['-2,500', 'could mean −2.500 or −2500'],
    ['12,345', 'could mean 12.345 or 12345'],
    ['+999,999', 'could mean +999.999 or +999999'],
    ['1,2,3', 'needs one decimal point'],
    ['1.000,5', 'needs one decimal point'],
  ])('refuses %j: it %s', (text, problem) => {
    const result = parseTypedNumber(text);
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.problem).toContain(problem);
  });
});
