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

/**
 * Runs commands side by side, each with its output held back and printed whole when all have
 * ended, in the order given: the static checks are single-threaded, and two of them at once use
 * both cores of the CI machine. Answers each command's success and time.
 */
async function runTogether(commands) {
  const runs = commands.map(({ command, args }) => {
    const started = performance.now();
    const child = spawn(command, args, { env: process.env });
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

/** A Vitest run, with an optional config and environment, counted from its JSON report. */
function vitestSuite(name, report, { config, env } = {}) {
  const { command, args, report: path } = vitestCommand(report, config);
  return suite(name, command, args, path, vitestCounts, env);
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
  vitestSuite('site', 'site', { config: 'vitest.site.config.ts' });
  // The same book built for a sub-path and an origin, as a course would host it: every link must
  // still resolve, and the canonical links and the sitemap name that origin and path.
  const baseBuilt = check(
    'base path',
    'npx',
    ['astro', 'build', '--outDir', 'test-results/dist-base'],
    { BASE_PATH: SUB_PATH, SITE_URL: SUB_SITE },
  );
  if (baseBuilt) {
    vitestSuite('site (base)', 'site-base', {
      config: 'vitest.site.config.ts',
      env: { BASE_PATH: SUB_PATH, SITE_URL: SUB_SITE, SITE_DIST: 'test-results/dist-base' },
    });
  }
  suite('browser', 'npx', ['playwright', 'test'], 'test-results/e2e.json', (report) => ({
    passed: report.stats.expected + report.stats.flaky,
    failed: report.stats.unexpected,
  }));
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
