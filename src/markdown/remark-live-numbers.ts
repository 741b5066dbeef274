/**
 * Build-time plugin for chapters that have stores. It reads the page's store declarations from
 * its front matter (`stores: { name: { kind, settable?, values? } }`) and:
 *
 * - turns `\live{key}`, `\live{store:key}` or `\live[digits]{…}` inside $…$ and $$…$$ math into a
 *   number the page can update in place. The key is resolved through the named store (the page's
 *   first store when none is named); its starting value is computed here by the same engine and
 *   store the browser uses, so a page without JavaScript shows it. KaTeX then wraps it in an
 *   element carrying `data-store`, `data-quantity`, `data-value` and `data-digits`;
 * - turns `\fact{name}` into a number from `src/content/facts.ts` (not live: it never changes);
 * - gives every widget that names a store (`<NetworkWidget store="network" />`) that store's
 *   declaration as a `storeOptions` attribute, and `<PageState />` all of them, so the server's
 *   render and the browser's make the same stores.
 *
 * An unknown store, kind, key or fact stops the build, as does a widget naming a store the page
 * does not declare.
 */
import type { Root } from 'mdast';
import type { VFile } from 'vfile';
import { factText } from '../content/facts.ts';
import { DEFAULT_DIGITS, formatNumber } from '../state/format.ts';
import { kindOf } from '../components/kinds.ts';
import { STORE_NAME, pageStore, type StoreDeclaration } from '../state/page-stores.ts';
import type { Store } from '../state/store.ts';

const LIVE = /\\live(?:\[(\d)\])?\{([^{}]+)\}/g;
const FACT = /\\fact\{([^{}]+)\}/g;

/** The page's stores, by name, and the one a `\live{key}` without a store name reads. */
export interface PageStores {
  readonly byName: ReadonlyMap<string, Store>;
  readonly first: string | undefined;
  readonly declarations: Readonly<Record<string, StoreDeclaration>>;
}

/** Reads and checks a page's declarations and makes its stores (as the server makes them). */
export function pageStoresOf(declared: unknown): PageStores {
  const declarations = (declared ?? {}) as Record<string, StoreDeclaration>;
  if (typeof declarations !== 'object' || Array.isArray(declarations)) {
    throw new Error('front matter `stores` must map store names to declarations');
  }
  const byName = new Map<string, Store>();
  for (const [name, declaration] of Object.entries(declarations)) {
    if (!STORE_NAME.test(name)) throw new Error(`"${name}" is not a valid store name`);
    const kind = kindOf(declaration.kind);
    if (!kind) {
      throw new Error(`store "${name}": no store kind is called "${String(declaration.kind)}"`);
    }
    byName.set(name, pageStore(kind, name, declaration));
  }
  return { byName, first: byName.keys().next().value, declarations };
}

/** Rewrites every `\live{…}` and `\fact{…}` in a TeX string (see the file's comment). */
export function expandLiveNumbers(tex: string, stores: PageStores): string {
  return tex
    .replace(FACT, (_match, name: string) => {
      const text = factText(name.trim());
      if (text === undefined) throw new Error(`\\fact{${name}}: no fact has that name`);
      return `\\text{${text}}`;
    })
    .replace(LIVE, (_match, digitsText: string | undefined, raw: string) => {
      const [storeName, key] = raw.includes(':')
        ? (raw.split(':', 2).map((part) => part.trim()) as [string, string])
        : [stores.first, raw.trim()];
      const store = storeName === undefined ? undefined : stores.byName.get(storeName);
      if (!store)
        throw new Error(`\\live{${raw}}: the page declares no store "${storeName ?? ''}"`);
      const value = store.kind.read(store.initialView, key);
      if (value === undefined) throw new Error(`\\live{${raw}}: no quantity has that key`);
      const digits = digitsText === undefined ? DEFAULT_DIGITS : Number(digitsText);
      return `\\htmlData{store=${store.name}, quantity=${key}, value=${value}, digits=${digits}}{\\textrm{${formatNumber(value, digits)}}}`;
    });
}

interface HastLike {
  type: string;
  value?: string | undefined;
  children?: HastLike[] | undefined;
}

interface JsxAttribute {
  type: string;
  name?: string;
  value?: unknown;
}

interface MdNode {
  type: string;
  name?: string | null;
  value?: string | undefined;
  attributes?: JsxAttribute[];
  children?: MdNode[] | undefined;
  /** remark-math keeps a copy of the TeX in the node's hast data (inside <pre><code> for $$…$$). */
  data?: { hChildren?: HastLike[] | undefined } | undefined;
}

/** Replaces every text node under a hast node with the given TeX. */
function replaceText(node: HastLike, tex: string): void {
  if (node.type === 'text') node.value = tex;
  for (const child of node.children ?? []) replaceText(child, tex);
}

/** Sets (or replaces) a string attribute of an MDX JSX element. */
function setAttribute(node: MdNode, name: string, value: string): void {
  const attributes = (node.attributes ??= []);
  const found = attributes.find((attribute) => attribute.name === name);
  if (found) found.value = value;
  else attributes.push({ type: 'mdxJsxAttribute', name, value });
}

const isJsx = (node: MdNode) =>
  node.type === 'mdxJsxFlowElement' || node.type === 'mdxJsxTextElement';

/** The remark plugin. */
export function remarkLiveNumbers() {
  return (tree: Root, file: VFile) => {
    const frontmatter = (
      file.data['astro'] as { frontmatter?: Record<string, unknown> } | undefined
    )?.frontmatter;
    const stores = pageStoresOf(frontmatter?.['stores']);
    let pageState = 0;
    const visit = (node: MdNode): void => {
      if ((node.type === 'math' || node.type === 'inlineMath') && typeof node.value === 'string') {
        node.value = expandLiveNumbers(node.value, stores);
        for (const child of node.data?.hChildren ?? []) replaceText(child, node.value);
      }
      if (isJsx(node) && node.name === 'PageState') {
        pageState++;
        setAttribute(node, 'stores', JSON.stringify(stores.declarations));
      }
      const named = isJsx(node) && node.attributes?.find((attribute) => attribute.name === 'store');
      if (named) {
        if (typeof named.value !== 'string') throw new Error(`<${node.name}> needs store="name"`);
        const declaration = stores.declarations[named.value];
        if (!declaration) {
          throw new Error(`<${node.name} store="${named.value}">: the page declares no such store`);
        }
        setAttribute(node, 'storeOptions', JSON.stringify(declaration));
      }
      for (const child of node.children ?? []) visit(child);
    };
    visit(tree as MdNode);
    if (stores.byName.size > 0 && pageState !== 1) {
      throw new Error(
        `a page with stores needs exactly one <PageState />, this one has ${pageState}`,
      );
    }
  };
}
