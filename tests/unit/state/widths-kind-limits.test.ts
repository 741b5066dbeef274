/**
 * The parameter counter's limits, each with its neighbour on both sides, and the exact sentence a
 * reader is shown when a limit refuses what was typed or linked: a layer of 10,000,000 nodes, 64
 * layers, 1000 characters of text. Also the setting as a reader meets it, the keys a page may
 * read, and how the counter writes a count.
 */
import { describe, expect, it } from 'vitest';
import {
  formatCount,
  widthsCodec,
  widthsKind,
} from '../../../src/components/parameters/widths.kind.ts';
import { settingsTable } from './settings-table.ts';

const LABEL = 'layer widths';
/** The counter's narrow no-break space between groups of three digits. */
const NNBSP = '\u202f';
const WHOLE = 'the widths must be whole positive numbers of nodes, such as 3, 2, 1.';
const WIDER = `is wider than the counter takes: at most 10${NNBSP}000${NNBSP}000 nodes a layer.`;

const parse = (text: string) => widthsCodec.parse(text, LABEL);
const refusal = (message: string) => ({ ok: false, message });

describe('the widths setting and its keys', () => {
  it('is one list of widths, starting at the chapter’s 3-2-1, in the group network', () => {
    expect(settingsTable(widthsKind)).toEqual([
      'widths · layer widths · L · the number of nodes in each layer, inputs first · a list of its own · 3-2-1',
    ]);
    expect(widthsKind.groups).toEqual({ network: ['widths'] });
  });

  it('answers the totals and, for each of 64 layers, its width, weights and parameters', () => {
    const layers = Array.from({ length: 64 }, (_, i) => i);
    const expected = [
      ...['weights', 'biases', 'parameters', 'layers', 'hiddenLayers'],
      ...layers.map((i) => `l${i}`),
      ...layers.slice(1).flatMap((i) => [`weights${i}`, `parameters${i}`]),
    ];
    expect([...widthsKind.quantityKeys].sort()).toEqual(expected.sort());
  });
});

