/**
 * States of a lab network for the lab exercises' tests: the engine's forward and backward pass of
 * one sample through a network with the given parameters, read by the lab's keys as the store
 * reads them, and the same network as the plain-loop reference sees it.
 */
import {
  backward,
  createNetwork,
  forward,
  networkNames,
  numpyRandom,
  uniform,
  type ActivationName,
  type LabState,
} from '../../../../src/engine/index';
import {
  biasKeyOf,
  derivativeKeyOf,
  locateKey,
  nodeInputKeyOf,
  nodeKeyOf,
  weightKeyOf,
} from '../../../../src/components/lab/lab-keys.ts';
import type { ReferenceNetwork } from '../../state/lab-reference.ts';

/** A lab state with what the reference needs to work the same sample again. */
export interface TestState {
  readonly state: LabState;
  readonly net: ReferenceNetwork;
  readonly theta: Float64Array;
  readonly x: number[];
  readonly y: number[];
  readonly rate: number;
}

/** What a test state is made of. */
export interface StateOptions {
  readonly widths: readonly number[];
  readonly hidden: readonly ActivationName[];
  readonly output: 'identity' | 'sigmoid' | 'softmax';
  /** θ in the engine's layout, or a seed to draw it from U[−1, 1]. */
  readonly theta: readonly number[] | number;
  readonly x: readonly number[];
  readonly y: readonly number[];
  /** η_ℓ, under the key `epochLearningRate`. */
  readonly rate: number;
}

/** The state of a network of `widths` on one sample (x, y) at θ. */
export function labStateOf(options: StateOptions): TestState {
  const { widths, hidden, output, x, y, rate } = options;
  const network = createNetwork(widths, {
    hidden: hidden.length > 0 ? [...hidden] : 'identity',
    output,
  });
  if (typeof options.theta === 'number') {
    const rng = numpyRandom(options.theta);
    for (let p = 0; p < network.parameters.length; p++) network.parameters[p] = uniform(rng, -1, 1);
  } else {
    network.parameters.set(options.theta);
  }
  const pass = forward(network, x);
  const grads = backward(network, pass, y);
  const names = networkNames(widths);
  const read = (key: string): number | undefined => {
    if (key === 'epochLearningRate') return rate;
    const found = locateKey(names, key);
    if (!found) return undefined;
    const { index, derivative } = found;
    if (found.source === 'parameter') {
      return derivative ? grads.parameters[index] : network.parameters[index];
    }
    const values = found.source === 'nodeInput' ? 'allInputs' : 'allOutputs';
    return (derivative ? grads : pass)[values][index];
  };
  const state: LabState = {
    names,
    activations: ['', ...hidden, output],
    targets: y,
    keys: {
      weight: weightKeyOf,
      bias: biasKeyOf,
      input: nodeInputKeyOf,
      output: nodeKeyOf,
      derivative: derivativeKeyOf,
    },
    read,
    slope: (node) => grads.allSlopes[node - 1]!,
  };
  return {
    state,
    net: { widths, hidden, output },
    theta: Float64Array.from(network.parameters),
    x: [...x],
    y: [...y],
    rate,
  };
}
