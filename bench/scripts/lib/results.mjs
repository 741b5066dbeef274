/**
 * Where the scripts keep their output. results/ (git-ignored) holds the figures as JSON; bulky
 * by-products (the bundled engine, the built site, full Lighthouse reports) go to a cache under
 * node_modules/, which git, Prettier and ESLint all skip already.
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

export const BENCH = fileURLToPath(new URL('../../', import.meta.url));
export const RESULTS = join(BENCH, 'results');
export const CACHE = join(BENCH, 'node_modules/.cache/nn-bench');

/**
 * Writes results/<name> as JSON. The repo root's `prettier --check .` also reads bench/results/,
 * so the JSON is laid out by the root's own Prettier when it is installed (as it is wherever the
 * book builds); plain JSON.stringify otherwise.
 */
export async function writeResults(name, data) {
  const path = join(RESULTS, name);
  mkdirSync(dirname(path), { recursive: true });
  let text = `${JSON.stringify(data, null, 2)}\n`;
  try {
    const prettier = await import(
      pathToFileURL(join(BENCH, '../node_modules/prettier/index.mjs')).href
    );
    text = await prettier.format(text, { parser: 'json', printWidth: 100 });
  } catch {
    // No Prettier at the root: the figures are the same, only the layout differs.
  }
  writeFileSync(path, text);
  return path;
}
