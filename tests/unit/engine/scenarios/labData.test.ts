/**
 * The lab's data sets against NumPy (scripts/lab_data_fixtures.py → tests/fixtures/lab-data.json,
 * each set written out from its definition with np.random.random() draws in the documented
 * order), and against what each shape is without noise: points on their circles, rings and arms,
 * XOR's classes by quadrant, the surface's formula.
 */
import { describe, expect, it } from 'vitest';
import {
  CIRCLES_OUTER_RADIUS,
  LAB_DATA_NAMES,
  MAX_LAB_NOISE,
  MAX_LAB_SAMPLES,
  SPIRAL_TURNS,
  customLabData,
  generateLabData,
  labDataset,
  labTaskOf,
  labOutputWidth,
  labSurface,
  numpyRandom,
  splitLabData,
  standardNormal,
} from '../../../../src/engine/index';
import type { LabData, LabDataName } from '../../../../src/engine/index';
import { loadFixture } from '../helpers';

interface Fixture {
  sets: {
    name: LabDataName;
    samples: number;
    seed: number;
    noise: number;
    x1: number[];
    x2: number[];
    y: number[];
  }[];
  splits: {
    samples: number;
    testFraction: number;
    seed: number;
    train: number[];
    test: number[];
  }[];
}

const FIXTURE = loadFixture<Fixture>('lab-data.json');

/** Asserts two columns agree entry by entry within 1e-12 (a sine or logarithm's last bit). */
function expectColumn(actual: Float64Array, expected: number[], label: string): void {
  expect(actual).toHaveLength(expected.length);
  expected.forEach((value, s) =>
    expect(Math.abs(actual[s]! - value), `${label}[${s}]: ${actual[s]} vs ${value}`).toBeLessThan(
      1e-12,
    ),
  );
}

const CLASS_SETS = ['moons', 'circles', 'xor', 'spirals'] as const;

