import { describe, expect, it } from 'vitest';
import { formatNumber, parseTypedNumber } from '../../../src/state/format.ts';

describe('formatNumber', () => {
  it.each([
    [0.43271, 3, '0.433'],
    [-0.27368, 3, '\u22120.274'],
    [-0.0004, 3, '0.000'],
    [-0, 2, '0.00'],
    [12, 0, '12'],
    [1234567, 2, '1.23×10^6'],
    [Number.NaN, 3, '—'],
    [Number.POSITIVE_INFINITY, 3, '—'],
  ])('shows %d with %d decimals as %s', (value, digits, expected) => {
    expect(formatNumber(value, digits)).toBe(expected);
  });
});

describe('parseTypedNumber', () => {
  it.each([
    ['0.75', 0.75],
    [' -0.5 ', -0.5],
    ['\u22120.5', -0.5],
    ['0,25', 0.25],
    ['.5', 0.5],
    ['1e-3', 0.001],
  ])('reads %j as %d', (text, expected) => {
    expect(parseTypedNumber(text)).toBe(expected);
  });

  it.each(['', '-', 'abc', '1e999', '0x10', '1..2', 'NaN', 'Infinity'])('refuses %j', (text) => {
    expect(parseTypedNumber(text)).toBeUndefined();
  });
});
