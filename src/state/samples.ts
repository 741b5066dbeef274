/**
 * A table of samples, inputs then the target (x₁ x₂ x₃ → y in the training chapters, x₁ x₂ → y in
 * the lab), as readers edit it and links carry it. The table is one flat list of numbers, a row
 * per sample, so a store compares and copies it like any other list. `sampleTable` makes the
 * rules of one shape of table: its columns, how many rows, how large a value.
 *
 * Three ways in, each with its own policy:
 * - a cell typed in the table (`parseCell`): a decimal comma is fine, anything that is not a
 *   number within the limit is refused with a sentence naming the sample and the column;
 * - text pasted as CSV (`parseText`): an optional header row, commas, semicolons or tabs between
 *   values, a decimal comma where the separator is not a comma; every bad cell, a row with the
 *   wrong number of values, too few or too many rows, or too long a text is refused with a
 *   sentence that names where;
 * - a link (`codec.fromLink`): hostile input, read only when it is short enough, each value a
 *   plain decimal clamped to the limit, the rows within their bounds; anything else is ignored.
 */
import { MAX_LINK_VALUE_LENGTH, number, type Checked, type Codec } from './codecs.ts';
import { formatLimit, parseTypedNumber } from './format.ts';

/** The shape of a table: its columns, inputs first and the target last, and its bounds. */
export interface SampleTableShape {
  /** The columns as the page names them: 'x1', 'x2', …, 'y'. */
  readonly columns: readonly string[];
  /** Fewest and most samples the table holds. */
  readonly minRows: number;
  readonly maxRows: number;
  /** Every value stays within ±limit. */
  readonly limit: number;
  /** Longest text a reader may paste. */
  readonly maxText: number;
}

/** Values a row holds, in words, for the sentences: "four values per sample". */
const COUNT_WORDS = ['no', 'one', 'two', 'three', 'four', 'five'];

/** The separator of pasted text: a tab if there is one, else a semicolon, else a comma. */
function separatorOf(text: string): string {
  if (text.includes('\t')) return '\t';
  return text.includes(';') ? ';' : ',';
}

const SEPARATOR_NAMES: Readonly<Record<string, string>> = { '\t': 'tabs', ';': 'semicolons' };

/** Separator of values in a link ('_' needs no escaping in a query string). */
const LINK_SEPARATOR = '_';

/** "x1, x2 and y": the columns as a sentence lists them. */
const listed = (columns: readonly string[]) =>
  `${columns.slice(0, -1).join(', ')} and ${columns[columns.length - 1]!}`;

