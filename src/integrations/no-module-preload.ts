/**
 * A Vite plugin that turns off module preloading in the browser's build.
 *
 * With it on, every dynamic `import()` is wrapped in a helper that first adds a
 * `<link rel="modulepreload">` for each module the imported one needs, from a list of paths
 * written into the importing file. Our dynamic imports load a page's store kinds, the link notice,
 * the downloads and the exercises; the browser finds the same modules one step later through their
 * static imports, and the islands on the page are already loading most of them. The helper and its
 * lists cost 0.5 to 0.6 kB (gzip) on every page with widgets.
 *
 * Measured on /backpropagation/ and /training-dashboard/ with 150 ms latency and 1.6 Mbit/s (five
 * loads each, no service worker): the first island awake at a median of 1.88 s and 1.64 s without
 * preloading, against 2.01 s and 1.76 s with it; the network idle at 2.46 s and 2.23 s, against
 * 2.57 s and 2.40 s.
 *
 * Astro sets `build.modulePreload` itself and does not pass on the project's own setting to the
 * browser's environment, so this sets it where that environment's configuration is made.
 */
import type { Plugin } from 'vite';

/** The id of the helper that Vite wraps every dynamic `import()` of the browser's build in. */
const PRELOAD_HELPER = '\0vite/preload-helper.js';

/**
 * What the helper does once module preloading is off: it would still fetch the stylesheets a
 * dynamically imported module needs, but no module of ours imports a stylesheet (the book's styles
 * are global), so every call passes an empty list, and what is left is to import. In place of
 * Vite's 2.2 kB helper (0.9 kB gzip, on every page: the search's script uses it too), this one.
 * Should a module ever import a stylesheet, its import throws, loudly: the browser tests fail on
 * the error in the console, where Vite's helper would have loaded the stylesheet.
 */
const HELPER = `export const __vitePreload = (load, deps) => {
  if (deps && deps.length) throw new Error('A dynamic import needs stylesheets: ' + deps);
  return load();
};`;

export function noModulePreload(): Plugin {
  return {
    name: 'no-module-preload',
    enforce: 'pre',
    configEnvironment(name) {
      return name === 'client' ? { build: { modulePreload: false } } : undefined;
    },
    load(id) {
      return id === PRELOAD_HELPER ? HELPER : undefined;
    },
  };
}
