/**
 * How the project starts Chromium, in one place for the browser tests and the measurements.
 * Playwright cannot download a browser here, so everything drives Debian's package (or
 * CHROMIUM_PATH). The flags keep a headless Chromium off the network it would otherwise call
 * (updates, sync, first-run pages) and let it run as root without a GPU.
 */

/** The Chromium binary. */
export const CHROMIUM_PATH = process.env.CHROMIUM_PATH || '/usr/bin/chromium';

/** Command-line flags for every Chromium the project launches. */
export const CHROMIUM_ARGS = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--no-first-run',
];
