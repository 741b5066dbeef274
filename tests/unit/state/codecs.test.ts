import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import {
  MAX_LINK_VALUE_LENGTH,
  boolean,
  integer,
  linkNumber,
  number,
  oneOf,
  vector,
  type Codec,
} from '../../../src/state/codecs.ts';

const weight = number({ min: -10, max: 10, sliderMin: -2, sliderMax: 2 });
const epochs = integer({ min: 1, max: 5000 });
const optimizer = oneOf({ gd: 'gradient descent', momentum: 'momentum', adam: 'Adam' });
const flag = boolean();
const widths = vector(integer({ min: 1, max: 4096 }), { minLength: 2, maxLength: 8 });

/** Strings a hostile link may carry: markup, script URLs, prototype keys, odd numbers, long text. */
const HOSTILE = [
  '<script>alert(1)</script>',
  'javascript:alert(1)',
  '__proto__',
  'constructor',
  'toString',
  'NaN',
  'Infinity',
  '-Infinity',
  '1e999',
  '0x10',
  '1_000',
  ' 1',
  '1 ',
  '',
  '1e5e5',
  '9'.repeat(MAX_LINK_VALUE_LENGTH + 1),
  '\u0000',
  '%00',
];

describe('number codec', () => {
  it.each([
    ['0.25', 0.25],
    ['-0.5', -0.5],
    ['99', 10],
    ['-1e3', -10],
    ['+.5', 0.5],
    ['.25', 0.25],
  ])('reads the link value %j as %d (clamped to ±10)', (text, expected) => {
    expect(weight.fromLink(text)).toBe(expected);
  });

  it.each(HOSTILE)('refuses the link value %j', (text) => {
    expect(weight.fromLink(text)).toBeUndefined();
  });

  it('round-trips every value in its limits through a link to six significant digits', () => {
    fc.assert(
      fc.property(fc.double({ min: -10, max: 10, noNaN: true }), (value) => {
        const back = weight.fromLink(weight.toLink(value));
        expect(back).toBeDefined();
        expect(Math.abs(back! - value)).toBeLessThanOrEqual(Math.abs(value) * 1e-5 + 1e-300);
        // What a link writes, it reads back to the very same text.
        expect(weight.toLink(back!)).toBe(weight.toLink(value));
      }),
    );
  });

  it('never gives a value that is not finite or outside its limits, whatever the text', () => {
    fc.assert(
      fc.property(fc.string({ maxLength: 40 }), (text) => {
        const value = weight.fromLink(text);
        if (value !== undefined) {
          expect(Number.isFinite(value)).toBe(true);
          expect(Math.abs(value)).toBeLessThanOrEqual(10);
        }
      }),
    );
  });

  it.each([
    [0.5, true],
    [10, true],
    [10.5, false],
    [-12, false],
    [Number.NaN, false],
    [Number.POSITIVE_INFINITY, false],
    ['0.5', false],
  ])('checks %j as %s, refusing with a sentence that names the setting', (value, ok) => {
    const checked = weight.check(value, 'λ1,4');
    expect(checked.ok).toBe(ok);
    if (!checked.ok)
      expect(checked.message).toMatch(/^λ1,4 (needs a number|must be between −10 and 10)\.$/);
  });

  it.each([
    ['0.75', 0.75],
    ['0,7', 0.7],
    ['-0,25', -0.25],
    ['\u22120.5', -0.5],
  ])('reads the typed text %j as %d', (text, expected) => {
    expect(weight.parse(text, 'x1')).toEqual({ ok: true, value: expected });
  });

  it.each([
    ['', 'x1 needs a number'],
    ['-', 'x1 needs a number'],
    ['abc', 'x1 needs a number'],
    ['25', 'x1 must be between −10 and 10'],
    ['1,000', 'x1 could mean 1.000 or 1000'],
    ['1,000.5', 'x1 needs one decimal point'],
  ])('refuses the typed text %j: %s', (text, message) => {
    const parsed = weight.parse(text, 'x1');
    expect(parsed.ok).toBe(false);
    if (!parsed.ok) expect(parsed.message).toContain(message);
  });
});

describe('integer codec', () => {
  it('reads whole numbers, clamps them, and refuses fractions', () => {
    expect(epochs.fromLink('200')).toBe(200);
    expect(epochs.fromLink('99999')).toBe(5000);
    expect(epochs.fromLink('0')).toBe(1);
    expect(epochs.fromLink('2.5')).toBeUndefined();
    expect(epochs.check(2.5, 'epochs')).toEqual({
      ok: false,
      message: 'epochs needs a whole number.',
    });
  });

  it('round-trips every whole number in its limits exactly', () => {
    fc.assert(
      fc.property(fc.integer({ min: 1, max: 5000 }), (value) => {
        expect(epochs.fromLink(epochs.toLink(value))).toBe(value);
      }),
    );
  });
});

