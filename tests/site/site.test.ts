/**
 * Offline gates on the built site (dist/): links and fragments, equations, HTML validity and the
 * per-page HTML and CSS budgets. Run after `astro build`; `npm test` does both.
 */
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { fromHtml } from 'hast-util-from-html';
import { select } from 'hast-util-select';
import { toHtml } from 'hast-util-to-html';
import { HtmlValidate } from 'html-validate';
import { describe, expect, it } from 'vitest';
import { BASE_PATH, DIST, SITE_URL, builtPages } from './lib/dist.ts';
import { findBrokenLinks } from './lib/links.ts';
import { findMathProblems, mathCharacters } from './lib/math.ts';
import { gzipSize, stylesheetsOf } from './lib/sizes.ts';
import { chapterSlugs } from '../../src/content/sidebar.ts';

const pages = builtPages();
/** The characters the book's math font holds (scripts/subset-math-font.mjs writes the list). */
const MATH_FONT = new Set(
  (
    JSON.parse(
      readFileSync(
        new URL('../../src/styles/fonts/stix-two-math-book.json', import.meta.url),
        'utf8',
      ),
    ) as { codePoints: number[] }
  ).codePoints,
);
const KB = 1024;
const BUDGET = { html: 60 * KB, css: 30 * KB };
/**
 * Elements a page may hold: what a slow phone styles and lays out, and what every accessibility
 * check walks. Equations were most of a chapter's (KaTeX's HTML copy beside its MathML made
 * /backpropagation/ 16,000 elements); the whole book holds every chapter's text.
 */
const ELEMENTS = { page: 6000, book: 30000 };
const BOOK = `${BASE_PATH}book/`;

/**
 * The whole book's page is every chapter's text on one page, to print: its HTML may weigh as much
 * as the chapters' pages together (each within its own budget), and no more. Its CSS is any
 * page's.
 */
function htmlBudget(url: string): number {
  if (url !== BOOK) return BUDGET.html;
  return chapterSlugs.reduce((sum, slug) => {
    const chapter = pages.find((page) => page.url === `${BASE_PATH}${slug}/`);
    return sum + (chapter ? gzipSize(chapter.html) : 0);
  }, 0);
}

/**
 * The HTML that html-validate reads of a page. The whole book's page is every chapter's HTML
 * again, each valid on its own page, and takes half a minute whole: it is read with its first
 * chapter only, which still holds the book's own markup and all that putting a chapter into it
 * adds (the section and title, headings a level down, prefixed ids, disabled controls). That no id
 * repeats across the chapters, print.spec.ts checks on the whole page.
 */
function htmlToValidate(url: string, html: string): string {
  if (url !== BOOK) return html;
  const book = fromHtml(html);
  const chapters = select('[data-book-chapters]', book);
  if (!chapters) throw new Error('the whole book has no chapters');
  chapters.children = chapters.children.filter((node) => node.type === 'element').slice(0, 1);
  return toHtml(book, { allowDangerousCharacters: true });
}

/** A site path (with the base path) as a file of the build, or undefined outside the site. */
function fileOf(path: string): string | undefined {
  if (!path.startsWith(BASE_PATH)) return undefined;
  const relative = decodeURIComponent(path.slice(BASE_PATH.length));
  const file = join(DIST, relative);
  if (existsSync(file) && statSync(file).isDirectory()) return join(file, 'index.html');
  return file;
}

