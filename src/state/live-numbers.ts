/**
 * Keeps the live numbers of a page in step with their stores: those inside build-time equations
 * and those a widget drew. A live number is an element with `data-quantity` (which number),
 * `data-value` (its full precision) and `data-digits` (how many decimals it shows); numbers in
 * equations also say whose they are (`data-store`), and are MathML numbers (<mn>), which the eye
 * and screen readers read alike.
 *
 * One effect per store and group of numbers: on each change it reads each number's value from the
 * store's view and writes the text node and `data-value` of only those whose value changed. It
 * reads nothing back from the page. (One effect for many numbers, rather than one each, keeps a
 * slider step cheap: the signal graph is what such a step mostly costs.)
 */
import { effect } from '@preact/signals';
import { DEFAULT_DIGITS, formatNumber } from './format.ts';
import type { Store } from './store.ts';

interface LiveNumber {
  key: string;
  digits: number;
  /** The text node of the number: the element's own text. */
  text: Text;
  /** The element that carries the data attributes. */
  holder: Element;
}

/** The copies of one quantity at one number of decimals, and what they show now. */
interface LiveGroup {
  key: string;
  digits: number;
  copies: LiveNumber[];
  /** The value they show (as rendered, until the first change) and its text. */
  value: number;
  text: string;
}

/** Reads what a live-number element says about itself, ready to be written to. */
function liveNumberOf(holder: Element): LiveNumber {
  const digits = Number(holder.getAttribute('data-digits'));
  // Writing a text node's data changes that node alone; setting textContent would replace it.
  // Stryker disable next-line StringLiteral: an element's textContent is never null
  if (!(holder.firstChild instanceof Text)) holder.replaceChildren(holder.textContent ?? '');
  return {
    key: holder.getAttribute('data-quantity') ?? '',
    digits: Number.isInteger(digits) ? digits : DEFAULT_DIGITS,
    text: holder.firstChild as Text,
    holder,
  };
}

/** Live numbers grouped by quantity and decimals: each group's value and text are made once. */
function groupLiveNumbers(numbers: LiveNumber[]): LiveGroup[] {
  const groups = new Map<string, LiveGroup>();
  for (const number of numbers) {
    const id = `${number.key} ${number.digits}`;
    let group = groups.get(id);
    if (!group) {
      group = {
        key: number.key,
        digits: number.digits,
        copies: [],
        value: Number(number.holder.getAttribute('data-value')),
        text: number.text.data,
      };
      groups.set(id, group);
    } else if (
      Number(number.holder.getAttribute('data-value')) !== group.value ||
      number.text.data !== group.text
    ) {
      // Copies that disagree (one drawn after a redraw, from the starting view): write them all.
      group.value = Number.NaN;
      // Stryker disable next-line StringLiteral: after NaN the next change writes every copy; no text it formats is either string
      group.text = '';
    }
    group.copies.push(number);
  }
  return [...groups.values()];
}

/**
 * Keeps these live-number elements showing `store`'s values, from now on (a number that differs
 * is written at once); returns a function that stops.
 */
export function bindLiveNumbers(holders: Iterable<Element>, store: Store): () => void {
  const groups = groupLiveNumbers(Array.from(holders, liveNumberOf));
  if (groups.length === 0) return () => undefined;
  // The numbers show the starting settings' values as the page was built (or as a widget drew
  // them): until the settings first leave those, there is nothing to write and no run to read.
  let asBuilt = true;
  return effect(() => {
    if (asBuilt && store.settings.value === store.defaults) return;
    asBuilt = false;
    const view = store.view.value;
    for (const group of groups) {
      const value = store.kind.read(view, group.key);
      if (value === undefined || value === group.value || !Number.isFinite(value)) continue;
      group.value = value;
      const text = formatNumber(value, group.digits);
      const full = String(value);
      // A number whose rounded text stays the same keeps its text node untouched.
      const textChanged = text !== group.text;
      group.text = text;
      for (const copy of group.copies) {
        if (textChanged) copy.text.data = text;
        copy.holder.setAttribute('data-value', full);
      }
    }
  });
}

/** Starts updating the live numbers in the equations under `root`; returns a function that stops. */
export function startLiveNumbers(root: ParentNode, stores: readonly Store[]): () => void {
  const holders = Array.from(root.querySelectorAll('.katex [data-quantity][data-store]'));
  const stops = stores.map((store) =>
    bindLiveNumbers(
      holders.filter((holder) => holder.getAttribute('data-store') === store.name),
      store,
    ),
  );
  return () => stops.forEach((stop) => stop());
}
