/**
 * Records what every built page looks like, to prove that a change to the stylesheets changed
 * nothing on screen: each page of a build (chapters, embeds, home; the whole book is left out, it
 * is the chapters again) at 320, 360 and 1280 px, light and dark, with its widgets woken by
 * scrolling through, two long chapters on paper (print media), and states a reader reaches by
 * acting (STATES: the dashboard's run diverged, its note shown). For each element and its ::before,
 * ::after and ::marker it keeps a hash of every computed property, and the page's height.
 *
 *   node scripts/style-probe.mjs record <dist dir> <out.json>
 *   node scripts/style-probe.mjs compare <before.json> <after.json>
 *
 * `compare` prints the counts compared and every difference, and exits 1 if there is one.
 * ONLY=<substring> records only the pages whose path contains it.
 */
import { createHash } from 'node:crypto';
import { createServer } from 'node:http';
import { readFile, readdir, writeFile } from 'node:fs/promises';
import { extname, join, resolve } from 'node:path';
import { chromium } from '@playwright/test';
import { CHROMIUM_ARGS, TEST_CHROMIUM_PATH } from './chromium.mjs';

const WIDTHS = [320, 360, 1280];
const THEMES = ['light', 'dark'];
/** Long chapters checked on paper too. */
const PRINTED = ['/backpropagation/', '/training-dashboard/'];
/** States reached by acting as a reader, recorded at every width and theme after the page's own. */
const STATES = {
  '/training-dashboard/': {
    diverged: async (tab) => {
      const figure = tab.locator('figure#dashboard');
      const rate = figure.getByRole('spinbutton', { name: 'learning rate η', exact: true });
      await rate.fill('');
      await rate.pressSequentially('5');
      await rate.press('Tab');
      await figure.getByRole('status').filter({ hasText: 'Training stops' }).waitFor();
    },
  },
};

const TYPES = {
  '.html': 'text/html',
  '.js': 'text/javascript',
  '.css': 'text/css',
  '.svg': 'image/svg+xml',
  '.json': 'application/json',
  '.woff2': 'font/woff2',
  '.wasm': 'application/wasm',
  '.png': 'image/png',
};

/** Serves a directory as a static site (a path ending in / is its index.html). */
function serve(root) {
  const server = createServer(async (request, response) => {
    const path = decodeURIComponent(new URL(request.url ?? '/', 'http://x').pathname);
    const file = join(root, path.endsWith('/') ? `${path}index.html` : path);
    try {
      const body = await readFile(file);
      response.writeHead(200, {
        'content-type': TYPES[extname(file)] ?? 'application/octet-stream',
      });
      response.end(body);
    } catch {
      response.writeHead(404).end();
    }
  });
  return new Promise((done) => server.listen(0, '127.0.0.1', () => done(server)));
}

/** The site's pages, as paths ending in /, in a stable order. */
async function pagesOf(root, dir = '') {
  const pages = [];
  for (const entry of await readdir(join(root, dir), { withFileTypes: true })) {
    if (entry.isDirectory()) pages.push(...(await pagesOf(root, join(dir, entry.name))));
    else if (entry.name === 'index.html') pages.push(`/${dir}${dir ? '/' : ''}`);
  }
  return pages.filter((page) => page !== '/book/').sort();
}

/** Runs in the page: scrolls through it so every island wakes, then back to the top. */
async function wake() {
  const frame = () => new Promise((done) => requestAnimationFrame(() => done()));
  for (let y = 0; y < document.documentElement.scrollHeight; y += innerHeight / 2) {
    scrollTo(0, y);
    await frame();
    await frame();
  }
  // Then each island still asleep in turn, until it wakes (at most 1.5 s: one in a closed
  // section never does).
  const tried = new Set();
  for (
    let island;
    (island = [...document.querySelectorAll('astro-island[ssr]')].find((i) => !tried.has(i)));
  ) {
    tried.add(island);
    island.scrollIntoView({ block: 'center' });
    const start = performance.now();
    while (island.hasAttribute('ssr') && performance.now() - start < 1500) await frame();
    await frame();
    await frame();
  }
  scrollTo(0, 0);
  // Woken islands hydrate (Astro then drops their ssr attribute) and measure their room: wait
  // until no more wake for half a second, at most 8 s (an island in a closed section never does).
  const asleep = () => document.querySelectorAll('astro-island[ssr]').length;
  const start = performance.now();
  let count = asleep();
  let since = performance.now();
  while (performance.now() - since < 500 && performance.now() - start < 8000) {
    await new Promise((done) => setTimeout(done, 100));
    if (asleep() !== count) [count, since] = [asleep(), performance.now()];
  }
  await frame();
  await frame();
}

