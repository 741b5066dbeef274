// @vitest-environment happy-dom
/**
 * The live numbers of a page: each element that names a quantity (`data-quantity`) shows its
 * store's value at its decimals (`data-digits`), is written only when that value changes, and is
 * left as the page built it until the store's settings first leave the start. The expected texts
 * are the pair kind's quantities (tests/unit/state/page-kind.ts) worked out by hand.
 */
import { afterEach, describe, expect, it } from 'vitest';
import { bindLiveNumbers, startLiveNumbers } from '../../../src/state/live-numbers.ts';
import { createStore } from '../../../src/state/store.ts';
import { pairKind } from './page-kind.ts';

/** A live number as the build writes one: `<mn data-…>text</mn>`, with `inner` as its content. */
function liveNumber(quantity: string, value: string, digits: string, inner: string): Element {
  const holder = document.createElement('mn');
  holder.setAttribute('data-quantity', quantity);
  holder.setAttribute('data-value', value);
  holder.setAttribute('data-digits', digits);
  holder.innerHTML = inner;
  document.body.append(holder);
  return holder;
}

/** Every change the page has had since `watch` was called. */
function watch(): () => MutationRecord[] {
  const observer = new MutationObserver(() => undefined);
  observer.observe(document.body, { subtree: true, characterData: true, attributes: true });
  return () => observer.takeRecords();
}

afterEach(() => document.body.replaceChildren());

