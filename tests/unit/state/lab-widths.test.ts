/**
 * The lab's layer widths: the box's text and the link's, each rule refused with a sentence that
 * names it and the number needed, widths that follow the output with their hidden widths kept,
 * and hostile links set aside. The limits are the lab's documented ones (docs/lab.md): 2 to 6
 * layers, 1 to 8 nodes in a hidden layer, 2 inputs, 1 output node or 2 for softmax.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { labKind } from '../../../src/components/lab/lab.kind.ts';
import { labWidthsCodec } from '../../../src/components/lab/lab-widths.ts';
import { readStoreLinkFully, writeLink } from '../../../src/state/link.ts';
import { applyStoreLink } from '../../../src/state/page-stores.ts';
import { createStore } from '../../../src/state/store.ts';

const LABEL = 'layer widths';

/** The widths a typed text reads as, or its refusal. */
function typed(text: string): readonly number[] | string {
  const result = labWidthsCodec.parse(text, LABEL);
  return result.ok ? result.value : result.message;
}

/** A store's widths. */
const widthsOf = (store: ReturnType<typeof lab>) => store.settings.value['widths'];
const lab = () => createStore(labKind, 'lab');

describe('the lab’s widths box', () => {
  it.each(['2, 4, 3, 1', '2 4 3 1', '[2,4,3,1]', ' 2 ,4;3\t1 ', '(2, 4, 3, 1,)'])(
    'reads "%s" as 2, 4, 3, 1',
    (text) => expect(typed(text)).toEqual([2, 4, 3, 1]),
  );

  it.each([
    ['2, 8, 1', '2, 8, 1', [2, 8, 1]],
    ['2, 1', '2, 1', [2, 1]],
    ['2, 1, 1, 1, 1, 2', '2, 1, 1, 1, 1, 2', [2, 1, 1, 1, 1, 2]],
    ['100 characters', `2,${' '.repeat(97)}1`, [2, 1]],
  ])('accepts the limits themselves: %s', (_name, text, widths) => {
    expect(typed(text)).toEqual(widths);
  });

  it.each([
    [
      'a hidden layer of 9',
      '2, 9, 1',
      'Layer 2 has 9 nodes: the lab’s hidden layers take 1 to 8 nodes.',
    ],
    [
      '7 layers',
      '2, 4, 4, 4, 4, 4, 1',
      'That is 7 layers; the lab takes 2 to 6, inputs and outputs included.',
    ],
    [
      'three outputs',
      '2, 4, 3',
      'The output layer has 3 nodes: the lab’s output has 1 node (identity or sigmoid) or 2 (softmax).',
    ],
    [
      'one layer',
      '2',
      'One layer is not a network: give the inputs and the outputs at least, such as 2, 1.',
    ],
    [
      'a zero width',
      '2, 0, 1',
      'Layer 2 has 0 nodes: each width is a whole positive number of nodes, such as 2, 4, 3, 1.',
    ],
    [
      'a fraction',
      '2, 2.5, 1',
      'Layer 2 has 2.5 nodes: each width is a whole positive number of nodes, such as 2, 4, 3, 1.',
    ],
    [
      'a negative width',
      '2, −3, 1',
      'Layer 2 has -3 nodes: each width is a whole positive number of nodes, such as 2, 4, 3, 1.',
    ],
    ['a word', '2, four, 1', '“four” is not a number: each width is a count of nodes, such as 4.'],
    [
      'a number beyond any double',
      '2, 1e400, 1',
      'Layer 2 needs a whole number of nodes: each width is a whole positive number of nodes, such as 2, 4, 3, 1.',
    ],
    ['nothing', ' [ ] ', 'Type the width of each layer, inputs first, such as 2, 4, 3, 1.'],
    [
      '101 characters',
      `2,${' '.repeat(98)}1`,
      'That text is too long to read: the widths take at most 100 characters.',
    ],
  ])('refuses %s with the rule and the number needed', (_name, text, message) => {
    expect(typed(text)).toBe(message);
  });

  it.each([
    [
      'a first width of 3 on the surface',
      'surface',
      [3, 4, 1],
      'This data has 2 inputs: the first width must be 2.',
    ],
    [
      'a first width of 1 on the surface',
      'surface',
      [1, 4, 1],
      'This data has 2 inputs: the first width must be 2.',
    ],
    [
      'a first width of 1 on two moons',
      'moons',
      [1, 4, 1],
      'This data has 2 inputs: the first width must be 2.',
    ],
    [
      'a first width of 2 on the sine',
      'sine',
      [2, 4, 1],
      'This data has 1 input: the first width must be 1.',
    ],
    [
      'a first width of 3 on the bump',
      'bump',
      [3, 4, 1],
      'This data has 1 input: the first width must be 1.',
    ],
  ] as const)(
    'refuses %s, naming the data’s inputs, and keeps its widths',
    (_name, data, widths, message) => {
      const store = lab();
      expect(store.set('data', data).ok).toBe(true);
      const before = widthsOf(store);
      // Typed as the box reads it: the text is fine as widths, the data decide the first.
      const parsed = labWidthsCodec.parse(widths.join(', '), LABEL);
      expect(parsed).toEqual({ ok: true, value: widths });
      expect(store.set('widths', widths)).toEqual({ ok: false, message });
      expect(widthsOf(store)).toBe(before);
    },
  );

  it('takes a first width of 1 on a set of one input: 1, 8, 1 and 1, 1', () => {
    const store = lab();
    expect(store.set('data', 'parabola')).toEqual({ ok: true });
    expect(store.set('widths', [1, 8, 1])).toEqual({ ok: true });
    expect(store.run.value.trace.widths).toEqual([1, 8, 1]);
    expect(store.set('widths', [1, 1])).toEqual({ ok: true });
    expect(store.run.value.network.widths).toEqual([1, 1]);
  });

  it('turns the first width into the data’s inputs when the data change, keeping the rest', () => {
    const store = lab();
    expect(store.set('widths', [2, 8, 5, 1]).ok).toBe(true);
    expect(store.set('data', 'sine')).toEqual({ ok: true });
    expect(widthsOf(store)).toEqual([1, 8, 5, 1]);
    expect(store.run.value.trace.widths).toEqual([1, 8, 5, 1]);
    // The nodes are renumbered: 1 input, 8 + 5 hidden, the output is node 15.
    expect(store.settings.value['node']).toBe(15);
    expect(store.set('data', 'xor')).toEqual({ ok: true });
    expect(widthsOf(store)).toEqual([2, 8, 5, 1]);
    // Softmax on the classes, then a set of one input: identity and one output node again.
    expect(store.set('output', 'softmax')).toEqual({ ok: true });
    expect(widthsOf(store)).toEqual([2, 8, 5, 2]);
    expect(store.set('data', 'step')).toEqual({ ok: true });
    expect(store.settings.value['output']).toBe('identity');
    expect(widthsOf(store)).toEqual([1, 8, 5, 1]);
  });

  it('keeps the starting network’s hidden widths on a set of one input: 1-4-3-1, and writes no widths', () => {
    const store = lab();
    store.set('data', 'abs');
    expect(widthsOf(store)).toEqual([1, 4, 3, 1]);
    expect(writeLink([store])).toBe('?lab.data=abs');
  });

  it('refuses softmax on a set of one input, whose target is a real number', () => {
    const store = lab();
    store.set('data', 'sine');
    expect(store.set('output', 'softmax')).toEqual({
      ok: false,
      message:
        'This set’s target is a real number, not a class: its output is identity or sigmoid, as softmax gives class probabilities.',
    });
  });

  it('refuses a last width that is not the output’s nodes, in the store, and keeps its widths', () => {
    const store = lab();
    expect(store.set('widths', [2, 5, 2])).toEqual({
      ok: false,
      message: 'An identity output has 1 node: the last width must be 1.',
    });
    store.set('output', 'sigmoid');
    expect(store.set('widths', [2, 5, 2])).toEqual({
      ok: false,
      message: 'A sigmoid output has 1 node: the last width must be 1.',
    });
    store.setMany({ data: 'xor', output: 'softmax' });
    expect(store.set('widths', [2, 5, 1])).toEqual({
      ok: false,
      message: 'A softmax output has 2 nodes, one per class: the last width must be 2.',
    });
    expect(widthsOf(store)).toEqual([2, 4, 3, 2]);
  });

  it('turns the last width into 2 for softmax and back into 1, keeping the hidden widths', () => {
    const store = lab();
    expect(store.set('widths', [2, 8, 5, 7, 1]).ok).toBe(true);
    expect(store.set('data', 'circles').ok).toBe(true);
    expect(store.set('output', 'softmax')).toEqual({ ok: true });
    expect(widthsOf(store)).toEqual([2, 8, 5, 7, 2]);
    expect(store.run.value.trace.widths).toEqual([2, 8, 5, 7, 2]);
    expect(store.set('output', 'sigmoid')).toEqual({ ok: true });
    expect(widthsOf(store)).toEqual([2, 8, 5, 7, 1]);
  });

  it('refuses softmax on the surface, and turns softmax into identity when the data become the surface', () => {
    const store = lab();
    expect(store.set('output', 'softmax')).toEqual({
      ok: false,
      message:
        'The surface’s target is a real number, not a class: its output is identity or sigmoid, as softmax gives class probabilities.',
    });
    store.setMany({ data: 'moons', output: 'softmax', widths: [2, 6, 2] });
    expect(store.set('data', 'surface')).toEqual({ ok: true });
    expect(store.settings.value['output']).toBe('identity');
    expect(widthsOf(store)).toEqual([2, 6, 1]);
  });
});

