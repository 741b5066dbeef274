/**
 * Keeps the numbers inside build-time equations in step with the store.
 *
 * KaTeX ran at build time, so the browser has no math code: each live number is an element with
 * `data-quantity` (which number), `data-value` (its full precision) and `data-digits` (how many
 * decimals it shows). On every change this rewrites only the text of those elements, both the
 * visible HTML and the MathML that screen readers read.
 */
import { effect } from '@preact/signals';
import { view } from './by-hand-store.ts';
import { DEFAULT_DIGITS, formatNumber } from './format.ts';
import { readQuantity } from './quantities.ts';

interface LiveNumber {
  key: string;
  digits: number;
  /** The element whose text is the number: KaTeX's innermost text span, or the MathML <mtext>. */
  textElement: Element;
  /** The element that carries the data attributes. */
  holder: Element;
}

function findLiveNumbers(root: ParentNode): LiveNumber[] {
  return Array.from(root.querySelectorAll('.katex [data-quantity]'), (holder) => {
    const digits = Number(holder.getAttribute('data-digits'));
    return {
      key: holder.getAttribute('data-quantity') ?? '',
      digits: Number.isInteger(digits) ? digits : DEFAULT_DIGITS,
      textElement: holder.querySelector('.textrm') ?? holder,
      holder,
    };
  });
}

/** Starts updating every live number under `root`; returns a function that stops it. */
export function startLiveNumbers(root: ParentNode = document): () => void {
  const numbers = findLiveNumbers(root);
  if (numbers.length === 0) return () => undefined;
  return effect(() => {
    const current = view.value;
    for (const number of numbers) {
      const value = readQuantity(number.key, current);
      if (value === undefined || !Number.isFinite(value)) continue;
      const text = formatNumber(value, number.digits);
      if (number.textElement.textContent !== text) number.textElement.textContent = text;
      const full = String(value);
      if (number.holder.getAttribute('data-value') !== full) {
        number.holder.setAttribute('data-value', full);
      }
    }
  });
}
