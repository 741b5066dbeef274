/**
 * The lab's data sets by name, and a set turned into the rows a trainer takes: its inputs (x₁, x₂,
 * or x₁ alone) per sample, and a target that fits the network's output layer.
 */
import type { OutputActivationName } from '../core/activations';
import type { Dataset } from '../core/dataset';
import type { ApproximationShape } from './targets';
import { circlesData, moonsData, spiralsData, xorData } from './labClasses';
import { curveData } from './labCurves';
import type { LabData, LabDataOptions, LabTask } from './labDraws';
import { surfaceData } from './labSurface';

/**
 * The lab's data sets: the surface (regression), four sets of two classes, and the concepts
 * chapter's five targets of one input (regression).
 */
export type LabDataName = 'surface' | 'moons' | 'circles' | 'xor' | 'spirals' | ApproximationShape;

/** The sets' names, in the order a menu lists them, the default first. */
export const LAB_DATA_NAMES: readonly LabDataName[] = [
  'surface',
  'moons',
  'circles',
  'xor',
  'spirals',
  'sine',
  'step',
  'abs',
  'parabola',
  'bump',
];

/** What a set's y holds: a class 0 or 1 for moons, circles, XOR and spirals, else a real number. */
export function labTaskOfSet(name: LabDataName): LabTask {
  return name === 'moons' || name === 'circles' || name === 'xor' || name === 'spirals'
    ? 'classes'
    : 'regression';
}

/** The inputs a set's samples have: 2 (x₁, x₂) for the surface and the classes, else x₁ alone. */
export function labInputsOf(name: LabDataName): number {
  return name === 'surface' || labTaskOfSet(name) === 'classes' ? 2 : 1;
}

/**
 * The set called `name`, drawn from `numpyRandom(seed)` with n samples and noise σ. A switch
 * rather than a table built at the module's top level, for the reason `activationOfCode` in
 * core/plan.ts gives.
 */
export function generateLabData(name: LabDataName, options: LabDataOptions): LabData {
  switch (name) {
    case 'surface':
      return surfaceData(options);
    case 'moons':
      return moonsData(options);
    case 'circles':
      return circlesData(options);
    case 'xor':
      return xorData(options);
    case 'spirals':
      return spiralsData(options);
    case 'sine':
    case 'step':
    case 'abs':
    case 'parabola':
    case 'bump':
      return curveData(name, options);
    default:
      throw new RangeError(`unknown lab data set "${String(name)}"`);
  }
}

/** Output nodes a network needs for a set: 1 for a real target or a sigmoid's class, 2 for softmax. */
export function labOutputWidth(data: LabData, output: OutputActivationName): number {
  return data.task === 'classes' && output === 'softmax' ? 2 : 1;
}

/**
 * The set as rows for a trainer: xₛ = [x₁, x₂] (or [x₁] for a set of one input) and yₛ = [y] for a
 * real target; a class c becomes
 * the one-hot [1 − c, c] for a softmax output and [c] (0 or 1) for any other, e.g. a sigmoid.
 * @param output the network's output activation; a real target cannot take softmax
 */
export function labDataset(data: LabData, output: OutputActivationName): Dataset {
  if (data.task === 'regression' && output === 'softmax') {
    throw new RangeError('a real-valued target needs a scalar output activation, not softmax');
  }
  const oneHot = labOutputWidth(data, output) === 2;
  const inputs: Float64Array[] = [];
  const targets: Float64Array[] = [];
  for (let s = 0; s < data.y.length; s++) {
    const y = data.y[s]!;
    inputs.push(
      data.inputs === 2 ? Float64Array.of(data.x1[s]!, data.x2[s]!) : Float64Array.of(data.x1[s]!),
    );
    targets.push(oneHot ? Float64Array.of(1 - y, y) : Float64Array.of(y));
  }
  return { inputs, targets };
}