/**
 * Every box the page lays out (elements, their pseudo-elements, text) with its path in the
 * document, a hash of its computed style (every property Chromium computes) and its place, from
 * one DevTools snapshot (reading computed styles from the page's script takes minutes).
 */
async function snapshot(tab) {
  const cdp = await tab.context().newCDPSession(tab);
  const names = await propertyNames(tab, cdp);
  const { documents, strings } = await cdp.send('DOMSnapshot.captureSnapshot', {
    computedStyles: names,
  });
  const { nodes, layout } = documents[0];
  const paths = [];
  const seen = new Map();
  for (let i = 0; i < nodes.parentIndex.length; i++) {
    const parent = nodes.parentIndex[i];
    const count = seen.get(parent) ?? 0;
    seen.set(parent, count + 1);
    paths[i] = `${parent >= 0 ? `${paths[parent]}/` : ''}${strings[nodes.nodeName[i]]}${count}`;
  }
  const boxes = layout.nodeIndex.map((node, i) => {
    const style = names.map((name, j) => `${name}:${strings[layout.styles[i][j]]}`).join(';');
    const place = layout.bounds[i].map((n) => Math.round(n * 100) / 100).join(',');
    return [paths[node], hash(style), place, style];
  });
  const height = await tab.evaluate(() => document.documentElement.scrollHeight);
  await cdp.detach();
  return { height, boxes };
}

let knownNames;
/** The computed properties DevTools can report (a few of the page's it does not know). */
async function propertyNames(tab, cdp) {
  if (knownNames) return knownNames;
  const all = await tab.evaluate(() => [...getComputedStyle(document.documentElement)]);
  const known = [];
  for (const name of all) {
    try {
      await cdp.send('DOMSnapshot.captureSnapshot', { computedStyles: [name] });
      known.push(name);
    } catch {
      // Not a property DevTools reads.
    }
  }
  knownNames = known;
  return known;
}

/** A short, stable digest of a text. */
const hash = (text) => createHash('sha1').update(text).digest('base64').slice(0, 16);

/** One page in one setting: its height and its boxes. */
async function probe(browser, origin, page, { width, theme, print, act }) {
  const context = await browser.newContext({
    viewport: { width, height: 800 },
    colorScheme: theme,
    serviceWorkers: 'block',
  });
  const tab = await context.newPage();
  const t0 = Date.now();
  const lap = (what) => process.env.TIMING && process.stdout.write(`${what} ${Date.now() - t0}\n`);
  await tab.goto(`${origin}${page}`, { waitUntil: 'networkidle' });
  lap('load');
  if (print) await tab.emulateMedia({ media: 'print' });
  await tab.evaluate(wake);
  lap('wake');
  if (act) await act(tab);
  await tab.waitForLoadState('networkidle');
  lap('idle');
  // Transitions and animations run out before the styles are read.
  await tab.evaluate(() =>
    Promise.race([
      Promise.all(document.getAnimations().map((a) => a.finished.catch(() => undefined))),
      new Promise((done) => setTimeout(done, 1500)),
    ]),
  );
  await tab.evaluate(() => document.fonts.ready);
  lap('settled');
  const result = await snapshot(tab);
  lap('snapshot');
  await context.close();
  return result;
}

