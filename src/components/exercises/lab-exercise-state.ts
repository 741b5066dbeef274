/**
 * The lab's view as the lab exercises read it (src/engine/exercises/lab.ts): the network on view,
 * its activations, the sample's targets, and its numbers by the store's own keys, so that every
 * number of a question and its worked solution is the one the lab shows.
 */
import type { LabKeys, LabState } from '../../engine/exercises/index.ts';
import { activationsOf } from '../lab/lab-activations.ts';
import {
  biasKeyOf,
  derivativeKeyOf,
  nodeInputKeyOf,
  nodeKeyOf,
  weightKeyOf,
} from '../lab/lab-keys.ts';
import { labKind, type LabView } from '../lab/lab.kind.ts';

/** The lab's keys of λᵢ,ⱼ, bⱼ, Nⱼ,in, Nⱼ and ∂L/∂ of a key. */
const LAB_KEYS: LabKeys = {
  weight: weightKeyOf,
  bias: biasKeyOf,
  input: nodeInputKeyOf,
  output: nodeKeyOf,
  derivative: derivativeKeyOf,
};

/** The state of a lab view at its epoch and sample: numbers read as the store reads them. */
export function labExerciseState(view: LabView): LabState {
  return {
    names: view.run.names,
    activations: activationsOf(view),
    targets: view.run.train.targets[view.sample] ?? [],
    keys: LAB_KEYS,
    read: (key) => labKind.read(view, key),
    // α′ of node j as the backward pass took it (the view's gradients, node j at index j − 1).
    slope: (node) => view.gradients.allSlopes[node - 1] ?? Number.NaN,
  };
}
