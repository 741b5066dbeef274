/**
 * The lab's answer tolerance, rule by rule, against bounds worked by hand. Every number not worked
 * in the solution is read off the page to three decimals (±0.0005); a worked number carries the
 * bound of the step that gave it; the answer adds its own rounding (0.0005) and the tolerance is
 * that, rounded up to a thousandth, never under 0.001.
 */
import { describe, expect, it } from 'vitest';
import { labTolerance, type LabNumber, type LabStep } from '../../../../src/engine/index';

/** A number of the lab by key and value (what it is does not enter the bound). */
const n = (key: string, value: number): LabNumber => ({
  key,
  value,
  part: { of: 'rate' },
  derivative: false,
});

/** A step giving `result` as one signed product of factors. */
const product = (result: LabNumber, ...factors: LabNumber[]): LabStep => ({
  result,
  rule: 'sum',
  terms: [{ sign: 1, factors, value: factors.reduce((p, f) => p * f.value, 1) }],
});

/** z = 100·100 read off the page: its bound is 100.0005² − 100² = 0.10000025. */
const z = n('z', 10_000);
const worked = product(z, n('a', 100), n('b', 100));

describe('labTolerance, rule by rule', () => {
  it('bounds a product of two readings by (|a| + e)(|b| + e) − |a·b|: 10·(−20) is within 0.016', () => {
    // 10.0005 · 20.0005 − 200 = 0.01500025; + 0.0005 = 0.01550025, up to 0.016.
    expect(labTolerance([product(n('p', -200), n('a', 10), n('b', -20))])).toBe(0.016);
  });

  it('carries a worked number’s bound through σ at a quarter of it, and through the identity whole', () => {
    // 0.25 · 0.10000025 + 0.0005 = 0.0255000625, up to 0.026.
    const sigma: LabStep = {
      result: n('s', 1),
      rule: 'activation',
      activation: 'sigmoid',
      input: z,
    };
    expect(labTolerance([worked, sigma])).toBe(0.026);
    // 0.10000025 + 0.0005, up to 0.101.
    const same: LabStep = {
      result: n('s', 1),
      rule: 'activation',
      activation: 'identity',
      input: z,
    };
    expect(labTolerance([worked, same])).toBe(0.101);
  });

  it('bounds a softmax output by half the sum of its inputs’ bounds', () => {
    const other = product(n('w', 10_000), n('c', 100), n('d', 100));
    const p: LabStep = {
      result: n('p', 0.5),
      rule: 'softmax',
      input: z,
      inputs: [z, n('w', 10_000)],
    };
    // (0.10000025 + 0.10000025) / 2 + 0.0005 = 0.10050025, up to 0.101.
    expect(labTolerance([worked, other, p])).toBe(0.101);
  });

  it('bounds σ′ by its output’s bound, tanh′ by 2|t|e + e², ReLU′ by nothing', () => {
    const slope = (activation: string, output: LabNumber): LabStep => ({
      result: n('slope', 0.25),
      rule: 'slope',
      activation,
      input: n('zin', 0.3),
      output,
    });
    const t = n('z', 0.5); // the worked number z, here an output of 0.5 with z's bound
    // σ′: 0.10000025 + 0.0005, up to 0.101.
    expect(labTolerance([worked, slope('sigmoid', t)])).toBe(0.101);
    // tanh′: 2 · 0.5 · 0.10000025 + 0.10000025² = 0.1100003; + 0.0005, up to 0.111.
    expect(labTolerance([worked, slope('tanh', t)])).toBe(0.111);
    // ReLU′ is 0 or 1 by the input's sign: no error of its own, only the answer's rounding.
    expect(labTolerance([worked, slope('relu', t)])).toBe(0.001);
  });

  it('bounds λ − η·g by e(λ) + |η|·e(g)', () => {
    const update: LabStep = {
      result: n('next', 0.1),
      rule: 'update',
      parameter: n('w', 0.3),
      rate: n('eta', -2),
      gradient: z,
    };
    // 0.0005 + 2 · 0.10000025 + 0.0005 = 0.2010005, up to 0.202.
    expect(labTolerance([worked, update])).toBe(0.202);
  });

  it('keeps a bound of exactly a thousandth at a thousandth, and never goes under it', () => {
    // A number read and passed on: 0.0005 + 0.0005 = 0.001, not 0.002.
    const same: LabStep = { result: n('copy', 1), rule: 'same', input: n('read', 1) };
    expect(labTolerance([same])).toBe(0.001);
    // A product of tiny readings: far under a thousandth, still 0.001.
    expect(labTolerance([product(n('q', 0), n('a', 0), n('b', 0))])).toBe(0.001);
  });
});
