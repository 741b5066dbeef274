/**
 * Runs every check of the book in order and sums them up: Chromium present, type check, lint,
 * format, unit tests, build, offline checks of the built site (also built under a sub-path),
 * browser tests. Each runner prints its own output; the last line is "N passed, N failed" over
 * all suites (a check without test cases counts as one). Exits non-zero when anything failed.
 * Usage: npm test
 */
import { spawn, spawnSync } from 'node:child_process';
import { existsSync, readFileSync, rmSync } from 'node:fs';

const results = [];
/** The sub-path of the second build, as a course's pages might host the book. */
const SUB_PATH = '/course/neural-networks/';
/** The origin of the second build, as a real deploy sets it: canonical links and the sitemap. */
const SUB_SITE = 'https://courses.example.edu';
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

/** Runs one command with its output held back; answers its success, time and output. */
function runQuietly({ command, args, env = {} }) {
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
}

/**
 * Runs checks side by side, each as soon as the checks it names in `after` have ended (and, with
 * `needs`, only if those succeeded), and records each: as a whole, or counted from its JSON report
 * when it has one (`report` and `count`). Outputs are held back and printed whole, in the order
 * given, once all have ended. Answers each check's success, by name (false when it did not run).
 */
async function graph(checks) {
  const runs = new Map();
  const start = (check) => {
    const waits = [...(check.after ?? []), ...(check.needs ?? [])];
    const run = Promise.all(waits.map((name) => runs.get(name))).then((before) => {
      const needed = before.slice(check.after?.length ?? 0);
      if (needed.some((outcome) => !outcome.ok)) return { ok: false, skipped: true };
      if (check.report) rmSync(check.report, { force: true });
      return runQuietly(check);
    });
    runs.set(check.name, run);
  };
  checks.forEach(start);
  const outcomes = await Promise.all(checks.map(({ name }) => runs.get(name)));
  const succeeded = {};
  checks.forEach(({ name, command, args, env = {}, report, count }, i) => {
    const { ok, seconds, output, skipped } = outcomes[i];
    succeeded[name] = ok;
    if (skipped) {
      results.push({ name: `${name} (not run: a check it needs failed)`, passed: 0, failed: 1 });
      return;
    }
    const settings = Object.entries(env).map(([key, value]) => `${key}=${value} `);
    console.log(`\n$ ${settings.join('')}${[command, ...args].join(' ')}`);
    process.stdout.write(output);
    let counts = { passed: ok ? 1 : 0, failed: ok ? 0 : 1 };
    if (report && existsSync(report)) {
      counts = count(JSON.parse(readFileSync(report, 'utf8')));
      if (!ok && counts.failed === 0) counts.failed = 1; // the runner failed outside any test
    }
    results.push({ name, ...counts, seconds });
  });
  return succeeded;
}

/** A check that passes or fails as a whole. */
function check(name, command, args, env) {
  const ok = run(command, args, env);
  results.push({ name, passed: ok ? 1 : 0, failed: ok ? 0 : 1, seconds: lastSeconds });
  return ok;
}

/** A test suite whose JSON report gives the counts of passed and failed tests. */
function suite(name, command, args, reportPath, count, env) {
  rmSync(reportPath, { force: true });
  const ok = run(command, args, env);
  let counts = { passed: 0, failed: ok ? 0 : 1 };
  if (existsSync(reportPath)) {
    counts = count(JSON.parse(readFileSync(reportPath, 'utf8')));
    if (!ok && counts.failed === 0) counts.failed = 1; // the runner failed outside any test
  }
  results.push({ name, ...counts, seconds: lastSeconds });
  return ok;
}

/** Vitest's counts of passed and failed tests, from its JSON report. */
const vitestCounts = (report) => ({ passed: report.numPassedTests, failed: report.numFailedTests });

/** The command of a Vitest run with an optional config, and the JSON report it writes. */
function vitestCommand(report, config) {
  const path = `test-results/${report}.json`;
  const configArgs = config ? ['--config', config] : [];
  const args = ['vitest', 'run', ...configArgs, '--reporter=default', '--reporter=json'];
  return { command: 'npx', args: [...args, `--outputFile=${path}`], report: path };
}

check('chromium', 'bash', ['scripts/ensure-chromium.sh']);
const BASE = { BASE_PATH: SUB_PATH, SITE_URL: SUB_SITE };
/** The offline checks of a built site (vitest.site.config.ts), in `dist` or SITE_DIST. */
const siteChecks = (report, env = {}) => ({
  ...vitestCommand(report, 'vitest.site.config.ts'),
  env,
  count: vitestCounts,
});
// Everything before the browser tests, side by side on the CI machine's two cores (the static
// checks are mostly single-threaded). A build writes the generated types in .astro/ (absent from a
// fresh clone) that astro check and ESLint read: so the two builds run first, one after the other,
// beside Prettier and the unit tests, and astro check (without syncing again) and ESLint after
// both, when nothing writes the types any more.
const passed = await graph([
  { name: 'build', command: 'npx', args: ['astro', 'build'] },
  { name: 'prettier', command: 'npx', args: ['prettier', '--check', '.'] },
  // The same book built for a sub-path and an origin, as a course would host it: every link must
  // still resolve, and the canonical links and the sitemap name that origin and path.
  {
    name: 'base path',
    command: 'npx',
    args: ['astro', 'build', '--outDir', 'test-results/dist-base'],
    env: BASE,
    after: ['build'],
  },
  { name: 'unit', ...vitestCommand('unit'), count: vitestCounts, after: ['prettier'] },
  { name: 'eslint', command: 'npx', args: ['eslint', '.'], after: ['base path'] },
  {
    name: 'astro check',
    command: 'npx',
    args: ['astro', 'check', '--noSync'],
    after: ['base path', 'unit'],
  },
  { name: 'site', ...siteChecks('site'), needs: ['build'], after: ['unit'] },
  {
    name: 'site (base)',
    ...siteChecks('site-base', { ...BASE, SITE_DIST: 'test-results/dist-base' }),
    needs: ['base path'],
    after: ['site'],
  },
]);
if (passed.build) {
  suite('browser', 'npx', ['playwright', 'test'], 'test-results/e2e.json', (report) => ({
    passed: report.stats.expected + report.stats.flaky,
    failed: report.stats.unexpected,
  }));
} else {
  results.push({ name: 'browser (not run: the build failed)', passed: 0, failed: 1 });
}

console.log('\nSummary');
for (const { name, passed, failed, seconds } of results) {
  const time = seconds === undefined ? '' : ` (${seconds.toFixed(1)} s)`;
  console.log(`  ${name.padEnd(12)} ${passed} passed, ${failed} failed${time}`);
}
const passedCount = results.reduce((sum, r) => sum + r.passed, 0);
const failed = results.reduce((sum, r) => sum + r.failed, 0);
console.log(`${passedCount} passed, ${failed} failed`);
process.exit(failed === 0 ? 0 : 1);
