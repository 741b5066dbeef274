/**
 * The rules `sampleTable` makes, on a small table whose limits a test can reach: three columns
 * (x1, x2, y), 2 to 3 samples, values within ±10, at most 40 characters of pasted text. Expected
 * sentences are written out from the rules the module states: where a value sits, how many values
 * a sample needs and what separates them, each limit with its neighbours.
 */
import { describe, expect, it } from 'vitest';
import { sampleTable } from '../../../src/state/samples.ts';
import { refusal } from './refusal.ts';

const table = sampleTable({
  columns: ['x1', 'x2', 'y'],
  minRows: 2,
  maxRows: 3,
  limit: 10,
  maxText: 40,
});

describe('a typed cell', () => {
  it('calls a cell of spaces empty, and shows a typed word without its spaces', () => {
    expect(refusal(table.parseCell('   ', 0, 1))).toBe(
      'Sample 1, x2 is empty and needs a number, such as 0.75.',
    );
    expect(refusal(table.parseCell('  abc  ', 2, 0))).toBe(
      'Sample 3, x1 (“abc”) needs a number, such as 0.75.',
    );
  });
});

describe('a table checked as a store holds it', () => {
  it.each([['1, 2, 3'], [null], [[1, 2, '3', 4, 5, 6]], [[1, 2, 3, 4, 5, undefined]]])(
    'refuses %j, which is not a list of numbers, saying three per sample',
    (value) => {
      expect(refusal(table.check(value))).toBe('The table needs numbers, three per sample.');
    },
  );

  it('keeps a frozen copy of its own, and leaves the list it was given as it was', () => {
    const given = [1, 2, 3, 4, 5, 6];
    const checked = table.check(given);
    expect(checked).toEqual({ ok: true, value: [1, 2, 3, 4, 5, 6] });
    if (!checked.ok) return;
    expect(checked.value).not.toBe(given);
    expect(Object.isFrozen(checked.value)).toBe(true);
    expect(Object.isFrozen(given)).toBe(false);
  });
});

describe('pasted text', () => {
  // '1, 2, 3\n4, 5, 6' is 15 characters; the spaces after it are trimmed off the last line.
  const twoSamples = '1, 2, 3\n4, 5, 6';

  it('reads a text of 40 characters, the most the table takes, and refuses one of 41', () => {
    expect(table.parseText(twoSamples + ' '.repeat(25))).toEqual({
      ok: true,
      value: [1, 2, 3, 4, 5, 6],
    });
    expect(refusal(table.parseText(twoSamples + ' '.repeat(26)))).toBe(
      'The text is 41 characters long; the table takes at most 40.',
    );
  });

  it('takes 2 and 3 samples, the table’s bounds, and refuses 1 and 4', () => {
    expect(table.parseText('1, 2, 3\n4, 5, 6\n7, 8, 9')).toEqual({
      ok: true,
      value: [1, 2, 3, 4, 5, 6, 7, 8, 9],
    });
    expect(refusal(table.parseText('1,2,3\n4,5,6\n7,8,9\n0,0,0'))).toBe(
      'The text holds 4 samples; the table needs 2 to 3, one per line.',
    );
    expect(refusal(table.parseText('1, 2, 3'))).toBe(
      'The text holds 1 sample; the table needs 2 to 3, one per line.',
    );
  });

  it('skips a line of spaces, and still counts it in the line numbers it names', () => {
    expect(table.parseText('1, 2, 3\n   \n4, 5, 6')).toEqual({
      ok: true,
      value: [1, 2, 3, 4, 5, 6],
    });
    expect(refusal(table.parseText('1, 2, 3\n    \n4, 5, x'))).toBe(
      'Sample 2 (line 3), y (“x”) needs a number, such as 0.75.',
    );
  });

  it('reads a first line with a number in it as a sample, not as a header', () => {
    expect(refusal(table.parseText('x1, 2, y\n1, 2, 3\n4, 5, 6'))).toBe(
      'Sample 1 (line 1), x1 (“x1”) needs a number, such as 0.75.',
    );
  });

  it.each([
    ['1, 2\n3, 4, 5', 'has 2 values; each sample needs 3 (x1, x2, y) separated by commas.'],
    ['7\n3, 4, 5', 'has 1 value; each sample needs 3 (x1, x2, y) separated by commas.'],
    [
      '0,5, 1, 2\n3, 4, 5',
      'has 4 values; each sample needs 3 (x1, x2, y) separated by commas. With decimal commas, separate the values with semicolons or tabs.',
    ],
    [
      '1; 2; 3; 4\n1; 2; 3',
      'has 4 values; each sample needs 3 (x1, x2, y) separated by semicolons.',
    ],
    ['1\t2\n1\t2\t3', 'has 2 values; each sample needs 3 (x1, x2, y) separated by tabs.'],
  ])('refuses a sample with the wrong number of values, naming the separator %j', (text, rest) => {
    expect(refusal(table.parseText(text))).toBe(`Sample 1 (line 1) ${rest}`);
  });
});

describe('the table’s codec and edits', () => {
  it('names the table by its samples: 1 sample, 2 samples, 3 samples', () => {
    expect(table.codec.format([1, 2, 3])).toBe('1 sample');
    expect(table.codec.format([1, 2, 3, 4, 5, 6])).toBe('2 samples');
    expect(table.codec.format([1, 2, 3, 4, 5, 6, 7, 8, 9])).toBe('3 samples');
  });

  it('calls two tables equal only when they hold the same values in the same places', () => {
    const equals = (a: readonly number[], b: readonly number[]) => table.codec.equals(a, b);
    expect(equals([1, 2, 3, 4, 5, 6], [1, 2, 3, 4, 5, 6])).toBe(true);
    expect(equals([1, 2, 3, 4, 5, 6], [1, 2, 3, 4, 5, 7])).toBe(false);
    expect(equals([1, 2, 3, 4, 5, 6], [0, 2, 3, 4, 5, 6])).toBe(false);
    expect(equals([1, 2, 3, 4, 5, 6], [1, 2, 3, 4, 5, 6, 7, 8, 9])).toBe(false);
    expect(equals([1, 2, 3, 4, 5, 6, 7, 8, 9], [1, 2, 3, 4, 5, 6])).toBe(false);
  });

  it('removes the first, the middle or the last sample and keeps the others in order', () => {
    const values = [1, 2, 3, 4, 5, 6, 7, 8, 9];
    expect(table.withoutSample(values, 0)).toEqual([4, 5, 6, 7, 8, 9]);
    expect(table.withoutSample(values, 1)).toEqual([1, 2, 3, 7, 8, 9]);
    expect(table.withoutSample(values, 2)).toEqual([1, 2, 3, 4, 5, 6]);
  });
});
