/**
 * The offline book: a service worker, generated after the build by Workbox's generateSW, that
 * precaches everything the build wrote (pages, styles, scripts, fonts, the search index), so after
 * one visit the whole book reads without a network.
 *
 * - Navigations go to the network first and fall back to the precached page only when the
 *   network fails, so a reader online never sees a page older than the one deployed.
 * - Everything else in the precache (the content-hashed /_astro/ files, the search index) is
 *   answered from it first: a new build brings a new worker, which precaches the new files and
 *   removes the old ones (cleanupOutdatedCaches), and takes over at once (skipWaiting and
 *   clientsClaim).
 * - Workbox's code is bundled into sw.js (inlineWorkboxRuntime): the policy allows scripts from
 *   this site only, and the book reads offline, so nothing may come from a CDN.
 * - It lives at the base path (`<base>sw.js`) and controls that path alone.
 *
 * It runs after every other build step (Starlight's search index, finishPages, the whole book),
 * so the precache lists their files too. Each page registers it through Astro's page script,
 * in production builds only (register-service-worker.ts).
 */
import { createRequire } from 'node:module';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import type * as WorkboxBuild from 'workbox-build';
import type { GenerateSWOptions, RuntimeCaching } from 'workbox-build';

type WorkboxPlugin = NonNullable<NonNullable<RuntimeCaching['options']>['plugins']>[number];

/** The worker's file name, at the site's base path. */
export const SERVICE_WORKER = 'sw.js';

/** Fonts that also come as WOFF (or TTF): every browser with service workers takes WOFF2. */
const NEVER_REQUESTED = ['**/*.woff', '**/*.ttf'];

/** The largest file to precache: the whole book's page is several megabytes. */
const LARGEST_FILE = 16 * 1024 * 1024;

/**
 * What a navigation does when the network fails: the page from the precache, found by its file
 * (`…/forward-pass/` is `…/forward-pass/index.html`; the precache keys carry a revision
 * parameter, hence ignoreSearch), or the book's "not found" page. The function is copied into
 * sw.js as text, so it may use only the worker's globals.
 */
export const precachedPage: NonNullable<WorkboxPlugin['handlerDidError']> = async ({ request }) => {
  const url = new URL(request.url);
  const file = url.pathname.endsWith('/') ? `${url.pathname}index.html` : url.pathname;
  const page = await caches.match(new URL(file, url.origin).href, { ignoreSearch: true });
  if (page) return page;
  const scope = (self as unknown as { registration: { scope: string } }).registration.scope;
  return caches.match(new URL('404.html', scope).href, { ignoreSearch: true });
};

/** The route for navigations: network first, the precache as the only fallback. */
export const navigationRoute: RuntimeCaching = {
  urlPattern: ({ request }) => request.mode === 'navigate',
  handler: 'NetworkFirst',
  options: {
    cacheName: 'pages',
    plugins: [
      {
        // No second copy of a page: the precache holds one build's pages and files together,
        // while a page kept from an older build would ask for files that are gone.
        cacheWillUpdate: () => Promise.resolve(null),
        handlerDidError: precachedPage,
      },
    ],
  },
};

/**
 * generateSW's options for a build.
 * @param root the build's folder (dist/)
 * @param base the site's base path, with its slashes ("/" or "/course/neural-networks/")
 */
export function serviceWorkerOptions(root: string, base: string): GenerateSWOptions {
  return {
    globDirectory: root,
    globPatterns: ['**/*'],
    globIgnores: [SERVICE_WORKER, ...NEVER_REQUESTED],
    swDest: join(root, SERVICE_WORKER),
    modifyURLPrefix: { '': base },
    // Files named by their content need no revision: a new content is a new name.
    dontCacheBustURLsMatching: /\/_astro\//,
    maximumFileSizeToCacheInBytes: LARGEST_FILE,
    // A navigation to …/forward-pass/ must not match …/forward-pass/index.html in the precache,
    // which would answer it before the network does: the navigation route decides. (Workbox's
    // other guess, …/forward-pass/.html, names no file of the build.)
    directoryIndex: null,
    // Pagefind asks for its entry file with a time stamp (`pagefind-entry.json?ts=…`) to pass by
    // the HTTP cache; the precache holds one build's index whole, so it answers whatever the time.
    ignoreURLParametersMatching: [/^utm_/, /^fbclid$/, /^ts$/],
    navigationPreload: true,
    runtimeCaching: [navigationRoute],
    inlineWorkboxRuntime: true,
    mode: 'production',
    sourcemap: false,
    skipWaiting: true,
    clientsClaim: true,
    cleanupOutdatedCaches: true,
  };
}

/** The Astro integration. */
export function serviceWorker(): AstroIntegration {
  let base = '/';
  return {
    name: 'service-worker',
    hooks: {
      'astro:config:setup': ({ command, injectScript }) => {
        // Only the built book has a worker to register; the dev server has none.
        if (command === 'build') {
          injectScript('page', `import '/src/offline/register-service-worker.ts';`);
        }
      },
      'astro:config:done': ({ config }) => {
        base = config.base.replace(/\/?$/, '/');
      },
      'astro:build:done': async ({ dir, logger }) => {
        // Loaded now, not with the config (Workbox brings its own bundler, seconds to load), and by
        // Node itself: Astro's module loader has closed by the time the build is done.
        const workbox = createRequire(import.meta.url)('workbox-build') as typeof WorkboxBuild;
        const { generateSW } = workbox;
        const { count, size, warnings } = await generateSW(
          serviceWorkerOptions(fileURLToPath(dir), base),
        );
        for (const warning of warnings) logger.warn(warning);
        logger.info(
          `${base}${SERVICE_WORKER} precaches ${count} files (${(size / 1024 / 1024).toFixed(1)} MB)`,
        );
      },
    },
  };
}