describe('the lab data sets', () => {
  it('lists the surface first, then the four sets of two classes, then the five of one input', () => {
    expect(LAB_DATA_NAMES).toEqual([
      'surface',
      'moons',
      'circles',
      'xor',
      'spirals',
      'sine',
      'step',
      'abs',
      'parabola',
      'bump',
    ]);
    expect(new Set(FIXTURE.sets.map((set) => set.name))).toEqual(new Set(LAB_DATA_NAMES));
  });

  it.each(FIXTURE.sets.map((set) => ({ ...set, label: `${set.name}, seed ${set.seed}` })))(
    'draws the NumPy reference sample for sample ($label)',
    ({ name, samples, seed, noise, x1, x2, y }) => {
      const data = generateLabData(name, { samples, seed, noise });
      const classes = (CLASS_SETS as readonly string[]).includes(name);
      expect(data.task).toBe(classes ? 'classes' : 'regression');
      // The concepts chapter's targets have one input: the reference writes no x₂ for them.
      expect(data.inputs).toBe(x2.length === 0 ? 1 : 2);
      expectColumn(data.x1, x1, 'x1');
      expectColumn(data.x2, x2, 'x2');
      expectColumn(data.y, y, 'y');
    },
  );

  it('gives another set for another seed, and the same set for the same seed', () => {
    for (const name of LAB_DATA_NAMES) {
      const a = generateLabData(name, { samples: 10, seed: 1, noise: 0.1 });
      const b = generateLabData(name, { samples: 10, seed: 1, noise: 0.1 });
      const c = generateLabData(name, { samples: 10, seed: 2, noise: 0.1 });
      expect(Array.from(b.x1)).toEqual(Array.from(a.x1));
      expect(Array.from(c.x1)).not.toEqual(Array.from(a.x1));
    }
  });

  it('puts the surface’s noiseless samples on y = sin(πx₁/2)·exp(−x₂²/2), inside [−2, 2]²', () => {
    const data = generateLabData('surface', { samples: 200, seed: 3, noise: 0 });
    for (let s = 0; s < 200; s++) {
      const x1 = data.x1[s]!;
      const x2 = data.x2[s]!;
      expect(Math.max(Math.abs(x1), Math.abs(x2))).toBeLessThanOrEqual(2);
      expect(data.y[s]).toBe(Math.sin((Math.PI * x1) / 2) * Math.exp(-(x2 * x2) / 2));
    }
    // Known values: the hill's top, the pit's bottom, and 0 along x₁ = 0.
    expect(labSurface(1, 0)).toBe(1);
    expect(labSurface(-1, 0)).toBe(-1);
    expect(labSurface(0, 1.3)).toBe(0);
    expect(labSurface(1, 2)).toBeCloseTo(Math.exp(-2), 15);
  });

  it('puts noiseless points on their shapes: moons on unit circles, rings at 1.5 and 0.75, spiral arms at r = 2t', () => {
    const options = { samples: 300, seed: 9, noise: 0 };
    const distance = (x: number, y: number) => Math.hypot(x, y);
    const moons = generateLabData('moons', options);
    const circles = generateLabData('circles', options);
    const spirals = generateLabData('spirals', options);
    for (let s = 0; s < 300; s++) {
      const c = s % 2;
      expect(moons.y[s]).toBe(c);
      // class 0: an arch around (−½, −¼), above its centre; class 1: a bowl around (½, ¼), below it
      const [cx, cy] = c === 0 ? [-0.5, -0.25] : [0.5, 0.25];
      expect(distance(moons.x1[s]! - cx, moons.x2[s]! - cy)).toBeCloseTo(1, 14);
      expect((moons.x2[s]! - cy) * (c === 0 ? 1 : -1)).toBeGreaterThanOrEqual(0);
      expect(circles.y[s]).toBe(c);
      const ring = c === 0 ? CIRCLES_OUTER_RADIUS : CIRCLES_OUTER_RADIUS / 2;
      expect(distance(circles.x1[s]!, circles.x2[s]!)).toBeCloseTo(ring, 14);
      // an arm at radius r = 2t sits at angle 2π·1.75·t + π·c, so (x₁, x₂) = r·(cos, sin) of it
      expect(spirals.y[s]).toBe(c);
      const radius = distance(spirals.x1[s]!, spirals.x2[s]!);
      const angle = 2 * Math.PI * SPIRAL_TURNS * (radius / 2) + Math.PI * c;
      expect(spirals.x1[s]).toBeCloseTo(radius * Math.cos(angle), 12);
      expect(spirals.x2[s]).toBeCloseTo(radius * Math.sin(angle), 12);
    }
  });

  it.each([
    ['sine', (x: number) => Math.sin(Math.PI * x)],
    ['step', (x: number) => (x < 0 ? 0 : 1)],
    ['abs', (x: number) => Math.abs(x)],
    ['parabola', (x: number) => x * x],
    ['bump', (x: number) => Math.exp(-((x / 0.3) ** 2))],
  ] as const)(
    'puts a set of one input’s noiseless samples on its target inside [−1, 1], with no x₂ (%s)',
    (name, target) => {
      const data = generateLabData(name, { samples: 200, seed: 6, noise: 0 });
      expect(data.inputs).toBe(1);
      expect(data.x2).toHaveLength(0);
      let low = Infinity;
      let high = -Infinity;
      for (let s = 0; s < 200; s++) {
        const x = data.x1[s]!;
        expect(Math.abs(x)).toBeLessThanOrEqual(1);
        expect(data.y[s]).toBeCloseTo(target(x), 14);
        low = Math.min(low, x);
        high = Math.max(high, x);
      }
      // 200 uniform draws reach within 0.1 of both ends (a miss has odds 0.95²⁰⁰ ≈ 4e-5 each).
      expect(low).toBeLessThan(-0.9);
      expect(high).toBeGreaterThan(0.9);
      // Noise moves y only, by σ·ε: the same x₁ at every noise level.
      const noisy = generateLabData(name, { samples: 200, seed: 6, noise: 0.3 });
      expect(Array.from(noisy.x1)).toEqual(Array.from(data.x1));
      // Its split keeps one input: 160 and 40 samples, x₂ empty in both.
      const split = splitLabData(data, 0.2, 1);
      expect([split.train.inputs, split.train.x1.length, split.train.x2.length]).toEqual([
        1, 160, 0,
      ]);
      expect([split.test.inputs, split.test.x1.length, split.test.x2.length]).toEqual([1, 40, 0]);
    },
  );

  it('labels XOR by quadrant: class 1 exactly where the noiseless x₁ and x₂ differ in sign', () => {
    const data = generateLabData('xor', { samples: 400, seed: 4, noise: 0 });
    const counts = [0, 0];
    for (let s = 0; s < 400; s++) {
      const opposite = Math.sign(data.x1[s]!) !== Math.sign(data.x2[s]!);
      expect(data.y[s], `sample ${s}`).toBe(opposite ? 1 : 0);
      counts[data.y[s]!]!++;
    }
    expect(Math.min(...counts)).toBeGreaterThan(150); // both classes, about half each
  });

  it.each(CLASS_SETS)(
    'moves the same points further for more noise: the offset from the noiseless point scales with σ (%s)',
    (name) => {
      const at = (noise: number) => generateLabData(name, { samples: 50, seed: 8, noise });
      const clean = at(0);
      const low = at(0.1);
      const high = at(0.3);
      expect(Array.from(high.y)).toEqual(Array.from(clean.y));
      for (let s = 0; s < 50; s++) {
        for (const column of ['x1', 'x2'] as const) {
          const offset = low[column][s]! - clean[column][s]!;
          expect(high[column][s]! - clean[column][s]!).toBeCloseTo(3 * offset, 12);
        }
      }
      // The offsets are σ·ε with ε ~ N(0, 1): their spread at σ = 0.3 is near 0.3.
      const offsets = Array.from(high.x1, (x, s) => x - clean.x1[s]!);
      const spread = Math.sqrt(offsets.reduce((sum, d) => sum + d * d, 0) / offsets.length);
      expect(spread).toBeGreaterThan(0.2);
      expect(spread).toBeLessThan(0.4);
    },
  );

  it('draws normal noise by Box–Muller: √(−2 ln(1 − u₁))·cos(2π·u₂) from two draws', () => {
    const draws = numpyRandom(5);
    const u1 = draws();
    const u2 = draws();
    expect(standardNormal(numpyRandom(5))).toBe(
      Math.sqrt(-2 * Math.log(1 - u1)) * Math.cos(2 * Math.PI * u2),
    );
    // 20 000 draws: mean near 0 and variance near 1 (standard errors 0.007 and 0.01).
    const rng = numpyRandom(12);
    const values = Array.from({ length: 20_000 }, () => standardNormal(rng));
    const mean = values.reduce((sum, v) => sum + v, 0) / values.length;
    const variance = values.reduce((sum, v) => sum + (v - mean) ** 2, 0) / values.length;
    expect(Math.abs(mean)).toBeLessThan(0.03);
    expect(Math.abs(variance - 1)).toBeLessThan(0.04);
  });

  it.each([
    ['no samples', { samples: 0, seed: 1, noise: 0.1 }, 'samples must be an integer'],
    ['a fractional count', { samples: 2.5, seed: 1, noise: 0.1 }, 'samples must be an integer'],
    ['too many samples', { samples: MAX_LAB_SAMPLES + 1, seed: 1, noise: 0 }, 'samples'],
    ['a negative noise', { samples: 5, seed: 1, noise: -0.1 }, 'noise must be ≥ 0'],
    ['a NaN noise', { samples: 5, seed: 1, noise: Number.NaN }, 'noise must be a finite number'],
    [
      'too much noise',
      { samples: 5, seed: 1, noise: MAX_LAB_NOISE + 0.5 },
      'noise must be at most',
    ],
    ['a negative seed', { samples: 5, seed: -1, noise: 0.1 }, 'seed must be an integer'],
  ])('refuses %s with a RangeError that names it', (_label, options, message) => {
    for (const name of LAB_DATA_NAMES) {
      expect(() => generateLabData(name, options)).toThrow(RangeError);
      expect(() => generateLabData(name, options)).toThrow(message);
    }
  });

  it('refuses an unknown set by name', () => {
    const options = { samples: 5, seed: 1, noise: 0 };
    expect(() => generateLabData('blobs' as LabDataName, options)).toThrow(
      'unknown lab data set "blobs"',
    );
    expect(() => generateLabData('toString' as LabDataName, options)).toThrow(RangeError);
  });
});

