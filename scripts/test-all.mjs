/**
 * Runs every check of the book and sums them up: Chromium present, type check, lint, format, unit
 * tests, build, then the browser tests with, beside them, the offline checks of the built site
 * (also built under a sub-path). Each runner prints its own output; the last line is
 * "N passed, N failed" over all suites (a check without test cases counts as one). Exits non-zero
 * when anything failed.
 * Usage: npm test
 */
import { spawn, spawnSync } from 'node:child_process';
import { existsSync, readFileSync, rmSync } from 'node:fs';

const results = [];
/** The sub-path of the second build, as a course's pages might host the book. */
const SUB_PATH = '/course/neural-networks/';
/** The origin of the second build, as a real deploy sets it: canonical links and the sitemap. */
const SUB_SITE = 'https://courses.example.edu';
/** Where the second build goes: out of dist/ and of test-results/ (which Playwright empties). */
const BASE_DIST = 'node_modules/.cache/nn-dist-base';
/** Where the checks beside the browser tests write their reports, for the same reason. */
const BESIDE_REPORTS = 'node_modules/.cache/nn-test-reports';
const SITE_CONFIG = 'vitest.site.config.ts';
/** How long the last command took, for the summary (the build's time is a reported figure). */
let lastSeconds = 0;

/** Runs a command with the terminal attached and reports whether it succeeded. */
function run(command, args, env = {}) {
  const settings = Object.entries(env).map(([key, value]) => `${key}=${value} `);
  console.log(`\n$ ${settings.join('')}${[command, ...args].join(' ')}`);
  const started = performance.now();
  const outcome = spawnSync(command, args, { stdio: 'inherit', env: { ...process.env, ...env } });
  lastSeconds = (performance.now() - started) / 1000;
  return outcome.status === 0;
}

/**
 * Runs commands side by side, each with its output held back and printed whole when all have
 * ended, in the order given: the static checks are single-threaded, and two of them at once use
 * both cores of the CI machine. Answers each command's success and time.
 */
async function runTogether(commands) {
  const runs = commands.map(({ command, args, env = {} }) => {
    const started = performance.now();
    const child = spawn(command, args, { env: { ...process.env, ...env } });
    let output = '';
    child.stdout.on('data', (chunk) => (output += chunk));
    child.stderr.on('data', (chunk) => (output += chunk));
    return new Promise((done) => {
      child.on('error', (error) => done({ ok: false, seconds: 0, output: `${output}${error}` }));
      child.on('close', (status) =>
        done({ ok: status === 0, seconds: (performance.now() - started) / 1000, output }),
      );
    });
  });
  const outcomes = await Promise.all(runs);
  commands.forEach(({ command, args }, i) => {
    console.log(`\n$ ${[command, ...args].join(' ')}`);
    process.stdout.write(outcomes[i].output);
  });
  return outcomes;
}

/**
 * Runs checks side by side and records each: as a whole, or counted from its JSON report when it
 * has one (`report` and `count`).
 */
async function together(checks) {
  for (const { report } of checks) if (report) rmSync(report, { force: true });
  const outcomes = await runTogether(checks);
  checks.forEach(({ name, report, count }, i) => {
    const { ok, seconds } = outcomes[i];
    let counts = { passed: ok ? 1 : 0, failed: ok ? 0 : 1 };
    if (report && existsSync(report)) {
      counts = count(JSON.parse(readFileSync(report, 'utf8')));
      if (!ok && counts.failed === 0) counts.failed = 1;
    }
    results.push({ name, ...counts, seconds });
  });
}

/** A check that passes or fails as a whole. */
function check(name, command, args, env) {
  const ok = run(command, args, env);
  results.push({ name, passed: ok ? 1 : 0, failed: ok ? 0 : 1, seconds: lastSeconds });
  return ok;
}

/** Vitest's counts of passed and failed tests, from its JSON report. */
const vitestCounts = (report) => ({ passed: report.numPassedTests, failed: report.numFailedTests });

/** The command of a Vitest run with an optional config, and the JSON report it writes there. */
function vitestCommand(report, config, folder = 'test-results') {
  const path = `${folder}/${report}.json`;
  const configArgs = config ? ['--config', config] : [];
  const args = ['vitest', 'run', ...configArgs, '--reporter=default', '--reporter=json'];
  return { command: 'npx', args: [...args, `--outputFile=${path}`], report: path };
}

