/**
 * Path data written as bytes into one buffer, kept between paths and grown when short, and read
 * out as a string once a path (paths.ts says what to draw; this writes it). A path of a thousand
 * points built by adding strings made two small strings a point and one long chain of them that
 * the browser then had to flatten to set the attribute.
 *
 * Coordinates come as whole numbers of tenths of a unit, at most 1,000,000 either way (paths.ts
 * holds them within ±100,000 units), and are written with one decimal: "12.3", "12", "-0.5",
 * never "-0".
 */
let bytes = new Uint8Array(4096);
let written = 0;
const ascii = new TextDecoder();
const ZERO = 48;
const MINUS = 45;
const DOT = 46;
const SPACE = 32;
const H = 72;
const V = 86;
/** The path commands a point starts with: a move (the line starts again) and a line to it. */
export const MOVE = 77;
export const LINE = 76;
/** The most bytes one point adds: a command, two coordinates and "h0" ("M-100000.0 -100000.0h0"). */
const POINT_ROOM = 24;

/** Makes room for one more point. */
function roomForPoint(): void {
  if (written + POINT_ROOM <= bytes.length) return;
  const larger = new Uint8Array(bytes.length * 2);
  larger.set(bytes.subarray(0, written));
  bytes = larger;
}

/**
 * A whole number of tenths as text, from the integer's digits: a number-to-text conversion of the
 * decimal costs more than the rest of a path, and the integer's is cheap.
 */
function writeTenths(count: number): void {
  if (count === 0) {
    bytes[written++] = ZERO;
    return;
  }
  if (count < 0) bytes[written++] = MINUS;
  // |count| ≤ 1,000,000, so the arithmetic below stays in 32-bit integers (`| 0`).
  const size = Math.abs(count);
  let units = (size / 10) | 0;
  const tenth = size - units * 10;
  let digits = 1;
  for (let power = 10; power <= units; power *= 10) digits++;
  written += digits;
  for (let at = written - 1; at >= written - digits; at--) {
    const next = (units / 10) | 0;
    bytes[at] = ZERO + (units - next * 10);
    units = next;
  }
  if (tenth !== 0) {
    bytes[written++] = DOT;
    bytes[written++] = ZERO + tenth;
  }
}

/** Starts a path: what was written before is dropped. */
export function startPath(): void {
  written = 0;
}

/** A command and a point, "L12.3 45" (`command` MOVE or LINE). */
export function writePoint(command: number, xTenths: number, yTenths: number): void {
  roomForPoint();
  bytes[written++] = command;
  writeTenths(xTenths);
  bytes[written++] = SPACE;
  writeTenths(yTenths);
}

/** An upright step then a level one, "V45H12.3". */
export function writeStep(xTenths: number, yTenths: number): void {
  roomForPoint();
  bytes[written++] = V;
  writeTenths(yTenths);
  bytes[written++] = H;
  writeTenths(xTenths);
}

/** A dot: a move and an empty segment, "M12.3 45h0", which a round line cap draws as a disc. */
export function writeDot(xTenths: number, yTenths: number): void {
  writePoint(MOVE, xTenths, yTenths);
  bytes[written++] = 104; // h
  bytes[written++] = ZERO;
}

/** The path written since `startPath`. */
export function takeText(): string {
  const text = ascii.decode(bytes.subarray(0, written));
  written = 0;
  return text;
}
