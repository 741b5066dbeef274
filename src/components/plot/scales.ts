/**
 * The arithmetic of a line plot, kept apart from drawing: scales from data to viewBox units,
 * "nice" domains and ticks, and tick labels; the path data of lines and dots is in paths.ts. No
 * DOM here, so the server and the browser draw the same plot and every function has a unit test.
 *
 * A scale never turns a number into NaN or Infinity: a log scale clamps what lies below its floor
 * and above its top, and NaN stays NaN for a path to leave out.
 */
import { formatNumber } from '../../state/format.ts';

/** A closed interval of data values, low end first. */
export type Domain = readonly [number, number];

/**
 * Maps a data value to a position in viewBox units. A linear scale also says its map as numbers
 * (`linear`), so a path of a thousand points can work it out inline instead of calling it.
 */
export type Scale = ((value: number) => number) & { readonly linear?: LinearMap };

/** v ↦ r₀ + (v − d₀)·ratio, as numbers. */
export interface LinearMap {
  readonly r0: number;
  readonly d0: number;
  readonly ratio: number;
}

/** Linear map of `domain` onto `range`: v ↦ r₀ + (v − d₀)·(r₁ − r₀)/(d₁ − d₀). */
export function linearScale(domain: Domain, range: Domain): Scale {
  const [d0, d1] = domain;
  const [r0, r1] = range;
  const ratio = d1 !== d0 ? (r1 - r0) / (d1 - d0) : 0;
  return Object.assign((value: number) => r0 + (value - d0) * ratio, {
    linear: { r0, d0, ratio },
  });
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
  // The extent of the finite values above 0, without a copy of a thousand epochs per change.
  let smallest = Infinity;
  let largest = -Infinity;
  for (let i = 0; i < values.length; i++) {
    const value = values[i]!;
    if (!(value > 0) || value === Infinity) continue;
    if (value < smallest) smallest = value;
    if (value > largest) largest = value;
  }
  const found = smallest <= largest;
  const low = Math.max(found ? smallest : floor, floor);
  const high = Math.max(found ? largest : 1, low);
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
