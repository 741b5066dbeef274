/**
 * Build-time plugin, after KaTeX. KaTeX writes every equation twice: HTML for the eye and MathML
 * for screen readers. This plugin:
 *
 * - gives the MathML copy of each live number the same `data-store`, `data-quantity`,
 *   `data-value` and `data-digits` as the visible copy. KaTeX's \htmlData reaches only the HTML,
 *   so without this a screen reader would keep reading the starting numbers after the reader
 *   changed them. The n-th live number of an equation is the n-th MathML <mtext> with its text;
 * - keeps the MathML (and the TeX source inside it) out of the search index, so a search result
 *   quotes each formula once, from its visible copy, not three times.
 */
import type { Element, ElementContent, Root } from 'hast';

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

function tagEquation(katex: Element): void {
  const live = collect(katex, (e) => e.properties['dataQuantity'] !== undefined, []);
  if (live.length === 0) return;
  const mtexts = collect(katex, (e) => e.tagName === 'mtext', []);
  let next = 0;
  for (const source of live) {
    const text = textOf(source);
    while (next < mtexts.length && textOf(mtexts[next]!) !== text) next++;
    const target = mtexts[next++];
    if (!target)
      throw new Error(
        `live number ${String(source.properties['dataQuantity'])} has no MathML copy`,
      );
    for (const name of ['dataStore', 'dataQuantity', 'dataValue', 'dataDigits']) {
      target.properties[name] = source.properties[name];
    }
  }
}

/** Marks an equation's MathML copy for Pagefind to skip. */
function hideMathmlFromSearch(katex: Element): void {
  for (const mathml of collect(katex, (e) => classes(e).includes('katex-mathml'), [])) {
    mathml.properties['dataPagefindIgnore'] = '';
  }
}

/** A node that may hold others: an element, the root, or an MDX component such as <SourceNote>. */
interface Parent {
  type: string;
  children?: unknown[];
}

function walk(node: Parent): void {
  for (const child of (node.children ?? []) as Parent[]) {
    if (child.type === 'element' && classes(child as Element).includes('katex')) {
      tagEquation(child as Element);
      hideMathmlFromSearch(child as Element);
    } else walk(child);
  }
}

/** The rehype plugin. */
export function rehypeLiveMathml() {
  return (tree: Root) => walk(tree);
}
