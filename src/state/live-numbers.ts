/**
 * Keeps the numbers inside build-time equations in step with their stores.
 *
 * KaTeX ran at build time, so the browser has no math code: each live number is an element with
 * `data-store` (whose number), `data-quantity` (which number), `data-value` (its full precision)
 * and `data-digits` (how many decimals it shows), in the visible HTML and again in the MathML
 * that screen readers read. On each change of a store this writes only the numbers whose value
 * changed, and reads nothing back from the page.
 */
import { effect } from '@preact/signals';
import { DEFAULT_DIGITS, formatNumber } from './format.ts';
import type { Store } from './store.ts';

interface LiveNumber {
  key: string;
  digits: number;
  /** The text node of the number: in KaTeX's innermost text span, or in the MathML <mtext>. */
  text: Text;
  /** The element that carries the data attributes. */
  holder: Element;
  /** The value the element shows now (the build's, until the first change). */
  shown: number;
}

function findLiveNumbers(root: ParentNode): Map<string, LiveNumber[]> {
  const byStore = new Map<string, LiveNumber[]>();
  for (const holder of root.querySelectorAll('.katex [data-quantity][data-store]')) {
    const digits = Number(holder.getAttribute('data-digits'));
    const store = holder.getAttribute('data-store') ?? '';
    const list = byStore.get(store) ?? [];
    const element = holder.querySelector('.textrm') ?? holder;
    // Writing a text node's data changes that node alone; setting textContent would replace it.
    if (!(element.firstChild instanceof Text)) element.replaceChildren(element.textContent ?? '');
    list.push({
      key: holder.getAttribute('data-quantity') ?? '',
      digits: Number.isInteger(digits) ? digits : DEFAULT_DIGITS,
      text: element.firstChild as Text,
      holder,
      shown: Number(holder.getAttribute('data-value')),
    });
    byStore.set(store, list);
  }
  return byStore;
}

/** Starts updating the live numbers under `root` from these stores; returns a function that stops. */
export function startLiveNumbers(root: ParentNode, stores: readonly Store[]): () => void {
  const numbers = findLiveNumbers(root);
  const stops = stores.flatMap((store) => {
    const mine = numbers.get(store.name);
    if (!mine) return [];
    return [
      effect(() => {
        const view = store.view.value;
        for (const number of mine) {
          const value = store.kind.read(view, number.key);
          if (value === undefined || value === number.shown || !Number.isFinite(value)) continue;
          number.shown = value;
          number.text.data = formatNumber(value, number.digits);
          number.holder.setAttribute('data-value', String(value));
        }
      }),
    ];
  });
  return () => stops.forEach((stop) => stop());
}