describe('enum codec', () => {
  it('reads only its own names, never a key of Object.prototype', () => {
    expect(optimizer.fromLink('adam')).toBe('adam');
    for (const text of ['Adam', 'sgd', ...HOSTILE])
      expect(optimizer.fromLink(text)).toBeUndefined();
  });

  it('round-trips each of its values', () => {
    for (const value of optimizer.values)
      expect(optimizer.fromLink(optimizer.toLink(value))).toBe(value);
  });

  it('accepts a typed label and refuses others with the list of choices', () => {
    expect(optimizer.parse('Adam', 'optimizer')).toEqual({ ok: true, value: 'adam' });
    expect(optimizer.check('sgd', 'optimizer')).toEqual({
      ok: false,
      message: 'optimizer must be one of: gradient descent, momentum, Adam.',
    });
  });
});

describe('boolean codec', () => {
  it('reads 1 and 0 only', () => {
    expect(flag.fromLink('1')).toBe(true);
    expect(flag.fromLink('0')).toBe(false);
    for (const text of ['true', 'yes', ...HOSTILE]) expect(flag.fromLink(text)).toBeUndefined();
    for (const value of [true, false]) expect(flag.fromLink(flag.toLink(value))).toBe(value);
  });
});

describe('a link number’s length', () => {
  it(`reads a number of exactly ${MAX_LINK_VALUE_LENGTH} characters and refuses one more`, () => {
    const longest = `0.${'1'.repeat(MAX_LINK_VALUE_LENGTH - 2)}`;
    expect(longest).toHaveLength(24);
    expect(weight.fromLink(longest)).toBe(Number(longest));
    expect(weight.fromLink(`${longest}1`)).toBeUndefined();
  });
});

describe('a link number’s notation', () => {
  it.each([
    ['4096.25', 4096.25],
    ['-12.5', -12.5],
    ['100.', 100],
    ['25e-1', 2.5],
    ['1.5E+3', 1500],
  ])('reads the plain decimal %j as %d', (text, expected) => {
    expect(linkNumber(text)).toBe(expected);
  });
});

describe('vector codec', () => {
  it.each([
    ['3, 2, 1', [3, 2, 1]],
    ['3 2 1', [3, 2, 1]],
    ['[3,2,1]', [3, 2, 1]],
    [' [ 4 ; 5 ; 2 ] ', [4, 5, 2]],
  ])('reads the typed list %j', (text, expected) => {
    expect(widths.parse(text, 'layer widths')).toEqual({ ok: true, value: expected });
  });

  it.each([
    ['3', 'layer widths needs 2 to 8 numbers.'],
    ['3, 0, 1', 'Entry 2 of layer widths must be between 1 and 4096.'],
    ['3, 2.5, 1', 'Entry 2 of layer widths needs a whole number.'],
    ['3, x, 1', 'Entry 2 of layer widths needs a number, such as 0.75.'],
  ])('refuses the typed list %j', (text, message) => {
    expect(widths.parse(text, 'layer widths')).toEqual({ ok: false, message });
  });

  it('round-trips any list within its limits through a link', () => {
    fc.assert(
      fc.property(
        fc.array(fc.integer({ min: 1, max: 4096 }), { minLength: 2, maxLength: 8 }),
        (list) => {
          const link = widths.toLink(list);
          expect(link).toMatch(/^[0-9_]+$/);
          expect(widths.fromLink(link)).toEqual(list);
        },
      ),
    );
  });

  it('refuses links of the wrong length, with bad entries, or too long', () => {
    // ('1_000' is a vector link, [1, 0], whose 0 is clamped to 1, as a number would be.)
    expect(widths.fromLink('1_000')).toEqual([1, 1]);
    const hostile = HOSTILE.filter((text) => text !== '1_000');
    for (const text of ['3', '3_2_1_1_1_1_1_1_1', '3__1', '3_x_1', '3_1e999_1', ...hostile]) {
      expect(widths.fromLink(text)).toBeUndefined();
    }
  });
});

