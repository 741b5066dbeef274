import fc from 'fast-check';
import katex from 'katex';
import { describe, expect, it } from 'vitest';
import {
  CHAIN_EPSILON,
  CHAIN_FUNCTION_IDS,
  CHAIN_FUNCTIONS,
  centralDifference,
  chainFunction,
  chainOf,
  chainValue,
  checkChain,
  composeText,
  derivativeTex,
  derivativeText,
  formulaTex,
  formulaText,
  type ChainFunctionId,
  type ChainIds,
} from '../../../../src/engine/index';
import { katexOptions } from '../../../../src/math/katex-options.ts';
import { expectRelClose } from '../helpers';
import { TEXTBOOK_FUNCTIONS } from '../../../reference/chain-functions.ts';

/** The reference, typed by the engine's ids: a function the reference lacks fails to compile. */
const TEXTBOOK: Record<ChainFunctionId, (typeof TEXTBOOK_FUNCTIONS)['linear']> = TEXTBOOK_FUNCTIONS;

/** A central difference written out independently, with its own step. */
function numericSlope(fn: (u: number) => number, u: number, h = 1e-5): number {
  return (fn(u + h) - fn(u - h)) / (2 * h);
}

const ALL_CHAINS: ChainIds[] = CHAIN_FUNCTION_IDS.flatMap((f) =>
  CHAIN_FUNCTION_IDS.flatMap((g) => CHAIN_FUNCTION_IDS.map((h): ChainIds => [f, g, h])),
);

describe('chain functions', () => {
  it('lists eight functions with unique ids, each found by its id', () => {
    expect(CHAIN_FUNCTION_IDS).toHaveLength(8);
    expect(new Set(CHAIN_FUNCTION_IDS).size).toBe(8);
    for (const fn of CHAIN_FUNCTIONS) expect(chainFunction(fn.id)).toBe(fn);
    expect(() => chainFunction('relu')).toThrow(RangeError);
    expect(() => chainFunction('relu')).toThrow(/^no chain function is called "relu"$/);
    expect(() => chainFunction('__proto__')).toThrow(RangeError);
  });

  it.each([
    ['sine', 'derivative', 0, 1],
    ['sigmoid', 'derivative', 0, 0.25],
    ['sigmoid', 'value', 0, 0.5],
    ['tanh', 'derivative', 0, 1],
    ['exp', 'value', 0, 1],
    ['exp', 'derivative', 1, Math.E],
    ['softplus', 'value', 0, Math.LN2],
    ['softplus', 'derivative', 0, 0.5],
    ['linear', 'value', 0.5, 2.5],
    ['linear', 'derivative', -4, 3],
    ['square', 'derivative', -1.5, -3],
    ['cube', 'derivative', 2, 12],
    ['cube', 'value', -2, -8],
  ] as const)('%s %s at %s is %s', (id, which, u, expected) => {
    expect(chainFunction(id)[which](u)).toBeCloseTo(expected, 15);
  });

  it.each(CHAIN_FUNCTION_IDS)('%s: value and derivative equal the textbook formulas', (id) => {
    const fn = chainFunction(id);
    fc.assert(
      fc.property(fc.double({ min: -20, max: 20, noNaN: true }), (u) => {
        expectRelClose(fn.value(u), TEXTBOOK[id].value(u), 1e-12, `${id}(${u})`, 1e-300);
        expectRelClose(fn.derivative(u), TEXTBOOK[id].slope(u), 1e-12, `${id}′(${u})`, 1e-300);
      }),
    );
  });

  it.each(CHAIN_FUNCTION_IDS)(
    '%s: derivative matches a central difference at many points',
    (id) => {
      const fn = chainFunction(id);
      fc.assert(
        fc.property(fc.double({ min: -4, max: 4, noNaN: true }), (u) => {
          const numeric = numericSlope((v) => fn.value(v), u);
          // Absolute and relative: a slope near 0 (cos at π/2) has no relative scale of its own.
          expect(Math.abs(fn.derivative(u) - numeric)).toBeLessThanOrEqual(
            1e-7 * Math.max(1, Math.abs(numeric), Math.abs(fn.value(u))),
          );
        }),
      );
    },
  );

  it('softplus stays finite where ln(1 + eᵘ) written naively overflows', () => {
    expect(chainFunction('softplus').value(800)).toBe(800);
    expect(chainFunction('softplus').value(-800)).toBe(0);
    expect(chainFunction('sigmoid').derivative(-800)).toBe(0);
  });

  it('writes each formula around a name, in plain text and in TeX that KaTeX typesets', () => {
    expect(formulaText('linear', 'x')).toBe('3x + 1');
    expect(formulaText('sigmoid', 'f')).toBe('σ(f)');
    expect(formulaText('square', 'g')).toBe('g²');
    expect(derivativeText('sigmoid', 'f')).toBe('σ(f)·(1 − σ(f))');
    expect(derivativeText('cube', 'g')).toBe('3g²');
    expect(formulaTex('square', 'g')).toBe('g^{2}');
    for (const id of CHAIN_FUNCTION_IDS) {
      for (const tex of [formulaTex(id, 'u'), derivativeTex(id, 'u')]) {
        expect(tex).not.toContain('#');
        expect(() => katex.renderToString(tex, katexOptions)).not.toThrow();
      }
      expect(formulaText(id, 'u')).not.toContain('#');
      expect(derivativeText(id, 'u')).not.toContain('#');
    }
  });

  it.each([
    [['exp', 'exp', 'exp'], 'exp(exp(exp(x)))'],
    [['linear', 'sigmoid', 'square'], 'σ(3x + 1)²'],
    [['linear', 'square', 'linear'], '3(3x + 1)² + 1'],
    [['square', 'cube', 'linear'], '3(x²)³ + 1'],
    [['sine', 'linear', 'cube'], '(3sin(x) + 1)³'],
    [['linear', 'linear', 'linear'], '3(3(3x + 1) + 1) + 1'],
  ] as const)('writes the nest %j as %s', (ids, text) => {
    expect(composeText(ids)).toBe(text);
  });
});

