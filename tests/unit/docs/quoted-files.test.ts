/**
 * A code block in the guides that quotes a file of the repository (its fence names it:
 * ```ts file=src/…) is that file's text, whole: an example in the docs cannot drift from the code
 * the build builds.
 */
import { readFileSync, readdirSync } from 'node:fs';
import { describe, expect, it } from 'vitest';

const ROOT = new URL('../../../', import.meta.url);
const DOCS = new URL('docs/', ROOT);

/** Every quoting block of a guide: the file it names and the text it shows. */
function quotes(guide: string): { path: string; text: string }[] {
  const markdown = readFileSync(new URL(guide, DOCS), 'utf8');
  return Array.from(
    markdown.matchAll(/^```\w+ file=(\S+)\n([\s\S]*?)^```$/gm),
    ([, path, text]) => ({
      path: path!,
      text: text!,
    }),
  );
}

const guides = readdirSync(DOCS).filter((file) => file.endsWith('.md'));
const quoted = guides.flatMap((guide) => quotes(guide).map((quote) => ({ guide, ...quote })));

describe('code the guides quote from the repository', () => {
  it('includes the kind and the embed examples of adding-a-widget.md', () => {
    expect(
      quoted.filter(({ guide }) => guide === 'adding-a-widget.md').map(({ path }) => path),
    ).toEqual([
      'src/components/parts/class-output.kind.ts',
      'src/components/parts/ScalingWidget.embed.ts',
      'src/components/parts/ScalingWidget.embed.astro',
    ]);
  });

  it.each(quoted.map((quote) => [`${quote.guide}: ${quote.path}`, quote] as const))(
    '%s is the file, whole',
    (_name, { path, text }) => {
      expect(text).toBe(readFileSync(new URL(path, ROOT), 'utf8'));
    },
  );
});
