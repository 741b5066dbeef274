/**
 * Turns the book's TypeScript (src/engine, src/state) into plain ES modules in the bench cache
 * (node_modules/.cache/nn-bench/) with esbuild, then imports them. Bundling sidesteps the engine's extension-less relative
 * imports, which Node's own type stripping cannot resolve.
 */
import { build } from 'esbuild';
import { pathToFileURL } from 'node:url';
import { BENCH, CACHE } from './results.mjs';

/** Bundles scripts/entries/<name>.ts and imports the result. */
export async function importBundled(name) {
  const outfile = `${CACHE}/${name}.mjs`;
  await build({
    entryPoints: [`${BENCH}scripts/entries/${name}.ts`],
    outfile,
    bundle: true,
    format: 'esm',
    platform: 'node',
    target: 'node20',
    logLevel: 'error',
  });
  // A query makes a fresh URL, so a re-bundle in the same process is not served from cache.
  return import(`${pathToFileURL(outfile).href}?t=${Date.now()}`);
}
