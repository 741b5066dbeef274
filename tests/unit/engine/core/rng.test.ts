import { describe, expect, it } from 'vitest';
import { mulberry32, numpyRandom, shuffleInPlace, uniform } from '../../../../src/engine/index';
import { loadFixture } from '../helpers';

interface RandomFixture {
  numpy: string;
  first10: Record<string, number[]>;
  seed13After700: number[];
}

const fixture = loadFixture<RandomFixture>('numpy-random.json');

describe('numpyRandom', () => {
  it.each(Object.entries(fixture.first10))(
    'returns the same first ten doubles as np.random.seed(%s); np.random.random()',
    (seed, expected) => {
      const next = numpyRandom(Number(seed));
      expect(expected.map(() => next())).toEqual(expected);
    },
  );

  it('stays in step with NumPy after the state is regenerated (draws 700–709 of seed 13)', () => {
    const next = numpyRandom(13);
    for (let i = 0; i < 700; i++) next();
    expect(fixture.seed13After700.map(() => next())).toEqual(fixture.seed13After700);
  });

  it('gives independent streams for two generators with the same seed', () => {
    const a = numpyRandom(13);
    const b = numpyRandom(13);
    a();
    expect(b()).toBe(0.7777024105738202);
  });

  it.each([-1, 2 ** 32, 1.5, Number.NaN, Number.POSITIVE_INFINITY])(
    'throws a RangeError for seed %s',
    (seed) => {
      expect(() => numpyRandom(seed)).toThrow(RangeError);
    },
  );
});

describe('mulberry32', () => {
  it('repeats its stream for the same seed and differs for another', () => {
    const first = mulberry32(7);
    const again = mulberry32(7);
    const other = mulberry32(8);
    const a = Array.from({ length: 5 }, () => first());
    expect(Array.from({ length: 5 }, () => again())).toEqual(a);
    expect(Array.from({ length: 5 }, () => other())).not.toEqual(a);
  });

  it('takes the seeds 0 and 2³² − 1 and refuses their neighbours outside and a fraction', () => {
    expect(typeof mulberry32(0)()).toBe('number');
    expect(typeof mulberry32(2 ** 32 - 1)()).toBe('number');
    for (const seed of [-1, 2 ** 32, 1.5, Number.NaN]) {
      expect(() => mulberry32(seed), String(seed)).toThrow(
        new RangeError(`seed must be an integer from 0 to 4294967295, got ${String(seed)}`),
      );
    }
  });

  it('draws from [0, 1) with a mean near ½ over 100 000 draws', () => {
    const next = mulberry32(1);
    let sum = 0;
    let outside = 0;
    for (let i = 0; i < 100_000; i++) {
      const r = next();
      if (!(r >= 0 && r < 1)) outside++;
      sum += r;
    }
    expect(outside).toBe(0);
    // standard error of the mean is √(1/12)/√n ≈ 0.0009; allow about 5 of them
    expect(Math.abs(sum / 100_000 - 0.5)).toBeLessThan(0.005);
  });
});

describe('uniform and shuffleInPlace', () => {
  it('maps r to low + r·(high − low)', () => {
    expect(uniform(() => 0.25, -2, 2)).toBe(-1);
    expect(uniform(() => 0, -2, 2)).toBe(-2);
  });

  it('returns a permutation, reproducible for the same generator seed', () => {
    const a = shuffleInPlace(
      Float64Array.from({ length: 20 }, (_, i) => i),
      mulberry32(3),
    );
    const b = shuffleInPlace(
      Float64Array.from({ length: 20 }, (_, i) => i),
      mulberry32(3),
    );
    expect(Array.from(a)).toEqual(Array.from(b));
    expect(Array.from(a).sort((x, y) => x - y)).toEqual(Array.from({ length: 20 }, (_, i) => i));
    expect(Array.from(a)).not.toEqual(Array.from({ length: 20 }, (_, i) => i));
  });
});
