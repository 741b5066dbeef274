import { describe, expect, it } from 'vitest';
import {
  decadeDomain,
  dotsPath,
  extent,
  linePath,
  linearScale,
  linearTicks,
  logScale,
  logTickLabel,
  logTicks,
  niceDomain,
  tickLabel,
} from '../../../src/components/plot/scales.ts';

/** Every number written into a path's data. */
function numbersOf(path: string): number[] {
  return (path.match(/-?[\d.]+(e[-+]?\d+)?/g) ?? []).map(Number);
}

describe('linear ticks are round numbers inside the domain', () => {
  it.each([
    [[0, 1], 5, [0, 0.2, 0.4, 0.6, 0.8, 1]],
    [[-6, 6], 6, [-6, -4, -2, 0, 2, 4, 6]],
    [[-1, 1], 4, [-1, -0.5, 0, 0.5, 1]],
    [[0, 1000], 4, [0, 200, 400, 600, 800, 1000]],
    [[0.013, 0.087], 3, [0.02, 0.04, 0.06, 0.08]],
    [[-0.25, 1.1], 5, [-0.2, 0, 0.2, 0.4, 0.6, 0.8, 1]],
  ] as const)('%j in about %i steps gives %j', (domain, count, ticks) => {
    expect(linearTicks(domain, count)).toEqual(ticks);
  });

  it('has no ticks for an empty or broken domain', () => {
    expect(linearTicks([1, 1], 5)).toEqual([]);
    expect(linearTicks([0, Number.NaN], 5)).toEqual([]);
    expect(linearTicks([0, Infinity], 5)).toEqual([]);
  });

  it('labels ticks with the step’s decimals and a true minus sign', () => {
    expect(tickLabel(-0.5, 0.5)).toBe('\u22120.5');
    expect(tickLabel(200, 200)).toBe('200');
    expect(tickLabel(0.04, 0.02)).toBe('0.04');
  });
});

describe('nice domains end on round steps', () => {
  it.each([
    [
      [0.0025, 0.9975],
      [0, 1],
    ],
    [
      [-0.999, 0.999],
      [-1, 1],
    ],
    [
      [0, 6],
      [0, 6],
    ],
    [
      [-0.05, 0.72],
      [-0.2, 0.8],
    ],
  ] as const)('%j widens to %j', (domain, nice) => {
    expect(niceDomain(domain)).toEqual(nice);
  });

  it('gives a flat line room and no data [0, 1]', () => {
    expect(niceDomain([2, 2])).toEqual([1, 3]);
    expect(niceDomain(undefined)).toEqual([0, 1]);
  });

  it('finds the extent of several lists, skipping what is not finite', () => {
    expect(extent([3, Number.NaN, -1], [Infinity, 7])).toEqual([-1, 7]);
    expect(extent([Number.NaN], [])).toBeUndefined();
  });
});

describe('log scales and their ticks', () => {
  it('puts powers of ten at even distances and clamps below the floor', () => {
    const y = logScale([1e-4, 1], [200, 0]);
    expect(y(1)).toBeCloseTo(0, 12);
    expect(y(1e-2)).toBeCloseTo(100, 12);
    expect(y(1e-4)).toBeCloseTo(200, 12);
    for (const below of [1e-9, 0, -3, -Infinity]) expect(y(below)).toBeCloseTo(200, 12);
    expect(y(Infinity)).toBeCloseTo(0, 12);
    expect(y(Number.NaN)).toBeNaN();
  });

  it('ticks every decade, or every n-th one when the axis has no room', () => {
    expect(logTicks([1e-3, 10], 8)).toEqual([1e-3, 1e-2, 1e-1, 1, 10]);
    expect(logTicks([1e-8, 1], 5)).toEqual([1e-8, 1e-6, 1e-4, 1e-2, 1]);
    expect(logTicks([1e-8, 1], 4)).toEqual([1e-6, 1e-3, 1]);
    expect(logTicks([0, 1], 4)).toEqual([]);
  });

  it('labels powers of ten with superscripts', () => {
    expect([1e-3, 0.1, 1, 10, 100].map(logTickLabel)).toEqual(['10⁻³', '10⁻¹', '1', '10', '10²']);
  });

  it('spans whole decades around the values, never below the floor', () => {
    expect(decadeDomain([0.3, 0.02, 0.0041], 1e-8)).toEqual([1e-3, 1]);
    expect(decadeDomain([0.5, 1e-31, 0], 1e-8)).toEqual([1e-8, 1]);
    expect(decadeDomain([0.1, 0.1], 1e-8)).toEqual([0.1, 1]);
    expect(decadeDomain([Number.NaN], 1e-8)).toEqual([1e-8, 1]);
  });
});

