/**
 * Build-time plugin, after KaTeX. KaTeX writes each equation once, as MathML (see
 * katex-options.ts), which both the eye and screen readers read. This plugin:
 *
 * - puts each live number's `data-store`, `data-quantity`, `data-value` and `data-digits` on the
 *   MathML <mtext> whose text is the number, so the page can update it in place. KaTeX's
 *   \htmlData reaches only its HTML output, which the book no longer asks for, so the attributes
 *   are read back from the TeX source KaTeX keeps in the equation's annotation: the n-th
 *   \htmlData{…}{\textrm{text}} of the source is the n-th <mtext> with that text;
 * - writes a number KaTeX set as text (a live number's \textrm, a \fact's \text) as <mn>, a
 *   number: MathML Core takes <mtext> for space, so in `= <mtext>…</mtext>` the equals sign would
 *   count as its row's only operator and lose the space around it;
 * - sets a prime (KaTeX's `^{\prime}`) after its base, not as a superscript: a MATH font's prime
 *   is already raised and small, and raised again it floats above the letter;
 * - wraps a display equation in `<span class="katex-display">`, the box the book's styles scroll,
 *   keep off screen until needed and keep whole on paper, with the room to keep for it while it
 *   is off screen (`data-height`, equation-height.ts);
 * - drops the TeX source KaTeX keeps beside the MathML (once the live numbers are read from it), so
 *   the page carries each formula once, as it is read, and a search quotes it so.
 */
import type { Element, ElementContent, Root } from 'hast';
import { heightStep } from './equation-height.ts';

/** A live number in TeX, as remark-live-numbers writes it. */
const LIVE_TEX = /\\htmlData\{([^{}]*)\}\{\\textrm\{([^{}]*)\}\}/g;

/** The attributes \htmlData may carry, by their name in TeX. */
const ATTRIBUTES: Readonly<Record<string, string>> = {
  store: 'dataStore',
  quantity: 'dataQuantity',
  value: 'dataValue',
  digits: 'dataDigits',
};

function classes(node: Element): string[] {
  const value = node.properties['className'];
  return Array.isArray(value) ? value.map(String) : [];
}

function textOf(node: ElementContent): string {
  if (node.type === 'text') return node.value;
  if (node.type === 'element') return node.children.map(textOf).join('');
  return '';
}

function collect(node: Element, test: (element: Element) => boolean, into: Element[]): Element[] {
  if (test(node)) into.push(node);
  for (const child of node.children) if (child.type === 'element') collect(child, test, into);
  return into;
}

/** The live numbers of a TeX source, in order: their attributes and their text. */
export function liveNumbersInTex(
  tex: string,
): { attributes: Record<string, string>; text: string }[] {
  return Array.from(tex.matchAll(LIVE_TEX), ([, pairs, text]) => {
    const attributes: Record<string, string> = {};
    for (const pair of pairs!.split(',')) {
      const [name, value] = pair.split('=').map((part) => part.trim());
      const property = ATTRIBUTES[name ?? ''];
      if (property && value !== undefined) attributes[property] = value;
    }
    return { attributes, text: text! };
  });
}

/** Text that is a number, with the typographic minus sign or a hyphen. */
const NUMBER = /^[\u2212-]?\d[\d,]*(\.\d+)?$/;

/** The text of a prime, double prime or triple prime. */
const PRIMES = /^[\u2032\u2033\u2034]$/;

/** Numbers set as text become <mn>; primes set as superscripts follow their base. */
function retypeNumbersAndPrimes(node: Element): void {
  for (const child of node.children) if (child.type === 'element') retypeNumbersAndPrimes(child);
  if (node.tagName === 'mtext' && NUMBER.test(textOf(node))) node.tagName = 'mn';
  const [, script] = node.children.filter((child) => child.type === 'element');
  if (node.tagName === 'msup' && script?.tagName === 'mo' && PRIMES.test(textOf(script))) {
    node.tagName = 'mrow';
  }
}

/** Puts each live number of an equation's source on its <mtext>. */
function tagEquation(katex: Element): void {
  const annotations = collect(katex, (e) => e.tagName === 'annotation', []);
  const live = liveNumbersInTex(annotations.map(textOf).join(''));
  if (live.length === 0) return;
  const mtexts = collect(katex, (e) => e.tagName === 'mtext', []);
  let next = 0;
  for (const { attributes, text } of live) {
    while (next < mtexts.length && textOf(mtexts[next]!) !== text) next++;
    const target = mtexts[next++];
    if (!target) {
      throw new Error(`live number ${attributes['dataQuantity'] ?? text} has no <mtext>`);
    }
    Object.assign(target.properties, attributes);
  }
}

/**
 * Leaves the formula alone in its <math>: KaTeX wraps it in <semantics> with its TeX source in an
 * <annotation>, which no reader sees or hears, and names the MathML namespace, which an HTML page
 * gives <math> by itself. Together a tenth of a chapter's HTML, two elements per formula.
 */
function dropSource(katex: Element): void {
  for (const math of katex.children) {
    if (math.type !== 'element' || math.tagName !== 'math') continue;
    delete math.properties['xmlns'];
    math.children = math.children.flatMap((child) =>
      child.type === 'element' && child.tagName === 'semantics'
        ? child.children.filter((part) => part.type !== 'element' || part.tagName !== 'annotation')
        : [child],
    );
  }
}

/** Everything this plugin does to one equation. */
function finishEquation(katex: Element): void {
  tagEquation(katex);
  dropSource(katex);
  retypeNumbersAndPrimes(katex);
}

/** A display equation's MathML (a block), or nothing for an equation in the text. */
function displayMath(katex: Element): Element | undefined {
  return katex.children.find(
    (child): child is Element =>
      child.type === 'element' && child.properties['display'] === 'block',
  );
}

/** A node that may hold others: an element, the root, or an MDX component such as <SourceNote>. */
interface Parent {
  type: string;
  children?: unknown[];
}

function walk(node: Parent): void {
  const children = (node.children ?? []) as Parent[];
  children.forEach((child, index) => {
    if (child.type === 'element' && classes(child as Element).includes('katex')) {
      const katex = child as Element;
      finishEquation(katex);
      const math = displayMath(katex);
      if (math) {
        const box: Element = {
          type: 'element',
          tagName: 'span',
          properties: { className: ['katex-display'], dataHeight: heightStep(math) },
          children: [katex],
        };
        children[index] = box;
      }
    } else walk(child);
  });
}

/** The rehype plugin. */
export function rehypeLiveMathml() {
  return (tree: Root) => walk(tree);
}
