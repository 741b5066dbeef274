/**
 * Function approximation with one hidden layer: a [1, m, 1] network fitted to a 1-D target on the
 * interval [−1, 1]. The targets are sampled here, the network is trained by the one training loop
 * (`createTrainer(...).record`), and a network's parameters at any epoch of the run can be
 * evaluated on a grid of x values to draw its fit.
 */
import type { ActivationName } from '../core/activations';
import { forwardSample } from '../core/kernel';
import { initializeNetwork } from '../core/init';
import type { Network } from '../core/network';
import { createNetwork } from '../core/network';
import { numpyRandom } from '../core/rng';
import type { Trace } from '../core/trace';
import { createTrainer } from '../core/train';
import { checkInteger } from '../core/validate';
import {
  APPROXIMATION_DOMAIN,
  approximationTarget,
  evenlySpaced,
  type ApproximationShape,
} from './targets';

/** Samples (xᵢ, f(xᵢ)) of a shape at `count` evenly spaced x over [−1, 1]. */
export function sampleShape(
  shape: ApproximationShape,
  count: number,
): { xs: Float64Array; ys: Float64Array } {
  const xs = evenlySpaced(count, APPROXIMATION_DOMAIN[0], APPROXIMATION_DOMAIN[1]);
  return { xs, ys: xs.map((x) => approximationTarget(shape, x)) };
}

/**
 * ŷ(x) = Σⱼ λⱼ,out·α(λin,ⱼ·x + bⱼ) + b_out for each x: a one-input, one-output network with
 * parameters θ (in the layout of `network.parameters`), evaluated on a grid of x values.
 * @param network gives the widths and activations; its own parameters are not used
 * @param parameters θ to evaluate, `network.parameters.length` numbers
 * @param xs the x values
 * @param out where to write ŷ (allocated when omitted)
 */
export function evaluateOnGrid(
  network: Network,
  parameters: Float64Array,
  xs: ArrayLike<number>,
  out: Float64Array = new Float64Array(xs.length),
): Float64Array {
  const { widths, plan } = network;
  if (widths[0] !== 1 || widths[widths.length - 1] !== 1) {
    throw new RangeError('evaluateOnGrid needs a network with one input and one output');
  }
  if (parameters.length !== network.parameters.length) {
    throw new RangeError(
      `parameters must have ${network.parameters.length} entries, got ${parameters.length}`,
    );
  }
  if (out.length < xs.length) throw new RangeError('out is shorter than xs');
  const z = new Float64Array(plan.nodes);
  const a = new Float64Array(plan.nodes);
  const last = plan.nodes - 1;
  for (let i = 0; i < xs.length; i++) {
    z[0] = xs[i]!;
    forwardSample(plan, parameters, z, z, a);
    out[i] = a[last]!;
  }
  return out;
}

/** θ_ℓ, the parameters a trace recorded at the start of epoch ℓ, copied into `out`. */
export function parametersAt(
  trace: Trace,
  epoch: number,
  out: Float64Array = new Float64Array(trace.parameters.length),
): Float64Array {
  checkInteger('epoch', epoch, 0, trace.length - 1);
  for (let p = 0; p < trace.parameters.length; p++) out[p] = trace.parameters[p]![epoch]!;
  return out;
}

/** Settings of one approximation run. */
export interface ApproximationOptions {
  /** Sample x values. */
  readonly xs: ArrayLike<number>;
  /** Their targets y. */
  readonly ys: ArrayLike<number>;
  /** m, nodes in the hidden layer. */
  readonly hiddenNodes: number;
  /** α of the hidden nodes; the output node is the identity. */
  readonly activation: ActivationName;
  /** Seed of the initial weights (NumPy's MT19937 stream). */
  readonly seed: number;
  /** η of Adam. */
  readonly learningRate: number;
  /** Updates to make; the trace holds epochs + 1 rows, the last one the trained network. */
  readonly epochs: number;
  /** A run that is no longer read, whose storage this one may take over. */
  readonly reuse?: Trace;
}

/** Half-width of the initial biases, b ~ U[−1, 1]: the nodes' bends start spread over the interval. */
export const APPROXIMATION_BIAS_HALF_WIDTH = 1;

/** Largest m an approximation run accepts. */
export const MAX_APPROXIMATION_NODES = 64;

/**
 * Trains a [1, m, 1] network on the samples with full-batch Adam, minimising (1/n)·Σᵢ ½(ŷᵢ − yᵢ)²,
 * from λ ~ U[−1/√p, 1/√p] (Xavier) and b ~ U[−1, 1], and records every epoch.
 * @returns the network (at the trained parameters) and the trace: row ℓ is θ_ℓ and its loss
 */
export function fitApproximation(options: ApproximationOptions): {
  network: Network;
  trace: Trace;
} {
  const { xs, ys, hiddenNodes, activation, seed, learningRate, epochs } = options;
  checkInteger('hiddenNodes', hiddenNodes, 1, MAX_APPROXIMATION_NODES);
  if (xs.length !== ys.length) {
    throw new RangeError(`xs has ${xs.length} values but ys has ${ys.length}`);
  }
  const network = createNetwork([1, hiddenNodes, 1], { hidden: activation, output: 'identity' });
  initializeNetwork(network, numpyRandom(seed), {
    biasHalfWidth: APPROXIMATION_BIAS_HALF_WIDTH,
  });
  const inputs = Array.from(xs, (x) => [x]);
  const targets = Array.from(ys, (y) => [y]);
  const trainer = createTrainer(
    network,
    { inputs, targets },
    { learningRate, optimizer: { kind: 'adam' } },
  );
  const trace = trainer.record(
    epochs + 1,
    options.reuse ? { samples: [], reuse: options.reuse } : { samples: [] },
  );
  return { network, trace };
}
