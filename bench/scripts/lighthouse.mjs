/**
 * npm run lighthouse — Lighthouse's four category scores (performance, accessibility, best
 * practices, SEO) for every page of the built book, with Lighthouse's default mobile settings
 * (a phone-sized screen, simulated slow 4G and a 4× slower CPU).
 *
 * Builds the book into the bench cache, serves it with `astro preview` on 127.0.0.1:4388,
 * starts the system Chromium through chrome-launcher and audits every index.html page of the
 * build (404.html is no index.html, so it is left out). Writes results/lighthouse.json (scores
 * and key metrics); the full HTML and JSON report of each page goes to
 * node_modules/.cache/nn-bench/lighthouse/ (in results/, Prettier's check would flag it).
 *
 * Options: --dist=DIR / --no-build / --port=P as for the latency script; --page=SLUG
 * (repeatable) audits only those pages; --runs=N audits each page N times (default 3) and
 * reports each category's median score, as Lighthouse's docs advise for a score that varies
 * from run to run. Environment: CHROME_PATH (default /usr/bin/chromium), BASE_PATH.
 * Lighthouse 13 needs Node ≥ 22.19: `npm run lighthouse` in bench/ gets the repo root's Node 22.
 */
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import { BENCH, CACHE, writeResults } from './lib/results.mjs';
import { buildSite, builtPages, siteOptions, startPreview } from './lib/site.mjs';
import { median, table } from './lib/stats.mjs';
import { CHROMIUM_ARGS, CHROMIUM_PATH } from '../../scripts/chromium.mjs';

const [major, minor] = process.versions.node.split('.').map(Number);
if (major < 22 || (major === 22 && minor < 19)) {
  console.error(
    `Lighthouse 13 needs Node ≥ 22.19 and this is ${process.version}. Run it with \`npm run lighthouse\` ` +
      "inside bench/ (npm puts the repo root's node_modules/.bin, with Node 22, on PATH) or with " +
      '../node_modules/.bin/node scripts/lighthouse.mjs.',
  );
  process.exit(1);
}

const { default: lighthouse } = await import('lighthouse');
const chromeLauncher = await import('chrome-launcher');

const argv = process.argv.slice(2);
const options = siteOptions(argv);
const RUNS = Number(options.value('runs', '3'));
const only = argv
  .filter((a) => a.startsWith('--page='))
  .map((a) => a.slice('--page='.length).replace(/^\/+/, ''));
const CHROME_FLAGS = ['--headless=new', ...CHROMIUM_ARGS];
const REPORTS = `${CACHE}/lighthouse`;
const CATEGORIES = ['performance', 'accessibility', 'best-practices', 'seo'];
const METRICS = {
  'first-contentful-paint': 'FCP',
  'largest-contentful-paint': 'LCP',
  'total-blocking-time': 'TBT',
  'cumulative-layout-shift': 'CLS',
  'speed-index': 'SI',
};

