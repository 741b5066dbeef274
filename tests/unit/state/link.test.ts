import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { initByHand } from '../../../src/engine/index.ts';
import { networkKind } from '../../../src/components/network/network.kind.ts';
import { MAX_QUERY_LENGTH, readStoreLink, writeLink } from '../../../src/state/link.ts';
import { createStore } from '../../../src/state/store.ts';

/** The forward-pass page's two stores: the network (sample and parameters) and a copy. */
function pageStores() {
  return {
    network: createStore(networkKind, 'network', {
      settable: ['sample', 'parameters'],
      values: { epochs: 1 },
    }),
    attempt: createStore(networkKind, 'attempt', {
      settable: ['parameters'],
      values: { epochs: 1 },
    }),
  };
}

describe('readStoreLink', () => {
  it.each([
    ['?network.w14=0.25&network.x1=-0.5', { w14: 0.25, x1: -0.5 }],
    ['?network.b4=99', { b4: 10 }],
    ['?network.b4=-1e3', { b4: -10 }],
    ['?network.w14=abc&network.x1=&network.y=NaN&network.b5=Infinity&network.b6=1e999', {}],
    ['?network.w14=0x10&network.w24=1_000&network.w34=%201', {}],
    ['?network.__proto__=1&network.constructor=2&__proto__.w14=1', {}],
    ['?network.w14=0.1&network.w14=0.9', { w14: 0.1 }],
    [`?network.w14=${'1'.repeat(30)}`, {}],
    // The old, unprefixed keys and other stores' keys are not this store's.
    ['?w14=0.5&attempt.w14=0.5&networkw14=0.5', {}],
    // Settings the page does not let readers change are not read from a link either.
    ['?network.learningRate=5&network.epochs=10&network.seed=7', {}],
  ])('reads %s as %j for the network store', (query, expected) => {
    expect(readStoreLink(query, pageStores().network)).toEqual(expected);
  });

  it('ignores a query longer than the cap entirely', () => {
    const query = `?network.w14=0.5&pad=${'x'.repeat(MAX_QUERY_LENGTH)}`;
    expect(readStoreLink(query, pageStores().network)).toEqual({});
  });

  it('never gives a value that is not settable, finite and within its limits, whatever the query', () => {
    const { network } = pageStores();
    const keys = [
      'network.w14',
      'network.x1',
      'network.learningRate',
      'attempt.b4',
      'network.__proto__',
    ];
    fc.assert(
      fc.property(
        fc.array(
          fc.tuple(fc.oneof(fc.constantFrom(...keys), fc.string()), fc.string({ maxLength: 40 })),
        ),
        (pairs) => {
          const query = `?${pairs.map(([key, value]) => `${encodeURIComponent(key)}=${encodeURIComponent(value)}`).join('&')}`;
          const values = readStoreLink(query, network);
          for (const [key, value] of Object.entries(values)) {
            expect(network.settable).toContain(key);
            expect(typeof value).toBe('number');
            expect(Number.isFinite(value)).toBe(true);
            expect(Math.abs(value as number)).toBeLessThanOrEqual(10);
          }
          // Applying it never throws and never leaves the store in a state it refuses.
          network.setMany(values);
          expect(Number.isFinite(network.quantity('O6').value)).toBe(true);
          network.reset();
        },
      ),
    );
  });
});

describe('writeLink', () => {
  it('writes nothing for stores at their starting values', () => {
    const { network, attempt } = pageStores();
    expect(writeLink([network, attempt])).toBe('');
  });

  it('writes only what differs, under each store’s name, in the kind’s order', () => {
    const { network, attempt } = pageStores();
    network.set('w14', 0.123456789);
    network.set('y', 0.8);
    attempt.set('b6', -0.5);
    expect(writeLink([network, attempt])).toBe(
      '?network.y=0.8&network.w14=0.123457&attempt.b6=-0.5',
    );
  });

  it('writes a seed and only the weights that differ from its draws', () => {
    const store = createStore(networkKind, 'net');
    store.set('seed', 7);
    store.set('w56', 0.5);
    expect(writeLink([store])).toBe('?net.seed=7&net.w56=0.5');
    const copy = createStore(networkKind, 'net');
    copy.setMany(readStoreLink(writeLink([store]), copy));
    expect(copy.settings.value['w14']).toBe(initByHand(7).w14);
    expect(copy.settings.value['w56']).toBe(0.5);
  });

  it('holds a training store’s epoch on view, decay, epochs, seed and optimizer', () => {
    const store = createStore(networkKind, 'training');
    for (const [key, value] of [
      ['epochs', 300],
      ['epochOnView', 120],
      ['decay', 0.01],
      ['seed', 7],
      ['optimizer', 'adam'],
      ['learningRate', 0.05],
    ] as const) {
      expect(store.set(key, value), key).toEqual({ ok: true });
    }
    const link = writeLink([store]);
    expect(link).toBe(
      '?training.seed=7&training.learningRate=0.05&training.decay=0.01&training.optimizer=adam' +
        '&training.epochs=300&training.epochOnView=120',
    );
    const copy = createStore(networkKind, 'training');
    copy.setMany(readStoreLink(link, copy));
    expect(copy.settings.value).toEqual(store.settings.value);
    // The view is the same row of the same run.
    expect(copy.quantity('O6').value).toBe(store.quantity('O6').value);
    expect(networkKind.read(copy.view.value, 'epoch')).toBe(120);
  });

  it('round-trips any state of the settable settings through the reader', () => {
    fc.assert(
      fc.property(
        fc.record({
          x1: fc.double({ min: -10, max: 10, noNaN: true }),
          w14: fc.double({ min: -10, max: 10, noNaN: true }),
          b6: fc.double({ min: -10, max: 10, noNaN: true }),
        }),
        (values) => {
          const { network } = pageStores();
          network.setMany(values);
          const link = writeLink([network]);
          const copy = pageStores().network;
          copy.setMany(readStoreLink(link, copy));
          expect(writeLink([copy])).toBe(link);
        },
      ),
      { numRuns: 50 },
    );
  });
});