describe('the built site', () => {
  it('has the book pages', () => {
    const urls = pages.map((page) => page.url);
    expect(urls).toContain(BASE_PATH);
    expect(urls).toContain(`${BASE_PATH}forward-pass/`);
  });

  it('lists no modules to preload in its scripts (module preloading is off: no-module-preload.ts)', () => {
    const scripts = readdirSync(join(DIST, '_astro')).filter((name) => name.endsWith('.js'));
    expect(scripts.length).toBeGreaterThan(10);
    const listing = scripts.filter((name) =>
      readFileSync(join(DIST, '_astro', name), 'utf8').includes('__vite__mapDeps'),
    );
    expect(listing).toEqual([]);
  });

  it('lists every page of the book in its sitemap and no embed page (they carry noindex), at the site’s address', () => {
    const embeds = pages.filter((page) => page.url.startsWith(`${BASE_PATH}embed/`));
    expect(embeds.length).toBeGreaterThan(10);
    for (const page of embeds) expect(page.html).toMatch(/<meta name="robots" content="noindex/);
    if (!SITE_URL) {
      // Without the site's origin there is no absolute address to list.
      expect(existsSync(join(DIST, 'sitemap-index.xml'))).toBe(false);
      expect(existsSync(join(DIST, 'sitemap-0.xml'))).toBe(false);
      return;
    }
    const sitemap = readFileSync(join(DIST, 'sitemap-0.xml'), 'utf8');
    const listed = [...sitemap.matchAll(/<loc>([^<]+)<\/loc>/g)].map((m) => m[1]!);
    for (const url of listed) expect(url.startsWith(`${SITE_URL}${BASE_PATH}`), url).toBe(true);
    const book = pages
      .map((page) => page.url)
      .filter((url) => !url.startsWith(`${BASE_PATH}embed/`) && !url.includes('404'));
    expect(listed.map((url) => new URL(url).pathname).sort()).toEqual(book.sort());
  });

  it('gives each page a canonical link and og:url at the site’s address, or none without one', () => {
    for (const page of pages) {
      const canonical = /<link rel="canonical" href="([^"]*)"/.exec(page.html)?.[1];
      const ogUrl = /<meta property="og:url" content="([^"]*)"/.exec(page.html)?.[1];
      if (!SITE_URL || page.url.startsWith(`${BASE_PATH}embed/`)) {
        expect
          .soft({ canonical, ogUrl }, page.url)
          .toEqual({ canonical: undefined, ogUrl: undefined });
      } else if (!page.url.includes('404')) {
        expect.soft(canonical, page.url).toBe(`${SITE_URL}${page.url}`);
        expect.soft(ogUrl, page.url).toBe(`${SITE_URL}${page.url}`);
      }
    }
  });

  it('writes the embed codes with the embed pages’ paths, for the browser to put its origin on', () => {
    const instructors = pages.find((page) => page.url === `${BASE_PATH}instructors/`);
    const codes = [
      ...instructors!.html.matchAll(/<textarea[^>]*data-embed-path="([^"]*)"[^>]*>([^<]*)</g),
    ];
    expect(codes.length).toBeGreaterThan(10);
    for (const [, path, code] of codes) {
      expect(path!.startsWith(`${BASE_PATH}embed/`)).toBe(true);
      // No origin is written into the page: the browser's own goes in front of the path.
      expect(code).toContain(`src=&quot;${path}&quot;`);
    }
  });

  it('names no development address (localhost) in any built file', () => {
    const named = readdirSync(DIST, { recursive: true, withFileTypes: true })
      .filter((entry) => entry.isFile())
      .map((entry) => join(entry.parentPath, entry.name))
      .filter((file) => readFileSync(file).includes('localhost'));
    expect(named).toEqual([]);
  });

  it('has no broken internal link or #fragment', () => {
    const broken = findBrokenLinks(pages, (path) => {
      const file = fileOf(path);
      return file !== undefined && existsSync(file);
    });
    expect(broken).toEqual([]);
  });

  it.each(pages.map((page) => [page.url, page.html]))(
    '%s: every equation was typeset (no .katex-error, no raw $$)',
    (_url, html) => {
      expect(findMathProblems(html)).toEqual({ katexErrors: 0, rawDisplayMath: 0 });
    },
  );

  it.each(pages.map((page) => [page.url, page.html]))(
    '%s: draws every character of its equations in the book’s math font (no fallback glyph)',
    (_url, html) => {
      const missing = [...mathCharacters(html)].filter(
        (character) => !MATH_FONT.has(character.codePointAt(0)!),
      );
      expect(
        missing.map((c) => `U+${c.codePointAt(0)!.toString(16).toUpperCase()} ${c}`),
        'characters outside scripts/subset-math-font.mjs’s ranges: add them there and run it',
      ).toEqual([]);
    },
  );

  it.each(pages.map((page) => [page.url, page.html]))(
    '%s: carries each formula once, as it reads: no TeX source beside it for a search to quote',
    (_url, html) => {
      expect(html).not.toMatch(/<(annotation|semantics)\b/);
      // One copy of each formula: KaTeX's MathML alone, no HTML copy beside it.
      expect(html).not.toMatch(/class="katex-(html|mathml)"/);
    },
  );

  it.each(pages.map((page) => [page.url, page.html]))(
    '%s: sets no apostrophe as an opening quote mark (‘ after a word or a formula)',
    (_url, html) => {
      expect(html.match(/(?:<\/[a-z]+>|[\p{L}\p{N}])\u2018.{0,20}/gu) ?? []).toEqual([]);
    },
  );

  it.each(pages.map((page) => [page.url, page.html]))(
    '%s: is valid HTML (html-validate, standard rules; the whole book with one chapter)',
    async (url, html) => {
      const validator = new HtmlValidate({ extends: ['html-validate:standard'] });
      const report = await validator.validateString(htmlToValidate(url, html), url);
      const messages = report.results.flatMap((result) =>
        result.messages.map((m) => `${m.ruleId}: ${m.message} (${m.selector ?? ''})`),
      );
      expect(messages).toEqual([]);
    },
  );

  it.each(pages.map((page) => [page.url, page.html]))(
    `%s: holds at most ${ELEMENTS.page} elements (the whole book: ${ELEMENTS.book})`,
    (url, html) => {
      let count = 0;
      const walk = (node: { type: string; children?: unknown[] }): void => {
        if (node.type === 'element') count++;
        for (const child of (node.children ?? []) as (typeof node)[]) walk(child);
      };
      walk(fromHtml(html));
      console.log(`${url}: ${count} elements`);
      expect(count).toBeLessThanOrEqual(url === BOOK ? ELEMENTS.book : ELEMENTS.page);
    },
  );

  it.each(pages.map((page) => [page.url, page.html]))(
    '%s: HTML ≤ 60 kB (the whole book: its chapters’ together) and CSS ≤ 30 kB (gzip)',
    (url, html) => {
      const htmlSize = gzipSize(html);
      const cssSize = stylesheetsOf(html).reduce((sum, href) => {
        const file = fileOf(new URL(href, `http://site.test${url}`).pathname);
        return sum + (file && existsSync(file) ? gzipSize(readFileSync(file)) : 0);
      }, 0);
      console.log(
        `${url}: HTML ${(htmlSize / KB).toFixed(1)} kB, CSS ${(cssSize / KB).toFixed(1)} kB (gzip)`,
      );
      expect(htmlSize).toBeLessThanOrEqual(htmlBudget(url));
      expect(cssSize).toBeGreaterThan(0);
      expect(cssSize).toBeLessThanOrEqual(BUDGET.css);
    },
  );
});
