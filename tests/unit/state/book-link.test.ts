import { describe, expect, it } from 'vitest';
import { linkNames, sharedLinkNotes } from '../../../src/state/book-link.ts';
import { networkKind } from '../../../src/components/network/network.kind.ts';
import { readStoreLinkFully, writeLink } from '../../../src/state/link.ts';
import { linkName, scopedStoreName } from '../../../src/state/scoped-names.ts';
import { createStore } from '../../../src/state/store.ts';

/** Two chapters' `network` stores as the whole book names them, as their chapters declare them. */
function bookStores() {
  return {
    forward: createStore(networkKind, 'forward-pass--network', {
      settable: ['sample', 'parameters'],
      values: { epochs: 1 },
    }),
    backprop: createStore(networkKind, 'backpropagation--network', {
      settable: ['sample', 'parameters', 'stepper'],
      values: { epochs: 2 },
    }),
  };
}

describe('store names on the whole book', () => {
  it.each([
    ['forward-pass', 'network', 'forward-pass--network'],
    ['backpropagation-example', 'check', 'backpropagation-example--check'],
  ])('%s’s %s is %s, which a link calls by its chapter’s name', (slug, name, scoped) => {
    expect(scopedStoreName(slug, name)).toBe(scoped);
    expect(linkName(scoped)).toBe(name);
  });

  it('leaves a chapter’s own store names as they are', () => {
    expect(linkName('network')).toBe('network');
    expect(linkName('rates')).toBe('rates');
  });

  it('reads back the chapter’s name even when the slug before the separator is empty', () => {
    // '--network': the separator at the very start still ends the (empty) slug.
    expect(linkName(scopedStoreName('', 'network'))).toBe('network');
  });

  it('lists each name a link may use once, in the page’s order', () => {
    expect(
      linkNames(['forward-pass--network', 'forward-pass--attempt', 'training-steps--network']),
    ).toEqual(['network', 'attempt']);
  });
});

describe('a chapter’s link read by the whole book', () => {
  it('reaches every chapter’s store of that name, each with what it lets a link set', () => {
    const { forward, backprop } = bookStores();
    const query = '?network.w14=0.77&network.x1=0.9&network.step=3&attempt.b4=1';
    expect(readStoreLinkFully(query, forward).values).toEqual({ w14: 0.77, x1: 0.9 });
    expect(readStoreLinkFully(query, backprop).values).toEqual({ w14: 0.77, x1: 0.9, step: 3 });
  });

  it('writes a store’s state under its chapter’s name, as the chapter would', () => {
    const { forward, backprop } = bookStores();
    const chapter = createStore(networkKind, 'network', { settable: ['sample', 'parameters'] });
    for (const store of [forward, backprop, chapter]) store.setMany({ w14: 0.77, x1: 0.9 });
    expect(writeLink([forward, backprop])).toBe('?network.x1=0.9&network.w14=0.77');
    expect(writeLink([forward, backprop])).toBe(writeLink([chapter]));
  });

  it('names a key or control no store of that name has, once, and not one another store uses', () => {
    const { forward, backprop } = bookStores();
    const query = '?network.w14=abc&network.step=3&network.zz=1&network.lock=stepper,training';
    const notes = [forward, backprop].flatMap((store) => [
      ...readStoreLinkFully(query, store).problems,
    ]);
    expect(sharedLinkNotes(notes, query, [forward, backprop])).toEqual([
      'λ1,4: “abc” is not a number.',
      '“network.zz” is ignored: no setting on this page that a link may change.',
      'network.lock: no control here is called “training”.',
    ]);
  });

  it('keeps a chapter’s notes as they are where one store has the name', () => {
    const { forward } = bookStores();
    const query = '?network.step=3';
    const notes = readStoreLinkFully(query, forward).problems;
    expect(notes).toEqual([
      '“network.step” is ignored: no setting on this page that a link may change.',
    ]);
    expect(sharedLinkNotes(notes, query, [forward])).toEqual(notes);
  });
});
