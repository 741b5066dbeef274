import { describe, expect, it } from 'vitest';
import {
  decadeDomain,
  extent,
  linearTicks,
  logScale,
  logTickLabel,
  logTicks,
  niceDomain,
  tickLabel,
} from '../../../src/components/plot/scales.ts';

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
