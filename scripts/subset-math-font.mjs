#!/usr/bin/env node
/**
 * Writes the book's math font: STIX Two Math (SIL Open Font License, from @fontsource/stix-two-math)
 * cut down to the characters mathematics in the book can use, with its MATH table (the sizes and
 * pieces of stretchy delimiters, radicals and big operators) kept for the glyphs that stay.
 * The whole font is 394 kB (woff2); this is 120 kB.
 *
 *   node scripts/subset-math-font.mjs
 *
 * Needs Python's fontTools and brotli (Debian: python3-fonttools, python3-brotli). Writes
 * src/styles/fonts/stix-two-math-book.woff2 and, beside it, the characters it holds (.json), which
 * the site's checks compare with every character the built equations use (tests/site). Run it
 * again, and commit both files, when a formula needs a character outside these ranges.
 */
import { execFileSync } from 'node:child_process';
import { copyFileSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

const PACKAGE = fileURLToPath(
  new URL('../node_modules/@fontsource/stix-two-math/', import.meta.url),
);
const SOURCE = `${PACKAGE}files/stix-two-math-latin-400-normal.woff2`;
const FOLDER = fileURLToPath(new URL('../src/styles/fonts/', import.meta.url));
const OUTPUT = `${FOLDER}stix-two-math-book.woff2`;
const PYTHON = process.env.PYTHON ?? '/usr/bin/python3';

/**
 * The Unicode ranges kept: what the chapters' TeX can produce, not only what it produces today,
 * so a new formula rarely needs a new font.
 */
const RANGES = [
  ['0020', '007E', 'ASCII: digits, Latin letters, operators and brackets'],
  ['00A0', '00FF', 'Latin-1: ±, ×, ·, the no-break space'],
  ['0370', '03FF', 'Greek'],
  ['2000', '206F', 'spaces, primes, dots, invisible operators (function application, separator)'],
  ['2070', '209F', 'superscript and subscript digits'],
  ['2100', '214F', 'letter-like symbols: ℓ, ℎ, ℝ'],
  ['2190', '21FF', 'arrows'],
  ['2200', '22FF', 'mathematical operators: ∂, ∑, ∏, −, ≤, ⋅'],
  ['2300', '23FF', 'ceilings, floors, braces over and under'],
  [
    '1D400',
    '1D467',
    'bold and italic Latin (a lone letter is drawn italic: text-transform: math-auto)',
  ],
  ['1D6A4', '1D6A5', 'dotless italic ı and ȷ'],
  ['1D6A8', '1D71B', 'bold and italic Greek'],
];

mkdirSync(FOLDER, { recursive: true });
execFileSync(
  PYTHON,
  [
    '-m',
    'fontTools.subset',
    SOURCE,
    `--output-file=${OUTPUT}`,
    '--flavor=woff2',
    '--layout-features=*',
    // Hinting stays: without it glyphs are set a pixel apart at text sizes (checked: with it,
    // every formula of nine chapters is drawn pixel for pixel as with the whole font).
    `--unicodes=${RANGES.map(([from, to]) => `U+${from}-${to}`).join(',')}`,
  ],
  { stdio: 'inherit' },
);
const held = execFileSync(
  PYTHON,
  [
    '-c',
    'import sys, json; from fontTools.ttLib import TTFont; ' +
      'print(json.dumps(sorted(TTFont(sys.argv[1]).getBestCmap())))',
    OUTPUT,
  ],
  { encoding: 'utf8' },
);
const codePoints = JSON.parse(held);
const { version } = JSON.parse(readFileSync(`${PACKAGE}package.json`, 'utf8'));
writeFileSync(
  `${FOLDER}stix-two-math-book.json`,
  `${JSON.stringify({ source: `@fontsource/stix-two-math ${version}`, codePoints })}\n`,
);
// The licence travels with the font (SIL Open Font License 1.1, no reserved font name).
copyFileSync(`${PACKAGE}LICENSE`, `${FOLDER}OFL.txt`);
console.log(`${OUTPUT}: ${codePoints.length} characters`);
