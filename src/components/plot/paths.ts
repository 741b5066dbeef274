/**
 * The path data of a plot's lines and dots, from data points and the plot's scales (scales.ts).
 * No DOM here, so the server and the browser draw the same paths and each has a unit test.
 *
 * Nothing here may write NaN or Infinity into an attribute: a point that is not finite is left
 * out (a line breaks there), and coordinates far outside the plot are held to a bound the
 * browser can draw.
 */
import { LINE, MOVE, startPath, takeText, writeDot, writePoint, writeStep } from './path-text.ts';
import type { Scale } from './scales.ts';

/** Coordinates are held within ±LIMIT units: far outside any plot, small enough to draw. */
const LIMIT = 1e5;

/** A coordinate in tenths of a unit, held within ±LIMIT: what a path writes, as a whole number. */
function tenths(value: number): number {
  return Math.round(Math.min(Math.max(value, -LIMIT), LIMIT) * 10);
}

/** Room for the projected points of a path, x and y, kept between calls and grown when short. */
const projected: [Float64Array, Float64Array] = [new Float64Array(0), new Float64Array(0)];

/**
 * The first `length` values through a scale, into scratch array `slot` (0 for x, 1 for y). A
 * linear scale is worked out here, r₀ + (v − d₀)·ratio as the scale itself does, without a call
 * per point: a run of a thousand epochs draws fifteen lines on one change.
 */
function project(values: ArrayLike<number>, scale: Scale, length: number, slot: 0 | 1) {
  if (projected[slot].length < length) projected[slot] = new Float64Array(length * 2);
  const out = projected[slot];
  const linear = scale.linear;
  if (linear) {
    const { r0, d0, ratio } = linear;
    for (let i = 0; i < length; i++) out[i] = r0 + (values[i]! - d0) * ratio;
  } else {
    for (let i = 0; i < length; i++) out[i] = scale(values[i]!);
  }
  return out;
}

/**
 * Where a line's pen is: whether it is drawing (a move starts the line again after a break), the
 * last height written (in tenths of a unit, and as the coordinate it came from) and the x of the
 * last point of a level stretch not yet written. One object with its functions at module level:
 * the loop over points then keeps its own state in locals, which the JIT holds in registers, and
 * calls out only once a column.
 */
interface Pen {
  drawing: boolean;
  step: boolean;
  lastY: number;
  lastTenths: number;
  level: number;
}

/** Writes the end of a level stretch, if one is open. */
function endLevel(pen: Pen): void {
  if (!Number.isNaN(pen.level)) writePoint(LINE, tenths(pen.level), pen.lastTenths);
  pen.level = Number.NaN;
}

/** Draws to (px, py): a move after a break, a step when stepped, else a segment or a level stretch. */
function draw(pen: Pen, px: number, py: number): void {
  const height = tenths(py);
  if (!pen.drawing) {
    // No level stretch is open here: a line starts with none, and a break ends its own.
    writePoint(MOVE, tenths(px), height);
  } else if (pen.step) {
    if (py !== pen.lastY) writeStep(tenths(px), height);
    else writePoint(LINE, tenths(px), height);
  } else if (height === pen.lastTenths) {
    // A level stretch (a converged weight, hundreds of epochs at one height) is one segment
    // from its first point to its last: the points between would be drawn on it.
    pen.level = px;
    return;
  } else {
    endLevel(pen);
    writePoint(LINE, tenths(px), height);
  }
  pen.drawing = true;
  pen.lastY = py;
  pen.lastTenths = height;
}

/**
 * Draws a column's points, `count` of them: its first, lowest, highest and last, each once, in
 * their order (`lowAt` and `highAt` are their places in the column).
 */
