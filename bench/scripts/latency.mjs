/**
 * npm run latency — how long a reader waits, on a slow phone, between moving a weight slider and
 * seeing every number on the page follow.
 *
 * Builds the book into the bench cache (node_modules/.cache/nn-bench/site), serves it with
 * `astro preview` on 127.0.0.1:4388, opens each page in Chromium with the CPU slowed 4× (CDP
 * Emulation.setCPUThrottlingRate), focuses the slider and presses ArrowRight / ArrowLeft
 * alternately: 10 warm-up presses, then 100 measured, each after a random 0–20 ms pause (fixed
 * seed) so that the presses fall at all points of the frame cycle, as a reader's would.
 *
 * For each press, a recorder installed in the page notes performance.now() when the slider's
 * 'input' event reaches window (capture phase, before the widget's own handler), then samples
 * every [data-quantity] element (text and data-value) and every plot line (its path data, on the
 * training pages) at the start of each following animation
 * frame until three frames in a row agree. The latency is the time from the input event to the
 * first frame whose DOM already shows that settled state: that frame is the first one painted
 * with every number updated. A second figure adds the frame's own rendering (until a message
 * posted from that frame's rAF callback runs, just after the frame is produced). The Event Timing
 * API's entries (keydown/input durations ≥ 16 ms, in 8 ms steps) are kept as a cross-check.
 *
 * Options:
 *   --page=SLUG[@LABEL]   a page to measure and its slider's accessible name, the page's first
 *                         slider of that name (repeatable; default forward-pass/@λ1,4). Pages
 *                         that are not built are reported and skipped.
 *   --inputs=N            measured presses per page (default 100); --warmup=N (default 10)
 *   --rate=R              CPU slow-down factor (default 4)
 *   --watch=K1,K2         quantities that must change with each press (default H4,O6)
 *   --dist=DIR            measure an existing build (e.g. ../dist) instead of building;
 *   --no-build            reuse the last build in the cache
 *   --port=P              preview port (default 4388)
 *   --breakdown           afterwards, 20 more presses under a Chromium trace: main-thread time per
 *                         press by kind of work (event handlers, style, layout, paint, …)
 * Environment: CHROMIUM_PATH (default /usr/bin/chromium), BASE_PATH (as for the build).
 * Writes results/latency.json. A measurement, not a gate: exits 0 unless something fails to run.
 */
import os from 'node:os';
import { chromium } from 'playwright-core';
import { writeResults } from './lib/results.mjs';
import { untilIslandHydrated } from './lib/islands.mjs';
import { buildSite, builtPages, siteOptions, startPreview } from './lib/site.mjs';
import { median, quantile, table } from './lib/stats.mjs';
import { CHROMIUM_ARGS, CHROMIUM_PATH } from '../../scripts/chromium.mjs';

const argv = process.argv.slice(2);
const options = siteOptions(argv);
const pageArgs = argv.filter((a) => a.startsWith('--page=')).map((a) => a.slice('--page='.length));
const pagesToMeasure = (pageArgs.length > 0 ? pageArgs : ['forward-pass/@λ1,4']).map((arg) => {
  const at = arg.indexOf('@');
  const slug = (at === -1 ? arg : arg.slice(0, at)).replace(/^\/+/, '');
  return { slug, slider: at === -1 ? 'λ1,4' : arg.slice(at + 1) };
});
const INPUTS = Number(options.value('inputs', '100'));
const WARMUP = Number(options.value('warmup', '10'));
const RATE = Number(options.value('rate', '4'));
const WATCH = options.value('watch', 'H4,O6').split(',');
const BREAKDOWN = argv.includes('--breakdown');
/** Trace events that name a kind of main-thread work, and what to call it. */
const WORK = {
  EventDispatch: 'event handlers (JS)',
  FireAnimationFrame: 'rAF callbacks (page + recorder)',
  UpdateLayoutTree: 'style',
  Layout: 'layout',
  PrePaint: 'pre-paint',
  Paint: 'paint',
  Layerize: 'layerize',
  Commit: 'commit',
  MinorGC: 'minor GC',
  MajorGC: 'major GC',
};

/**
 * Runs in the page: records, for each 'input' event on the slider, when it happened and the
 * animation frames that followed, and resolves waitFor(n) once n presses have settled.
 */
