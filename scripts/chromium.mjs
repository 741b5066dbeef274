/**
 * How the project starts Chromium, in one place for the browser tests and the measurements.
 * Playwright cannot download a browser here, so everything drives Debian's packages (or
 * CHROMIUM_PATH). The flags keep a headless Chromium off the network it would otherwise call
 * (updates, sync, first-run pages) and let it run as root without a GPU.
 */
import { existsSync } from 'node:fs';

/** The full browser, as readers run it: the measurements (input latency, Lighthouse) use it. */
export const CHROMIUM_PATH = process.env.CHROMIUM_PATH || '/usr/bin/chromium';

/** Debian's chromium-headless-shell: the same Blink and V8 as the browser, without its UI. */
const HEADLESS_SHELL = '/usr/bin/chromium-headless-shell';

/**
 * The browser tests' Chromium: the headless shell where it is installed (the same page engine,
 * and the suite runs in about two thirds of the time: it opens a chapter in half the time of the
 * full browser on two cores), else the full browser. CHROMIUM_PATH overrides both.
 */
export const TEST_CHROMIUM_PATH =
  process.env.CHROMIUM_PATH || (existsSync(HEADLESS_SHELL) ? HEADLESS_SHELL : CHROMIUM_PATH);

/** Command-line flags for every Chromium the project launches. */
export const CHROMIUM_ARGS = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--no-first-run',
];