function drawColumn(
  pen: Pen,
  count: number,
  firstX: number,
  firstY: number,
  lowX: number,
  lowY: number,
  lowAt: number,
  highX: number,
  highY: number,
  highAt: number,
  endX: number,
  endY: number,
): void {
  draw(pen, firstX, firstY);
  // The lowest and highest, unless one is the column's first or last point, lower one first when
  // it came first.
  const last = count - 1;
  if (lowAt < highAt) {
    if (lowAt !== 0 && lowAt !== last) draw(pen, lowX, lowY);
    if (highAt !== 0 && highAt !== last) draw(pen, highX, highY);
  } else {
    if (highAt !== 0 && highAt !== last) draw(pen, highX, highY);
    if (lowAt !== 0 && lowAt !== last) draw(pen, lowX, lowY);
  }
  if (count > 1) draw(pen, endX, endY);
}

/**
 * Path data of a line through the points (xs[i], ys[i]) in order. A point with a coordinate that
 * is not finite is left out and the line starts again after it. With `step`, the line holds each
 * value back to the previous point and rises upright there (a derivative with a jump stands
 * upright at its kink instead of leaning across one sample).
 *
 * Points that fall in one column of the plot (the same x to the nearest unit, which is a CSS pixel
 * once the plot has measured its room) are drawn as at most four: the column's first, lowest,
 * highest and last, in their order; and a stretch at one height (to the tenth of a unit written)
 * is one segment. The drawn line is the same to the pixel, and a run of 5,000 epochs that has
 * converged costs a few hundred segments instead of 5,000.
 */
export function linePath(
  xs: ArrayLike<number>,
  ys: ArrayLike<number>,
  x: Scale,
  y: Scale,
  step = false,
): string {
  startPath();
  const pen: Pen = { drawing: false, step, lastY: 0, lastTenths: Number.NaN, level: Number.NaN };
  // The current column: how many points fell in it, and its first, lowest, highest and last
  // point (the lowest and highest with their place in the column).
  let column = Number.NaN;
  let count = 0;
  let firstX = 0;
  let firstY = 0;
  let lowX = 0;
  let lowY = 0;
  let lowAt = 0;
  let highX = 0;
  let highY = 0;
  let highAt = 0;
  let endX = 0;
  let endY = 0;
  const length = Math.min(xs.length, ys.length);
  const pxs = project(xs, x, length, 0);
  const pys = project(ys, y, length, 1);
  for (let i = 0; i < length; i++) {
    const px = pxs[i]!;
    const py = pys[i]!;
    // x − x is 0 for a finite x, NaN for NaN and ±Infinity.
    if (px - px !== 0 || py - py !== 0) {
      if (count > 0) {
        drawColumn(pen, count, firstX, firstY, lowX, lowY, lowAt, highX, highY, highAt, endX, endY);
      }
      count = 0;
      endLevel(pen);
      column = Number.NaN;
      pen.drawing = false;
      continue;
    }
    if (step) {
      draw(pen, px, py);
      continue;
    }
    const here = Math.round(px);
    if (here !== column) {
      if (count > 0) {
        drawColumn(pen, count, firstX, firstY, lowX, lowY, lowAt, highX, highY, highAt, endX, endY);
      }
      count = 0;
      column = here;
    }
    if (count === 0) {
      firstX = lowX = highX = px;
      firstY = lowY = highY = py;
      lowAt = highAt = 0;
    } else {
      if (py < lowY) {
        lowX = px;
        lowY = py;
        lowAt = count;
      }
      if (py > highY) {
        highX = px;
        highY = py;
        highAt = count;
      }
    }
    endX = px;
    endY = py;
    count++;
  }
  if (count > 0) {
    drawColumn(pen, count, firstX, firstY, lowX, lowY, lowAt, highX, highY, highAt, endX, endY);
  }
  endLevel(pen);
  return takeText();
}

/**
 * Path data of a dot at each finite point: a move and an empty segment, which a round line cap
 * draws as a disc as wide as the stroke.
 */
export function dotsPath(xs: ArrayLike<number>, ys: ArrayLike<number>, x: Scale, y: Scale): string {
  startPath();
  const length = Math.min(xs.length, ys.length);
  for (let i = 0; i < length; i++) {
    const px = x(xs[i]!);
    const py = y(ys[i]!);
    if (Number.isFinite(px) && Number.isFinite(py)) writeDot(tenths(px), tenths(py));
  }
  return takeText();
}