function installRecorder({ sliderSelector, watch }) {
  const slider = document.querySelector(sliderSelector);
  if (!slider) throw new Error(`no element matches ${sliderSelector}`);
  const snapshot = () => {
    const parts = [];
    for (const el of document.querySelectorAll('[data-quantity]')) {
      parts.push(
        `${el.getAttribute('data-quantity')}=${el.textContent}|${el.getAttribute('data-value') ?? ''}`,
      );
    }
    // Plot lines too (the training pages): each path's length and ends stand for its data.
    document.querySelectorAll('svg.line-plot-svg path.line-plot-line').forEach((el, i) => {
      const d = el.getAttribute('d') ?? '';
      parts.push(`path${i}=${d.length}|${d.slice(0, 24)}|${d.slice(-24)}`);
    });
    return parts;
  };
  const watched = (parts) =>
    parts.filter((p) => watch.includes(p.slice(0, p.indexOf('=')))).join(';');
  const state = {
    records: [],
    waiters: [],
    lastKeydown: undefined,
    events: [],
    elements: document.querySelectorAll('[data-quantity]').length,
  };
  let before = snapshot();
  new PerformanceObserver((list) => {
    for (const entry of list.getEntries()) {
      if (entry.name === 'keydown' || entry.name === 'input') {
        state.events.push({
          name: entry.name,
          startTime: entry.startTime,
          duration: entry.duration,
        });
      }
    }
  }).observe({ type: 'event', durationThreshold: 16, buffered: false });
  addEventListener(
    'keydown',
    (event) => {
      if (event.target === slider) state.lastKeydown = event.timeStamp;
    },
    true,
  );
  // Bubble phase on window: runs after the widget's own input handler has returned.
  addEventListener('input', (event) => {
    if (event.target === slider) state.handledAt = performance.now();
  });
  addEventListener(
    'input',
    (event) => {
      if (event.target !== slider) return;
      const inputAt = performance.now();
      state.handledAt = undefined;
      const keydownAt = state.lastKeydown;
      const frames = [];
      const onFrame = () => {
        const at = performance.now();
        const frame = { at, after: undefined, state: snapshot().join(';'), cost: 0 };
        frame.cost = performance.now() - at;
        frames.push(frame);
        // A message posted now is handled after this frame's style, layout and paint.
        const channel = new MessageChannel();
        channel.port1.onmessage = () => {
          frame.after = performance.now();
        };
        channel.port2.postMessage(0);
        const n = frames.length;
        const stable =
          n >= 3 &&
          frames[n - 1].state === frames[n - 2].state &&
          frames[n - 2].state === frames[n - 3].state;
        if (stable || n >= 60) setTimeout(finish, 0);
        else requestAnimationFrame(onFrame);
      };
      const finish = () => {
        const settled = frames.at(-1).state;
        const first = frames.findIndex((f) => f.state === settled);
        const settledParts = settled.split(';');
        state.records.push({
          keydownStamp: keydownAt,
          handlerMs: state.handledAt === undefined ? undefined : state.handledAt - inputAt,
          ms: frames[first].at - inputAt,
          msAfterFrame: frames[first].after - inputAt,
          recorderMs: frames[first].cost,
          keydownToInput: keydownAt === undefined ? undefined : inputAt - keydownAt,
          frameIndex: first,
          changed: settled !== before.join(';'),
          watchedChanged: watched(settledParts) !== watched(before),
          settledByFrames: frames.length < 60,
        });
        before = settledParts;
        const n = state.records.length;
        state.waiters = state.waiters.filter(([count, resolve]) =>
          count <= n ? (resolve(), false) : true,
        );
      };
      requestAnimationFrame(onFrame);
    },
    true,
  );
  state.waitFor = (count) =>
    new Promise((resolve) =>
      state.records.length >= count ? resolve() : state.waiters.push([count, resolve]),
    );
  window.__latency = state;
}

/** Uniform numbers in [0, 1) from a fixed seed (a 32-bit linear congruential generator). */
function seededJitter(seed) {
  let s = seed >>> 0;
  return () => {
    s = (Math.imul(s, 1664525) + 1013904223) >>> 0;
    return s / 2 ** 32;
  };
}
const jitter = seededJitter(20261125);

/**
 * Presses the slider 20 more times under a Chromium trace and adds up, per press, the time the
 * renderer's main thread spent on each kind of work. The busiest thread with EventDispatch events
 * is taken as the page's main thread. Tracing has a cost of its own: read the shares, not the sums.
 */