async function record(dist, out) {
  const root = resolve(dist);
  const server = await serve(root);
  const address = server.address();
  const origin = `http://127.0.0.1:${typeof address === 'object' && address ? address.port : 0}`;
  const browser = await chromium.launch({
    executablePath: TEST_CHROMIUM_PATH,
    args: CHROMIUM_ARGS,
  });
  const only = process.env.ONLY ?? '';
  const pages = (await pagesOf(root)).filter((page) => page.includes(only));
  const settings = [];
  for (const page of pages) {
    for (const width of WIDTHS) {
      for (const theme of THEMES) {
        settings.push({ page, name: `${width} ${theme}`, width, theme });
        for (const [state, act] of Object.entries(STATES[page] ?? {})) {
          settings.push({ page, name: `${width} ${theme} ${state}`, width, theme, act });
        }
      }
    }
    if (PRINTED.includes(page)) {
      settings.push({ page, name: 'print', width: 1280, theme: 'light', print: true });
    }
  }
  const results = {};
  const styles = {};
  // Two tabs at a time: the machine has two cores.
  let next = 0;
  const worker = async () => {
    while (next < settings.length) {
      const setting = settings[next++];
      const { height, boxes } = await probe(browser, origin, setting.page, setting);
      const key = `${setting.page} ${setting.name}`;
      results[key] = { height, boxes: boxes.map(([path, style, place]) => [path, style, place]) };
      for (const [, style, , text] of boxes) styles[style] = text;
      process.stdout.write(`${key}: ${boxes.length} boxes, ${height} px\n`);
    }
  };
  await Promise.all([worker(), worker()]);
  await browser.close();
  server.close();
  const sorted = Object.fromEntries(
    Object.keys(results)
      .sort()
      .map((k) => [k, results[k]]),
  );
  await writeFile(out, JSON.stringify({ results: sorted, styles }));
}

async function compare(beforePath, afterPath) {
  const before = JSON.parse(await readFile(beforePath, 'utf8'));
  const after = JSON.parse(await readFile(afterPath, 'utf8'));
  const pages = new Set();
  let settings = 0;
  let boxes = 0;
  let differences = 0;
  const perSetting = new Map();
  const report = (text) => {
    differences++;
    const words = text.split(' ');
    const key = words.slice(0, words[1] === 'print' ? 2 : 3).join(' ');
    perSetting.set(key, (perSetting.get(key) ?? 0) + 1);
    if (differences <= Number(process.env.SHOW ?? 20)) process.stdout.write(`${text}\n`);
  };
  for (const [key, was] of Object.entries(before.results)) {
    const now = after.results[key];
    if (!now) {
      report(`${key}: missing after`);
      continue;
    }
    pages.add(key.split(' ')[0]);
    settings++;
    if (was.height !== now.height) report(`${key}: height ${was.height} → ${now.height}`);
    // Boxes are matched by their path, so one box more or less does not shift the others.
    const nowByPath = new Map(numbered(now.boxes).map((box) => [box[0], box]));
    const wasPaths = new Set(numbered(was.boxes).map((box) => box[0]));
    for (const [path, style, place] of numbered(was.boxes)) {
      boxes++;
      const box = nowByPath.get(path);
      if (!box) report(`${key} ${path}: gone`);
      else if (style !== box[1]) {
        report(`${key} ${path}: ${styleChange(before.styles[style], after.styles[box[1]])}`);
      } else if (place !== box[2]) report(`${key} ${path}: at ${place}, now ${box[2]}`);
    }
    for (const [path] of numbered(now.boxes))
      if (!wasPaths.has(path)) report(`${key} ${path}: new`);
  }
  for (const key of Object.keys(after.results)) {
    if (!before.results[key]) report(`${key}: new after`);
  }
  for (const [key, count] of perSetting) process.stdout.write(`${count} in ${key}\n`);
  process.stdout.write(
    `${pages.size} pages, ${settings} page settings, ${boxes} boxes compared, ` +
      `${differences} differences\n`,
  );
  process.exitCode = differences === 0 ? 0 : 1;
}

/** Boxes with their paths made unique: a node may lay out more than one box (a marker, a text). */
function numbered(boxes) {
  const seen = new Map();
  return boxes.map(([path, ...rest]) => {
    const count = seen.get(path) ?? 0;
    seen.set(path, count + 1);
    return [count ? `${path}#${count}` : path, ...rest];
  });
}

/** The properties whose computed value differs between two style texts. */
function styleChange(was = '', now = '') {
  const parse = (text) => new Map(text.split(';').map((pair) => pair.split(/:(.*)/s, 2)));
  const a = parse(was);
  const b = parse(now);
  const changed = [...new Set([...a.keys(), ...b.keys()])].filter((p) => a.get(p) !== b.get(p));
  return changed.map((p) => `${p}: ${a.get(p)} → ${b.get(p)}`).join('; ');
}

const [command, first, second] = process.argv.slice(2);
if (command === 'record' && first && second) await record(first, second);
else if (command === 'compare' && first && second) await compare(first, second);
else {
  process.stderr.write('usage: style-probe.mjs record <dist> <out.json> | compare <a> <b>\n');
  process.exitCode = 2;
}