describe('bindLiveNumbers', () => {
  it('writes a number whose value changed into its text and its data-value', () => {
    const store = createStore(pairKind().kind, 'pair');
    const half = liveNumber('half', '0.25', '2', '0.25');
    bindLiveNumbers([half], store);
    store.set('a', -3); // half = −3 / 2 = −1.5
    expect(half.textContent).toBe('−1.50');
    expect(half.getAttribute('data-value')).toBe('-1.5');
  });

  it('leaves the numbers as the page built them, and makes no run, until the settings leave the start', () => {
    const { kind, runs } = pairKind();
    const store = createStore(kind, 'pair');
    // A widget drew this at another state: the page shows it until the store moves.
    const half = liveNumber('half', '9.99', '3', '9.990');
    bindLiveNumbers([half], store);
    expect(half.textContent).toBe('9.990');
    expect(runs()).toBe(0);
    store.set('b', 1); // half stays 0.5 / 2 = 0.25, which the page did not show
    expect(half.textContent).toBe('0.250');
  });

  it('writes the starting numbers back when the store returns to its start', () => {
    const store = createStore(pairKind().kind, 'pair');
    const half = liveNumber('half', '0.25', '3', '0.250');
    bindLiveNumbers([half], store);
    store.set('a', 3);
    expect(half.textContent).toBe('1.500');
    store.reset();
    expect(store.settings.value).toBe(store.defaults);
    expect(half.textContent).toBe('0.250');
    expect(half.getAttribute('data-value')).toBe('0.25');
  });

  it('shows three decimals, the book’s default, where data-digits is no whole number', () => {
    const store = createStore(pairKind().kind, 'pair');
    const numbers = [liveNumber('a', '0.5', 'two', '0.5'), liveNumber('a', '0.5', '0', '1')];
    bindLiveNumbers(numbers, store);
    store.set('a', 2.25);
    expect(numbers.map((number) => number.textContent)).toEqual(['2.250', '2']);
  });

  it('writes into the text node the number had, rather than a new one', () => {
    const store = createStore(pairKind().kind, 'pair');
    const half = liveNumber('half', '0.25', '3', '0.250');
    const text = half.firstChild;
    bindLiveNumbers([half], store);
    store.set('a', 1);
    expect(half.firstChild).toBe(text);
    expect(half.childNodes).toHaveLength(1);
    expect(half.textContent).toBe('0.500');
  });

  it('turns a number drawn inside an element of its own into its text, unchanged until the store moves', () => {
    const store = createStore(pairKind().kind, 'pair');
    const half = liveNumber('half', '0.25', '3', '<span>0.250</span>');
    bindLiveNumbers([half], store);
    expect(half.innerHTML).toBe('0.250');
    store.set('a', 1);
    expect(half.innerHTML).toBe('0.500');
  });

  it('writes each quantity by its own key, and copies at other decimals at theirs', () => {
    const store = createStore(pairKind().kind, 'pair');
    const numbers = [
      liveNumber('half', '0.25', '1', '0.3'),
      liveNumber('a', '0.5', '1', '0.5'),
      liveNumber('half', '0.25', '3', '0.250'),
      liveNumber('half', '0.25', '1', '0.3'),
    ];
    bindLiveNumbers(numbers, store);
    store.set('a', 7); // half = 3.5
    expect(numbers.map((number) => number.textContent)).toEqual(['3.5', '7.0', '3.500', '3.5']);
  });

  it.each([
    ['value and text', '0.25', '0.250'],
    ['text alone', '1.5', '0.250'],
    ['value alone', '0.25', '1.500'],
  ])(
    'writes every copy of a number whose copies disagree (%s) at the first change',
    (_, value, text) => {
      const store = createStore(pairKind().kind, 'pair');
      // The first copy was drawn at a = 3 (half 1.5); the second differs from it.
      const numbers = [
        liveNumber('half', '1.5', '3', '1.500'),
        liveNumber('half', value, '3', text),
      ];
      bindLiveNumbers(numbers, store);
      store.set('a', 3);
      for (const number of numbers) {
        expect(number.textContent).toBe('1.500');
        expect(number.getAttribute('data-value')).toBe('1.5');
      }
    },
  );

  it('leaves a number the kind does not answer, or whose value is not finite, as it was', () => {
    const store = createStore(pairKind().kind, 'pair');
    const unnamed = document.createElement('mn');
    unnamed.textContent = '5';
    const numbers = [
      unnamed,
      liveNumber('nothing', '7', '0', '7'),
      liveNumber('inverse', '2', '3', '2.000'),
      liveNumber('half', '0.25', '3', '0.250'),
    ];
    bindLiveNumbers(numbers, store);
    store.set('a', 0); // 1 / 0 is infinite; half is 0
    expect(numbers.map((number) => number.textContent)).toEqual(['5', '7', '2.000', '0.000']);
    expect(numbers.map((number) => number.getAttribute('data-value'))).toEqual([
      null,
      '7',
      '2',
      '0',
    ]);
  });

  it('writes nothing when the value its copies agree on did not change', () => {
    const store = createStore(pairKind().kind, 'pair');
    // data-value "0.50" is the number 0.5: rewritten, it would read "0.5".
    const copies = [liveNumber('a', '0.50', '3', '0.500'), liveNumber('a', '0.50', '3', '0.500')];
    bindLiveNumbers(copies, store);
    const changes = watch();
    store.set('b', 2);
    expect(changes()).toEqual([]);
    expect(copies[1]!.getAttribute('data-value')).toBe('0.50');
    store.set('a', 3);
    store.set('b', 4); // a stays 3
    expect(changes().map((change) => change.type)).toEqual([
      'characterData',
      'attributes',
      'characterData',
      'attributes',
    ]);
  });

  it('rewrites only data-value when the rounded text stays the same', () => {
    const store = createStore(pairKind().kind, 'pair');
    const half = liveNumber('half', '0.25', '2', '0.25');
    bindLiveNumbers([half], store);
    store.set('a', 3); // 1.5, shown 1.50
    const changes = watch();
    store.set('a', 3.002); // 1.501, shown 1.50 again
    expect(changes().map((change) => change.type)).toEqual(['attributes']);
    expect(half.getAttribute('data-value')).toBe('1.501');
    store.set('a', 3); // 1.5 again: the text the numbers show is the last written
    expect(changes().map((change) => change.type)).toEqual(['attributes']);
    expect(half.textContent).toBe('1.50');
  });

  it('watches nothing for no numbers: a change reads no view for them', () => {
    const { kind, views } = pairKind();
    const store = createStore(kind, 'pair');
    bindLiveNumbers([], store);
    store.set('a', 2);
    expect(views()).toBe(0);
  });

  it('writes nothing more once stopped', () => {
    const store = createStore(pairKind().kind, 'pair');
    const half = liveNumber('half', '0.25', '3', '0.250');
    const stop = bindLiveNumbers([half], store);
    store.set('a', 1);
    stop();
    store.set('a', 2);
    expect(half.textContent).toBe('0.500');
  });
});

describe('startLiveNumbers', () => {
  it('keeps each equation’s numbers with the store they name, and stops them all', () => {
    const network = createStore(pairKind().kind, 'network');
    const attempt = createStore(pairKind().kind, 'attempt');
    document.body.innerHTML = `
      <span class="katex"><math>
        <mn data-store="network" data-quantity="a" data-value="0.5" data-digits="1">0.5</mn>
        <mn data-store="attempt" data-quantity="a" data-value="0.5" data-digits="1">0.5</mn>
        <mn data-quantity="a" data-value="0.5" data-digits="1">0.5</mn>
      </math></span>
      <span data-store="network" data-quantity="a" data-value="0.5" data-digits="1">0.5</span>`;
    const shown = () =>
      Array.from(document.querySelectorAll('[data-quantity]'), (n) => n.textContent);
    const stop = startLiveNumbers(document, [network, attempt]);
    network.set('a', 2);
    expect(shown()).toEqual(['2.0', '0.5', '0.5', '0.5']);
    attempt.set('a', -1);
    expect(shown()).toEqual(['2.0', '−1.0', '0.5', '0.5']);
    stop();
    network.set('a', 3);
    attempt.set('a', 4);
    expect(shown()).toEqual(['2.0', '−1.0', '0.5', '0.5']);
  });
});