async function traceBreakdown(browser, page, done) {
  const presses = 20;
  await browser.startTracing(page, { categories: ['devtools.timeline'] });
  for (let i = 0; i < presses; i++) {
    await new Promise((r) => setTimeout(r, jitter() * 20));
    await page.keyboard.press((done + i) % 2 === 0 ? 'ArrowRight' : 'ArrowLeft');
    await page.evaluate((count) => window.__latency.waitFor(count), done + i + 1);
  }
  const { traceEvents } = JSON.parse((await browser.stopTracing()).toString());
  const dispatches = new Map();
  for (const e of traceEvents) {
    if (e.name === 'EventDispatch')
      dispatches.set(`${e.pid}:${e.tid}`, (dispatches.get(`${e.pid}:${e.tid}`) ?? 0) + 1);
  }
  const main = [...dispatches].sort((a, b) => b[1] - a[1])[0]?.[0];
  const perPress = {};
  for (const e of traceEvents) {
    if (e.ph !== 'X' || `${e.pid}:${e.tid}` !== main || !(e.name in WORK)) continue;
    perPress[WORK[e.name]] = (perPress[WORK[e.name]] ?? 0) + e.dur / 1000 / presses;
  }
  return perPress;
}

async function measurePage(browser, origin, { slug, slider: label }) {
  const context = await browser.newContext({ viewport: { width: 1280, height: 900 } });
  const page = await context.newPage();
  try {
    const url = `${origin}${options.basePath}${slug}`;
    const response = await page.goto(url, { waitUntil: 'load' });
    if (!response || !response.ok()) return { slug, skipped: `HTTP ${response?.status()}` };
    // The page's first slider of that name (a page may show several widgets, each with its own
    // store). Its widget is an Astro island that wakes up once it is on screen: scroll to it, then
    // wait until it has hydrated (Astro drops `ssr` then).
    const slider = page.getByRole('slider', { name: label, exact: true }).first();
    await slider.scrollIntoViewIfNeeded({ timeout: 30_000 });
    await untilIslandHydrated(slider);
    const labelledBy = await slider.getAttribute('aria-labelledby');
    const sliderSelector = labelledBy
      ? `input[type="range"][aria-labelledby="${labelledBy}"]`
      : undefined;
    if (!sliderSelector)
      throw new Error(`the ${label} slider has no aria-labelledby to find it by`);

    const cdp = await context.newCDPSession(page);
    await cdp.send('Emulation.setCPUThrottlingRate', { rate: RATE });
    await page.evaluate(installRecorder, { sliderSelector, watch: WATCH });
    await slider.focus();
    const startValue = await slider.inputValue();
    const total = WARMUP + INPUTS;
    for (let i = 0; i < total; i++) {
      // A reader's key presses fall anywhere within a frame: wait a random 0–20 ms so the presses
      // do not all land at the same point of the 16.7 ms frame cycle.
      await new Promise((r) => setTimeout(r, jitter() * 20));
      await page.keyboard.press(i % 2 === 0 ? 'ArrowRight' : 'ArrowLeft');
      await page.evaluate((count) => window.__latency.waitFor(count), i + 1);
    }
    const state = await page.evaluate(() => ({
      records: window.__latency.records,
      events: window.__latency.events,
      elements: window.__latency.elements,
    }));
    const breakdown = BREAKDOWN ? await traceBreakdown(browser, page, total) : undefined;
    await cdp.send('Emulation.setCPUThrottlingRate', { rate: 1 });
    const measured = state.records.slice(WARMUP);
    const times = measured.map((r) => r.ms);
    const afterFrame = measured.map((r) => r.msAfterFrame);
    // Event Timing reports only events of ≥ 16 ms (its smallest threshold), keyed by the event's
    // timeStamp: match them to the measured presses.
    const keydownDurations = new Map(
      state.events.filter((e) => e.name === 'keydown').map((e) => [e.startTime, e.duration]),
    );
    const reported = measured
      .map((r) => keydownDurations.get(r.keydownStamp))
      .filter((d) => d !== undefined);
    return {
      slug,
      slider: label,
      startValue,
      elementsWatched: state.elements,
      inputs: measured.length,
      warmup: WARMUP,
      medianMs: median(times),
      p95Ms: quantile(times, 0.95),
      maxMs: Math.max(...times),
      afterFrameMedianMs: median(afterFrame),
      afterFrameP95Ms: quantile(afterFrame, 0.95),
      recorderMedianMs: median(measured.map((r) => r.recorderMs)),
      keydownToInputMedianMs: median(measured.map((r) => r.keydownToInput ?? Number.NaN)),
      framesAfterInput: median(measured.map((r) => r.frameIndex)),
      laterFrame: measured.filter((r) => r.frameIndex > 0).length,
      unchanged: measured.filter((r) => !r.changed).length,
      watchedUnchanged: measured.filter((r) => !r.watchedChanged).length,
      unsettled: measured.filter((r) => !r.settledByFrames).length,
      handlerMedianMs: median(measured.map((r) => r.handlerMs ?? Number.NaN)),
      handlerP95Ms: quantile(
        measured.map((r) => r.handlerMs ?? Number.NaN),
        0.95,
      ),
      eventTiming: {
        keydownsAtLeast16ms: reported.length,
        medianOfThoseMs: reported.length ? median(reported) : undefined,
        maxKeydownMs: reported.length ? Math.max(...reported) : 0,
        note: "keydown duration from the key's timestamp to the next paint, rounded to 8 ms; only entries ≥ 16 ms are reported",
      },
      breakdown,
      timesMs: times,
      afterFrameMs: afterFrame,
    };
  } finally {
    await context.close();
  }
}

