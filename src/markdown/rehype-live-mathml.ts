/**
 * Build-time plugin, after KaTeX: gives the MathML copy of each live number the same
 * `data-quantity`, `data-value` and `data-digits` as the visible copy.
 *
 * KaTeX writes every equation twice: HTML for the eye and MathML for screen readers. Its
 * \htmlData reaches only the HTML, so without this a screen reader would keep reading the
 * default numbers after the reader changed them. The n-th live number of an equation is the
 * n-th MathML <mtext> with the same text.
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
    for (const name of ['dataQuantity', 'dataValue', 'dataDigits']) {
      target.properties[name] = source.properties[name];
    }
  }
}

function walk(node: Root | Element): void {
  for (const child of node.children) {
    if (child.type !== 'element') continue;
    if (classes(child).includes('katex')) tagEquation(child);
    else walk(child);
  }
}

/** The rehype plugin. */
export function rehypeLiveMathml() {
  return (tree: Root) => walk(tree);
}