describe('the limits of typed widths', () => {
  it('takes a layer of 10,000,000 nodes and refuses one more, naming the layer', () => {
    expect(parse('3, 10000000, 1')).toEqual({ ok: true, value: [3, 10_000_000, 1] });
    expect(parse('3, 10000001, 1')).toEqual(refusal(`Layer 2 ${WIDER}`));
    expect(parse('3, 1e400, 1')).toEqual(refusal(`Layer 2 ${WIDER}`));
    expect(parse('10000001')).toEqual(refusal(`The width ${WIDER}`));
  });

  it('takes 64 layers and refuses 65, counting inputs and outputs', () => {
    expect(parse(Array(64).fill(2).join(',')).ok).toBe(true);
    expect(parse(Array(65).fill(2).join(','))).toEqual(
      refusal('That is 65 layers; the counter takes at most 64, inputs and outputs included.'),
    );
  });

  it('reads a text of 1000 characters and refuses one of 1001', () => {
    const padded = (length: number) => `3, 1${' '.repeat(length - 4)}`;
    expect(padded(1000)).toHaveLength(1000);
    expect(parse(padded(1000))).toEqual({ ok: true, value: [3, 1] });
    expect(parse(padded(1001))).toEqual(
      refusal(`That text is too long to read: the widths take at most 1${NNBSP}000 characters.`),
    );
  });

  it('says what is wrong with each kind of width, in the reader’s own words', () => {
    expect(parse('')).toEqual(
      refusal('Type the width of each layer, inputs first, such as 3, 2, 1.'),
    );
    expect(parse('3')).toEqual(
      refusal(
        'One layer is not a network: give at least an input layer and an output layer, such as 3, 1.',
      ),
    );
    expect(parse('3, \u22122, 1')).toEqual(refusal(`Layer 2 is negative: ${WHOLE}`));
    expect(parse('3, 0, 1')).toEqual(refusal(`Layer 2 has 0 nodes: ${WHOLE}`));
    expect(parse('3, .5, 1')).toEqual(
      refusal(`Layer 2 has 0.5 nodes: a layer holds a whole number of nodes; ${WHOLE}`),
    );
    expect(parse('+3, 2e0, 1')).toEqual({ ok: true, value: [3, 2, 1] });
  });

  it('reads a token as a number only whole: digits, a decimal point, an exponent, a sign', () => {
    const notANumber = (shown: string) =>
      refusal(`“${shown}” is not a number: each width is a count of nodes, such as 16.`);
    expect(parse('3, x2, 1')).toEqual(notANumber('x2'));
    expect(parse('3, 2x, 1')).toEqual(notANumber('2x'));
    expect(parse('3, 12.5, 1')).toEqual(
      refusal(`Layer 2 has 12.5 nodes: a layer holds a whole number of nodes; ${WHOLE}`),
    );
    expect(parse('3, .25, 1')).toEqual(
      refusal(`Layer 2 has 0.25 nodes: a layer holds a whole number of nodes; ${WHOLE}`),
    );
    expect(parse('30e-1, 2E+0, 1')).toEqual({ ok: true, value: [3, 2, 1] });
  });

  it('takes one bracket around the widths, and none between them', () => {
    expect(parse('(3, 2, 1)')).toEqual({ ok: true, value: [3, 2, 1] });
    const notANumber = (shown: string) =>
      refusal(`“${shown}” is not a number: each width is a count of nodes, such as 16.`);
    expect(parse('3, (2, 1')).toEqual(notANumber('(2'));
    expect(parse('3, 2), 1')).toEqual(notANumber('2)'));
  });

  it('shows a word that is not a number up to 12 characters, and cuts a longer one', () => {
    const notANumber = (shown: string) =>
      refusal(`“${shown}” is not a number: each width is a count of nodes, such as 16.`);
    expect(parse('3, abcdefghijkl, 1')).toEqual(notANumber('abcdefghijkl'));
    expect(parse('3, abcdefghijklm, 1')).toEqual(notANumber('abcdefghijkl…'));
  });

  it('keeps a copy of the widths it was given, leaving the given list as it was', () => {
    const given = [3, 2, 1];
    const checked = widthsCodec.check(given, LABEL);
    expect(checked).toEqual({ ok: true, value: [3, 2, 1] });
    expect(checked.ok && checked.value).not.toBe(given);
    expect(Object.isFrozen(given)).toBe(false);
  });

  it('refuses widths given as something other than a list of finite numbers', () => {
    expect(widthsCodec.check('3, 2, 1', LABEL)).toEqual(
      refusal('The layer widths must be a list of numbers.'),
    );
    expect(widthsCodec.check([3, Number.NaN, 1], LABEL)).toEqual(
      refusal('Layer 2 needs a whole number of nodes, such as 16.'),
    );
  });
});

describe('widths in a link and on the page', () => {
  it('reads a link of 64 widths of nine digits each, and nothing longer', () => {
    const nines = Array(64).fill('999999999').join('-');
    expect(nines).toHaveLength(639);
    expect(widthsCodec.fromLink(nines)).toEqual(Array(64).fill(10_000_000));
    expect(widthsCodec.fromLink(`${nines}-1`)).toBeUndefined();
    expect(widthsCodec.fromLink('3-1234567890-1')).toBeUndefined();
  });

  it('shows widths with commas and compares them entry by entry', () => {
    expect(widthsCodec.format([784, 128, 10])).toBe('784, 128, 10');
    expect(widthsCodec.equals([3, 2, 1], [3, 2, 1])).toBe(true);
    expect(widthsCodec.equals([3, 2, 1], [3, 2, 2])).toBe(false);
    expect(widthsCodec.equals([3, 2, 1], [3, 2])).toBe(false);
    expect(widthsCodec.equals([3, 2], [3, 2, 1])).toBe(false);
  });

  it('writes a negative count with a minus sign, 0 without one, and no count past 2⁵³ − 1', () => {
    expect(formatCount(-1234)).toBe(`\u22121${NNBSP}234`);
    expect(formatCount(0)).toBe('0');
    expect(formatCount(999)).toBe('999');
    expect(formatCount(1000)).toBe(`1${NNBSP}000`);
    expect(formatCount(2 ** 53)).toBe('—');
  });
});
