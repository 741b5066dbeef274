import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { dotsPath, linePath } from '../../../src/components/plot/paths.ts';
import { linearScale, logScale, type Scale } from '../../../src/components/plot/scales.ts';

/** Every number written into a path's data. */
function numbersOf(path: string): number[] {
  return (path.match(/-?[\d.]+(e[-+]?\d+)?/g) ?? []).map(Number);
}

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

  it('writes every coordinate as JavaScript writes it rounded to tenths, at any size', () => {
    const identity = linearScale([0, 1], [0, 1]);
    // The reference: the number rounded to tenths, held to ±1e5, in JavaScript's own shortest
    // text (which never writes "-0" for −0).
    const text = (value: number) =>
      String(Math.round(Math.min(Math.max(value, -1e5), 1e5) * 10) / 10);
    fc.assert(
      fc.property(
        fc.array(fc.double({ min: -2e5, max: 2e5, noNaN: true }), { minLength: 1, maxLength: 40 }),
        (values) => {
          // One point per column and no two at one height, so every point is written.
          const xs = values.map((_, i) => i * 3);
          const ys = values.map((value, i) => value + (i % 2) * 0.5);
          const expected = ys.map((value, i) => `${i ? 'L' : 'M'}${i * 3} ${text(value)}`);
          const distinct = ys.every((value, i) => i === 0 || text(value) !== text(ys[i - 1]!));
          fc.pre(distinct);
          expect(linePath(xs, ys, identity, identity)).toBe(expected.join(''));
          expect(dotsPath(xs, ys, identity, identity)).toBe(
            expected.map((point) => `M${point.slice(1)}h0`).join(''),
          );
        },
      ),
    );
    // A path far longer than the writer's first buffer (4 kB) grows it and loses nothing.
    const long = Array.from({ length: 3000 }, (_, i) => -99_999.9 + i * 7.3);
    const xs = long.map((_, i) => i * 3);
    expect(linePath(xs, long, identity, identity)).toBe(
      long.map((value, i) => `${i ? 'L' : 'M'}${i * 3} ${text(value)}`).join(''),
    );
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

  it('draws the points a plain reference keeps, in its text, for any run of points', () => {
    // The reference: finite runs split at each point that is not, each run cut into columns (the
    // same x to the nearest unit), each column's first, lowest, highest and last point kept once
    // in order (the first of equal lowest or highest), and points at the height last written
    // (to the tenth) drawn as one segment to the last of them.
    const tenthsOf = (value: number) => Math.round(Math.min(Math.max(value, -1e5), 1e5) * 10);
    const text = (count: number) => String(count / 10);
    const reference = (xs: number[], ys: number[], sx: Scale, sy: Scale): string => {
      const runs: [number, number][][] = [[]];
      xs.forEach((value, i) => {
        const point: [number, number] = [sx(value), sy(ys[i]!)];
        if (point.every(Number.isFinite)) runs.at(-1)!.push(point);
        else runs.push([]);
      });
      let path = '';
      for (const run of runs.filter((points) => points.length > 0)) {
        const kept: [number, number][] = [];
        for (let start = 0; start < run.length;) {
          let end = start + 1;
          while (end < run.length && Math.round(run[end]![0]) === Math.round(run[start]![0])) end++;
          const heights = run.slice(start, end).map((point) => point[1]);
          const low = heights.indexOf(Math.min(...heights));
          const high = heights.indexOf(Math.max(...heights));
          const picks = [...new Set([0, low, high, heights.length - 1])].sort((a, b) => a - b);
          for (const pick of picks) kept.push(run[start + pick]!);
          start = end;
        }
        let last = Number.NaN;
        let level: number | null = null;
        kept.forEach(([px, py], k) => {
          const height = tenthsOf(py);
          if (k > 0 && height === last) {
            level = px;
            return;
          }
          if (level !== null) path += `L${text(tenthsOf(level))} ${text(last)}`;
          level = null;
          path += `${k === 0 ? 'M' : 'L'}${text(tenthsOf(px))} ${text(height)}`;
          last = height;
        });
        if (level !== null) path += `L${text(tenthsOf(level))} ${text(last)}`;
      }
      return path;
    };
    fc.assert(
      fc.property(
        // A few heights, so that columns share their lowest or highest and stretches are level.
        fc.array(
          fc.oneof(fc.constantFrom(0.1, 0.5, 0.9, Number.NaN), fc.double({ min: 0, max: 1 })),
          {
            maxLength: 200,
          },
        ),
        fc.double({ min: 0.05, max: 2, noNaN: true }),
        (ys, spacing) => {
          const xs = ys.map((_, i) => i * spacing);
          expect(linePath(xs, ys, x, y)).toBe(reference(xs, ys, x, y));
        },
      ),
      { seed: 20261208, numRuns: 400 },
    );
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

describe('linePath with a linear scale worked out inline', () => {
  /** The same map as `scale`, but a plain function: linePath has to call it for each point. */
  const called =
    (scale: Scale): Scale =>
    (value: number) =>
      scale(value);

  it('draws exactly the path it draws by calling the scale, point by point', () => {
    fc.assert(
      fc.property(
        fc.array(fc.double({ min: -1e6, max: 1e6, noNaN: false }), {
          minLength: 0,
          maxLength: 300,
        }),
        fc.double({ min: -50, max: 50, noNaN: true }),
        fc.double({ min: 0.001, max: 400, noNaN: true }),
        fc.boolean(),
        (values, low, span, step) => {
          const xs = values.map((_, i) => i * 0.37);
          const x = linearScale([0, values.length * 0.37 + 1], [2, 300]);
          const y = linearScale([low, low + span], [150, 2]);
          expect(linePath(xs, values, x, y, step)).toBe(
            linePath(xs, values, called(x), called(y), step),
          );
        },
      ),
      { seed: 20261207, numRuns: 300 },
    );
  });

  it('draws a short line after a long one from its own points, not the long one’s', () => {
    const x = linearScale([0, 10], [0, 100]);
    const y = linearScale([0, 1], [50, 0]);
    linePath(
      Array.from({ length: 2000 }, (_, i) => i / 200),
      Array.from({ length: 2000 }, () => 1),
      x,
      y,
    );
    expect(linePath([0, 5, 10], [0, 1, 0.5], x, y)).toBe('M0 50L50 0L100 25');
  });

  it('says its map as numbers: v ↦ r₀ + (v − d₀)·(r₁ − r₀)/(d₁ − d₀)', () => {
    // [2, 6] onto [100, 0]: r₀ = 100, d₀ = 2, ratio = (0 − 100)/(6 − 2) = −25.
    expect(linearScale([2, 6], [100, 0]).linear).toEqual({ r0: 100, d0: 2, ratio: -25 });
    expect(logScale([1, 100], [0, 10]).linear).toBeUndefined();
  });
});
