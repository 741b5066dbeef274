/**
 * The browser's table of store kinds: each kind's module, loaded only when the page declares a
 * store of that kind, so a page ships the kinds it uses and no others. (The build reads the same
 * kinds from index.ts, which imports them all; a unit test keeps the two tables equal.)
 */
import type { StoreKind } from '../store.ts';

export const KIND_LOADERS: Readonly<Record<string, () => Promise<StoreKind>>> = {
  network: () => import('./network.ts').then((m) => m.networkKind),
  'training-run': () => import('./training-run.ts').then((m) => m.trainingRunKind),
  chain: () => import('./chain.ts').then((m) => m.chainKind),
  widths: () => import('./widths.ts').then((m) => m.widthsKind),
  scaling: () => import('./scaling.ts').then((m) => m.scalingKind),
  encoding: () => import('./encoding.ts').then((m) => m.encodingKind),
  'class-output': () => import('./class-output.ts').then((m) => m.classOutputKind),
  activation: () => import('./activation.ts').then((m) => m.activationKind),
  collapse: () => import('./collapse.ts').then((m) => m.collapseKind),
  approximation: () => import('./approximation.ts').then((m) => m.approximationKind),
  'weight-draws': () => import('./weight-draws.ts').then((m) => m.weightDrawsKind),
  'init-scale': () => import('./init-scale.ts').then((m) => m.initScaleKind),
  'batch-modes': () => import('./batch-modes.ts').then((m) => m.batchModesKind),
  optimizers: () => import('./optimizers.ts').then((m) => m.optimizersKind),
  'forward-pass-exercises': () =>
    import('./forward-pass-exercises.ts').then((m) => m.forwardPassExercisesKind),
  'backpropagation-exercises': () =>
    import('./backpropagation-exercises.ts').then((m) => m.backpropagationExercisesKind),
  'parameter-exercises': () =>
    import('./parameter-exercises.ts').then((m) => m.parameterExercisesKind),
  'update-exercises': () => import('./update-exercises.ts').then((m) => m.updateExercisesKind),
  'activation-exercises': () =>
    import('./activation-exercises.ts').then((m) => m.activationExercisesKind),
};

/** The kind with this id, loaded; undefined for an id no kind has. */
export async function loadKind(id: string): Promise<StoreKind | undefined> {
  return Object.hasOwn(KIND_LOADERS, id) ? KIND_LOADERS[id]!() : undefined;
}
