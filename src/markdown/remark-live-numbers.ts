/**
 * Build-time plugin: turns `\live{key}` (or `\live[digits]{key}`) inside $…$ and $$…$$ math into
 * a number that the page can update in place.
 *
 * The number is the chapter's default (its example at the initial weights), computed here from
 * the same engine and store the browser uses, so a page without JavaScript shows the right
 * value. KaTeX then wraps it in an element carrying `data-quantity`, `data-value` and
 * `data-digits`; the browser rewrites only the text of that element when the reader changes
 * something. An unknown key stops the build.
 */
import type { Root } from 'mdast';
import { view } from '../state/by-hand-store.ts';
import { DEFAULT_DIGITS, formatNumber } from '../state/format.ts';
import { readQuantity } from '../state/quantities.ts';

const LIVE = /\\live(?:\[(\d)\])?\{([^{}]+)\}/g;

interface MathNode {
  type: string;
  value?: string | undefined;
  children?: MathNode[] | undefined;
  /** remark-math keeps a copy of the TeX in the node's hast data (inside <pre><code> for $$…$$). */
  data?: { hChildren?: HastLike[] | undefined } | undefined;
}

/** Rewrites every `\live{…}` in a TeX string into KaTeX's `\htmlData{…}{\textrm{…}}`. */
export function expandLiveNumbers(tex: string): string {
  const defaults = view.peek();
  return tex.replace(LIVE, (_match, digitsText: string | undefined, rawKey: string) => {
    const key = rawKey.trim();
    const value = readQuantity(key, defaults);
    if (value === undefined) throw new Error(`\\live{${key}}: no quantity has that key`);
    const digits = digitsText === undefined ? DEFAULT_DIGITS : Number(digitsText);
    return `\\htmlData{quantity=${key}, value=${value}, digits=${digits}}{\\textrm{${formatNumber(value, digits)}}}`;
  });
}

interface HastLike {
  type: string;
  value?: string | undefined;
  children?: HastLike[] | undefined;
}

/** Replaces every text node under a hast node with the given TeX. */
function replaceText(node: HastLike, tex: string): void {
  if (node.type === 'text') node.value = tex;
  for (const child of node.children ?? []) replaceText(child, tex);
}

function visit(node: MathNode): void {
  if ((node.type === 'math' || node.type === 'inlineMath') && typeof node.value === 'string') {
    node.value = expandLiveNumbers(node.value);
    for (const child of node.data?.hChildren ?? []) replaceText(child, node.value);
  }
  for (const child of node.children ?? []) visit(child);
}

/** The remark plugin: runs {@link expandLiveNumbers} on every math node of a page. */
export function remarkLiveNumbers() {
  return (tree: Root) => visit(tree);
}