let server;
let chrome;
const results = [];
let failed = false;
try {
  if (options.build) {
    console.log(`Building the book into ${options.outDir} …`);
    console.log(`  built in ${(await buildSite(options.outDir)).toFixed(1)} s`);
  }
  let pages = builtPages(options.outDir, options.basePath);
  if (only.length > 0) pages = pages.filter((p) => only.includes(p.slice(options.basePath.length)));
  server = await startPreview(options);
  console.log(`Serving ${options.outDir} at ${server.origin}${options.basePath}`);
  chrome = await chromeLauncher.launch({
    chromePath: process.env.CHROME_PATH || CHROMIUM_PATH,
    chromeFlags: CHROME_FLAGS,
    logLevel: 'silent',
  });
  mkdirSync(REPORTS, { recursive: true });
  for (const path of pages) {
    const url = `${server.origin}${path}`;
    const name = path === '/' ? 'home' : path.replace(/^\/|\/$/g, '').replaceAll('/', '_');
    process.stdout.write(`  ${path} (${RUNS} runs) … `);
    const started = performance.now();
    try {
      const runs = [];
      for (let run = 0; run < RUNS; run++) {
        // No config: Lighthouse's default is its mobile preset.
        const runner = await lighthouse(url, {
          port: chrome.port,
          output: 'html',
          logLevel: 'error',
          onlyCategories: CATEGORIES,
        });
        runs.push({ lhr: runner.lhr, report: runner.report });
      }
      // Lighthouse advises the median of several runs: take each category's median score, and
      // the metrics and failing audits of the run whose performance score is the median.
      const scoreOf = (lhr, c) =>
        lhr.categories[c]?.score == null ? null : Math.round(lhr.categories[c].score * 100);
      const scores = Object.fromEntries(
        CATEGORIES.map((c) => [c, median(runs.map((r) => scoreOf(r.lhr, c) ?? Number.NaN))]),
      );
      const byPerformance = [...runs].sort(
        (a, b) => scoreOf(a.lhr, 'performance') - scoreOf(b.lhr, 'performance'),
      );
      const { lhr, report } = byPerformance[Math.floor((runs.length - 1) / 2)];
      writeFileSync(`${REPORTS}/${name}.html`, report);
      writeFileSync(`${REPORTS}/${name}.json`, JSON.stringify(lhr));
      const metrics = Object.fromEntries(
        Object.entries(METRICS).map(([id, short]) => [short, lhr.audits[id]?.displayValue ?? null]),
      );
      // Audits that cost points, for the notes (scored below 1, not informative or manual).
      const failing = Object.values(lhr.audits)
        .filter(
          (a) =>
            a.score !== null &&
            a.score < 1 &&
            a.scoreDisplayMode !== 'informative' &&
            a.scoreDisplayMode !== 'manual',
        )
        .map((a) => a.id);
      results.push({
        path,
        scores,
        runs: runs.map((r) => Object.fromEntries(CATEGORIES.map((c) => [c, scoreOf(r.lhr, c)]))),
        metrics,
        failing,
        formFactor: lhr.configSettings.formFactor,
        throttlingMethod: lhr.configSettings.throttlingMethod,
        runtimeError: lhr.runtimeError?.message,
        runWarnings: lhr.runWarnings,
        seconds: (performance.now() - started) / 1000,
      });
      console.log(CATEGORIES.map((c) => `${c} ${scores[c]}`).join(', '));
    } catch (error) {
      failed = true;
      results.push({ path, error: String(error?.stack ?? error) });
      console.log(`FAILED: ${error?.message ?? error}`);
    }
  }
} finally {
  await chrome?.kill();
  await server?.stop();
}

console.log(
  `\nLighthouse ${lighthouseVersion()}, mobile preset: median score of ${RUNS} run(s); metrics of the median run\n`,
);
console.log(
  table(
    [
      'page',
      'performance',
      'accessibility',
      'best practices',
      'SEO',
      'FCP',
      'LCP',
      'TBT',
      'CLS',
      'SI',
    ],
    results.map((r) =>
      r.error
        ? [r.path, 'FAILED', '', '', '', '', '', '', '', '']
        : [
            r.path,
            ...CATEGORIES.map((c) => String(r.scores[c] ?? '–')),
            ...Object.values(METRICS).map((m) => r.metrics[m] ?? '–'),
          ],
    ),
  ),
);
for (const r of results) {
  if (!r.error && RUNS > 1) {
    console.log(`\n${r.path}: performance per run ${r.runs.map((x) => x.performance).join(', ')}`);
  }
  if (r.error) console.log(`\n${r.path}: ${r.error}`);
  else {
    if (r.failing.length > 0)
      console.log(`\n${r.path}: audits below full marks: ${r.failing.join(', ')}`);
    if (r.runtimeError) console.log(`${r.path}: runtime error: ${r.runtimeError}`);
    if (r.runWarnings?.length) console.log(`${r.path}: warnings: ${r.runWarnings.join(' | ')}`);
  }
}

function lighthouseVersion() {
  return JSON.parse(readFileSync(`${BENCH}node_modules/lighthouse/package.json`, 'utf8')).version;
}

const written = await writeResults('lighthouse.json', {
  measuredAt: new Date().toISOString(),
  machine: { cpus: os.cpus().length, loadAverage: os.loadavg(), node: process.version },
  lighthouse: lighthouseVersion(),
  chromeFlags: CHROME_FLAGS,
  results,
});
console.log(`\nWrote ${written}; full reports in ${REPORTS}/`);
process.exitCode = failed ? 1 : 0;