describe('path data', () => {
  const x = linearScale([0, 10], [0, 100]);
  const y = linearScale([0, 1], [50, 0]);

  it('draws a line through a few points', () => {
    expect(linePath([0, 5, 10], [0, 1, 0.5], x, y)).toBe('M0 50L50 0L100 25');
  });

  it('writes coordinates to one decimal: a minus sign where below zero, never "-0"', () => {
    const identity = linearScale([0, 1], [0, 1]);
    // -0.04 rounds to zero tenths; -0.46 to -0.5; 12.04 to 12; 1234.56 to 1234.6.
    expect(linePath([-0.04, 1234.56, -1.3], [-0.46, 12.04, -100.05], identity, identity)).toBe(
      'M0 -0.5L1234.6 12L-1.3 -100',
    );
    // The end of a level stretch below zero is written the same way.
    expect(linePath([0, 1, 2], [-2.5, -2.5, -2.5], identity, identity)).toBe('M0 -2.5L2 -2.5');
  });

  it('breaks the line at a point that is not finite', () => {
    expect(linePath([0, 2, 4, 6], [0, Number.NaN, 1, 1], x, y)).toBe('M0 50M40 0L60 0');
    expect(linePath([0, Infinity], [0, 1], x, y)).toBe('M0 50');
  });

  it('stands a jump upright at the earlier point when stepped', () => {
    expect(linePath([0, 1, 2, 3], [0, 0, 1, 1], x, y, true)).toBe('M0 50L10 50V0H20L30 0');
  });

  it('holds far-off values to a drawable bound', () => {
    const numbers = numbersOf(linePath([0, 1], [0, 1e300], x, y));
    expect(numbers.every((n) => Number.isFinite(n) && Math.abs(n) <= 1e5)).toBe(true);
  });

  it('clamps a log curve to its floor instead of writing Infinity', () => {
    const log = logScale([1e-8, 1], [100, 0]);
    const path = linePath([0, 5, 10], [1, 0, 1e-40], x, log);
    expect(path).toBe('M0 0L50 100L100 100');
  });

  it('draws a dot at each finite point, none at the others', () => {
    expect(dotsPath([0, 5, 10], [1, Number.NaN, 0], x, y)).toBe('M0 0h0M100 50h0');
  });
});

describe('linePath on dense data', () => {
  const x = linearScale([0, 100], [0, 100]);
  const y = linearScale([0, 1], [100, 0]);

  it('keeps the first, lowest, highest and last point of each column, in order', () => {
    // Ten points within one unit of x: only four of them can show.
    const xs = Array.from({ length: 10 }, (_, i) => 10 + i * 0.04);
    const ys = [0.5, 0.6, 0.1, 0.7, 0.9, 0.3, 0.2, 0.5, 0.6, 0.4];
    expect(linePath(xs, ys, x, y)).toBe('M10 50L10.1 90L10.2 10L10.4 60');
  });

  it('draws a long run with a few points per column', () => {
    const xs = Array.from({ length: 5000 }, (_, i) => i / 50);
    const ys = xs.map((v) => Math.sin(v));
    const segments = linePath(xs, ys, x, y).match(/[ML]/g) ?? [];
    expect(segments.length).toBeLessThanOrEqual(4 * 101);
    expect(segments.length).toBeGreaterThan(100);
  });
});

describe('linePath on level stretches', () => {
  const x = linearScale([0, 100], [0, 100]);
  const y = linearScale([0, 1], [100, 0]);

  it('draws a level stretch as one segment and keeps what comes after', () => {
    expect(linePath([0, 10, 20, 30, 40, 50], [0, 0.5, 0.5, 0.5, 0.5, 1], x, y)).toBe(
      'M0 100L10 50L40 50L50 0',
    );
  });

  it('ends a level stretch where the line breaks or ends', () => {
    expect(linePath([0, 10, 20, 30, 40], [0.5, 0.5, Number.NaN, 0.2, 0.2], x, y)).toBe(
      'M0 50L10 50M30 80L40 80',
    );
  });
});
