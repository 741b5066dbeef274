/**
 * Browser tests of the built book, in Chromium only.
 *
 * The web server below only serves what is already in dist/: it does not build. Build first
 * (`npx astro build`, or the aggregate test runner, which builds before it starts Playwright),
 * with the same BASE_PATH as the tests, or the tests run against a stale site.
 *
 * Playwright cannot download browsers here, so it drives Debian's Chromium: its headless shell
 * where installed, else the full browser (scripts/chromium.mjs; CHROMIUM_PATH overrides both).
 */
import { defineConfig, devices } from '@playwright/test';
import { CHROMIUM_ARGS, TEST_CHROMIUM_PATH } from './scripts/chromium.mjs';

/** The preview server's port; E2E_PORT moves it, so that two checkouts can test at once. */
const PORT = Number(process.env.E2E_PORT ?? 4399);
const ORIGIN = `http://127.0.0.1:${PORT}`;
/** The site's base path, as the build used it: "/" or a sub-path such as "/courses/nn/". */
const BASE_PATH = process.env.BASE_PATH ?? '/';

export default defineConfig({
  testDir: 'tests/e2e',
  fullyParallel: true,
  forbidOnly: !!process.env.CI,
  workers: 2,
  retries: 0,
  timeout: 60_000,
  expect: { timeout: 5_000 },
  // The aggregate runner reads the JSON report's stats: keep its path.
  reporter: [['list'], ['json', { outputFile: 'test-results/e2e.json' }]],
  use: {
    baseURL: ORIGIN,
    // A failed test keeps a trace of its actions, console and network, and a screenshot of the
    // end, but no DOM snapshot or screencast at every action: those are recorded in every test,
    // failed or not, and more than doubled the suite's time (forward-pass.spec.ts: 124 s with
    // them, 52 s without). Pass --trace=on to record everything when chasing a failure.
    trace: { mode: 'retain-on-failure', snapshots: false, screenshots: false },
    screenshot: 'only-on-failure',
    // The built book registers a service worker that precaches the whole site: in every test's
    // fresh context that would download megabytes and add them to the pages' request and budget
    // counts. Only the offline spec lets it run.
    serviceWorkers: 'block',
  },
  projects: [
    {
      name: 'chromium',
      use: {
        ...devices['Desktop Chrome'],
        launchOptions: { executablePath: TEST_CHROMIUM_PATH, args: CHROMIUM_ARGS },
      },
    },
  ],
  webServer: {
    // Serves dist/ as built; see the note at the top about building first. --ignore-lock: Astro
    // allows one tracked preview server per project, and a developer's own `astro preview` must
    // neither block the tests nor be replaced by them.
    command: `npx astro preview --port ${PORT} --host 127.0.0.1 --ignore-lock`,
    url: `${ORIGIN}${BASE_PATH.startsWith('/') ? '' : '/'}${BASE_PATH}`,
    reuseExistingServer: false,
    timeout: 60_000,
    stdout: 'ignore',
    stderr: 'pipe',
  },
});
