/**
 * A store's state as a file (docs/architecture.md, "Files"): JSON with `format`, `version`, `page`,
 * `kind`, the changed settings as link text and any preset; read back through the link's reader,
 * with a file's own checks: at most 64 kB, JSON, this book's format, the same kind of widget.
 * (tests/unit/state/link-presets.test.ts opens a saved dashboard again and refuses other files.)
 */
import { describe, expect, it } from 'vitest';
import { readStateFile, stateFileName, stateFileOf } from '../../../src/state/state-file.ts';
import { createStore } from '../../../src/state/store.ts';
import { pairKind } from './page-kind.ts';

const FORMAT = 'neural-networks-by-hand/state';
const pair = (name = 'network') => createStore(pairKind().kind, name);

/** A state file of the pair kind with these fields besides. */
const file = (fields: Record<string, unknown>) =>
  JSON.stringify({ format: FORMAT, kind: 'pair', ...fields });

describe('stateFileOf', () => {
  it('writes the format, version 1, the page, the kind and the changed settings as link text, two spaces deep', () => {
    const store = pair();
    store.set('b', -2.5);
    const text = stateFileOf(store, '/forward-pass/');
    expect(text).toBe(
      '{\n  "format": "neural-networks-by-hand/state",\n  "version": 1,\n' +
        '  "page": "/forward-pass/",\n  "kind": "pair",\n  "settings": {\n    "b": "-2.5"\n  }\n}\n',
    );
  });

  it('writes the preset’s fixed and hidden keys when it has them, each list only then', () => {
    const store = pair();
    store.restrict(['a'], []);
    expect(JSON.parse(stateFileOf(store, '/p/'))).toMatchObject({ lock: ['a'] });
    expect(JSON.parse(stateFileOf(store, '/p/'))).not.toHaveProperty('hide');
    store.restrict([], ['b']);
    expect(JSON.parse(stateFileOf(store, '/p/'))).toMatchObject({ hide: ['b'] });
    expect(JSON.parse(stateFileOf(store, '/p/'))).not.toHaveProperty('lock');
  });
});

describe('stateFileName', () => {
  it.each([
    ['/training-dashboard/', 'training-dashboard-network-state.json'],
    ['/book/Chapter 2: the forward pass!/', 'book-Chapter-2-the-forward-pass-network-state.json'],
    ['--a--', 'a-network-state.json'],
    ['/', 'book-network-state.json'],
    ['', 'book-network-state.json'],
  ])('names the state of the page %j %s', (page, name) => {
    expect(stateFileName(pair(), page)).toBe(name);
  });
});

describe('readStateFile', () => {
  it('reads a file of exactly 64 kB, and refuses one a character longer', () => {
    const padded = (length: number) => {
      const text = file({ settings: { a: '2' } });
      return `${text}${' '.repeat(length - text.length)}`;
    };
    const read = readStateFile(padded(64 * 1024), pair());
    expect('error' in read ? read.error : read.values).toEqual({ a: 2 });
    expect(readStateFile(padded(64 * 1024 + 1), pair())).toEqual({
      error: 'This file is too large to be a saved state.',
    });
  });

  it.each([
    ['null', 'null'],
    ['a number', '5'],
    ['text', '"neural-networks-by-hand/state"'],
  ])('refuses JSON that is %s as no saved state', (_, text) => {
    expect(readStateFile(text, pair())).toEqual({ error: 'This file is not a saved state.' });
  });

  it('reads the settings as a link gives them, text and numbers alike, under the store’s name', () => {
    const read = readStateFile(file({ settings: { a: '-3', b: 4, c: '1' } }), pair('attempt'));
    if ('error' in read) throw new Error(read.error);
    expect(read.values).toEqual({ a: -3, b: 4 });
    expect(read.problems).toHaveLength(1);
    expect(read.problems[0]).toContain('attempt.c');
  });

  it('passes over a setting that is neither text nor a number, as no link could give it', () => {
    const read = readStateFile(file({ settings: { a: { value: 1 }, b: true } }), pair());
    if ('error' in read) throw new Error(read.error);
    expect([read.values, read.problems]).toEqual([{}, []]);
  });

  it('reads a book’s store by the name a link gives it', () => {
    const read = readStateFile(file({ settings: { a: '1' } }), pair('forward-pass--network'));
    expect('error' in read ? read.error : read.values).toEqual({ a: 1 });
  });

  it.each([
    ['a list', ['a', '1']],
    ['a text', 'a=1'],
    ['nothing', null],
  ])('reads no settings from settings that are %s', (_, settings) => {
    const read = readStateFile(file({ settings, lock: ['a'] }), pair());
    if ('error' in read) throw new Error(read.error);
    expect(read.values).toEqual({});
    expect(read.lock).toEqual(['a']);
    expect(read.problems).toEqual([]);
  });

  it('reads the keys a file fixes and hides, leaving out what is no key’s name', () => {
    const lists = { lock: ['a', 7, null, 'b'], hide: ['b', { key: 'a' }, 'a'] };
    const read = readStateFile(file({ settings: {}, ...lists }), pair());
    if ('error' in read) throw new Error(read.error);
    expect([read.lock, read.hide]).toEqual([
      ['a', 'b'],
      ['b', 'a'],
    ]);
  });

  it('reads no preset from lists that are not lists, or hold no names', () => {
    const read = readStateFile(file({ settings: {}, lock: 'a', hide: [1, 2] }), pair());
    if ('error' in read) throw new Error(read.error);
    expect([read.lock, read.hide, read.problems]).toEqual([[], [], []]);
  });
});
