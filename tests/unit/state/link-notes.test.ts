/**
 * What a link's reading says to the reader: each value the limits moved, from → to; each value
 * refused, and why; each key ignored. The limits come from the chapter's page (inputs between −10
 * and 10), the sentences from the notice's wording; a locked control's refusal quotes the value in
 * force; η on the dashboard follows one rule however it is set.
 */
import { describe, expect, it } from 'vitest';
import {
  boolean,
  integer,
  number,
  oneOf,
  readLinkValue,
  vector,
  type Codec,
} from '../../../src/state/codecs.ts';
import { networkKind } from '../../../src/components/network/network.kind.ts';
import { readStoreLinkFully } from '../../../src/state/link.ts';
import { applyStoreLink } from '../../../src/state/page-stores.ts';
import { createStore } from '../../../src/state/store.ts';
import { trainByHand } from '../../../src/engine/index.ts';

describe('reading one value of a link', () => {
  const input = number({ min: -10, max: 10 });
  const epochs = integer({ min: 1, max: 5000 });

  it('reports a number the limits moved, above or below them', () => {
    expect(readLinkValue(input, '99')).toEqual({ ok: true, value: 10, clamped: true });
    expect(readLinkValue(input, '-1e3')).toEqual({ ok: true, value: -10, clamped: true });
    expect(readLinkValue(epochs, '99999')).toEqual({ ok: true, value: 5000, clamped: true });
  });

  it('reports nothing for a number within the limits, however it is written', () => {
    expect(readLinkValue(input, '0.30')).toEqual({ ok: true, value: 0.3, clamped: false });
    expect(readLinkValue(input, '10')).toEqual({ ok: true, value: 10, clamped: false });
  });

  it('says a name, a switch or a list cannot take text that is none of its values', () => {
    const choice = oneOf({ relu: 'ReLU', tanh: 'tanh' });
    const list = vector(integer({ min: 1, max: 10 }), { minLength: 2, maxLength: 3 });
    const reason = 'is not a value it can take';
    expect(readLinkValue(choice, 'sigmoid')).toEqual({ ok: false, reason });
    expect(readLinkValue(boolean(), '2')).toEqual({ ok: false, reason });
    expect(readLinkValue(list, '1_x')).toEqual({ ok: false, reason });
    // A list entry moved up to its least counts as moved, as a number does.
    expect(readLinkValue(list, '0_2')).toEqual({ ok: true, value: [1, 2], clamped: true });
  });

  it('reports nothing as moved when a codec reads the text otherwise than entry by link number', () => {
    // Codecs of the contract's shape, but not the book's: a sum of the parts, and hexadecimal
    // entries. Their numbers differ from the parts' as link numbers, yet no limit moved them.
    const sum: Codec<number> = {
      ...input,
      fromLink: (text) => text.split('_').reduce((total, part) => total + Number(part), 0),
    };
    expect(readLinkValue(sum, '1_2')).toEqual({ ok: true, value: 3, clamped: false });
    const hex: Codec<readonly number[]> = {
      ...vector(input, { minLength: 2, maxLength: 2 }),
      fromLink: (text) => text.split('_').map((part) => Number(part)),
    };
    // "0x10" is 16, but no link number: the first entry is not compared; the second is unmoved.
    expect(readLinkValue(hex, '0x10_5')).toEqual({ ok: true, value: [16, 5], clamped: false });
  });

  it('says why text is no number', () => {
    expect(readLinkValue(input, 'abc')).toEqual({ ok: false, reason: 'is not a number' });
    expect(readLinkValue(input, '1e999')).toEqual({ ok: false, reason: 'is not a number' });
    expect(readLinkValue(epochs, '2.5')).toEqual({ ok: false, reason: 'is not a whole number' });
    expect(readLinkValue(input, '1'.repeat(30))).toEqual({ ok: false, reason: 'is not a number' });
  });
});

