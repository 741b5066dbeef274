/**
 * The book's stylesheets, found where they live rather than listed by hand: a component's sheet
 * sits beside it in src/components/, and every sheet there is global (each page loads them all,
 * as one bundle that the reader's browser caches once).
 *
 * Their order is the cascade's, which decides between two rules of the same weight:
 *   1. src/styles/math.css, equation-heights.css, then book.css: the equations, the room each
 *      takes off screen, the colour tokens, the page.
 *   2. The sheets under src/components/: those in the folder itself (what many widgets share: a
 *      widget's frame, the controls, tables that fit a phone, the closing row) before those in its
 *      folders (each widget's own), each group by path, except that a sheet comes after every
 *      sheet it names in a comment "cascade-after: <path>, ..." (paths from src/components/):
 *      one of its rules and one of that sheet's can style one element with the same weight, and
 *      its rule is the one that must win. scripts/css-rules.mjs finds such pairs.
 *   3. src/styles/print.css: the book on paper, last, so that it has the final word.
 * Paths are compared as plain strings (code units), so the order is the same on every machine.
 *
 * The chapters get all of them (Starlight's customCss); the embed pages get book.css and the
 * component sheets except those of NOT_EMBEDDED, in the same order (embedStylesheetImports).
 */
import { readFileSync, readdirSync } from 'node:fs';
import { join, relative, sep } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Plugin } from 'vite';

/** The project's root (this file is src/integrations/stylesheets.ts). */
const ROOT = fileURLToPath(new URL('../../', import.meta.url));
const COMPONENTS = join(ROOT, 'src', 'components');

/** Component folders no embed page shows: the self-check exercises, the instructors' page. */
const NOT_EMBEDDED = new Set(['exercises', 'embed']);

/** Every .css file under a folder, as paths relative to the project's root, with / between. */
function cssUnder(folder: string): string[] {
  return readdirSync(folder, { recursive: true, encoding: 'utf8' })
    .filter((name) => name.endsWith('.css'))
    .map((name) => relative(ROOT, join(folder, name)).split(sep).join('/'));
}

/** Plain code-unit order, independent of the machine's locale. */
const byCodeUnits = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0);

/** A sheet's path and the sheets it must come after (paths as in the list it is sorted in). */
export interface SheetOrder {
  path: string;
  after: string[];
}

/** The paths a sheet names in its `cascade-after:` comments, from src/components/. */
export function cascadeAfter(css: string): string[] {
  return [...css.matchAll(/\/\*\s*cascade-after:([^*]*)\*\//g)].flatMap(([, list = '']) =>
    list
      .split(',')
      .map((path) => path.trim())
      .filter(Boolean),
  );
}

/**
 * Topological order: each sheet after those it names, and otherwise in the order given (the
 * first sheet whose named sheets are all placed comes next). Throws on an unknown name or a cycle.
 */
export function cascadeOrder(sheets: SheetOrder[]): string[] {
  const paths = new Set(sheets.map((sheet) => sheet.path));
  for (const { path, after } of sheets) {
    const unknown = after.find((name) => !paths.has(name));
    if (unknown) throw new Error(`${path}: cascade-after names no stylesheet: ${unknown}`);
  }
  const placed = new Set<string>();
  const order: string[] = [];
  while (order.length < sheets.length) {
    const next = sheets.find(
      (sheet) => !placed.has(sheet.path) && sheet.after.every((name) => placed.has(name)),
    );
    if (!next) {
      const left = sheets.filter((sheet) => !placed.has(sheet.path)).map((sheet) => sheet.path);
      throw new Error(`cascade-after: a cycle among ${left.join(', ')}`);
    }
    placed.add(next.path);
    order.push(next.path);
  }
  return order;
}

/** The component sheets in cascade order (paths from the project's root). */
export function componentStylesheets(): string[] {
  const depth = (path: string) => path.split('/').length;
  const sheets = cssUnder(COMPONENTS).sort((a, b) => depth(a) - depth(b) || byCodeUnits(a, b));
  const fromComponents = (path: string) =>
    relative(COMPONENTS, join(ROOT, path)).split(sep).join('/');
  const order = cascadeOrder(
    sheets.map((path) => ({
      path: fromComponents(path),
      after: cascadeAfter(readFileSync(join(ROOT, path), 'utf8')),
    })),
  );
  return order.map((path) => `src/components/${path}`);
}

/** Whether an embed page loads a component sheet (its folder is not in NOT_EMBEDDED). */
function isEmbedded(path: string): boolean {
  const folder = path.split('/')[2] ?? '';
  return !NOT_EMBEDDED.has(folder) || path.split('/').length === 3;
}

/** Every chapter's stylesheets, for Starlight's customCss ("./"-relative to the root). */
export function chapterStylesheets(): string[] {
  return [
    'src/styles/math.css',
    'src/styles/equation-heights.css',
    'src/styles/book.css',
    ...componentStylesheets(),
    'src/styles/print.css',
  ].map((path) => `./${path}`);
}

/** An embed page's stylesheets from the book, relative to embed.css, in the chapters' order. */
export function embedStylesheets(): string[] {
  return ['src/styles/book.css', ...componentStylesheets().filter(isEmbedded)].map((path) =>
    path.replace(/^src\/styles\//, './').replace(/^src\//, '../'),
  );
}

/** The line in src/styles/embed.css that stands for the book's stylesheets. */
export const EMBED_STYLESHEETS_MARK = "@import 'book-stylesheets';";

/**
 * Writes the book's stylesheets into embed.css as @imports, where it marks them, before Vite
 * inlines its imports: the embed page has one stylesheet of its own (embed.css says why).
 */
export function embedStylesheetImports(): Plugin {
  const embedCss = join(ROOT, 'src', 'styles', 'embed.css');
  return {
    name: 'nn-embed-stylesheet-imports',
    enforce: 'pre',
    transform(code, id) {
      if (id.split('?')[0] !== embedCss) return null;
      if (!code.includes(EMBED_STYLESHEETS_MARK)) {
        throw new Error(`embed.css: no "${EMBED_STYLESHEETS_MARK}" line for the book's sheets`);
      }
      const imports = embedStylesheets().map((path) => `@import ${JSON.stringify(path)};`);
      return { code: code.replace(EMBED_STYLESHEETS_MARK, imports.join('\n')), map: null };
    },
  };
}
