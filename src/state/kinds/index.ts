/**
 * Every store kind, by the id a page's front matter names it with: the build's table. (The build
 * cannot load modules lazily from its Markdown plugins, so kinds are imported here directly. The
 * browser loads each kind only when its page declares it, through loaders.ts.)
 */
import type { StoreKind } from '../store.ts';
import { activationKind } from './activation.ts';
import { chainKind } from './chain.ts';
import { approximationKind } from './approximation.ts';
import { networkKind } from './network.ts';
import { trainingRunKind } from './training-run.ts';
import { widthsKind } from './widths.ts';
import { encodingKind } from './encoding.ts';
import { scalingKind } from './scaling.ts';
import { classOutputKind } from './class-output.ts';
import { collapseKind } from './collapse.ts';
import { initScaleKind } from './init-scale.ts';
import { weightDrawsKind } from './weight-draws.ts';
import { batchModesKind } from './batch-modes.ts';
import { optimizersKind } from './optimizers.ts';
import { forwardPassExercisesKind } from './forward-pass-exercises.ts';
import { backpropagationExercisesKind } from './backpropagation-exercises.ts';
import { parameterExercisesKind } from './parameter-exercises.ts';
import { updateExercisesKind } from './update-exercises.ts';
import { activationExercisesKind } from './activation-exercises.ts';

const KINDS: Readonly<Record<string, StoreKind>> = {
  network: networkKind,
  'training-run': trainingRunKind,
  chain: chainKind,
  widths: widthsKind,
  scaling: scalingKind,
  encoding: encodingKind,
  'class-output': classOutputKind,
  activation: activationKind,
  collapse: collapseKind,
  approximation: approximationKind,
  'weight-draws': weightDrawsKind,
  'init-scale': initScaleKind,
  'batch-modes': batchModesKind,
  optimizers: optimizersKind,
  'forward-pass-exercises': forwardPassExercisesKind,
  'backpropagation-exercises': backpropagationExercisesKind,
  'parameter-exercises': parameterExercisesKind,
  'update-exercises': updateExercisesKind,
  'activation-exercises': activationExercisesKind,
};

/** The ids a page may name. */
export const KIND_IDS = Object.keys(KINDS);

/** The kind with this id, or undefined. */
export function kindOf(id: string): StoreKind | undefined {
  return Object.hasOwn(KINDS, id) ? KINDS[id] : undefined;
}
