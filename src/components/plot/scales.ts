/**
 * The arithmetic of a line plot, kept apart from drawing: scales from data to viewBox units,
 * "nice" domains and ticks, tick labels, and the path data of lines and dots. No DOM here, so
 * the server and the browser draw the same plot and every function has a unit test.
 *
 * Nothing here may write NaN or Infinity into an attribute: a point that is not finite is left
 * out (a line breaks there), a log scale clamps what lies below its floor, and coordinates far
 * outside the plot are held to a bound the browser can draw.
 */
import { formatNumber } from '../../state/format.ts';

/** A closed interval of data values, low end first. */
export type Domain = readonly [number, number];

/** Maps a data value to a position in viewBox units. */
export type Scale = (value: number) => number;

/** Coordinates are held within ±LIMIT units: far outside any plot, small enough to draw. */
const LIMIT = 1e5;

/** Linear map of `domain` onto `range`: v ↦ r₀ + (v − d₀)·(r₁ − r₀)/(d₁ − d₀). */
export function linearScale(domain: Domain, range: Domain): Scale {
  const [d0, d1] = domain;
  const [r0, r1] = range;
  const ratio = d1 !== d0 ? (r1 - r0) / (d1 - d0) : 0;
  return (value) => r0 + (value - d0) * ratio;
}

/**
 * Logarithmic map of `domain` (both ends > 0) onto `range`: v ↦ r₀ + (log v − log d₀)·(r₁ − r₀) /
 * (log d₁ − log d₀). A value below the floor d₀ (zero or negative too) is drawn at the floor and
 * one above d₁ at the top; NaN stays NaN, so a path leaves it out.
 */
export function logScale(domain: Domain, range: Domain): Scale {
  const low = Math.log10(domain[0]);
  const high = Math.log10(domain[1]);
  const linear = linearScale([low, high], range);
  return (value) => {
    if (Number.isNaN(value)) return Number.NaN;
    const clamped = Math.min(Math.max(value, domain[0]), domain[1]);
    return linear(Math.log10(clamped));
  };
}

/** Smallest and largest finite values of some lists, or undefined when none is finite. */
export function extent(...lists: readonly ArrayLike<number>[]): Domain | undefined {
  let low = Infinity;
  let high = -Infinity;
  for (const list of lists) {
    for (let i = 0; i < list.length; i++) {
      const value = list[i]!;
      if (!Number.isFinite(value)) continue;
      if (value < low) low = value;
      if (value > high) high = value;
    }
  }
  return low <= high ? [low, high] : undefined;
}

/** A round step (1, 2 or 5 times a power of ten) that cuts `span` into about `count` parts. */
export function niceStep(span: number, count: number): number {
  if (!(span > 0) || !Number.isFinite(span)) return 1;
  const raw = span / Math.max(1, count);
  const power = 10 ** Math.floor(Math.log10(raw));
  const fraction = raw / power;
  const nice = fraction < 1.5 ? 1 : fraction < 3 ? 2 : fraction < 7 ? 5 : 10;
  return nice * power;
}

/** Decimals that show a multiple of `step` exactly (0 for whole steps). */
export function stepDigits(step: number): number {
  return Math.max(0, Math.ceil(-Math.log10(step) - 1e-9));
}

/**
 * The domain widened to whole round steps, so its ends are ticks: [0.02, 0.97] becomes [0, 1].
 * A single value gets one unit either side; no finite value gives [0, 1].
 */
export function niceDomain(domain: Domain | undefined, count = 5): Domain {
  if (!domain) return [0, 1];
  const [low, high] = domain;
  if (low === high) return [low - 1, high + 1];
  const step = niceStep(high - low, count);
  const digits = stepDigits(step);
  const round = (value: number) => Number(value.toFixed(digits));
  return [round(Math.floor(low / step + 1e-9) * step), round(Math.ceil(high / step - 1e-9) * step)];
}

/** Round values from low to high in steps of niceStep(span, count), ends included when round. */
export function linearTicks(domain: Domain, count: number): number[] {
  const [low, high] = domain;
  if (!Number.isFinite(low) || !Number.isFinite(high) || high <= low) return [];
  const step = niceStep(high - low, count);
  const digits = stepDigits(step);
  const ticks: number[] = [];
  for (let k = Math.ceil(low / step - 1e-9); k * step <= high + step * 1e-9; k++) {
    const value = Number((k * step).toFixed(digits));
    ticks.push(Object.is(value, -0) ? 0 : value);
  }
  return ticks;
}

/** 10^e exactly as written (10 ** −4 in floating point is 0.00009999999999999999). */
function powerOfTen(exponent: number): number {
  return Number(`1e${exponent}`);
}

/**
 * The powers of ten within a domain (both ends > 0), every n-th decade when more than `count`
 * would fit, so a log axis over thirty decades still has room for its labels.
 */
export function logTicks(domain: Domain, count: number): number[] {
  const [low, high] = domain;
  if (!(low > 0) || !(high > low) || !Number.isFinite(high)) return [];
  const first = Math.ceil(Math.log10(low) - 1e-9);
  const last = Math.floor(Math.log10(high) + 1e-9);
  const stride = Math.max(1, Math.ceil((last - first + 1) / Math.max(1, count)));
  const ticks: number[] = [];
  for (let e = last; e >= first; e -= stride) ticks.unshift(powerOfTen(e));
  return ticks;
}

/**
 * Whole decades around the finite values above `floor`: [10^⌊log v_min⌋, 10^⌈log v_max⌉], at
 * least one decade tall and never below the floor.
 */