describe('the notes on the forward pass’s link', () => {
  it('names the clamped x1 (99 → 10), the refused λ1,4 and the ignored key, in the link’s order', () => {
    const store = createStore(networkKind, 'network', { settable: ['sample', 'parameters'] });
    const link = readStoreLinkFully('?network.x1=99&network.w14=abc&network.zz=1', store);
    expect(link.values).toEqual({ x1: 10 });
    expect(link.problems).toEqual([
      'x1: 99 → 10, the nearest value it can take.',
      'λ1,4: “abc” is not a number.',
      '“network.zz” is ignored: no setting on this page that a link may change.',
    ]);
  });

  it('names a value moved up to its least, from → to', () => {
    const store = createStore(networkKind, 'network', { settable: ['sample'] });
    expect(readStoreLinkFully('?network.x2=-25', store).problems).toEqual([
      'x2: -25 → -10, the nearest value it can take.',
    ]);
  });

  it('says nothing about a link used as given', () => {
    const store = createStore(networkKind, 'network', { settable: ['sample'] });
    expect(readStoreLinkFully('?network.x1=0.25', store).problems).toEqual([]);
  });
});

describe('a locked setting', () => {
  it('refuses a change with the value the link fixed, not the chapter’s starting one', () => {
    const store = createStore(networkKind, 'network', { settable: ['parameters'] });
    const start = store.defaults['w14'];
    expect(start).not.toBe(0.3);
    applyStoreLink(store, readStoreLinkFully('?network.lock=w14,w24&network.w14=0.3', store));
    expect(store.set('w14', 0.5)).toEqual({
      ok: false,
      message: 'λ1,4 is fixed at 0.300 by the link that opened this page.',
    });
    expect(store.settings.value['w14']).toBe(0.3);
  });
});

describe('η on the dashboard: one rule, however it is set', () => {
  // The engine's by-hand training of the chapter's example: η = 5 diverges before epoch 1,000.
  const recorded = trainByHand({ learningRate: 5 }).epochs.length;

  it('accepts η = 5 at any epoch on view and shows the last epoch it recorded, with a note', () => {
    expect(recorded).toBeLessThan(1000);
    for (const onView of [0, recorded - 1, recorded + 40, 999]) {
      const store = createStore(networkKind, 'dashboard');
      expect(store.set('epochOnView', onView).ok).toBe(true);
      expect(store.set('learningRate', 5)).toEqual({ ok: true });
      expect(store.settings.value['epochOnView']).toBe(Math.min(onView, recorded - 1));
      expect(store.note.value).toBe(
        `Training stops at epoch ${recorded}: from there on its numbers are no longer finite.`,
      );
    }
  });

  it('accepts η = 5 from a link as from a control, and refuses an epoch on view past the run', () => {
    const store = createStore(networkKind, 'dashboard');
    const problems = applyStoreLink(
      store,
      readStoreLinkFully('?dashboard.learningRate=5&dashboard.epochOnView=999', store),
    );
    expect(store.settings.value['learningRate']).toBe(5);
    expect(problems).toEqual([
      `epoch: With epoch = 999 training stops at epoch ${recorded}, where its numbers are no longer finite.`,
    ]);
    expect(store.set('epochOnView', recorded).ok).toBe(false);
    expect(store.set('epochOnView', recorded - 1).ok).toBe(true);
  });
});

describe('reading a value that is no number', () => {
  it('reports nothing moved for a name, a switch or a list used as given', () => {
    const choice = oneOf({ relu: 'ReLU', sigmoid: 'sigmoid' });
    expect(readLinkValue(choice, 'relu')).toEqual({ ok: true, value: 'relu', clamped: false });
    expect(readLinkValue(boolean(), '1')).toEqual({ ok: true, value: true, clamped: false });
    const list = vector(number({ min: -10, max: 10 }), { minLength: 2, maxLength: 3 });
    expect(readLinkValue(list, '1_2')).toEqual({ ok: true, value: [1, 2], clamped: false });
    expect(readLinkValue(list, '1_20')).toEqual({ ok: true, value: [1, 10], clamped: true });
  });
});
