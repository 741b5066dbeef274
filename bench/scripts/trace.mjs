/**
 * npm run trace — what blocks the main thread while a page loads, from a Chromium performance
 * trace: every long task (> 50 ms) broken down by the work inside it.
 *
 * Builds the book into the bench cache (or takes --dist), serves it with `astro preview`, opens
 * each page in Chromium on a phone-sized viewport (412×823, as Lighthouse's mobile preset) with
 * the CPU slowed 4× (CDP Emulation.setCPUThrottlingRate), records a trace of the load (the
 * devtools.timeline categories, user timing and V8's sampling profiler) until the page has been
 * quiet for two seconds, and reports for the page's main thread:
 *
 * - the blocking time: the sum over tasks of their time beyond 50 ms (Lighthouse's TBT counts the
 *   tasks between first contentful paint and interactive; this counts all of the load);
 * - each long task, with its time split by kind of work (script by URL, style recalculation with
 *   the elements it touched, layout with its objects, pre-paint, paint, layerize, parsing, GC)
 *   and the islands that hydrated inside it (an init script marks each astro-island's hydration
 *   with performance.mark, which the trace records);
 * - the functions with the most self time in long tasks, from the sampling profiler.
 *
 * Options:
 *   --page=SLUG     a page to trace (repeatable; default training-dashboard/)
 *   --rate=R        CPU slow-down (default 4); --width=W --height=H viewport (default 412×823)
 *   --scroll        after the load, scroll to the bottom in steps (islands that wake on view)
 *   --top=N         functions listed per page (default 15)
 *   --dist=DIR / --no-build / --port=P as for the latency script
 * Environment: CHROMIUM_PATH (default: /usr/bin/chromium where installed, else Debian's
 * headless shell), BASE_PATH. Writes results/trace.json; each raw trace goes to
 * node_modules/.cache/nn-bench/trace/<page>.json (open it in Chrome DevTools' Performance panel).
 */