/** Runs a command with the terminal attached, without blocking; answers its success and time. */
function runLive(command, args) {
  console.log(`\n$ ${[command, ...args].join(' ')}`);
  const started = performance.now();
  const child = spawn(command, args, { stdio: 'inherit', env: process.env });
  return new Promise((done) => {
    const end = (ok) => done({ ok, seconds: (performance.now() - started) / 1000 });
    child.on('error', () => end(false));
    child.on('close', (status) => end(status === 0));
  });
}

/**
 * The checks that run beside the browser tests, one after another, each with its output held back
 * and printed when it ends: the offline checks of dist/, then the book built under a sub-path and
 * the same checks of that build. Their reports and that build stay out of test-results/, which
 * Playwright empties as it starts. Answers their results.
 */
async function besideBrowser() {
  const done = [];
  const vitest = async (name, report, env) => {
    const { command, args, report: path } = vitestCommand(report, SITE_CONFIG, BESIDE_REPORTS);
    rmSync(path, { force: true });
    const [outcome] = await runTogether([{ command, args, env }]);
    let counts = { passed: 0, failed: outcome.ok ? 0 : 1 };
    if (existsSync(path)) {
      counts = vitestCounts(JSON.parse(readFileSync(path, 'utf8')));
      if (!outcome.ok && counts.failed === 0) counts.failed = 1;
    }
    done.push({ name, ...counts, seconds: outcome.seconds });
  };
  await vitest('site', 'site');
  const base = { BASE_PATH: SUB_PATH, SITE_URL: SUB_SITE };
  const [built] = await runTogether([
    { command: 'npx', args: ['astro', 'build', '--outDir', BASE_DIST], env: base },
  ]);
  done.push({
    name: 'base path',
    passed: built.ok ? 1 : 0,
    failed: built.ok ? 0 : 1,
    seconds: built.seconds,
  });
  if (built.ok) await vitest('site (base)', 'site-base', { ...base, SITE_DIST: BASE_DIST });
  return done;
}

check('chromium', 'bash', ['scripts/ensure-chromium.sh']);
// Two at a time, on the CI machine's two cores. ESLint reads the types astro check writes into
// .astro/ (absent from a fresh clone), so it runs after it, beside the unit tests.
await together([
  { name: 'astro check', command: 'npx', args: ['astro', 'check'] },
  { name: 'prettier', command: 'npx', args: ['prettier', '--check', '.'] },
]);
await together([
  { name: 'eslint', command: 'npx', args: ['eslint', '.'] },
  { name: 'unit', ...vitestCommand('unit'), count: vitestCounts },
]);
const built = check('build', 'npx', ['astro', 'build']);
if (built) {
  // The browser tests start at once; beside them, the offline checks of the build, then the same
  // book built for a sub-path and an origin, as a course would host it, and checked: every link
  // must still resolve, and the canonical links and the sitemap name that origin and path. These
  // use one core for about half a minute, while the browser tests leave a tenth of the two idle
  // (they wait on pages); one after the other, they added that half minute to the whole.
  const beside = besideBrowser();
  const browser = await runLive('npx', ['playwright', 'test']);
  const report = 'test-results/e2e.json';
  let counts = { passed: 0, failed: browser.ok ? 0 : 1 };
  if (existsSync(report)) {
    const stats = JSON.parse(readFileSync(report, 'utf8')).stats;
    counts = { passed: stats.expected + stats.flaky, failed: stats.unexpected };
    if (!browser.ok && counts.failed === 0) counts.failed = 1; // failed outside any test
  }
  const besideResults = await beside;
  results.push(...besideResults, { name: 'browser', ...counts, seconds: browser.seconds });
} else {
  results.push({ name: 'site and browser (not run: the build failed)', passed: 0, failed: 1 });
}

console.log('\nSummary');
for (const { name, passed, failed, seconds } of results) {
  const time = seconds === undefined ? '' : ` (${seconds.toFixed(1)} s)`;
  console.log(`  ${name.padEnd(12)} ${passed} passed, ${failed} failed${time}`);
}
const passed = results.reduce((sum, r) => sum + r.passed, 0);
const failed = results.reduce((sum, r) => sum + r.failed, 0);
console.log(`${passed} passed, ${failed} failed`);
process.exit(failed === 0 ? 0 : 1);