export function decadeDomain(values: ArrayLike<number>, floor: number): Domain {
  const found = extent(Array.from(values, (value) => (value > 0 ? value : Number.NaN)));
  const low = Math.max(found?.[0] ?? floor, floor);
  const high = Math.max(found?.[1] ?? 1, low);
  const bottom = Math.floor(Math.log10(low));
  const top = Math.max(Math.ceil(Math.log10(high)), bottom + 1);
  return [powerOfTen(bottom), powerOfTen(top)];
}

/** A tick of a linear axis as text: the step's decimals and a true minus sign. */
export function tickLabel(value: number, step: number): string {
  return formatNumber(value, stepDigits(step));
}

const SUPERSCRIPTS = '⁰¹²³⁴⁵⁶⁷⁸⁹';

/** A power of ten as text: 1, 10, then 10², 10⁻³ and so on. */
export function logTickLabel(value: number): string {
  const exponent = Math.round(Math.log10(value));
  if (exponent === 0) return '1';
  if (exponent === 1) return '10';
  const digits = Array.from(String(Math.abs(exponent)), (digit) => SUPERSCRIPTS[Number(digit)]);
  return `10${exponent < 0 ? '⁻' : ''}${digits.join('')}`;
}

/** A coordinate in tenths of a unit, held within ±LIMIT: what a path writes, as a whole number. */
function tenths(value: number): number {
  return Math.round(Math.min(Math.max(value, -LIMIT), LIMIT) * 10);
}

/**
 * A whole number of tenths as path text: "12.3", "12", "-0.5", never "-0". Written from the
 * integer's digits: a number-to-text conversion of the decimal costs more than the rest of a
 * path (half of linePath's time), and the integer's is cheap.
 */
function tenthsText(count: number): string {
  if (count === 0) return '0';
  const size = Math.abs(count);
  const units = Math.floor(size / 10);
  const tenth = size - units * 10;
  const sign = count < 0 ? '-' : '';
  return tenth === 0 ? `${sign}${units}` : `${sign}${units}.${tenth}`;
}

/** A coordinate as path text: one decimal, held within ±LIMIT ("12.3", "12", never "−0"). */
function coordinate(value: number): string {
  return tenthsText(tenths(value));
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
  let path = '';
  let drawing = false;
  let lastY = 0;
  /** The last height written, in tenths of a unit. */
  let lastTenths = Number.NaN;
  /** The x of the last point of a level stretch, not yet written (see below). */
  let level = Number.NaN;
  const endLevel = () => {
    if (!Number.isNaN(level)) path += `L${coordinate(level)} ${tenthsText(lastTenths)}`;
    level = Number.NaN;
  };
  const draw = (px: number, py: number) => {
    const height = tenths(py);
    if (!drawing) {
      endLevel();
      path += `M${coordinate(px)} ${coordinate(py)}`;
    } else if (step) {
      path +=
        py !== lastY
          ? `V${coordinate(py)}H${coordinate(px)}`
          : `L${coordinate(px)} ${coordinate(py)}`;
    } else if (height === lastTenths) {
      // A level stretch (a converged weight, hundreds of epochs at one height) is one segment
      // from its first point to its last: the points between would be drawn on it.
      level = px;
      return;
    } else {
      endLevel();
      path += `L${coordinate(px)} ${coordinate(py)}`;
    }
    drawing = true;
    lastY = py;
    lastTenths = height;
  };
  // The current column: how many points fell in it, and its first, lowest, highest and last
  // point (the lowest and highest with their place in the column; the last as end), kept as plain numbers.
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
  const hold = (px: number, py: number) => {
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
  };
  /** A point between the column's first and last, drawn unless it is one of them. */
  const drawInner = (px: number, py: number, at: number) => {
    if (at !== 0 && at !== count - 1) draw(px, py);
  };
  // First, lowest, highest, last: each once, in their order.
  const flush = () => {
    if (count === 0) return;
    draw(firstX, firstY);
    if (lowAt < highAt) {
      drawInner(lowX, lowY, lowAt);
      drawInner(highX, highY, highAt);
    } else {
      drawInner(highX, highY, highAt);
      drawInner(lowX, lowY, lowAt);
    }
    if (count > 1) draw(endX, endY);
    count = 0;
  };
  const length = Math.min(xs.length, ys.length);
  for (let i = 0; i < length; i++) {
    const px = x(xs[i]!);
    const py = y(ys[i]!);
    if (!Number.isFinite(px) || !Number.isFinite(py)) {
      flush();
      endLevel();
      column = Number.NaN;
      drawing = false;
      continue;
    }
    if (step) {
      draw(px, py);
      continue;
    }
    const here = Math.round(px);
    if (here !== column) {
      flush();
      column = here;
    }
    hold(px, py);
  }
  flush();
  endLevel();
  return path;
}

/**
 * Path data of a dot at each finite point: a move and an empty segment, which a round line cap
 * draws as a disc as wide as the stroke.
 */
export function dotsPath(xs: ArrayLike<number>, ys: ArrayLike<number>, x: Scale, y: Scale): string {
  const parts: string[] = [];
  const length = Math.min(xs.length, ys.length);
  for (let i = 0; i < length; i++) {
    const px = x(xs[i]!);
    const py = y(ys[i]!);
    if (Number.isFinite(px) && Number.isFinite(py)) {
      parts.push(`M${coordinate(px)} ${coordinate(py)}h0`);
    }
  }
  return parts.join('');
}