describe('the lab’s widths in a link', () => {
  it('writes 2-8-8-8-1, and a link with it restores the same network', () => {
    const store = lab();
    expect(store.set('widths', [2, 8, 8, 8, 1]).ok).toBe(true);
    const link = writeLink([store]);
    expect(new URLSearchParams(link).get('lab.widths')).toBe('2-8-8-8-1');
    const again = lab();
    expect(applyStoreLink(again, readStoreLinkFully(link, again))).toEqual([]);
    expect(widthsOf(again)).toEqual([2, 8, 8, 8, 1]);
    expect(again.run.value.trace.widths).toEqual([2, 8, 8, 8, 1]);
  });

  it('writes no widths when they are the output’s default, and reads a softmax link in any order', () => {
    const store = lab();
    store.setMany({ data: 'moons', output: 'softmax' });
    expect(widthsOf(store)).toEqual([2, 4, 3, 2]);
    expect(new URLSearchParams(writeLink([store])).has('lab.widths')).toBe(false);
    const again = lab();
    const link = '?lab.widths=2-3-2&lab.output=softmax&lab.data=spirals';
    expect(applyStoreLink(again, readStoreLinkFully(link, again))).toEqual([]);
    expect(widthsOf(again)).toEqual([2, 3, 2]);
  });

  it.each([
    ['a width of 999999', '2-999999-1'],
    ['200 dashes', '-'.repeat(200)],
    ['a hidden layer of 9', '2-9-1'],
    ['7 layers', '2-1-1-1-1-1-1'],
    ['letters', '2-a-1'],
    ['a first width of 3', '3-4-1'],
    ['nothing between dashes', '2--1'],
    ['a sign', '2-+4-1'],
  ])('sets aside %s and keeps the default network', (_name, text) => {
    const store = lab();
    const link = readStoreLinkFully(`?lab.widths=${encodeURIComponent(text)}`, store);
    expect(link.values).toEqual({});
    expect(link.problems).toHaveLength(1);
    expect(link.problems[0]).toMatch(/^layer widths: “.*” is not a value it can take\.$/);
    applyStoreLink(store, link);
    expect(widthsOf(store)).toEqual([2, 4, 3, 1]);
  });

  it('sets aside a name that is no activation, and refuses a link’s last width the output does not have', () => {
    const store = lab();
    const problems = applyStoreLink(
      store,
      readStoreLinkFully('?lab.act1=eval&lab.act2=constructor&lab.widths=2-4-2', store),
    );
    // What the link's text could not give comes first, then what the store refused.
    expect(problems).toEqual([
      'activation of hidden layer 1: “eval” is not a value it can take.',
      'activation of hidden layer 2: “constructor” is not a value it can take.',
      'layer widths: An identity output has 1 node: the last width must be 1.',
    ]);
    expect(store.settings.value['act1']).toBe('sigmoid');
    expect(widthsOf(store)).toEqual([2, 4, 3, 1]);
  });

  it('reads any text as nothing or as widths the lab takes, and reads back what it writes', () => {
    fc.assert(
      fc.property(fc.string({ maxLength: 40 }), (text) => {
        const value = labWidthsCodec.fromLink(text);
        if (value !== undefined) expect(labWidthsCodec.check(value, LABEL).ok).toBe(true);
      }),
    );
    fc.assert(
      fc.property(
        fc.array(fc.integer({ min: 1, max: 8 }), { maxLength: 4 }),
        fc.constantFrom(1, 2),
        (hidden, last) => {
          const widths = [2, ...hidden, last];
          expect(labWidthsCodec.fromLink(labWidthsCodec.toLink(widths))).toEqual(widths);
          expect(typed(labWidthsCodec.format(widths))).toEqual(widths);
        },
      ),
    );
  });
});