describe('labDataset', () => {
  const classes: LabData = {
    task: 'classes',
    inputs: 2,
    x1: Float64Array.of(0.5, -1),
    x2: Float64Array.of(2, 0.25),
    y: Float64Array.of(0, 1),
  };

  it('gives a class one-hot, [1 − c, c], for a softmax output', () => {
    const dataset = labDataset(classes, 'softmax');
    expect(dataset.inputs.map((x) => Array.from(x))).toEqual([
      [0.5, 2],
      [-1, 0.25],
    ]);
    expect(dataset.targets.map((y) => Array.from(y))).toEqual([
      [1, 0],
      [0, 1],
    ]);
    expect(labOutputWidth(classes, 'softmax')).toBe(2);
  });

  it('gives a class as 0 or 1 for a sigmoid output', () => {
    expect(labDataset(classes, 'sigmoid').targets.map((y) => Array.from(y))).toEqual([[0], [1]]);
    expect(labOutputWidth(classes, 'sigmoid')).toBe(1);
  });

  it('gives a real target as [y], and refuses softmax for it', () => {
    const surface = generateLabData('surface', { samples: 3, seed: 2, noise: 0.1 });
    const dataset = labDataset(surface, 'identity');
    expect(dataset.targets.map((y) => Array.from(y))).toEqual(Array.from(surface.y, (y) => [y]));
    expect(dataset.inputs[2]).toEqual(Float64Array.of(surface.x1[2]!, surface.x2[2]!));
    expect(labOutputWidth(surface, 'identity')).toBe(1);
    expect(() => labDataset(surface, 'softmax')).toThrow(RangeError);
  });

  it('gives a set of one input the rows [x₁]', () => {
    const sine = generateLabData('sine', { samples: 3, seed: 2, noise: 0.1 });
    const dataset = labDataset(sine, 'identity');
    expect(dataset.inputs.map((x) => Array.from(x))).toEqual(Array.from(sine.x1, (x) => [x]));
    expect(dataset.targets.map((y) => Array.from(y))).toEqual(Array.from(sine.y, (y) => [y]));
  });
});

