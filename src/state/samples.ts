/**
 * A table of training samples, x₁ x₂ x₃ → y, as readers edit it and links carry it. The table is
 * one flat list of numbers, four per sample (x₁, x₂, x₃, y), so a store compares and copies it
 * like any other list.
 *
 * Three ways in, each with its own policy:
 * - a cell typed in the table (`parseCell`): a decimal comma is fine, anything that is not a
 *   number within ±10 is refused with a sentence naming the sample and the column;
 * - text pasted as CSV (`parseSamplesText`): an optional header row, commas, semicolons or tabs
 *   between values, a decimal comma where the separator is not a comma; every bad cell, a row
 *   with the wrong number of values, too few or too many rows, or too long a text is refused
 *   with a sentence that names where;
 * - a link (`samplesCodec.fromLink`): hostile input, read only when it is short enough, each value
 *   a plain decimal clamped to ±10, the rows 2 to 64; anything else is ignored.
 */
import { MAX_LINK_VALUE_LENGTH, number, type Checked, type Codec } from './codecs.ts';
import { formatLimit, parseTypedNumber } from './format.ts';

/** Values per sample: x₁, x₂, x₃ and y. */
export const SAMPLE_WIDTH = 4;
/** The columns as the page names them. */
export const SAMPLE_COLUMNS = ['x1', 'x2', 'x3', 'y'] as const;
/** Samples a table may hold. */
export const MIN_SAMPLES = 2;
export const MAX_SAMPLES = 64;
/** Every value stays within ±VALUE_LIMIT: beyond it a sigmoid network only saturates. */
export const SAMPLE_VALUE_LIMIT = 10;
/** Longest text a reader may paste (64 rows of long numbers fit in a quarter of it). */
export const MAX_SAMPLES_TEXT = 16_000;

/**
 * The chapters' samples: ten points of the unit cube, the chapter's worked sample first, and
 * y = x₁·x₃ − x₂/2 + 0.05 rounded to two decimals (a smooth surface that bends, so the hidden
 * layer has something to do; it passes through the chapter's y = 0.3 at x = 0.5, 0.2, 0.7).
 */
export const DEFAULT_SAMPLES: readonly number[] = Object.freeze([
  0.5, 0.2, 0.7, 0.3, 0.1, 0.9, 0.3, -0.37, 0.9, 0.4, 0.8, 0.57, 0.3, 0.6, 0.1, -0.22, 0.7, 0.1,
  0.5, 0.35, 0.2, 0.3, 0.9, 0.08, 0.8, 0.7, 0.2, -0.14, 0.4, 0.5, 0.6, 0.04, 0.6, 0.8, 0.4, -0.11,
  1, 0.2, 0.9, 0.85,
]);

/** A cell's value as links carry it: a plain decimal, clamped to ±10. */
const cellCodec = number({ min: -SAMPLE_VALUE_LIMIT, max: SAMPLE_VALUE_LIMIT });

/** Where a value sits, as a sentence names it: "Sample 3, x2", or "Sample 3 (line 4), x2". */
export function cellName(row: number, column: number, where = ''): string {
  return `Sample ${row + 1}${where}, ${SAMPLE_COLUMNS[column]!}`;
}

const RANGE = `between ${formatLimit(-SAMPLE_VALUE_LIMIT)} and ${formatLimit(SAMPLE_VALUE_LIMIT)}`;

/** A value typed into cell (row, column), with a decimal point or comma, within ±10. */
export function parseCell(text: string, row: number, column: number, where = ''): Checked<number> {
  const name = cellName(row, column, where);
  const typed = parseTypedNumber(text);
  if (!typed.ok) {
    const shown = text.trim() === '' ? 'is empty and' : `(“${text.trim()}”)`;
    return { ok: false, message: `${name} ${shown} ${typed.problem}` };
  }
  if (Math.abs(typed.value) > SAMPLE_VALUE_LIMIT) {
    return { ok: false, message: `${name} must be ${RANGE}.` };
  }
  return { ok: true, value: typed.value };
}

/** Checks a flat table: whole samples, 2 to 64 of them, every value finite and within ±10. */
export function checkSamples(value: unknown): Checked<readonly number[]> {
  if (!Array.isArray(value) || value.some((entry) => typeof entry !== 'number')) {
    return { ok: false, message: 'The table needs numbers, four per sample.' };
  }
  const values = value as number[];
  if (values.length % SAMPLE_WIDTH !== 0) {
    return { ok: false, message: 'The table needs four values per sample: x1, x2, x3 and y.' };
  }
  const rows = values.length / SAMPLE_WIDTH;
  if (rows < MIN_SAMPLES || rows > MAX_SAMPLES) {
    return { ok: false, message: `The table needs ${MIN_SAMPLES} to ${MAX_SAMPLES} samples.` };
  }
  for (let i = 0; i < values.length; i++) {
    const entry = values[i]!;
    if (!Number.isFinite(entry) || Math.abs(entry) > SAMPLE_VALUE_LIMIT) {
      const name = cellName(Math.floor(i / SAMPLE_WIDTH), i % SAMPLE_WIDTH);
      return { ok: false, message: `${name} must be a number ${RANGE}.` };
    }
  }
  return { ok: true, value: Object.freeze(values.slice()) };
}

