/**
 * An output layer read as class probabilities: softmax of the output nodes' inputs, the total of
 * the probabilities (one, up to rounding) and the class with the largest probability.
 */
import { softmax } from '../core/activations';

/** The probabilities of K classes, their total and the predicted class. */
export interface ClassProbabilities {
  /** pⱼ = softmax(z)ⱼ. */
  readonly probabilities: Float64Array;
  /** Σⱼ pⱼ, which closure makes 1 up to rounding. */
  readonly total: number;
  /** The predicted class: argmaxⱼ pⱼ, 1-based (the first one on a tie). */
  readonly predicted: number;
}

/** Softmax read out: pⱼ = e^(zⱼ − max z) / Σₖ e^(zₖ − max z), Σⱼ pⱼ and argmaxⱼ pⱼ. */
export function classProbabilities(inputs: ArrayLike<number>): ClassProbabilities {
  if (inputs.length === 0) throw new RangeError('softmax needs at least one output node');
  const z = Float64Array.from(inputs);
  if (!z.every(Number.isFinite)) throw new RangeError('an output node input is not finite');
  const probabilities = softmax(z, new Float64Array(z.length));
  let total = 0;
  let predicted = 0;
  for (let j = 0; j < probabilities.length; j++) {
    total += probabilities[j]!;
    if (probabilities[j]! > probabilities[predicted]!) predicted = j;
  }
  return { probabilities, total, predicted: predicted + 1 };
}
