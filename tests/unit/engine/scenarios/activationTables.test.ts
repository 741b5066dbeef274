import { describe, expect, it } from 'vitest';
import {
  ACTIVATION_NAMES,
  MAX_ACTIVATION_SAMPLES,
  sampleActivation,
  softmaxTerms,
  type ActivationName,
} from '../../../../src/engine/index';
import { expectRelClose } from '../helpers';

/** Each activation and its derivative, from the textbook, written without the engine. */
const TEXTBOOK: Record<
  ActivationName,
  { value: (z: number) => number; slope: (z: number) => number }
> = {
  identity: { value: (z) => z, slope: () => 1 },
  sigmoid: {
    value: (z) => 1 / (1 + Math.exp(-z)),
    slope: (z) => Math.exp(-z) / (1 + Math.exp(-z)) ** 2,
  },
  tanh: {
    value: (z) => (Math.exp(z) - Math.exp(-z)) / (Math.exp(z) + Math.exp(-z)),
    slope: (z) => 4 / (Math.exp(z) + Math.exp(-z)) ** 2,
  },
  // At the kink z = 0 the engine takes the left-hand slope: 0 for ReLU, 0.01 for leaky ReLU.
  relu: { value: (z) => (z > 0 ? z : 0), slope: (z) => (z > 0 ? 1 : 0) },
  leakyRelu: { value: (z) => (z > 0 ? z : 0.01 * z), slope: (z) => (z > 0 ? 1 : 0.01) },
};

describe('sampleActivation', () => {
  it.each(ACTIVATION_NAMES)('samples %s and its slope on an even grid from −6 to 6', (name) => {
    const samples = sampleActivation(name, -6, 6, 121);
    expect(samples.name).toBe(name);
    expect(samples.z.length).toBe(121);
    for (let i = 0; i < 121; i++) {
      const z = samples.z[i]!;
      expect(z).toBeCloseTo(-6 + i * 0.1, 12);
      expectRelClose(samples.output[i]!, TEXTBOOK[name].value(z), 1e-12, `${name}(${z})`, 1e-300);
      expectRelClose(
        samples.derivative[i]!,
        TEXTBOOK[name].slope(z),
        1e-9,
        `${name}′(${z})`,
        1e-300,
      );
    }
  });

  it('hits z = 0 and both ends exactly, so a kink is sampled on the engine’s side', () => {
    const samples = sampleActivation('relu', -6, 6, 121);
    expect(samples.z[0]).toBe(-6);
    expect(samples.z[60]).toBe(0);
    expect(samples.z[120]).toBe(6);
    expect(samples.derivative[60]).toBe(0);
    expect(samples.derivative[61]).toBe(1);
    expect(sampleActivation('leakyRelu', -6, 6, 25).derivative[12]).toBe(0.01);
  });

  it.each(ACTIVATION_NAMES)(
    '%s’s sampled slope equals a central difference of its sampled values away from kinks',
    (name) => {
      const h = 1e-6;
      const samples = sampleActivation(name, -5.55, 5.45, 111);
      for (let i = 0; i < samples.z.length; i++) {
        const z = samples.z[i]!;
        const [above] = sampleActivation(name, z + h, z + 2 * h, 2).output;
        const [below] = sampleActivation(name, z - h, z, 2).output;
        const difference = (above! - below!) / (2 * h);
        expect(Math.abs(samples.derivative[i]! - difference), `${name}′(${z})`).toBeLessThan(1e-7);
      }
    },
  );

  it('keeps σ′ = σ(1 − σ) and tanh′ = 1 − tanh² at every sample', () => {
    const sigmoid = sampleActivation('sigmoid', -6, 6, 49);
    const tanh = sampleActivation('tanh', -6, 6, 49);
    for (let i = 0; i < 49; i++) {
      const s = sigmoid.output[i]!;
      const t = tanh.output[i]!;
      expect(sigmoid.derivative[i]).toBe(s * (1 - s));
      expect(tanh.derivative[i]).toBe(1 - t * t);
    }
  });

  it('ends the grid at zMax exactly, where zMin + (zMax − zMin) rounds below it', () => {
    // In doubles 0.9 − 0.2 = 0.7000000000000001 and 0.2 + 0.7000000000000001 = 0.8999999999999999.
    expect(0.2 + (0.9 - 0.2)).toBeLessThan(0.9);
    expect(Array.from(sampleActivation('identity', 0.2, 0.9, 2).z)).toEqual([0.2, 0.9]);
  });

  it('refuses a grid of no width, from 1 to 1', () => {
    expect(() => sampleActivation('sigmoid', 1, 1, 3)).toThrow(
      /^zMax must be above zMin, got 1 to 1$/,
    );
  });

  it.each([
    ['softmax', -1, 1, 3, /unknown activation/],
    ['sigmoid', 1, -1, 3, /zMax must be above zMin/],
    ['sigmoid', Number.NaN, 1, 3, /zMin must be a finite number/],
    ['sigmoid', -1, Infinity, 3, /zMax must be a finite number/],
    ['sigmoid', -1, 1, 1, /count must be an integer/],
    ['sigmoid', -1, 1, 2.5, /count must be an integer/],
    ['sigmoid', -1, 1, MAX_ACTIVATION_SAMPLES + 1, /count must be an integer/],
  ] as const)('refuses %s from %s to %s in %s points', (name, zMin, zMax, count, message) => {
    expect(() => sampleActivation(name as ActivationName, zMin, zMax, count)).toThrow(message);
  });
});

describe('softmaxTerms', () => {
  it('writes out e^z, their sum and the probabilities of (2, 1, 0.1)', () => {
    const terms = softmaxTerms([2, 1, 0.1]);
    const e = [Math.exp(2), Math.exp(1), Math.exp(0.1)];
    const total = e[0]! + e[1]! + e[2]!;
    expect(Array.from(terms.exponentials)).toEqual(e);
    expect(terms.total).toBeCloseTo(total, 13);
    Array.from(terms.probabilities).forEach((p, j) =>
      expectRelClose(p, e[j]! / total, 1e-15, `p${j + 1}`),
    );
    // Worked by hand to three decimals: 0.659, 0.242, 0.099.
    expect(Array.from(terms.probabilities, (p) => p.toFixed(3))).toEqual([
      '0.659',
      '0.242',
      '0.099',
    ]);
  });

  it('writes out inputs of ±700, the largest it takes, and refuses the next double past 700', () => {
    const terms = softmaxTerms([700, -700]);
    expect(terms.exponentials[0]).toBe(Math.exp(700));
    expect(terms.probabilities[0]).toBe(1);
    // Doubles between 512 and 1024 lie 2⁻⁴³ apart.
    expect(() => softmaxTerms([0, 700 + 2 ** -43])).toThrow(/^inputs\[1\] must be within ±700$/);
  });

  it.each([
    [[], /at least one/],
    [[1, Number.NaN], /inputs\[1\] must be a finite number/],
    [[701, 0], /within ±700/],
  ])('refuses %j', (inputs, message) => {
    expect(() => softmaxTerms(inputs)).toThrow(message);
  });
});
