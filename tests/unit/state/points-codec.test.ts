import { describe, expect, it } from 'vitest';
import { MAX_LINK_VALUE_LENGTH } from '../../../src/state/codecs.ts';
import { pointsCodec } from '../../../src/state/points-codec.ts';

/** The message of a refusal, or the value read. */
function outcome(result: { ok: true; value: unknown } | { ok: false; message: string }) {
  return result.ok ? result.value : result.message;
}

const parse = (text: string) => outcome(pointsCodec.parse(text, 'The points'));
const check = (value: unknown) => outcome(pointsCodec.check(value, 'The points'));

describe('typed points', () => {
  it.each([
    // A comma, with or without spaces around it, or spaces alone separate x from y.
    ['0,1; 1,0', [0, 1, 1, 0]],
    ['0 , 1; 1 ,0', [0, 1, 1, 0]],
    ['0 ,  1; 1,   0', [0, 1, 1, 0]],
    ['0    1; 1\t0', [0, 1, 1, 0]],
    // Decimal commas: a comma followed by one space or more, or spaces alone, separate x from y.
    ['0,5, 1,5; -0,5,   -1,5', [0.5, 1.5, -0.5, -1.5]],
    ['0,5  1,5; -0,5 -1,5', [0.5, 1.5, -0.5, -1.5]],
    // Spaces before the first point and after the last are not part of either.
    ['  -1, 0; 1, 0  ', [-1, 0, 1, 0]],
  ])('reads %j as %j', (text, expected) => {
    expect(parse(text)).toEqual(expected);
  });

  it('names the first problem in reading order: a y out of range before a later point unread', () => {
    expect(parse('0, 5; abc, 1')).toBe('y of point 1 must be between −2 and 2.');
    expect(parse('3, 0; abc, 1')).toBe('x of point 1 must be between −1 and 1.');
  });
});

describe('points as a store checks them', () => {
  it('refuses anything but a list of numbers', () => {
    expect(check('0, 1; 1, 0')).toBe('The points needs a list of points.');
    expect(check([0, '1', 1, 0])).toBe('The points needs a list of points.');
    expect(check(['0', 1, 1, 0])).toBe('The points needs a list of points.');
  });

  it('refuses an odd count of numbers as pairs missing a y', () => {
    expect(check([0, 1, 0.5, 1, 1])).toBe('The points needs pairs of numbers, x and y.');
  });

  it('takes 2 and 12 points, and neither 1 nor 13', () => {
    const points = (count: number) => Array.from({ length: 2 * count }, (_, i) => (i % 2) / 2);
    expect(check(points(1))).toBe('The points needs 2 to 12 points.');
    expect(check(points(2))).toEqual(points(2));
    expect(check(points(12))).toEqual(points(12));
    expect(check(points(13))).toBe('The points needs 2 to 12 points.');
  });

  it('takes x up to ±1 and y up to ±2, naming the point that goes beyond', () => {
    expect(check([-1, -2, 1, 2])).toEqual([-1, -2, 1, 2]);
    expect(check([0, 0, -1.01, 0])).toBe('x of point 2 must be between −1 and 1.');
    expect(check([0, 0, 0, 0, 1.01, 0])).toBe('x of point 3 must be between −1 and 1.');
    expect(check([0, 0, 0, 2.01])).toBe('y of point 2 must be between −2 and 2.');
    expect(check([0, -2.01, 0, 0])).toBe('y of point 1 must be between −2 and 2.');
    expect(check([0, Number.NaN, 0, 0])).toBe('y of point 1 must be between −2 and 2.');
    expect(check([0, 0, Infinity, 0])).toBe('x of point 2 must be between −1 and 1.');
  });

  it('keeps a frozen copy, leaving the list it was given as it was', () => {
    const given = [0, 1, 1, 0];
    const result = pointsCodec.check(given, 'The points');
    expect(result.ok && result.value).not.toBe(given);
    expect(result.ok && Object.isFrozen(result.value)).toBe(true);
    expect(Object.isFrozen(given)).toBe(false);
  });
});

describe('points in a link', () => {
  it('reads 12 points whose every coordinate is as long as a link value may be', () => {
    // 24 values of 24 characters and 23 separators: 599 characters, the longest link of points.
    const x = `0.${'1'.repeat(MAX_LINK_VALUE_LENGTH - 2)}`;
    const y = `-1.${'1'.repeat(MAX_LINK_VALUE_LENGTH - 3)}`;
    const text = Array.from({ length: 12 }, () => `${x}_${y}`).join('_');
    expect(text).toHaveLength(24 * MAX_LINK_VALUE_LENGTH + 23);
    const read = pointsCodec.fromLink(text);
    expect(read).toHaveLength(24);
    expect(read![0]).toBeCloseTo(0.111111, 6);
    expect(read![1]).toBeCloseTo(-1.111111, 6);
  });

  it('refuses empty text and text with an empty part', () => {
    expect(pointsCodec.fromLink('')).toBeUndefined();
    expect(pointsCodec.fromLink('0_1__1_0')).toBeUndefined();
  });
});

describe('points shown and compared', () => {
  it('shows each point as “x, y”, the points separated by semicolons, and only whole pairs', () => {
    expect(pointsCodec.format([-1, 0, 0.5, 1.25])).toBe('-1, 0; 0.5, 1.25');
    expect(pointsCodec.format([0, 1, 0.5])).toBe('0, 1');
  });

  it('calls lists equal only when they have the same coordinates and the same length', () => {
    expect(pointsCodec.equals([0, 1, 1, 0], [0, 1, 1, 0])).toBe(true);
    expect(pointsCodec.equals([0, 1, 1, 0], [0, 1, 1, 0.5])).toBe(false);
    expect(pointsCodec.equals([0, 1, 1, 0], [1, 1, 1, 0])).toBe(false);
    expect(pointsCodec.equals([0, 1, 1, 0], [0, 1, 1, 0, 0, 0])).toBe(false);
    expect(pointsCodec.equals([0, 1, 1, 0, 0, 0], [0, 1, 1, 0])).toBe(false);
  });
});