/** The rules of one shape of table: checks, the three ways in, the edits and the codec. */
export function sampleTable(shape: SampleTableShape) {
  const { columns, minRows, maxRows, limit, maxText } = shape;
  const width = columns.length;
  const range = `between ${formatLimit(-limit)} and ${formatLimit(limit)}`;
  /** A cell's value as links carry it: a plain decimal, clamped to ±limit. */
  const cellCodec = number({ min: -limit, max: limit });
  /** Longest link text a table may have: every value at its longest, with its separator. */
  const maxLinkText = maxRows * width * (MAX_LINK_VALUE_LENGTH + 1);

  /** Where a value sits, as a sentence names it: "Sample 3, x2", or "Sample 3 (line 4), x2". */
  const cellName = (row: number, column: number, where = '') =>
    `Sample ${row + 1}${where}, ${columns[column]!}`;

  /** A value typed into cell (row, column), with a decimal point or comma, within ±limit. */
  function parseCell(text: string, row: number, column: number, where = ''): Checked<number> {
    const name = cellName(row, column, where);
    const typed = parseTypedNumber(text);
    if (!typed.ok) {
      const shown = text.trim() === '' ? 'is empty and' : `(“${text.trim()}”)`;
      return { ok: false, message: `${name} ${shown} ${typed.problem}` };
    }
    if (Math.abs(typed.value) > limit) return { ok: false, message: `${name} must be ${range}.` };
    return { ok: true, value: typed.value };
  }

  /** Checks a flat table: whole samples, within the bounds, every value finite and within ±limit. */
  function check(value: unknown): Checked<readonly number[]> {
    if (!Array.isArray(value) || value.some((entry) => typeof entry !== 'number')) {
      return { ok: false, message: `The table needs numbers, ${COUNT_WORDS[width]} per sample.` };
    }
    const values = value as number[];
    if (values.length % width !== 0) {
      return {
        ok: false,
        message: `The table needs ${COUNT_WORDS[width]} values per sample: ${listed(columns)}.`,
      };
    }
    const rows = values.length / width;
    if (rows < minRows || rows > maxRows) {
      return { ok: false, message: `The table needs ${minRows} to ${maxRows} samples.` };
    }
    for (let i = 0; i < values.length; i++) {
      const entry = values[i]!;
      if (!Number.isFinite(entry) || Math.abs(entry) > limit) {
        const name = cellName(Math.floor(i / width), i % width);
        return { ok: false, message: `${name} must be a number ${range}.` };
      }
    }
    return { ok: true, value: Object.freeze(values.slice()) };
  }

  /**
   * Samples pasted as text, one per line: "x1, x2, …, y". The first line is a header when none of
   * its fields is a number. A decimal comma is read where the separator is a semicolon or a tab.
   */
  function parseText(text: string): Checked<readonly number[]> {
    if (text.length > maxText) {
      return {
        ok: false,
        message: `The text is ${text.length.toLocaleString('en')} characters long; the table takes at most ${maxText.toLocaleString('en')}.`,
      };
    }
    const lines = text
      .split(/\r\n|\r|\n/)
      .map((line, index) => ({ line: line.trim(), number: index + 1 }))
      .filter(({ line }) => line !== '');
    const separator = separatorOf(text);
    // Stryker disable next-line MethodExpression: parseTypedNumber trims each field itself, and a refusal shows the field trimmed
    const split = (line: string) => line.split(separator).map((field) => field.trim());
    const first = lines[0];
    if (first && split(first.line).every((field) => !parseTypedNumber(field).ok)) lines.shift();
    if (lines.length < minRows || lines.length > maxRows) {
      return {
        ok: false,
        message: `The text holds ${lines.length} ${lines.length === 1 ? 'sample' : 'samples'}; the table needs ${minRows} to ${maxRows}, one per line.`,
      };
    }
    const values: number[] = [];
    for (let row = 0; row < lines.length; row++) {
      const { line, number: lineNumber } = lines[row]!;
      const fields = split(line);
      if (fields.length !== width) {
        const between = SEPARATOR_NAMES[separator] ?? 'commas';
        const hint =
          separator === ',' && fields.length > width
            ? ' With decimal commas, separate the values with semicolons or tabs.'
            : '';
        return {
          ok: false,
          message: `Sample ${row + 1} (line ${lineNumber}) has ${fields.length} ${fields.length === 1 ? 'value' : 'values'}; each sample needs ${width} (${columns.join(', ')}) separated by ${between}.${hint}`,
        };
      }
      for (let column = 0; column < width; column++) {
        const cell = parseCell(fields[column]!, row, column, ` (line ${lineNumber})`);
        if (!cell.ok) return cell;
        values.push(cell.value);
      }
    }
    return check(values);
  }

  /** The table as CSV text with a header row, as the paste box shows it. */
  function toText(values: readonly number[]): string {
    const lines = [columns.join(', ')];
    for (let i = 0; i < values.length; i += width) {
      lines.push(
        values
          .slice(i, i + width)
          .map(String)
          .join(', '),
      );
    }
    return lines.join('\n');
  }

  /**
   * The table as a store holds it. Typed as CSV (see `parseText`); a link writes every value with
   * six significant digits, "0.5_0.2_0.7_0.3_…", row after row.
   */
  const codec: Codec<readonly number[]> = {
    type: 'vector',
    check: (value) => check(value),
    parse: (text) => parseText(text),
    fromLink(text) {
      // Stryker disable next-line LogicalOperator: an empty or longer text is refused below anyway (no value, or too many or too long)
      if (text.length === 0 || text.length > maxLinkText) return undefined;
      const values: number[] = [];
      for (const part of text.split(LINK_SEPARATOR)) {
        const value = cellCodec.fromLink(part);
        if (value === undefined) return undefined;
        values.push(value);
      }
      const checked = check(values);
      return checked.ok ? checked.value : undefined;
    },
    toLink: (value) => value.map((entry) => cellCodec.toLink(entry)).join(LINK_SEPARATOR),
    format: (value) => {
      const rows = value.length / width;
      return `${rows} ${rows === 1 ? 'sample' : 'samples'}`;
    },
    equals: (a, b) => a.length === b.length && a.every((entry, i) => entry === b[i]),
  };

  return {
    ...shape,
    /** Values per sample: the inputs and the target. */
    width,
    cellName,
    parseCell,
    check,
    parseText,
    toText,
    codec,
    /** The table with one value replaced. */
    withCell: (values: readonly number[], row: number, column: number, value: number) => {
      const next = values.slice();
      next[row * width + column] = value;
      return next;
    },
    /** The table with a sample of zeros added at the end. */
    withSample: (values: readonly number[]): number[] => [
      ...values,
      ...new Array<number>(width).fill(0),
    ],
    /** The table without sample `row`. */
    withoutSample: (values: readonly number[], row: number): number[] => [
      ...values.slice(0, row * width),
      ...values.slice((row + 1) * width),
    ],
  };
}

/** The rules of one shape of table (`sampleTable`). */
export type SampleTableRules = ReturnType<typeof sampleTable>;