describe('vector codec limits', () => {
  it('reads a link of exactly maxLength entries, each as long as a link value may be', () => {
    expect(widths.fromLink('1_2_3_4_5_6_7_8')).toEqual([1, 2, 3, 4, 5, 6, 7, 8]);
    // 8 entries of 24 characters and 7 separators: 199 characters, the longest usable link.
    const entry = `${'0'.repeat(MAX_LINK_VALUE_LENGTH - 4)}4096`;
    const longest = Array.from({ length: 8 }, () => entry).join('_');
    expect(longest).toHaveLength(199);
    expect(widths.fromLink(longest)).toEqual([4096, 4096, 4096, 4096, 4096, 4096, 4096, 4096]);
  });

  it('calls lists equal only when they have the same entries and the same length', () => {
    expect(widths.equals([3, 2, 1], [3, 2, 1])).toBe(true);
    expect(widths.equals([3, 2], [3, 2, 1])).toBe(false);
    expect(widths.equals([3, 2, 1], [3, 2])).toBe(false);
    expect(widths.equals([3, 2, 1], [3, 2, 2])).toBe(false);
  });
});

describe('every codec', () => {
  const all: [string, Codec<never>, unknown][] = [
    ['number', weight as Codec<never>, 0.5],
    ['integer', epochs as Codec<never>, 7],
    ['enum', optimizer as Codec<never>, 'momentum'],
    ['boolean', flag as Codec<never>, true],
    ['vector', widths as Codec<never>, [3, 2, 1]],
  ];

  it.each(all)('%s: link text is URL-safe and equal values are equal', (_type, codec, value) => {
    const text = codec.toLink(value as never);
    expect(encodeURIComponent(text)).toBe(text.replace(/\+/g, '%2B'));
    expect(codec.equals(codec.fromLink(text)!, value as never)).toBe(true);
  });

  it.each(all)('%s: never throws on any link text', (_type, codec) => {
    fc.assert(
      fc.property(fc.string({ maxLength: 300 }), (text) => {
        expect(() => codec.fromLink(text)).not.toThrow();
      }),
    );
  });
});

