/**
 * The node panel's gradient check, loaded when a reader opens it: each parameter into the chosen
 * node (its weights λᵢ,ⱼ and its bias bⱼ), with ∂L/∂ from backpropagation beside the estimate
 * from the loss alone by central differences, [L(θ + ε) − L(θ − ε)] / 2ε, and their relative
 * difference, for the sample and the epoch on view. The engine computes all three; this module
 * only picks the chosen node's rows. Its own chunk, shared with the backpropagation chapter's
 * gradient check, so the lab wakes without it.
 */
import { numericalGradients, relativeError } from '../../engine/gradients/index.ts';
import { biasKeyOf, weightKeyOf } from './lab-keys.ts';
import { setParametersAt, type LabView } from './lab-view.ts';

/** ε = 10⁻⁶ of the central differences, the engine's default: both errors are small there. */
export const CHECK_POWER = -6;
const CHECK_STEP = 10 ** CHECK_POWER;
/** Backprop and its estimate agree when their relative difference is at most this, as in the chapter. */
export const AGREEMENT = 1e-6;

/** One parameter's row of the check. */
export interface CheckRow {
  /** The parameter's key, `w3_7` or `b7`, and its symbol's base and subscript. */
  readonly key: string;
  readonly symbol: readonly [string, string];
  /** ∂L/∂ by backpropagation (the view's gradients). */
  readonly backprop: number;
  /** ∂L/∂ by central differences of the loss. */
  readonly estimate: number;
  /** |backprop − estimate| / max(|backprop|, |estimate|, 10⁻⁸). */
  readonly relative: number;
}

/** The check of node `number`'s weights and bias at the view (none for an input node). */
export function checkNode(view: LabView, number: number): CheckRow[] {
  const { run, sample, row } = view;
  const { names, network } = run;
  const into = [
    ...names.weights
      .filter((weight) => weight.to.number === number)
      .map((weight) => ({ ...weight, key: weightKeyOf(weight.from.number, number) })),
    ...names.biases
      .filter((bias) => bias.node.number === number)
      .map((bias) => ({ ...bias, key: biasKeyOf(number) })),
  ];
  if (into.length === 0) return [];
  // The view's network holds θ of the last view computed, which may be another one's: set θ_ℓ.
  setParametersAt(run, row);
  const estimates = numericalGradients(
    network,
    run.train.inputs[sample]!,
    run.train.targets[sample]!,
    CHECK_STEP,
  );
  return into.map(({ key, symbol, parameter }) => {
    const backprop = view.gradients.parameters[parameter]!;
    const estimate = estimates[parameter]!;
    return { key, symbol, backprop, estimate, relative: relativeError(backprop, estimate) };
  });
}
