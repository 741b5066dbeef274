/**
 * Writes the whole book's page after the build: every chapter of the sidebar, in its order, into
 * the page Astro built at /book/ (src/pages/book.astro). It runs after finishPages, so the chapters
 * it reads are finished pages and the book's own page already has its policy; see book-page.ts
 * for what changes on the way in.
 */
import { readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import { chapterSlugs } from '../content/sidebar.ts';
import { composeBook } from './book-page.ts';

/** The book's page, as a folder of the build. */
export const BOOK_SLUG = 'book';

/** The Astro integration. */
export function wholeBook(): AstroIntegration {
  let base = '/';
  return {
    name: 'whole-book',
    hooks: {
      'astro:config:done': ({ config }) => {
        base = config.base.replace(/\/?$/, '/');
      },
      'astro:build:done': async ({ dir, logger }) => {
        const root = fileURLToPath(dir);
        const file = join(root, BOOK_SLUG, 'index.html');
        const chapters = await Promise.all(
          chapterSlugs.map(async (slug) => ({
            slug,
            html: await readFile(join(root, slug, 'index.html'), 'utf8'),
          })),
        );
        const book = composeBook(await readFile(file, 'utf8'), chapters, base);
        await writeFile(file, book);
        logger.info(
          `/${BOOK_SLUG}/ holds ${chapters.length} chapters (${(book.length / 1024).toFixed(0)} kB)`,
        );
      },
    },
  };
}
