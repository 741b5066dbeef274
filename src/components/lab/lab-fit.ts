/**
 * The fit of a network of one input: its prediction ŷ(x₁) at the epoch on view, at evenly spaced
 * x₁ across the interval its data are drawn on (the engine's forward pass at θ_ℓ, point by
 * point), read as the series `fitX.i` and `fit.i`. Made when first read for a view, and kept
 * with it.
 */
import { createForwardPass, forward } from '../../engine/core/index.ts';
import { LAB_CURVE_DOMAIN, evenlySpaced } from '../../engine/scenarios/index.ts';
import { setParametersAt, type LabView } from './lab-view.ts';

/** The interval the fit is drawn over: the one its data are drawn on. */
export const FIT_DOMAIN = LAB_CURVE_DOMAIN;

/** Points of the fit: x₁ = −1, −0.98, …, 1, so every tenth is a step of 0.2 for its table. */
export const FIT_POINTS = 101;

/** The x₁ of the fit's points, made on first use. */
let xs: Float64Array | undefined;
const fitXs = (): Float64Array => (xs ??= evenlySpaced(FIT_POINTS, FIT_DOMAIN[0], FIT_DOMAIN[1]));

const fits = new WeakMap<LabView, Float64Array>();
const NONE = new Float64Array(0);

/** ŷ at each of the fit's x₁ at θ_ℓ of the view; nothing for a network of two inputs. */
export function fitOf(view: LabView): Float64Array {
  const { run } = view;
  if (run.network.widths[0] !== 1) return NONE;
  let fit = fits.get(view);
  if (!fit) {
    setParametersAt(run, view.row);
    const pass = createForwardPass(run.network);
    const at = fitXs();
    const last = pass.allOutputs.length - 1;
    fit = new Float64Array(FIT_POINTS);
    for (let i = 0; i < FIT_POINTS; i++)
      fit[i] = forward(run.network, [at[i]!], pass).allOutputs[last]!;
    fits.set(view, fit);
  }
  return fit;
}

/** The x₁ of the fit's points, for a view whose network has one input; else nothing. */
export const fitXsOf = (view: LabView): Float64Array =>
  view.run.network.widths[0] === 1 ? fitXs() : NONE;