/** The separator of pasted text: a tab if there is one, else a semicolon, else a comma. */
function separatorOf(text: string): string {
  if (text.includes('\t')) return '\t';
  return text.includes(';') ? ';' : ',';
}

const SEPARATOR_NAMES: Readonly<Record<string, string>> = { '\t': 'tabs', ';': 'semicolons' };

/**
 * Samples pasted as text, one per line: "x1, x2, x3, y". The first line is a header when none of
 * its fields is a number. A decimal comma is read where the separator is a semicolon or a tab.
 */
export function parseSamplesText(text: string): Checked<readonly number[]> {
  if (text.length > MAX_SAMPLES_TEXT) {
    return {
      ok: false,
      message: `The text is ${text.length.toLocaleString('en')} characters long; the table takes at most ${MAX_SAMPLES_TEXT.toLocaleString('en')}.`,
    };
  }
  const lines = text
    .split(/\r\n|\r|\n/)
    .map((line, index) => ({ line: line.trim(), number: index + 1 }))
    .filter(({ line }) => line !== '');
  const separator = separatorOf(text);
  const split = (line: string) => line.split(separator).map((field) => field.trim());
  const first = lines[0];
  if (first && split(first.line).every((field) => !parseTypedNumber(field).ok)) lines.shift();
  if (lines.length < MIN_SAMPLES || lines.length > MAX_SAMPLES) {
    return {
      ok: false,
      message: `The text holds ${lines.length} ${lines.length === 1 ? 'sample' : 'samples'}; the table needs ${MIN_SAMPLES} to ${MAX_SAMPLES}, one per line.`,
    };
  }
  const values: number[] = [];
  for (let row = 0; row < lines.length; row++) {
    const { line, number: lineNumber } = lines[row]!;
    const fields = split(line);
    if (fields.length !== SAMPLE_WIDTH) {
      const between = SEPARATOR_NAMES[separator] ?? 'commas';
      const hint =
        separator === ',' && fields.length > SAMPLE_WIDTH
          ? ' With decimal commas, separate the values with semicolons or tabs.'
          : '';
      return {
        ok: false,
        message: `Sample ${row + 1} (line ${lineNumber}) has ${fields.length} ${fields.length === 1 ? 'value' : 'values'}; each sample needs 4 (x1, x2, x3, y) separated by ${between}.${hint}`,
      };
    }
    for (let column = 0; column < SAMPLE_WIDTH; column++) {
      const cell = parseCell(fields[column]!, row, column, ` (line ${lineNumber})`);
      if (!cell.ok) return cell;
      values.push(cell.value);
    }
  }
  return checkSamples(values);
}

/** The table as CSV text with a header row, as the paste box shows it. */
export function samplesToText(values: readonly number[]): string {
  const lines = [SAMPLE_COLUMNS.join(', ')];
  for (let i = 0; i < values.length; i += SAMPLE_WIDTH) {
    lines.push(
      values
        .slice(i, i + SAMPLE_WIDTH)
        .map(String)
        .join(', '),
    );
  }
  return lines.join('\n');
}

/** Separator of values in a link ('_' needs no escaping in a query string). */
const LINK_SEPARATOR = '_';

/** Longest link text a table may have: every value at its longest, with its separator. */
const MAX_LINK_TEXT = MAX_SAMPLES * SAMPLE_WIDTH * (MAX_LINK_VALUE_LENGTH + 1);

/**
 * The samples of a store. Typed as CSV (see `parseSamplesText`); a link writes every value with
 * six significant digits, "0.5_0.2_0.7_0.3_…", row after row.
 */
export const samplesCodec: Codec<readonly number[]> = {
  type: 'vector',
  check: (value) => checkSamples(value),
  parse: (text) => parseSamplesText(text),
  fromLink(text) {
    if (text.length === 0 || text.length > MAX_LINK_TEXT) return undefined;
    const values: number[] = [];
    for (const part of text.split(LINK_SEPARATOR)) {
      const value = cellCodec.fromLink(part);
      if (value === undefined) return undefined;
      values.push(value);
    }
    const checked = checkSamples(values);
    return checked.ok ? checked.value : undefined;
  },
  toLink: (value) => value.map((entry) => cellCodec.toLink(entry)).join(LINK_SEPARATOR),
  format: (value) => {
    const rows = value.length / SAMPLE_WIDTH;
    return `${rows} ${rows === 1 ? 'sample' : 'samples'}`;
  },
  equals: (a, b) => a.length === b.length && a.every((entry, i) => entry === b[i]),
};

/** The table with one value replaced. */
export function withCell(
  values: readonly number[],
  row: number,
  column: number,
  value: number,
): number[] {
  const next = values.slice();
  next[row * SAMPLE_WIDTH + column] = value;
  return next;
}

/** The table with a sample of zeros added at the end. */
export function withSample(values: readonly number[]): number[] {
  return [...values, ...new Array<number>(SAMPLE_WIDTH).fill(0)];
}

/** The table without sample `row`. */
export function withoutSample(values: readonly number[], row: number): number[] {
  return [...values.slice(0, row * SAMPLE_WIDTH), ...values.slice((row + 1) * SAMPLE_WIDTH)];
}
