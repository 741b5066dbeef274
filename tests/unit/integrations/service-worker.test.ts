/**
 * The offline worker's configuration, and the worker Workbox generates from it for a small build
 * under a base path. These are the rules a reader relies on without seeing them: a page online is
 * never older than the one deployed, nothing comes from another site, every page is kept.
 */
import { mkdtempSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { generateSW } from 'workbox-build';
import {
  navigationRoute,
  precachedPage,
  serviceWorkerOptions,
} from '../../../src/integrations/service-worker.ts';

const BASE = '/course/neural-networks/';

/** A build in miniature: pages, hashed assets, fonts in three formats, the search index. */
const FILES = {
  'index.html': '<h1>Home</h1>',
  '404.html': '<h1>Not found</h1>',
  'forward-pass/index.html': '<h1>Forward pass</h1>',
  'book/index.html': '<h1>The whole book</h1>',
  'favicon.svg': '<svg></svg>',
  '_astro/common.Ab12Cd.css': 'body{}',
  '_astro/page.Ef34Gh.js': 'console.log(1)',
  '_astro/KaTeX_Main-Regular.Ij56.woff2': 'w2',
  '_astro/KaTeX_Main-Regular.Kl78.woff': 'w1',
  '_astro/KaTeX_Main-Regular.Mn90.ttf': 'tt',
  'pagefind/pagefind.js': 'export {}',
  'pagefind/wasm.en.pagefind': 'wasm',
  'pagefind/index/en_1a.pf_index': 'i',
  'pagefind/fragment/en_2b.pf_fragment': 'f',
};
/** What the precache must list: everything but the fonts no service-worker browser asks for. */
const PRECACHED = Object.keys(FILES).filter((file) => !/\.(woff|ttf)$/.test(file));

let dist: string;
let worker: string;

beforeAll(async () => {
  dist = mkdtempSync(join(tmpdir(), 'sw-'));
  for (const [file, text] of Object.entries(FILES)) {
    mkdirSync(dirname(join(dist, file)), { recursive: true });
    writeFileSync(join(dist, file), text);
  }
  await generateSW(serviceWorkerOptions(dist, BASE));
  worker = readFileSync(join(dist, 'sw.js'), 'utf8');
}, 60_000);

afterAll(() => rmSync(dist, { recursive: true, force: true }));

describe('the service worker’s configuration', () => {
  const options = serviceWorkerOptions('/site/dist', BASE);

  it('sends navigations, and only navigations, to the network first', () => {
    expect(options.runtimeCaching).toEqual([navigationRoute]);
    expect(navigationRoute.handler).toBe('NetworkFirst');
    const matches = navigationRoute.urlPattern as (context: {
      request: { mode: string };
    }) => boolean;
    expect(matches({ request: { mode: 'navigate' } })).toBe(true);
    for (const mode of ['cors', 'no-cors', 'same-origin']) {
      expect(matches({ request: { mode } })).toBe(false);
    }
    // The precache must not answer a navigation before the network does: …/page/ may not match
    // …/page/index.html there.
    expect(options.directoryIndex).toBeNull();
    expect(options.navigateFallback).toBeUndefined();
  });

  it('keeps no second copy of a page beside the precache', async () => {
    const plugin = navigationRoute.options?.plugins?.[0];
    const response = new Response('page');
    const request = new Request('http://x.test/');
    expect(
      await plugin?.cacheWillUpdate?.({
        request,
        response,
        event: new Event('fetch') as never,
        state: {},
      }),
    ).toBeNull();
  });

  it('answers the search index’s time-stamped requests from the precache', () => {
    const ignored = options.ignoreURLParametersMatching ?? [];
    const ignoredParameter = (name: string) => ignored.some((pattern) => pattern.test(name));
    expect(ignoredParameter('ts')).toBe(true); // pagefind-entry.json?ts=…
    // A widget's state in an address is not ignored (navigations never use the precache anyway).
    expect(ignoredParameter('network.x1')).toBe(false);
  });

  it('bundles Workbox into the worker, takes over at once and removes old caches', () => {
    expect(options).toMatchObject({
      inlineWorkboxRuntime: true,
      skipWaiting: true,
      clientsClaim: true,
      cleanupOutdatedCaches: true,
      swDest: '/site/dist/sw.js',
      modifyURLPrefix: { '': BASE },
    });
  });
});

describe('what a navigation gets when the network fails', () => {
  it('is the page from the precache, by its file, whatever the address’s state', async () => {
    const match = vi.fn((url: string) =>
      Promise.resolve(
        url.endsWith('/forward-pass/index.html') ? new Response('forward pass') : undefined,
      ),
    );
    vi.stubGlobal('caches', { match });
    vi.stubGlobal('self', { registration: { scope: `http://x.test${BASE}` } });
    const request = new Request(`http://x.test${BASE}forward-pass/?network.x1=0.25#walkthrough`);
    const page = await precachedPage({
      request,
      event: new Event('fetch') as never,
      error: new Error(),
      state: {},
    });
    expect(await page?.text()).toBe('forward pass');
    expect(match).toHaveBeenCalledWith(`http://x.test${BASE}forward-pass/index.html`, {
      ignoreSearch: true,
    });

    // A page the build does not have: the book's "not found" page.
    match.mockClear();
    await precachedPage({
      request: new Request(`http://x.test${BASE}no-such-page/`),
      event: new Event('fetch') as never,
      error: new Error(),
      state: {},
    });
    expect(match).toHaveBeenLastCalledWith(`http://x.test${BASE}404.html`, { ignoreSearch: true });
    vi.unstubAllGlobals();
  });
});

describe('the generated worker', () => {
  it('precaches every file of the build under the base path, and nothing else', () => {
    const urls = [...worker.matchAll(/"(\/course\/neural-networks\/[^"]*)"/g)].map((m) => m[1]);
    expect([...new Set(urls)].sort()).toEqual(PRECACHED.map((file) => `${BASE}${file}`).sort());
    for (const page of ['index.html', 'forward-pass/index.html', 'book/index.html']) {
      expect(urls).toContain(`${BASE}${page}`);
    }
  });

  it('gives content-hashed files no revision and every other file one', () => {
    expect(worker).toMatch(
      /url:"\/course\/neural-networks\/_astro\/common\.Ab12Cd\.css",revision:null/,
    );
    expect(worker).toMatch(
      /url:"\/course\/neural-networks\/forward-pass\/index\.html",revision:"[0-9a-f]+"/,
    );
  });

  it('loads nothing from another site', () => {
    expect(worker).not.toMatch(/importScripts|\bimport\s*\(/);
    // The one address in it is in the text of a warning Workbox never gives here (every entry
    // has its revision).
    const addresses = new Set(worker.match(/https?:\/\/[^\s"'`]+/g));
    expect([...addresses]).toEqual(['https://bit.ly/wb-precache']);
  });

  it('routes navigations by their mode, with the precache fallback, and keeps directoryIndex off', () => {
    expect(worker).toContain('"navigate"');
    expect(worker).toContain('ignoreSearch');
    expect(worker).toMatch(/directoryIndex:null/);
    expect(worker).toContain('ignoreURLParametersMatching:[/^utm_/,/^fbclid$/,/^ts$/]');
  });
});
