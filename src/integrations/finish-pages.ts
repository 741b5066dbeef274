/**
 * Last touches to every built page, after Astro has written it: styles out of the body and into
 * the head, the math font preloaded on pages with equations, then the page's inline
 * script hashes into its Content Security Policy.
 */
import { readdir, readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import { addInlineScriptHashes } from './csp-inline-hashes.ts';
import { hoistBodyStyles } from './hoist-body-styles.ts';
import { mathFontFiles, preloadMathFonts } from './preload-math-fonts.ts';

async function htmlFiles(dir: string): Promise<string[]> {
  const entries = await readdir(dir, { withFileTypes: true, recursive: true });
  return entries
    .filter((entry) => entry.isFile() && entry.name.endsWith('.html'))
    .map((entry) => join(entry.parentPath, entry.name));
}

/** The Astro integration. */
export function finishPages(): AstroIntegration {
  return {
    name: 'finish-pages',
    hooks: {
      'astro:build:done': async ({ dir, logger }) => {
        const root = fileURLToPath(dir);
        const files = await htmlFiles(root);
        const stylesheets = (await readdir(join(root, '_astro'))).filter((f) => f.endsWith('.css'));
        const css = await Promise.all(
          stylesheets.map((file) => readFile(join(root, '_astro', file), 'utf8')),
        );
        const fonts = mathFontFiles(css.join('\n'));
        const transforms = [hoistBodyStyles, preloadMathFonts(fonts), addInlineScriptHashes];
        for (const file of files) {
          const html = await readFile(file, 'utf8');
          const finished = transforms.reduce((page, transform) => transform(page), html);
          if (finished !== html) await writeFile(file, finished);
        }
        logger.info(`${files.length} pages finished; preloading ${fonts.join(', ') || 'no fonts'}`);
      },
    },
  };
}