describe('customLabData', () => {
  it('reads flat rows x₁, x₂, y into columns, and calls them classes when every y is 0 or 1', () => {
    const data = customLabData([0.5, -1, 1, 2, 0.25, 0, -3, 4, 1]);
    expect(data.task).toBe('classes');
    expect(data.inputs).toBe(2);
    expect(Array.from(data.x1)).toEqual([0.5, 2, -3]);
    expect(Array.from(data.x2)).toEqual([-1, 0.25, 4]);
    expect(Array.from(data.y)).toEqual([1, 0, 1]);
  });

  it('calls the targets real numbers as soon as one y is neither 0 nor 1', () => {
    expect(customLabData([0, 0, 0, 1, 1, 1, 2, 2, 0.5]).task).toBe('regression');
    expect(customLabData([0, 0, 0, 1, 1, -1]).task).toBe('regression');
    expect(labTaskOf([])).toBe('classes');
    expect(labTaskOf([1, 0, 1])).toBe('classes');
    expect(labTaskOf([1, 2])).toBe('regression');
  });

  it('splits with the set’s own seeded shuffle, x₂ and y staying with their x₁', () => {
    const rows = Array.from({ length: 10 }, (_, s) => [s, 10 + s, s % 2]).flat();
    const split = splitLabData(customLabData(rows), 0.2, 1);
    expect(split.test.y).toHaveLength(2);
    for (const part of [split.train, split.test]) {
      part.x1.forEach((x, i) => {
        expect(part.x2[i]).toBe(x + 10);
        expect(part.y[i]).toBe(x % 2);
      });
    }
  });

  it.each([
    ['a row cut short', [1, 2, 3, 4, 5], 'rows must hold'],
    ['a single sample', [1, 2, 3], 'rows must hold'],
    ['a value that is not finite', [1, 2, 3, 4, Number.NaN, 0], 'row 2'],
  ])('refuses %s with a RangeError', (_label, rows, message) => {
    expect(() => customLabData(rows)).toThrow(RangeError);
    expect(() => customLabData(rows)).toThrow(message);
  });
});

describe('splitLabData', () => {
  it.each(FIXTURE.splits)(
    'holds out the NumPy reference’s samples (n = $samples, f = $testFraction, seed $seed)',
    ({ samples, testFraction, seed, train, test }) => {
      const data = generateLabData('moons', { samples, seed: 3, noise: 0.1 });
      const split = splitLabData(data, testFraction, seed);
      expect(Array.from(split.trainIndices)).toEqual(train);
      expect(Array.from(split.testIndices)).toEqual(test);
      expect(split.train.task).toBe('classes');
      test.forEach((sample, i) => {
        expect(split.test.x1[i]).toBe(data.x1[sample]);
        expect(split.test.x2[i]).toBe(data.x2[sample]);
        expect(split.test.y[i]).toBe(data.y[sample]);
      });
      train.forEach((sample, i) => expect(split.train.x1[i]).toBe(data.x1[sample]));
    },
  );

  it('cuts at ⌊f·n + ½⌋ held out, at least 1 and at most n − 1, every sample in one part once', () => {
    const data = generateLabData('surface', { samples: 40, seed: 1, noise: 0 });
    for (const [fraction, held] of [
      [0.25, 10],
      [0.2, 8],
      [0.01, 1],
      [0.99, 39],
    ] as const) {
      const split = splitLabData(data, fraction, 4);
      expect(split.test.y).toHaveLength(held);
      expect(split.train.y).toHaveLength(40 - held);
      const all = [...split.trainIndices, ...split.testIndices].sort((a, b) => a - b);
      expect(all).toEqual(Array.from({ length: 40 }, (_, s) => s));
    }
  });

  it.each([
    ['a fraction of 0', 0, 'testFraction must lie strictly between 0 and 1'],
    ['a fraction of 1', 1, 'testFraction must lie strictly between 0 and 1'],
    ['a NaN fraction', Number.NaN, 'testFraction must be a finite number'],
  ])('refuses %s', (_label, fraction, message) => {
    const data = generateLabData('xor', { samples: 10, seed: 1, noise: 0 });
    expect(() => splitLabData(data, fraction, 1)).toThrow(message);
  });

  it('refuses a set of one sample, which has nothing to hold out', () => {
    const one = generateLabData('xor', { samples: 1, seed: 1, noise: 0 });
    expect(() => splitLabData(one, 0.5, 1)).toThrow('a split needs at least 2 samples, got 1');
  });
});