let server;
let browser;
let chromiumVersion;
const results = [];
try {
  if (options.build) {
    console.log(`Building the book into ${options.outDir} …`);
    console.log(`  built in ${(await buildSite(options.outDir)).toFixed(1)} s`);
  }
  const built = builtPages(options.outDir, options.basePath);
  server = await startPreview(options);
  console.log(`Serving ${options.outDir} at ${server.origin}${options.basePath}`);
  browser = await chromium.launch({ executablePath: CHROMIUM_PATH, args: CHROMIUM_ARGS });
  chromiumVersion = browser.version();
  for (const target of pagesToMeasure) {
    const path = `${options.basePath}${target.slug}`;
    if (!built.includes(path)) {
      console.log(`  ${path}: not built yet, skipped`);
      results.push({ slug: target.slug, skipped: 'page not in the build' });
      continue;
    }
    console.log(
      `  ${path}: ${WARMUP} + ${INPUTS} presses on ${target.slider} at ${RATE}× CPU slow-down …`,
    );
    results.push(await measurePage(browser, server.origin, target));
  }
} finally {
  await browser?.close();
  await server?.stop();
}

const fmt = (ms) => (Number.isFinite(ms) ? `${ms.toFixed(1)} ms` : '–');
console.log(
  `\nSlider latency, input event → first frame showing every updated number (${RATE}× CPU slow-down)\n`,
);
console.log(
  table(
    [
      'page',
      'slider',
      'presses',
      'median',
      'p95',
      'max',
      'p95 incl. frame',
      'keydowns ≥ 16 ms (Event Timing)',
      'p95 ≤ 16 ms',
    ],
    results.map((r) =>
      r.skipped
        ? [r.slug, '', '', `skipped: ${r.skipped}`, '', '', '', '', '']
        : [
            r.slug,
            r.slider,
            String(r.inputs),
            fmt(r.medianMs),
            fmt(r.p95Ms),
            fmt(r.maxMs),
            fmt(r.afterFrameP95Ms),
            `${r.eventTiming.keydownsAtLeast16ms}/${r.inputs} (median ${r.eventTiming.medianOfThoseMs ?? '–'}, max ${r.eventTiming.maxKeydownMs} ms)`,
            r.p95Ms <= 16 ? 'yes' : 'NO',
          ],
    ),
  ),
);
for (const r of results.filter((x) => !x.skipped)) {
  console.log(
    `\n${r.slug}: ${r.elementsWatched} [data-quantity] elements watched; median ${r.framesAfterInput} frame(s) ` +
      `after the input (${r.laterFrame} press(es) needed a later frame); input handler median ${fmt(r.handlerMedianMs)} (p95 ${fmt(r.handlerP95Ms)}); ` +
      `after-frame median ${fmt(r.afterFrameMedianMs)} (of which the recorder's own sampling ` +
      `${fmt(r.recorderMedianMs)}); keydown → input median ` +
      `${fmt(r.keydownToInputMedianMs)}; presses where nothing changed: ${r.unchanged}, where ` +
      `${WATCH.join('/')} did not change: ${r.watchedUnchanged}, not settled within 60 frames: ${r.unsettled}.`,
  );
}

for (const r of results.filter((x) => x.breakdown)) {
  console.log(`\n${r.slug}: main-thread time per press under a trace (${RATE}× slow-down)`);
  for (const [kind, ms] of Object.entries(r.breakdown).sort((a, b) => b[1] - a[1])) {
    console.log(`  ${kind.padEnd(36)} ${ms.toFixed(2)} ms`);
  }
}

const written = await writeResults('latency.json', {
  measuredAt: new Date().toISOString(),
  machine: { cpus: os.cpus().length, loadAverage: os.loadavg(), node: process.version },
  cpuThrottlingRate: RATE,
  chromium: chromiumVersion,
  results,
});
console.log(`\nWrote ${written}`);
