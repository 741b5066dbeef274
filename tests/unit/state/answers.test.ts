/**
 * The worksheet's rule for a typed answer: right to three decimals (within 0.0005 of the value),
 * read as the book reads any typed number. Expected outcomes come from the rule as stated to the
 * reader, not from the code: the value printed to three decimals is always right, and anything
 * 0.001 or more away is always wrong.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { ANSWER_TOLERANCE, checkAnswer, toleranceRule } from '../../../src/state/answers.ts';
import { formatNumber } from '../../../src/state/format.ts';

/** A value's three-decimal text as a reader types it (the test's own rounding, ASCII minus). */
function typedToThree(value: number): string {
  const text = value.toFixed(3);
  return Number(text) === 0 ? '0.000' : text;
}

describe('checkAnswer', () => {
  it.each([
    ['', 0.433],
    ['   ', -1.2],
  ])('says nothing about an empty answer %j', (text, truth) => {
    expect(checkAnswer(text, truth)).toEqual({ status: 'empty', message: '' });
  });

  it.each([
    ['0.433', 0.43271],
    ['0,433', 0.43271],
    [' 0.433 ', 0.43271],
    ['0.4327', 0.43271],
    ['0.43271', 0.43271],
    ['-0.274', -0.27368],
    ['\u22120.274', -0.27368],
    ['-0,274', -0.27368],
    ['.433', 0.43271],
    // Zero has no sign to three decimals: −0.0004 prints as 0.000, and −0.000 is right too.
    ['0.000', -0.0004],
    ['-0.000', -0.0004],
    ['\u22120.000', 0.0003],
    ['0', 0.0004],
    // At a tie both neighbours are half a unit away: either rounding is right.
    ['0.001', 0.0005],
    ['0.000', 0.0005],
    ['0.013', 0.0125],
    ['0.012', 0.0125],
    ['1.000', 1.0005],
    ['1.001', 1.0005],
    // Just inside the tolerance, on either side.
    ['0.4323', 0.43271],
    ['0.4332', 0.43271],
    // A value of a million or more, typed as the book prints it.
    ['1.235×10⁶', 1234567],
    ['1.235×10^6', 1234567],
    ['1234567', 1234567],
  ])('accepts %j for %d', (text, truth) => {
    expect(checkAnswer(text, truth)).toEqual({ status: 'right', message: 'Right.' });
  });

  it.each([
    ['0.434', 0.43271],
    ['0.432', 0.43271],
    ['0.274', -0.27368],
    ['-0.273', -0.27368],
    ['0.001', -0.0004],
    ['0.002', 0.0005],
    ['4.33', 0.43271],
  ])('refuses %j for %d and says it is off by more than 0.0005', (text, truth) => {
    const check = checkAnswer(text, truth);
    expect(check.status).toBe('wrong');
    expect(check.message).toContain('0.0005');
  });

  it.each([
    ['abc', 'needs a number, such as 0.75.'],
    ['0.4.3', 'needs a number, such as 0.75.'],
    ['0,4.3', 'needs one decimal point (or comma)'],
    ['1,234', 'could mean 1.234 or 1234: type it with a decimal point.'],
    ['1e999', 'too large'],
  ])('says how to write a number for %j', (text, problem) => {
    const check = checkAnswer(text, 1.234);
    expect(check.status).toBe('unreadable');
    expect(check.message).toMatch(/^Can’t read this as a number: it /);
    expect(check.message).toContain(problem);
  });

  it('never calls an answer right when the state has no finite value', () => {
    expect(checkAnswer('0', Number.NaN).status).toBe('wrong');
    expect(checkAnswer('—', Number.NaN).status).not.toBe('right');
  });

  it('says why an answer cannot be right when the state has no finite value', () => {
    for (const truth of [Number.NaN, Number.POSITIVE_INFINITY, Number.NEGATIVE_INFINITY]) {
      expect(checkAnswer('0', truth)).toEqual({
        status: 'wrong',
        message: 'This state has no finite value to check against.',
      });
    }
  });

  it('reads a printed value of a million or more with spaces around it and an ASCII minus', () => {
    // −1234567 prints as −1.235×10⁶; the typed forms below spell the same text.
    expect(checkAnswer('  1.235×10⁶  ', 1234567).status).toBe('right');
    expect(checkAnswer(' 1.235×10^6\t', 1234567).status).toBe('right');
    expect(checkAnswer('-1.235×10^6', -1234567).status).toBe('right');
    expect(checkAnswer('-1.235×10⁶', -1234567).status).toBe('right');
  });

  it('accepts an answer exactly 0.0005 + 1e-9 away, the slack for binary rounding, and not one 1e-9 further', () => {
    // 0.000500001 is 0.0005 + 1e-9 as a double: the rule's limit itself, on either side of 0.
    expect(checkAnswer('0.000500001', 0).status).toBe('right');
    expect(checkAnswer('-0.000500001', 0).status).toBe('right');
    expect(checkAnswer('0.000500002', 0).status).toBe('wrong');
    expect(checkAnswer('-0.000500002', 0).status).toBe('wrong');
  });

  it('states the tolerance it applies', () => {
    expect(ANSWER_TOLERANCE).toBe(0.0005);
    expect(toleranceRule()).toBe(
      'An answer is right to three decimals: within 0.0005 of the value.',
    );
  });

  it('accepts the value as the book prints it, formatNumber(value, 3), for every finite value', () => {
    fc.assert(
      fc.property(fc.double({ noNaN: true, noDefaultInfinity: true }), (truth) => {
        expect(checkAnswer(formatNumber(truth, 3), truth).status).toBe('right');
      }),
      { numRuns: 2000 },
    );
  });

  it('accepts the value rounded to three decimals as typed, with a point or a comma', () => {
    fc.assert(
      fc.property(fc.double({ min: -1e5, max: 1e5, noNaN: true }), (truth) => {
        const typed = typedToThree(truth);
        expect(checkAnswer(typed, truth).status).toBe('right');
        // A comma after a whole part of 1 to 999 with three decimals is ambiguous (1,234), so the
        // comma is tried where it can only be a decimal comma.
        if (Math.abs(truth) < 1) {
          expect(checkAnswer(typed.replace('.', ','), truth).status).toBe('right');
        }
      }),
    );
  });

  it('refuses every value 0.001 or more away, however it is written', () => {
    fc.assert(
      fc.property(
        fc.double({ min: -1e5, max: 1e5, noNaN: true }),
        fc.double({ min: 0.001, max: 1000, noNaN: true }),
        fc.boolean(),
        fc.constantFrom('shortest', 'fixed3', 'fixed6', 'comma'),
        (truth, distance, above, style) => {
          const typedValue = above ? truth + distance : truth - distance;
          // Float addition can land a hair short of the distance; the rule is about the real gap.
          fc.pre(Math.abs(typedValue - truth) >= 0.001);
          const text =
            style === 'shortest'
              ? String(typedValue)
              : style === 'fixed3'
                ? typedValue.toFixed(3)
                : style === 'fixed6'
                  ? typedValue.toFixed(6)
                  : typedValue.toFixed(6).replace('.', ',');
          fc.pre(Math.abs(Number(text.replace(',', '.')) - truth) >= 0.001);
          expect(checkAnswer(text, truth).status).toBe('wrong');
        },
      ),
      { numRuns: 2000 },
    );
  });

  it('accepts every typed value within 0.0005 of the value', () => {
    fc.assert(
      fc.property(
        fc.double({ min: -1e5, max: 1e5, noNaN: true }),
        fc.double({ min: -0.0005, max: 0.0005, noNaN: true }),
        (truth, offset) => {
          const text = String(truth + offset);
          expect(checkAnswer(text, truth).status).toBe('right');
        },
      ),
    );
  });
});