describe('chainOf', () => {
  it('computes the chapter’s default chain, σ(3x + 1)² at x = 0.5, by hand', () => {
    const result = chainOf(['linear', 'sigmoid', 'square'], 0.5);
    const s = 1 / (1 + Math.exp(-2.5));
    expect(result.f).toBe(2.5);
    expect(result.g).toBeCloseTo(s, 15);
    expect(result.y).toBeCloseTo(s * s, 15);
    expect(result.dfdx).toBe(3);
    expect(result.dgdf).toBeCloseTo(s * (1 - s), 15);
    expect(result.dydg).toBeCloseTo(2 * s, 15);
    expect(result.dydf).toBeCloseTo(2 * s * s * (1 - s), 15);
    expect(result.dydx).toBeCloseTo(6 * s * s * (1 - s), 15);
    expect(result.finite).toBe(true);
  });

  it('multiplies the local derivatives from the output back: one, two, three steps', () => {
    const result = chainOf(['sine', 'exp', 'tanh'], 0.3);
    expect(result.dydg).toBeCloseTo(1 - Math.tanh(result.g) ** 2, 15);
    expect(result.dydf).toBe(result.dydg * result.dgdf);
    expect(result.dydx).toBe(result.dydg * result.dgdf * result.dfdx);
    expect(result.f).toBe(Math.sin(0.3));
    expect(result.g).toBe(Math.exp(Math.sin(0.3)));
    expect(result.y).toBe(chainValue(['sine', 'exp', 'tanh'], 0.3));
  });

  it('equals a central difference for all 512 chains of three functions, on a grid of x', () => {
    const failures: string[] = [];
    for (const ids of ALL_CHAINS) {
      for (let x = -1.5; x <= 1.5; x += 0.25) {
        const result = chainOf(ids, x);
        expect(result.finite, `${ids.join('∘')} at ${x}`).toBe(true);
        const y = (u: number) =>
          TEXTBOOK[ids[2]].value(TEXTBOOK[ids[1]].value(TEXTBOOK[ids[0]].value(u)));
        const numeric = numericSlope(y, x, 1e-6);
        const scale = Math.max(1, Math.abs(numeric), Math.abs(result.y));
        if (!(Math.abs(result.dydx - numeric) <= 1e-6 * scale)) {
          failures.push(`${ids.join(', ')} at x = ${x}: ${result.dydx} vs ${numeric}`);
        }
      }
    }
    expect(failures).toEqual([]);
  });

  it('equals a central difference for random chains at random x', () => {
    const id = fc.constantFrom(...CHAIN_FUNCTION_IDS);
    fc.assert(
      fc.property(
        fc.tuple(id, id, id),
        fc.double({ min: -1.2, max: 1.2, noNaN: true }),
        (ids, x) => {
          const result = chainOf(ids, x);
          const check = checkChain(result);
          expect(check.finite).toBe(true);
          expect(check.chainRule).toBe(result.dydx);
          const y = (u: number) => chainValue(ids, u);
          const coarse = centralDifference(y, x, CHAIN_EPSILON);
          expect(check.centralDifference).toBe(coarse);
          // A central difference is off by about ε²·y‴/6, which a fast chain makes large:
          // sin(exp(3x + 1)) near x = 1.13 has y‴ near 10⁷, so 2.5·10⁻⁴ at ε = 10⁻⁵.
          // Richardson's extrapolation from the steps ε and ε/2 cancels that term and leaves
          // one in ε⁴.
          const fine = centralDifference(y, x, CHAIN_EPSILON / 2);
          const reference = (4 * fine - coarse) / 3;
          const scale = Math.max(1, Math.abs(result.dydx), Math.abs(result.y));
          expect(Math.abs(reference - result.dydx)).toBeLessThanOrEqual(1e-6 * scale);
        },
      ),
    );
  });

  it('agrees with the extrapolated central difference on the chain a random run found hard', () => {
    // linear, exp, sine at x = 1.1342…: the plain central difference is 1.0000029·10⁻⁶ of the
    // derivative away, just past the 10⁻⁶ the property above allows.
    const result = chainOf(['linear', 'exp', 'sine'], 1.1342341846774884);
    const y = (u: number) => chainValue(result.ids, u);
    const coarse = centralDifference(y, result.x, CHAIN_EPSILON);
    const fine = centralDifference(y, result.x, CHAIN_EPSILON / 2);
    const scale = Math.max(1, Math.abs(result.dydx), Math.abs(result.y));
    expect(Math.abs(coarse - result.dydx)).toBeGreaterThan(1e-6 * scale);
    expect(Math.abs((4 * fine - coarse) / 3 - result.dydx)).toBeLessThanOrEqual(1e-9 * scale);
  });

  it('reports numbers that overflow instead of throwing: exp(exp(exp(x))) at x = 2', () => {
    const result = chainOf(['exp', 'exp', 'exp'], 2);
    expect(result.finite).toBe(false);
    expect(result.y).toBe(Infinity);
    expect(checkChain(result).finite).toBe(false);
    // Just below, everything is still finite.
    expect(chainOf(['exp', 'exp', 'exp'], 1.5).finite).toBe(true);
  });

  it('reports a central difference that overflows next to a chain that does not', () => {
    // exp(exp(exp(x))) is finite at x = 1 with its derivative, but not at x + ε = 2.
    const result = chainOf(['exp', 'exp', 'exp'], 1);
    expect(result.finite).toBe(true);
    expect(checkChain(result, 1).finite).toBe(false);
  });
});

describe('centralDifference', () => {
  it('is (y(x + ε) − y(x − ε)) / 2ε, exact for a quadratic', () => {
    expect(centralDifference((u) => u * u, 3, 0.5)).toBe(6);
    expect(centralDifference((u) => 2 * u + 7, -1, 0.25)).toBe(2);
  });

  it('refuses a step that is not a positive finite number', () => {
    for (const epsilon of [0, -1e-5, Number.NaN, Infinity]) {
      expect(() => centralDifference(Math.sin, 0, epsilon)).toThrow(
        `epsilon must be a finite number > 0, got ${String(epsilon)}`,
      );
    }
  });

  it('checkChain gives the relative difference |a − b| / max(|a|, |b|, 1e-8)', () => {
    const result = chainOf(['linear', 'sigmoid', 'square'], 0.5);
    const check = checkChain(result);
    expect(check.epsilon).toBe(CHAIN_EPSILON);
    const expected =
      Math.abs(check.chainRule - check.centralDifference) /
      Math.max(Math.abs(check.chainRule), Math.abs(check.centralDifference), 1e-8);
    expect(check.relativeDifference).toBe(expected);
    expect(check.relativeDifference).toBeLessThan(1e-9);
  });
});
