/** The worksheet's blanks: every number a training step computes before its update, by phase. */
import { trainingStepOperations, type Operation } from '../../engine/core/index.ts';
import { networkKind } from '../network/network.kind.ts';
import type { NetworkKind } from '../../state/kind-parts/network-kind.ts';

/** One blank: the quantity it asks for and the operation that produces it. */
export interface Blank {
  readonly key: string;
  readonly operation: Operation;
}

export interface Section {
  readonly title: string;
  readonly slug: string;
  readonly blanks: readonly Blank[];
}

/** The blanks of a network kind, by phase: every operation of a training step but the update. */
export function sectionsOf(kind: NetworkKind): Section[] {
  const sections: (Section & { blanks: Blank[] })[] = [
    { title: 'Forward pass', slug: 'forward', blanks: [] },
    { title: 'Loss', slug: 'loss', blanks: [] },
    { title: 'Backward pass', slug: 'backward', blanks: [] },
    { title: 'Weights and biases', slug: 'parameters', blanks: [] },
  ];
  for (const operation of trainingStepOperations(kind.names)) {
    if (operation.phase === 'update') continue;
    const parameter = operation.kind === 'weightGradient' || operation.kind === 'biasGradient';
    const index = parameter ? 3 : ['forward', 'loss', 'backward'].indexOf(operation.phase);
    sections[index]!.blanks.push({ key: operation.result, operation });
  }
  return sections.filter((section) => section.blanks.length > 0);
}

export const SECTIONS = sectionsOf(networkKind);
export const BLANKS = SECTIONS.flatMap((section) => section.blanks);

/** The givens of a worked step: the sample and every parameter, as the store holds them. */
export const GIVENS = [
  ...networkKind.names.features,
  ...networkKind.names.targets,
  ...networkKind.names.weights.map((name) => name.key),
  ...networkKind.names.biases.map((name) => name.key),
];

/** A blank's id part: `dL/dH4in` → `dL-dH4in`. */
export function idPart(key: string): string {
  return key.replace(/[^A-Za-z0-9_-]/g, '-');
}