describe('what each codec holds and says', () => {
  it('gives a number its limits as the slider’s range, a step of 0.01 and 3 decimals, unless told', () => {
    expect(number({ min: -10, max: 10 })).toMatchObject({
      type: 'number',
      min: -10,
      max: 10,
      sliderMin: -10,
      sliderMax: 10,
      step: 0.01,
      digits: 3,
    });
    expect(
      number({ min: 0, max: 5, sliderMin: 1, sliderMax: 2, step: 0.5, digits: 1 }),
    ).toMatchObject({ sliderMin: 1, sliderMax: 2, step: 0.5, digits: 1 });
    expect(weight.format(-1.25)).toBe('\u22121.250');
  });

  it('gives a whole number a step of 1 and no decimals, and writes it in a link as it is', () => {
    expect(epochs).toMatchObject({
      type: 'integer',
      sliderMin: 1,
      sliderMax: 5000,
      step: 1,
      digits: 0,
    });
    expect(integer({ min: 0, max: 9, sliderMin: 2, sliderMax: 4 })).toMatchObject({
      sliderMin: 2,
      sliderMax: 4,
    });
    expect(epochs.toLink(4096)).toBe('4096');
    expect(epochs.format(4096)).toBe('4096');
    expect(epochs.parse('2.5', 'epochs')).toEqual({
      ok: false,
      message: 'epochs needs a whole number.',
    });
  });

  it('writes a number in a link to six significant digits, without trailing zeros', () => {
    expect(weight.toLink(1 / 3)).toBe('0.333333');
    expect(weight.toLink(-2.5)).toBe('-2.5');
    expect(weight.toLink(1234567)).toBe('1234570');
  });

  it('accepts both limits and refuses beyond them, in sentences that name the setting', () => {
    expect(weight.check(-10, 'λ1,4')).toEqual({ ok: true, value: -10 });
    expect(weight.check(10, 'λ1,4')).toEqual({ ok: true, value: 10 });
    expect(weight.check(-10.5, 'λ1,4')).toEqual({
      ok: false,
      message: 'λ1,4 must be between \u221210 and 10.',
    });
    expect(weight.check('0.5', 'λ1,4')).toEqual({ ok: false, message: 'λ1,4 needs a number.' });
    expect(weight.parse('abc', 'x1')).toEqual({
      ok: false,
      message: 'x1 needs a number, such as 0.75.',
    });
    expect(weight.parse('25', 'x1')).toEqual({
      ok: false,
      message: 'x1 must be between \u221210 and 10.',
    });
  });

  it('reads a name or its label, spaces around it trimmed, and shows the label', () => {
    expect(optimizer.type).toBe('enum');
    expect(optimizer.values).toEqual(['gd', 'momentum', 'adam']);
    expect(optimizer.parse('  momentum ', 'optimizer')).toEqual({ ok: true, value: 'momentum' });
    expect(optimizer.parse(' gradient descent ', 'optimizer')).toEqual({ ok: true, value: 'gd' });
    // A name that is not its own label: 'adam' is shown as 'Adam'.
    expect(optimizer.parse('adam', 'optimizer')).toEqual({ ok: true, value: 'adam' });
    expect(optimizer.parse('sgd', 'optimizer')).toEqual({
      ok: false,
      message: 'optimizer must be one of: gradient descent, momentum, Adam.',
    });
    expect(optimizer.check('adam', 'optimizer')).toEqual({ ok: true, value: 'adam' });
    expect(optimizer.format('gd')).toBe('gradient descent');
    expect(optimizer.toLink('momentum')).toBe('momentum');
    expect(optimizer.equals('gd', 'gd')).toBe(true);
    expect(optimizer.equals('gd', 'adam')).toBe(false);
  });

  it.each(['1', 'on', 'yes', 'true', ' ON ', 'True'])('reads the typed switch %j as on', (text) => {
    expect(flag.parse(text, 'shuffle')).toEqual({ ok: true, value: true });
  });

  it.each(['0', 'off', 'no', 'false', ' Off '])('reads the typed switch %j as off', (text) => {
    expect(flag.parse(text, 'shuffle')).toEqual({ ok: true, value: false });
  });

  it('refuses any other switch, shows on and off, and writes 1 and 0', () => {
    expect(flag.type).toBe('boolean');
    expect(flag.parse('maybe', 'shuffle')).toEqual({
      ok: false,
      message: 'shuffle must be on or off.',
    });
    expect(flag.parse('', 'shuffle')).toEqual({ ok: false, message: 'shuffle must be on or off.' });
    expect(flag.check(1, 'shuffle')).toEqual({ ok: false, message: 'shuffle must be on or off.' });
    expect(flag.check(false, 'shuffle')).toEqual({ ok: true, value: false });
    expect([flag.format(true), flag.format(false)]).toEqual(['on', 'off']);
    expect([flag.toLink(true), flag.toLink(false)]).toEqual(['1', '0']);
    expect(flag.equals(true, false)).toBe(false);
  });

  it('checks a list: a list at all, its length, then each entry, and keeps a frozen copy', () => {
    expect(widths.type).toBe('vector');
    expect(widths.check('3,2,1', 'layer widths')).toEqual({
      ok: false,
      message: 'layer widths needs a list of numbers.',
    });
    expect(widths.check([3], 'layer widths')).toEqual({
      ok: false,
      message: 'layer widths needs 2 to 8 numbers.',
    });
    expect(widths.check([1, 2, 3, 4, 5, 6, 7, 8, 9], 'layer widths')).toEqual({
      ok: false,
      message: 'layer widths needs 2 to 8 numbers.',
    });
    expect(widths.check([3, 2, 0], 'layer widths')).toEqual({
      ok: false,
      message: 'Entry 3 of layer widths must be between 1 and 4096.',
    });
    expect(widths.check([1, 2, 3, 4, 5, 6, 7, 8], 'layer widths')).toEqual({
      ok: true,
      value: [1, 2, 3, 4, 5, 6, 7, 8],
    });
    const given = [3, 2];
    const checked = widths.check(given, 'layer widths');
    expect(checked).toEqual({ ok: true, value: [3, 2] });
    if (checked.ok) {
      expect(checked.value).not.toBe(given);
      expect(Object.isFrozen(checked.value)).toBe(true);
    }
    const pair = vector(weight, { minLength: 2, maxLength: 2 });
    expect(pair.check([1], 'the sample')).toEqual({
      ok: false,
      message: 'the sample needs exactly 2 numbers.',
    });
    expect(pair.parse(' [ ] ', 'the sample')).toEqual({
      ok: false,
      message: 'the sample needs exactly 2 numbers.',
    });
  });

  it('takes brackets only around the whole typed list', () => {
    // "1 [2]" and "[2] 1" are not lists in brackets: their bracketed entry is no number.
    expect(widths.parse('1 [2]', 'layer widths')).toEqual({
      ok: false,
      message: 'Entry 2 of layer widths needs a number, such as 0.75.',
    });
    expect(widths.parse('[2] 1', 'layer widths')).toEqual({
      ok: false,
      message: 'Entry 1 of layer widths needs a number, such as 0.75.',
    });
  });

  it('reads a list link of exactly minLength entries, and shows a list with commas', () => {
    expect(widths.fromLink('3_2')).toEqual([3, 2]);
    expect(Object.isFrozen(widths.fromLink('3_2'))).toBe(true);
    expect(widths.format([3, 2, 1])).toBe('3, 2, 1');
    expect(widths.toLink([3, 2, 1])).toBe('3_2_1');
    const pair = vector(weight, { minLength: 2, maxLength: 2 });
    expect(pair.format([0.5, -1])).toBe('0.500, \u22121.000');
    expect(pair.toLink([1 / 3, 2])).toBe('0.333333_2');
  });
});
