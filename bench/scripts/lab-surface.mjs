/**
 * node scripts/lab-surface.mjs — how long the lab's decision surface takes to draw again when the
 * epoch on view moves, on a slow phone: Chromium with the CPU slowed 4× (CDP
 * Emulation.setCPUThrottlingRate), the lab opened at a link's state, the epoch slider focused and
 * ArrowLeft pressed: 10 warm-up presses, then 60 measured, one per animation frame.
 *
 * Each redraw is timed by the widget itself, as the User Timing measure "lab surface redraw"
 * (DecisionSurface.tsx): the engine's 60 × 60 grid at θ_ℓ, each cell's colour and the one
 * putImageData. A PerformanceObserver installed before the page loads collects them.
 *
 * Options: --dist=DIR (an existing build, e.g. ../dist; else the book is built into the cache),
 * --no-build, --port=P (default 4389), --rate=R (default 4), --presses=N (default 60).
 * Environment: CHROMIUM_PATH (default: the headless shell where installed, as the browser tests), BASE_PATH. Prints the load average, since
 * other work on the machine slows every figure. A measurement, not a gate.
 */
import os from 'node:os';
import { chromium } from 'playwright-core';
import { untilIslandHydrated } from './lib/islands.mjs';
import { buildSite, siteOptions, startPreview } from './lib/site.mjs';
import { median, quantile } from './lib/stats.mjs';
import { CHROMIUM_ARGS, TEST_CHROMIUM_PATH } from '../../scripts/chromium.mjs';

const argv = process.argv.slice(2);
const options = siteOptions([
  ...argv,
  ...(argv.some((a) => a.startsWith('--port=')) ? [] : ['--port=4389']),
]);
const RATE = Number(options.value('rate', '4'));
const PRESSES = Number(options.value('presses', '60'));
const WARMUP = 10;

/** The states measured: the starting network, a classifier, and the lab's largest network. */
const CASES = [
  ['2-4-3-1 on the surface (the start)', ''],
  [
    '2-8-8-1 tanh on two moons',
    '?lab.data=moons&lab.output=sigmoid&lab.widths=2-8-8-1&lab.act1=tanh&lab.act2=tanh',
  ],
  [
    '2-8-8-8-8-2 softmax on two spirals (the largest)',
    '?lab.data=spirals&lab.output=softmax&lab.widths=2-8-8-8-8-2&lab.epochs=200',
  ],
];

const load = os.loadavg();
if (options.build) await buildSite(options.outDir);
const preview = await startPreview(options);
const browser = await chromium.launch({ executablePath: TEST_CHROMIUM_PATH, args: CHROMIUM_ARGS });
try {
  for (const [name, query] of CASES) {
    const page = await browser.newPage({ viewport: { width: 390, height: 844 } });
    await page.addInitScript(() => {
      const redraws = [];
      window.labRedraws = redraws;
      new PerformanceObserver((list) => {
        for (const entry of list.getEntries()) redraws.push(entry.duration);
      }).observe({ type: 'measure' });
    });
    await page.goto(`${preview.origin}${options.basePath}lab/${query}`);
    const slider = page.locator('figure#lab').getByRole('slider', { name: 'epoch', exact: true });
    await slider.scrollIntoViewIfNeeded();
    // The lab's island, hydrated (the page's exercises wake only when a reader turns to them).
    await untilIslandHydrated(slider);
    // The heat map loads when a reader comes near it (or at once for a state not the server's):
    // brought into view and drawn once, as a reader watching it while moving the epoch has it.
    await page.locator('figure#lab canvas.lab-surface-canvas').scrollIntoViewIfNeeded();
    await page.waitForFunction(() => window.labRedraws.length > 0);
    const cdp = await page.context().newCDPSession(page);
    await cdp.send('Emulation.setCPUThrottlingRate', { rate: RATE });
    await slider.evaluate((element) => element.focus({ preventScroll: true }));
    const frame = () => page.evaluate(() => new Promise((done) => requestAnimationFrame(done)));
    for (let i = 0; i < WARMUP; i++) {
      await page.keyboard.press('ArrowLeft');
      await frame();
    }
    const before = await page.evaluate(() => window.labRedraws.length);
    for (let i = 0; i < PRESSES; i++) {
      await page.keyboard.press('ArrowLeft');
      await frame();
    }
    const times = (await page.evaluate(() => window.labRedraws)).slice(before);
    await cdp.send('Emulation.setCPUThrottlingRate', { rate: 1 });
    await page.close();
    console.log(
      `${name}: ${times.length} redraws at ${RATE}× slow-down, median ${median(times).toFixed(2)} ms, ` +
        `90th percentile ${quantile(times, 0.9).toFixed(2)} ms, longest ${Math.max(...times).toFixed(2)} ms`,
    );
  }
} finally {
  await browser.close();
  await preview.stop();
}
console.log(`load average at start: ${load.map((value) => value.toFixed(1)).join(', ')}`);
