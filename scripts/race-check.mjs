#!/usr/bin/env node
/**
 * Looks for races in the browser tests: runs them several times while busy loops keep the CPU
 * loaded, as a shared CI machine is, and lists every test that failed even once. A test that
 * fails only under load reads the page before the state it asserts is there: fix it by waiting
 * for that state (a web-first assertion, expect.poll), never with a pause or a retry.
 *
 *   node scripts/race-check.mjs [--runs=3] [--busy=2] [-- <playwright test arguments>]
 *
 * --runs: how many times the suite runs (default 3); --busy: how many busy loops run beside it
 * (default 2, one per core of the 2-core CI machine). Arguments after `--` go to `playwright
 * test` (a file or -g to look at one part). Builds nothing: build first (`npm run build`), as
 * for `npx playwright test`. Retries are off, so a flaky test counts as failed. Keeps each run's
 * JSON report in node_modules/.cache/race-check/ and exits non-zero if any test failed.
 */
import { spawn, spawnSync } from 'node:child_process';
import { copyFileSync, existsSync, mkdirSync, readFileSync, rmSync } from 'node:fs';
import os from 'node:os';

const argv = process.argv.slice(2);
const split = argv.indexOf('--');
const own = split === -1 ? argv : argv.slice(0, split);
const forwarded = split === -1 ? [] : argv.slice(split + 1);
/** The value of --name=N among the script's own arguments, as a whole number. */
function option(name, fallback) {
  const given = own.find((arg) => arg.startsWith(`--${name}=`));
  const value = given ? Number(given.slice(name.length + 3)) : fallback;
  if (!Number.isInteger(value) || value < 0 || value > 50) {
    console.error(`--${name} takes a whole number from 0 to 50`);
    process.exit(2);
  }
  return value;
}
const RUNS = option('runs', 3);
/** Where playwright.config.ts writes its JSON report. */
const E2E_REPORT = 'test-results/e2e.json';
/** Each run's report, out of test-results/, which Playwright empties when a run starts. */
const REPORTS = 'node_modules/.cache/race-check/';
mkdirSync(REPORTS, { recursive: true });
const BUSY = option('busy', 2);

/** Starts the busy loops: separate processes, so they load the CPU as other jobs would. */
function startBusyLoops(count) {
  return Array.from({ length: count }, () =>
    spawn(process.execPath, ['-e', 'for (;;) {}'], { stdio: 'ignore' }),
  );
}

/** Every test of a Playwright JSON report, by its file, line and title, with its outcome. */
function outcomes(report) {
  const found = [];
  const walk = (suite, titles) => {
    for (const spec of suite.specs ?? []) {
      for (const test of spec.tests) {
        const name = `${spec.file}:${spec.line} › ${[...titles, spec.title].join(' › ')}`;
        found.push({ name, ok: test.status === 'expected' || test.status === 'skipped' });
      }
    }
    for (const child of suite.suites ?? []) walk(child, [...titles, child.title]);
  };
  // The top suites are the files, which each spec names already.
  for (const suite of report.suites ?? []) walk(suite, []);
  return found;
}

const failures = new Map();
const times = [];
const loops = startBusyLoops(BUSY);
const stop = () => loops.forEach((loop) => loop.kill());
process.on('exit', stop);
process.on('SIGINT', () => process.exit(130));
try {
  for (let run = 1; run <= RUNS; run++) {
    const report = `${REPORTS}race-${run}.json`;
    rmSync(report, { force: true });
    console.log(
      `\nRun ${run} of ${RUNS}, ${BUSY} busy loop(s), load ${os.loadavg()[0].toFixed(1)}`,
    );
    const started = performance.now();
    // The config's reporters: the list, and the JSON report this reads (test-results/e2e.json).
    rmSync(E2E_REPORT, { force: true });
    spawnSync('npx', ['playwright', 'test', '--retries=0', ...forwarded], { stdio: 'inherit' });
    if (existsSync(E2E_REPORT)) copyFileSync(E2E_REPORT, report);
    times.push((performance.now() - started) / 1000);
    let tests = [];
    try {
      tests = outcomes(JSON.parse(readFileSync(report, 'utf8')));
    } catch {
      failures.set(
        '(the run wrote no report)',
        (failures.get('(the run wrote no report)') ?? 0) + 1,
      );
    }
    for (const { name, ok } of tests) if (!ok) failures.set(name, (failures.get(name) ?? 0) + 1);
    console.log(
      `Run ${run}: ${tests.length} tests, ${tests.filter((t) => !t.ok).length} failed, ${times.at(-1).toFixed(0)} s`,
    );
  }
} finally {
  stop();
}

console.log(
  `\n${RUNS} run(s) with ${BUSY} busy loop(s): ${times.map((t) => `${t.toFixed(0)} s`).join(', ')}`,
);
if (failures.size === 0) {
  console.log('No test failed in any run.');
} else {
  console.log('Failed at least once (runs failed of runs):');
  for (const [name, count] of [...failures].sort((a, b) => b[1] - a[1])) {
    console.log(`  ${count}/${RUNS}  ${name}`);
  }
}
process.exit(failures.size === 0 ? 0 : 1);
