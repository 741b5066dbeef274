/**
 * The activations read out as numbers a reader can look at: a scalar activation and its slope
 * sampled on an even grid of node inputs (what a plot of α(z) and α′(z) draws), and softmax
 * written out term by term, as it is worked by hand.
 */
import { ACTIVATIONS, ACTIVATION_NAMES, softmax, type ActivationName } from '../core/activations';
import { checkFinite, checkInteger, checkVector } from '../core/validate';

/** An activation sampled on a grid: z, α(z) and α′(z) at the same indices. */
export interface ActivationSamples {
  readonly name: ActivationName;
  /** Node inputs zᵢ = zMin + i·(zMax − zMin)/(count − 1). */
  readonly z: Float64Array;
  /** α(zᵢ). */
  readonly output: Float64Array;
  /** α′(zᵢ), the engine's slope (at a kink, the side the engine takes). */
  readonly derivative: Float64Array;
}

/** Most points a grid may have: enough for any plot, little enough never to stall a page. */
export const MAX_ACTIVATION_SAMPLES = 10001;

/**
 * Samples α and dα/dz at zᵢ = zMin + i·(zMax − zMin)/(count − 1), i = 0 … count − 1.
 * @remarks zᵢ is computed as zMin + (i·(zMax − zMin))/(count − 1), so a grid from −6 to 6 hits
 * z = 0 exactly and a kink is sampled on the side the engine's derivative takes.
 */
export function sampleActivation(
  name: ActivationName,
  zMin: number,
  zMax: number,
  count: number,
): ActivationSamples {
  if (!ACTIVATION_NAMES.includes(name)) {
    throw new RangeError(`unknown activation "${String(name)}"`);
  }
  checkFinite('zMin', zMin);
  checkFinite('zMax', zMax);
  if (!(zMax > zMin)) throw new RangeError(`zMax must be above zMin, got ${zMin} to ${zMax}`);
  checkInteger('count', count, 2, MAX_ACTIVATION_SAMPLES);
  const activation = ACTIVATIONS[name];
  const z = new Float64Array(count);
  const output = new Float64Array(count);
  const derivative = new Float64Array(count);
  const span = zMax - zMin;
  // Stryker disable next-line EqualityOperator: one more turn writes past the ends of z, output and derivative, which typed arrays ignore
  for (let i = 0; i < count; i++) {
    const input = i === count - 1 ? zMax : zMin + (i * span) / (count - 1);
    z[i] = input;
    output[i] = activation.output(input);
    derivative[i] = activation.derivative(input, output[i]!);
  }
  return { name, z, output, derivative };
}

/** Softmax worked by hand: each e^(zⱼ), their sum, and pⱼ = e^(zⱼ) / Σₖ e^(zₖ). */
export interface SoftmaxTerms {
  readonly exponentials: Float64Array;
  readonly total: number;
  readonly probabilities: Float64Array;
}

/** Largest |zⱼ| written out term by term: e^700 is still a double. */
export const MAX_SOFTMAX_TERM_INPUT = 700;

/**
 * Softmax's terms: e^(zⱼ), Σₖ e^(zₖ), and pⱼ = e^(zⱼ) / Σₖ e^(zₖ) (from the engine's softmax,
 * which shifts by max z so the probabilities keep their precision).
 */
export function softmaxTerms(inputs: ArrayLike<number>): SoftmaxTerms {
  checkVector('inputs', inputs, inputs.length);
  if (inputs.length === 0) throw new RangeError('inputs must hold at least one number');
  const z = Float64Array.from(inputs);
  // Stryker disable next-line EqualityOperator: one more turn reads z past its end, undefined, whose |·| is NaN and no larger than 700
  for (let j = 0; j < z.length; j++) {
    if (Math.abs(z[j]!) > MAX_SOFTMAX_TERM_INPUT) {
      throw new RangeError(`inputs[${j}] must be within ±${MAX_SOFTMAX_TERM_INPUT}`);
    }
  }
  const exponentials = z.map((value) => Math.exp(value));
  let total = 0;
  for (const term of exponentials) total += term;
  return { exponentials, total, probabilities: softmax(z, new Float64Array(z.length)) };
}
