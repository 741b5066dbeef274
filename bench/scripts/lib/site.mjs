/**
 * The built book, for the browser measurements: build it into the bench cache
 * (node_modules/.cache/nn-bench/site, so the team's own dist/ is left alone), serve it with `astro preview` on a port of its own, list its pages,
 * and stop the server again.
 */
import { spawn } from 'node:child_process';
import { existsSync, readdirSync } from 'node:fs';
import { join, relative, resolve, sep } from 'node:path';
import { BENCH, CACHE } from './results.mjs';

export const ROOT = resolve(BENCH, '..');
const ASTRO = join(ROOT, 'node_modules/astro/bin/astro.mjs');

/**
 * Astro 7 needs Node ≥ 22.12. Under `npm run` in bench/ the repo root's node_modules/.bin comes
 * first on PATH, and the root installs Node 22 from npm, so process.execPath is already that one;
 * otherwise fall back to the root's copy explicitly.
 */
function astroNode() {
  const [major, minor] = process.versions.node.split('.').map(Number);
  if (major > 22 || (major === 22 && minor >= 12)) return process.execPath;
  const rootNode = join(ROOT, 'node_modules/.bin/node');
  if (existsSync(rootNode)) return rootNode;
  throw new Error(
    `Astro needs Node ≥ 22.12; this is ${process.version} and ${rootNode} is missing`,
  );
}

/** Command-line options shared by the browser scripts. */
export function siteOptions(argv) {
  const value = (name, fallback) => {
    const arg = argv.find((a) => a.startsWith(`--${name}=`));
    return arg ? arg.slice(name.length + 3) : fallback;
  };
  const dist = value('dist', undefined);
  const basePath = process.env.BASE_PATH ?? '/';
  return {
    /** --dist=DIR measures an existing build (no build step); default: build into the cache. */
    outDir: dist === undefined ? join(CACHE, 'site') : resolve(process.cwd(), dist),
    build: dist === undefined && !argv.includes('--no-build'),
    port: Number(value('port', '4388')),
    /** The base path the site was built with (BASE_PATH, as for the e2e tests). */
    basePath: `/${basePath.replace(/^\/+|\/+$/g, '')}/`.replace('//', '/'),
    value,
  };
}

function run(command, args, options) {
  return new Promise((resolvePromise, reject) => {
    const child = spawn(command, args, { stdio: ['ignore', 'pipe', 'pipe'], ...options });
    let output = '';
    child.stdout.on('data', (chunk) => (output += chunk));
    child.stderr.on('data', (chunk) => (output += chunk));
    child.on('error', reject);
    child.on('exit', (code) =>
      code === 0
        ? resolvePromise(output)
        : reject(new Error(`${args.join(' ')} exited with ${code}:\n${output.slice(-3000)}`)),
    );
  });
}

/** `astro build --outDir DIR` at the repo root. */
export async function buildSite(outDir) {
  const started = performance.now();
  await run(astroNode(), [ASTRO, 'build', '--outDir', outDir], { cwd: ROOT });
  return (performance.now() - started) / 1000;
}

/**
 * Starts `astro preview` on 127.0.0.1 and waits until it answers. --ignore-lock: Astro tracks one
 * preview server per project, and a developer's own must neither block this one nor be replaced.
 * @returns the origin and a stop() that ends the server's whole process group
 */
export async function startPreview({ outDir, port, basePath }) {
  const child = spawn(
    astroNode(),
    [
      ASTRO,
      'preview',
      '--outDir',
      outDir,
      '--port',
      String(port),
      '--host',
      '127.0.0.1',
      '--ignore-lock',
    ],
    { cwd: ROOT, detached: true, stdio: ['ignore', 'pipe', 'pipe'] },
  );
  let log = '';
  child.stdout.on('data', (chunk) => (log += chunk));
  child.stderr.on('data', (chunk) => (log += chunk));
  let exited = false;
  const exitedPromise = new Promise((resolvePromise) =>
    child.on('exit', () => {
      exited = true;
      resolvePromise();
    }),
  );

  const stop = async () => {
    if (exited) return;
    try {
      process.kill(-child.pid, 'SIGTERM');
    } catch {
      return;
    }
    const timer = setTimeout(() => {
      try {
        process.kill(-child.pid, 'SIGKILL');
      } catch {
        /* already gone */
      }
    }, 5000);
    await exitedPromise;
    clearTimeout(timer);
  };

  const origin = `http://127.0.0.1:${port}`;
  const deadline = Date.now() + 60_000;
  for (;;) {
    if (exited) throw new Error(`astro preview exited early:\n${log}`);
    try {
      const response = await fetch(`${origin}${basePath}`);
      if (response.ok) break;
    } catch {
      /* not listening yet */
    }
    if (Date.now() > deadline) {
      await stop();
      throw new Error(`astro preview did not answer on ${origin}${basePath} within 60 s:\n${log}`);
    }
    await new Promise((r) => setTimeout(r, 250));
  }
  // Ctrl-C or a crash in the measuring script must not leave the server behind.
  const onSignal = () => {
    void stop().finally(() => process.exit(130));
  };
  process.once('SIGINT', onSignal);
  process.once('SIGTERM', onSignal);
  return { origin, stop };
}

/**
 * Every page of a build: each index.html under it, as a path such as "/" or "/forward-pass/"
 * (with the base path in front). 404.html is no index.html and so is left out; Pagefind's and
 * Astro's asset folders hold none.
 */
export function builtPages(outDir, basePath) {
  const pages = [];
  const walk = (dir) => {
    for (const entry of readdirSync(dir, { withFileTypes: true })) {
      const path = join(dir, entry.name);
      if (entry.isDirectory()) walk(path);
      else if (entry.name === 'index.html') {
        const folder = relative(outDir, dir).split(sep).join('/');
        pages.push(`${basePath}${folder === '' ? '' : `${folder}/`}`);
      }
    }
  };
  walk(outDir);
  return pages.sort();
}
