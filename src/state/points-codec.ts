/**
 * The codec of a reader's points, x and y, as the approximation kind's target takes them: a flat
 * list x₁, y₁, x₂, y₂, … of 2 to 12 points, x within ±1 and y within ±2. A reader types them as
 * "x, y; x, y; …" (decimal commas allowed); a link writes "x_y_x_y…".
 */
import { linkNumber, linkText, MAX_LINK_VALUE_LENGTH, type Checked, type Codec } from './codecs.ts';
import { formatLimit, parseTypedNumber } from './format.ts';

/** Points a reader may give, and their limits. */
export const MIN_POINTS = 2;
export const MAX_POINTS = 12;
export const POINT_X_LIMIT = 1;
export const POINT_Y_LIMIT = 2;

/** One coordinate of a point, typed with a decimal point or comma. */
function coordinate(text: string, name: string, limit: number): Checked<number> {
  const typed = parseTypedNumber(text);
  if (!typed.ok) return { ok: false, message: `${name} ${typed.problem}` };
  if (Math.abs(typed.value) > limit) {
    return {
      ok: false,
      message: `${name} must be between ${formatLimit(-limit)} and ${formatLimit(limit)}.`,
    };
  }
  return typed;
}

/**
 * The two numbers of a typed point "x, y" (or "x y", or with decimal commas "0,5, 1,5"): split at
 * commas and spaces; when that gives more than two parts, the commas are decimal commas and only
 * a comma before a space, or a space, separates x from y.
 */
function pointParts(text: string): string[] | null {
  const plain = text.split(/\s*,\s*|\s+/);
  if (plain.length === 2) return plain;
  const decimalCommas = text.split(/,\s+|\s+/);
  return decimalCommas.length === 2 ? decimalCommas : null;
}

/** Checks a flat list x₁, y₁, x₂, y₂, …: 2 to 12 points inside the limits. */
function checkPoints(value: unknown, label: string): Checked<readonly number[]> {
  if (!Array.isArray(value) || value.some((entry) => typeof entry !== 'number')) {
    return { ok: false, message: `${label} needs a list of points.` };
  }
  const values = value as number[];
  if (values.length % 2 !== 0) {
    return { ok: false, message: `${label} needs pairs of numbers, x and y.` };
  }
  const count = values.length / 2;
  if (count < MIN_POINTS || count > MAX_POINTS) {
    return { ok: false, message: `${label} needs ${MIN_POINTS} to ${MAX_POINTS} points.` };
  }
  for (let i = 0; i < count; i++) {
    const [x, y] = [values[2 * i]!, values[2 * i + 1]!];
    if (!Number.isFinite(x) || Math.abs(x) > POINT_X_LIMIT) {
      return {
        ok: false,
        message: `x of point ${i + 1} must be between ${formatLimit(-POINT_X_LIMIT)} and ${formatLimit(POINT_X_LIMIT)}.`,
      };
    }
    if (!Number.isFinite(y) || Math.abs(y) > POINT_Y_LIMIT) {
      return {
        ok: false,
        message: `y of point ${i + 1} must be between ${formatLimit(-POINT_Y_LIMIT)} and ${formatLimit(POINT_Y_LIMIT)}.`,
      };
    }
  }
  return { ok: true, value: Object.freeze(values.slice()) };
}

/**
 * The reader's points, flat: x₁, y₁, x₂, y₂, … Typed as "x, y; x, y; …" (a semicolon or a new
 * line between points); a link writes "x_y_x_y…" with six significant digits.
 */
export const pointsCodec: Codec<readonly number[]> = {
  type: 'vector',
  check: checkPoints,
  parse(text, label) {
    const pieces = text
      .trim()
      .split(/\s*[;\n]\s*/)
      .filter((piece) => piece !== '');
    if (pieces.length === 0) {
      return { ok: false, message: `${label} needs points, such as “-1, 0; 0, 1; 1, 0”.` };
    }
    const values: number[] = [];
    for (let i = 0; i < pieces.length; i++) {
      const parts = pointParts(pieces[i]!);
      if (!parts) {
        return {
          ok: false,
          message: `Point ${i + 1} (“${pieces[i]!}”) needs two numbers, x and y, such as “0.5, 1”.`,
        };
      }
      const x = coordinate(parts[0]!, `x of point ${i + 1}`, POINT_X_LIMIT);
      if (!x.ok) return x;
      const y = coordinate(parts[1]!, `y of point ${i + 1}`, POINT_Y_LIMIT);
      if (!y.ok) return y;
      values.push(x.value, y.value);
    }
    return checkPoints(values, label);
  },
  fromLink(text) {
    // Only spares splitting long text: 24 values of at most 24 characters and 23 "_" make 599.
    // Stryker disable next-line ConditionalExpression,LogicalOperator,EqualityOperator,BlockStatement: only spares splitting; the parts refuse '' and all over 599 characters
    if (text.length === 0 || text.length > 2 * MAX_POINTS * (MAX_LINK_VALUE_LENGTH + 1)) {
      return undefined;
    }
    const values: number[] = [];
    for (const part of text.split('_')) {
      const value = linkNumber(part);
      if (value === undefined) return undefined;
      values.push(value);
    }
    // Stryker disable next-line StringLiteral: the label names the points only in a refusal, which is dropped
    const checked = checkPoints(values, 'points');
    return checked.ok ? checked.value : undefined;
  },
  toLink: (value) => value.map(linkText).join('_'),
  format(value) {
    const pairs: string[] = [];
    for (let i = 0; i + 1 < value.length; i += 2) {
      pairs.push(`${value[i]!}, ${value[i + 1]!}`);
    }
    return pairs.join('; ');
  },
  equals: (a, b) => a.length === b.length && a.every((entry, i) => entry === b[i]),
};
