/**
 * Small files, one concept each: no code file in src/ (TypeScript, TSX, Astro, CSS, JavaScript)
 * runs past 300 lines. A file that grows past it is split by concept, not squeezed.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';

const SRC = fileURLToPath(new URL('../../../src/', import.meta.url));
const CODE = /\.(ts|tsx|astro|css|mjs|js)$/;
const MOST_LINES = 300;

describe('the code files of src/', () => {
  it(`are ${MOST_LINES} lines long at most`, () => {
    const files = readdirSync(SRC, { recursive: true, encoding: 'utf8' }).filter((name) =>
      CODE.test(name),
    );
    expect(files.length).toBeGreaterThan(300);
    const long = files
      .map((name) => ({ name, lines: readFileSync(join(SRC, name), 'utf8').split('\n').length }))
      // A file's last line ends with a newline: split gives one empty entry after it.
      .map(({ name, lines }) => ({ name, lines: lines - 1 }))
      .filter(({ lines }) => lines > MOST_LINES)
      .map(({ name, lines }) => `${name}: ${lines} lines`);
    expect(long).toEqual([]);
  });
});
