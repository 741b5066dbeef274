// @ts-check
import { fileURLToPath } from 'node:url';
import { defineConfig } from 'astro/config';
import starlight from '@astrojs/starlight';
import preact from '@astrojs/preact';
import sitemap from '@astrojs/sitemap';
import { unified } from '@astrojs/markdown-remark';
import remarkMath from 'remark-math';
import rehypeKatex from 'rehype-katex';
import { remarkLiveNumbers } from './src/markdown/remark-live-numbers.ts';
import { rehypeLiveMathml } from './src/markdown/rehype-live-mathml.ts';
import { katexOptions } from './src/math/katex-options.ts';
import { sidebar } from './src/content/sidebar.ts';
import { finishPages } from './src/integrations/finish-pages.ts';
import { wholeBook } from './src/integrations/whole-book.ts';
import { serviceWorker } from './src/integrations/service-worker.ts';
import { noModulePreload } from './src/integrations/no-module-preload.ts';
import { stateDirective } from './src/integrations/state-directive.ts';
import { chapterStylesheets, embedStylesheetImports } from './src/integrations/stylesheets.ts';
import {
  isVendorModule,
  isCoreModule,
  isImportHelperModule,
  isPageStateModule,
  isNetworkKindModule,
  isDiagramModule,
  isPlotModule,
  isEngineCoreModule,
} from './src/integrations/core-chunk.ts';

// Where the built book is served. SITE_URL is the origin a real deploy sets (canonical links,
// og:url and the sitemap need it, so a build without it has none of them, rather than naming an
// address that is not the book's); BASE_PATH lets a course host the book under a sub-path such as
// /courses/ml/nn/. Embed codes never use either: the page reads its own address at run time.
const site = process.env.SITE_URL || undefined;
const base = process.env.BASE_PATH || '/';

export default defineConfig({
  ...(site ? { site } : {}),
  // OUT_DIR builds elsewhere, to compare two builds without touching dist/.
  outDir: process.env.OUT_DIR || './dist',
  vite: {
    resolve: {
      // Starlight's search box builds Pagefind's interface at every page load; this loads it when
      // the reader reaches for search (see lazy-search-ui.ts). Only the bare name is redirected.
      alias: [
        {
          find: /^@pagefind\/default-ui$/,
          replacement: fileURLToPath(
            new URL('./src/components/starlight/lazy-search-ui.ts', import.meta.url),
          ),
        },
      ],
    },
    // No <link rel="modulepreload"> helper in the browser's chunks (see no-module-preload.ts),
    // and the book's stylesheets in the embed pages' one stylesheet (see stylesheets.ts).
    plugins: [noModulePreload(), embedStylesheetImports()],
    // The browser's chunks only (the server build renders pages and needs none of this).
    environments: {
      client: {
        build: {
          // NO_MINIFY=1 keeps the browser's code readable, for a profile that names functions.
          ...(process.env.NO_MINIFY ? { minify: false } : {}),
          rolldownOptions: {
            output: {
              codeSplitting: {
                groups: [
                  // Preact and signals, apart from our code (see core-chunk.ts).
                  { name: 'preact', test: isVendorModule },
                  // The dynamic-import helper, before core would take it in (see core-chunk.ts).
                  { name: 'import-helper', test: isImportHelperModule },
                  // One chunk for what every widget page runs (see core-chunk.ts).
                  { name: 'core', test: isCoreModule },
                  // The network diagram and what draws it, for the pages that show the network.
                  { name: 'network-diagram', test: isDiagramModule },
                  // A run's plot and its table, together (see core-chunk.ts).
                  { name: 'LinePlot', test: isPlotModule },
                  // The engine every network page runs (the gradient check stays apart).
                  { name: 'engine-core', test: isEngineCoreModule },
                  // The page's state script with the table of kinds it is handed.
                  { name: 'page-state', test: isPageStateModule },
                  // The chapter network's kind and the parts every network kind is made of.
                  { name: 'network-kind', test: isNetworkKindModule },
                ],
              },
            },
          },
        },
      },
    },
  },
  base,
  trailingSlash: 'always',
  // Astro 7's default Markdown engine does not run remark/rehype plugins; the unified processor
  // does, and KaTeX must run at build time so no math JavaScript reaches the browser.
  markdown: {
    processor: unified({
      remarkPlugins: [remarkMath, remarkLiveNumbers],
      rehypePlugins: [[rehypeKatex, katexOptions], rehypeLiveMathml],
    }),
  },
  // A Content Security Policy in each page's <meta>: scripts and styles only from this site
  // (Astro hashes the ones it bundles; finishPages adds Starlight's inline scripts), nothing
  // from any other origin; fonts may also be embedded as data: URLs. Starlight and the
  // widgets set style attributes, so those alone may be inline; scripts never may. Pagefind's search
  // index is WebAssembly, which needs 'wasm-unsafe-eval' (it allows no JavaScript eval).
  security: {
    csp: {
      directives: [
        "default-src 'self'",
        "img-src 'self' data:",
        "font-src 'self' data:",
        "connect-src 'self'",
        "object-src 'none'",
        "base-uri 'self'",
        "form-action 'self'",
      ],
      scriptDirective: { resources: ["'self'", "'wasm-unsafe-eval'"] },
      styleDirective: { resources: ["'self'", { resource: "'unsafe-inline'", kind: 'attribute' }] },
    },
  },
  integrations: [
    starlight({
      title: 'Neural Networks by Hand',
      description:
        'An interactive chapter on how an artificial neural network predicts and learns, where every number is live.',
      sidebar,
      // Every stylesheet of the book, found beside what it styles, in cascade order: the
      // equations and the page, what widgets share, each widget's own, print last (see
      // stylesheets.ts).
      customCss: chapterStylesheets(),
      lastUpdated: false,
      pagination: true,
      components: {
        TableOfContents: './src/components/starlight/TableOfContents.astro',
        MobileTableOfContents: './src/components/starlight/MobileTableOfContents.astro',
      },
    }),
    preact(),
    // client:state: an island wakes in view, or at once when its store leaves its start.
    stateDirective(),
    // The sitemap Starlight would add, without the embed pages: they are one widget each, for an
    // iframe in a course, and carry noindex. (Starlight adds its own only when none is given.)
    // Without SITE_URL there are no absolute addresses to list, so no sitemap.
    ...(site ? [sitemap({ filter: (page) => !new URL(page).pathname.includes('/embed/') })] : []),
    // Post-build steps, in this order: each reads what the ones before it wrote. Starlight's
    // search index comes first (its own step), then the pages are finished, the whole book is
    // composed from the finished chapters, and the service worker precaches all of it.
    finishPages(),
    wholeBook(),
    serviceWorker(),
  ],
});