import { existsSync, mkdirSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import { chromium } from 'playwright-core';
import { CACHE, writeResults } from './lib/results.mjs';
import { buildSite, builtPages, siteOptions, startPreview } from './lib/site.mjs';
import { table } from './lib/stats.mjs';
import { CHROMIUM_ARGS, CHROMIUM_PATH, TEST_CHROMIUM_PATH } from '../../scripts/chromium.mjs';

const argv = process.argv.slice(2);
const options = siteOptions(argv);
const pageArgs = argv.filter((a) => a.startsWith('--page=')).map((a) => a.slice('--page='.length));
const pages = (pageArgs.length > 0 ? pageArgs : ['training-dashboard/']).map((slug) =>
  slug.replace(/^\/+/, '').replace(/([^/])$/, '$1/'),
);
const RATE = Number(options.value('rate', '4'));
const WIDTH = Number(options.value('width', '412'));
const HEIGHT = Number(options.value('height', '823'));
const TOP = Number(options.value('top', '15'));
const SCROLL = argv.includes('--scroll');
const EXECUTABLE = existsSync(CHROMIUM_PATH) ? CHROMIUM_PATH : TEST_CHROMIUM_PATH;
const TRACES = `${CACHE}/trace`;
const LONG_TASK_MS = 50;
const CATEGORIES = [
  'devtools.timeline',
  'disabled-by-default-devtools.timeline',
  'blink.user_timing',
  'v8.execute',
  'disabled-by-default-v8.cpu_profiler',
];

/** Trace event names that are a kind of main-thread work, and what to call it. */
const KIND = {
  EvaluateScript: 'script',
  FunctionCall: 'script',
  TimerFire: 'script',
  EventDispatch: 'script',
  FireAnimationFrame: 'script',
  FireIdleCallback: 'script',
  RunMicrotasks: 'script',
  'v8.compile': 'compile',
  'v8.compileModule': 'compile',
  'v8.evaluateModule': 'script',
  'V8.CompileCode': 'compile',
  'v8.produceModuleCache': 'compile',
  UpdateLayoutTree: 'style',
  ScheduleStyleRecalculation: 'style',
  ParseAuthorStyleSheet: 'parse CSS',
  Layout: 'layout',
  UpdateLayerTree: 'layerize',
  Layerize: 'layerize',
  PrePaint: 'pre-paint',
  Paint: 'paint',
  PaintImage: 'paint',
  Commit: 'commit',
  ParseHTML: 'parse HTML',
  MinorGC: 'GC',
  MajorGC: 'GC',
  'BlinkGC.AtomicPhase': 'GC',
  HitTest: 'hit test',
  'IntersectionObserverController::computeIntersections': 'intersection observers',
};

/**
 * Runs in the page before its own scripts: marks each island's hydration. Astro's island element
 * drops its `ssr` attribute once its component has rendered; a MutationObserver's callback runs
 * as a microtask of that same task, so the mark lands inside the task that hydrated it.
 */
function markHydration() {
  new MutationObserver((records) => {
    for (const record of records) {
      const island = record.target;
      if (island.localName !== 'astro-island' || island.hasAttribute('ssr')) continue;
      let name = island.getAttribute('component-export') ?? '';
      try {
        name = JSON.parse(island.getAttribute('opts') ?? '{}').name ?? name;
      } catch {
        /* keep the export's name */
      }
      const id = island.querySelector('[id]')?.id;
      performance.mark(`hydrated:${name}${id ? `#${id}` : ''}`);
    }
  }).observe(document, { subtree: true, attributes: true, attributeFilter: ['ssr'] });
}

/** The renderer main thread that loaded the page: the CrRendererMain with the most script. */
function mainThread(events) {
  const names = new Map();
  for (const e of events) {
    if (e.ph === 'M' && e.name === 'thread_name' && e.args?.name === 'CrRendererMain')
      names.set(`${e.pid}:${e.tid}`, 0);
  }
  for (const e of events) {
    const key = `${e.pid}:${e.tid}`;
    if (names.has(key) && e.ph === 'X' && (e.name === 'EvaluateScript' || e.name === 'ParseHTML'))
      names.set(key, names.get(key) + (e.dur ?? 0));
  }
  return [...names].sort((a, b) => b[1] - a[1])[0]?.[0];
}

/** The URL's last path segment, which names the file (chunk, page or style sheet). */
const shortUrl = (url) => (url ? url.split('?')[0].split('/').pop() || url : '(inline)');

/** A label for an event: the kind of work, with the script's file where there is one. */
function labelOf(e) {
  const kind = KIND[e.name];
  if (!kind) return undefined;
  if (kind === 'script' || kind === 'compile') {
    const data = e.args?.data ?? {};
    const url = data.url ?? data.scriptName ?? e.args?.fileName;
    if (e.name === 'EventDispatch') return `script: event ${data.type ?? ''}`;
    if (e.name === 'TimerFire') return 'script: timer';
    if (e.name === 'FireAnimationFrame') return 'script: animation frame';
    if (e.name === 'FireIdleCallback') return 'script: idle callback';
    if (e.name === 'RunMicrotasks') return 'script: microtasks';
    return `${kind}: ${shortUrl(url)}`;
  }
  return kind;
}

/**
 * Splits each long task's time among the work nested inside it: the time of an event minus the
 * time of the labelled events inside it is that label's own (self) time. Style and layout keep
 * their element and object counts.
 */
function analyse(events, key) {
  const own = events
    .filter((e) => `${e.pid}:${e.tid}` === key && e.ph === 'X' && e.dur !== undefined)
    .sort((a, b) => a.ts - b.ts || b.dur - a.dur);
  const tasks = own.filter(
    (e) => e.name === 'RunTask' || e.name === 'ThreadControllerImpl::RunTask',
  );
  // Tasks nested in tasks (a nested run loop) count once, as the outer one.
  const topTasks = [];
  let end = -Infinity;
  for (const t of tasks) {
    if (t.ts >= end) {
      topTasks.push(t);
      end = t.ts + t.dur;
    }
  }
  const marks = events.filter(
    (e) => e.cat?.includes('blink.user_timing') && e.name.startsWith('hydrated:'),
  );
  const navigationStart =
    events.find((e) => e.name === 'navigationStart' && `${e.pid}:${e.tid}` === key)?.ts ??
    topTasks[0]?.ts ??
    0;
  const fcp = events.find((e) => e.name === 'firstContentfulPaint' && `${e.pid}:${e.tid}` === key);
  const long = topTasks.filter((t) => t.dur / 1000 > LONG_TASK_MS);
  const profile = profileFunctions(events, key, long);
  const report = long.map((task, index) => {
    const inside = own.filter((e) => e.ts >= task.ts && e.ts + e.dur <= task.ts + task.dur);
    const byLabel = new Map();
    const stack = [];
    const add = (label, us) => byLabel.set(label, (byLabel.get(label) ?? 0) + us);
    let styleElements = 0;
    let layoutObjects = 0;
    // Self time: each labelled event's duration minus its labelled children's.
    const labelled = inside.filter((e) => labelOf(e) !== undefined);
    for (const e of labelled) {
      while (stack.length && stack.at(-1).ts + stack.at(-1).dur <= e.ts) stack.pop();
      if (stack.length) add(labelOf(stack.at(-1)), -e.dur);
      add(labelOf(e), e.dur);
      stack.push(e);
      if (e.name === 'UpdateLayoutTree') styleElements += e.args?.elementCount ?? 0;
      if (e.name === 'Layout') layoutObjects += e.args?.beginData?.dirtyObjects ?? 0;
    }
    const covered = [...byLabel.values()].reduce((a, b) => a + b, 0);
    add('other', task.dur - covered);
    const hydrated = marks
      .filter((m) => m.ts >= task.ts && m.ts <= task.ts + task.dur)
      .map((m) => m.name.slice('hydrated:'.length));
    return {
      startMs: (task.ts - navigationStart) / 1000,
      ms: task.dur / 1000,
      work: Object.fromEntries(
        [...byLabel]
          .map(([label, us]) => [label, us / 1000])
          .filter(([, ms]) => ms >= 1)
          .sort((a, b) => b[1] - a[1]),
      ),
      styleElements,
      layoutObjects,
      hydrated,
      functions: profile.perTask[index],
    };
  });
  return {
    fcpMs: fcp ? (fcp.ts - navigationStart) / 1000 : undefined,
    tasks: topTasks.length,
    blockingMs: long.reduce((sum, t) => sum + t.dur / 1000 - LONG_TASK_MS, 0),
    longTasks: report,
    hydrations: marks.map((m) => ({
      island: m.name.slice('hydrated:'.length),
      atMs: (m.ts - navigationStart) / 1000,
    })),
    functions: profile.top,
  };
}

/**
 * Self time per function inside the long tasks, from V8's sampling profiler: the main thread's
 * Profile event names the profile, whose ProfileChunk events (written from another thread) hold a
 * tree of call frames and, per sample, the node it was in and the time since the last sample.
 * Returns the top functions over all long tasks and, for each task, its own top five. Under CPU
 * throttling the thread is paused between slices, and samples then fall on "(program)": read
 * the functions' shares, not their sums.
 */
function profileFunctions(events, key, long) {
  const [pid, tid] = key.split(':');
  const profile = events.find(
    (e) => e.name === 'Profile' && String(e.pid) === pid && String(e.tid) === tid,
  );
  if (!profile) return { top: [], perTask: long.map(() => []) };
  const nodes = new Map();
  const total = new Map();
  const perTask = long.map(() => new Map());
  let time = profile.args?.data?.startTime ?? 0;
  for (const e of events) {
    if (e.name !== 'ProfileChunk' || String(e.pid) !== pid || e.id !== profile.id) continue;
    const data = e.args?.data ?? {};
    for (const node of data.cpuProfile?.nodes ?? []) nodes.set(node.id, node.callFrame);
    const samples = data.cpuProfile?.samples ?? [];
    const deltas = data.timeDeltas ?? [];
    for (let i = 0; i < samples.length; i++) {
      time += deltas[i] ?? 0;
      const frame = nodes.get(samples[i]);
      if (!frame || ['(program)', '(idle)', '(root)'].includes(frame.functionName)) continue;
      const index = long.findIndex((t) => time >= t.ts && time <= t.ts + t.dur);
      if (index === -1) continue;
      const weight = deltas[i + 1] ?? 0;
      const line = frame.url ? `:${frame.lineNumber + 1}:${frame.columnNumber + 1}` : '';
      const name = `${frame.functionName || '(anonymous)'} ${shortUrl(frame.url)}${line}`;
      total.set(name, (total.get(name) ?? 0) + weight);
      perTask[index].set(name, (perTask[index].get(name) ?? 0) + weight);
    }
  }
  const top = (map, n) =>
    [...map]
      .map(([name, us]) => ({ name, ms: us / 1000 }))
      .sort((a, b) => b.ms - a.ms)
      .slice(0, n);
  return { top: top(total, TOP), perTask: perTask.map((map) => top(map, 5)) };
}

async function tracePage(browser, origin, slug) {
  const context = await browser.newContext({
    viewport: { width: WIDTH, height: HEIGHT },
    deviceScaleFactor: 1.75,
    isMobile: true,
    hasTouch: true,
  });
  await context.addInitScript(markHydration);
  const page = await context.newPage();
  try {
    const cdp = await context.newCDPSession(page);
    await cdp.send('Emulation.setCPUThrottlingRate', { rate: RATE });
    await browser.startTracing(page, { categories: CATEGORIES });
    const url = `${origin}${options.basePath}${slug}`;
    const response = await page.goto(url, { waitUntil: 'load' });
    if (!response?.ok()) throw new Error(`HTTP ${response?.status()} for ${url}`);
    // Quiet: no long task for two seconds (at most 20 s).
    await page.evaluate(
      () =>
        new Promise((resolve) => {
          let last = performance.now();
          new PerformanceObserver(() => (last = performance.now())).observe({
            type: 'longtask',
            buffered: true,
          });
          const started = performance.now();
          const check = () =>
            performance.now() - last > 2000 || performance.now() - started > 20_000
              ? resolve(undefined)
              : setTimeout(check, 200);
          check();
        }),
    );
    if (SCROLL) {
      await page.evaluate(async () => {
        for (let y = 0; y < document.body.scrollHeight; y += innerHeight) {
          scrollTo(0, y);
          await new Promise((r) => setTimeout(r, 300));
        }
      });
      await page.waitForTimeout(1500);
    }
    const buffer = await browser.stopTracing();
    const name = slug.replace(/\/$/, '').replaceAll('/', '_') || 'home';
    mkdirSync(TRACES, { recursive: true });
    writeFileSync(`${TRACES}/${name}.json`, buffer);
    const { traceEvents } = JSON.parse(buffer.toString());
    const key = mainThread(traceEvents);
    const elements = await page.evaluate(() => document.querySelectorAll('*').length);
    return { slug, elements, ...analyse(traceEvents, key), trace: `${TRACES}/${name}.json` };
  } finally {
    await context.close();
  }
}

let server;
let browser;
const results = [];
try {
  if (options.build) {
    console.log(`Building the book into ${options.outDir} …`);
    console.log(`  built in ${(await buildSite(options.outDir)).toFixed(1)} s`);
  }
  const built = builtPages(options.outDir, options.basePath);
  server = await startPreview(options);
  console.log(`Serving ${options.outDir} at ${server.origin}${options.basePath}`);
  browser = await chromium.launch({ executablePath: EXECUTABLE, args: CHROMIUM_ARGS });
  console.log(`${EXECUTABLE} ${browser.version()}, ${RATE}× CPU slow-down, ${WIDTH}×${HEIGHT}`);
  for (const slug of pages) {
    if (!built.includes(`${options.basePath}${slug}`)) {
      console.log(`  /${slug}: not built, skipped`);
      continue;
    }
    results.push(await tracePage(browser, server.origin, slug));
  }
} finally {
  await browser?.close();
  await server?.stop();
}

const ms = (x) => (x === undefined ? '–' : `${Math.round(x)} ms`);
for (const r of results) {
  console.log(
    `\n/${r.slug}: ${r.elements} elements; FCP ${ms(r.fcpMs)}; ${r.longTasks.length} long task(s) ` +
      `of ${r.tasks}; blocking time ${ms(r.blockingMs)}`,
  );
  console.log(
    table(
      ['at', 'task', 'work (self time)', 'style elements', 'layout objects', 'islands hydrated'],
      r.longTasks.map((t) => [
        ms(t.startMs),
        ms(t.ms),
        Object.entries(t.work)
          .map(([label, x]) => `${label} ${Math.round(x)}`)
          .join(', '),
        String(t.styleElements),
        String(t.layoutObjects),
        t.hydrated.join(' ') || '–',
      ]),
    ),
  );
  for (const t of r.longTasks.filter((x) => x.functions.length > 0)) {
    const list = t.functions.map((f) => `${f.name} ${Math.round(f.ms)}`).join(', ');
    console.log(`  task at ${ms(t.startMs)}: ${list}`);
  }
  if (r.functions.length > 0) {
    console.log(`  functions with the most self time in long tasks (sampled):`);
    for (const f of r.functions) console.log(`    ${ms(f.ms).padStart(7)}  ${f.name}`);
  }
  console.log(`  raw trace: ${r.trace}`);
}

const written = await writeResults('trace.json', {
  measuredAt: new Date().toISOString(),
  machine: { cpus: os.cpus().length, loadAverage: os.loadavg(), node: process.version },
  cpuThrottlingRate: RATE,
  viewport: { width: WIDTH, height: HEIGHT },
  results,
});
console.log(`\nWrote ${written}`);
