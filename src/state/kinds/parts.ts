/** The kinds of the network-parts chapter: scaling inputs, encoding categories, softmax outputs. */
import type { StoreKind } from '../store.ts';
import { encodingKind } from './encoding.ts';
import { scalingKind } from './scaling.ts';
import { softmaxKind } from './softmax.ts';

/** By the ids pages name them with. */
export const PARTS_KINDS: Readonly<Record<string, StoreKind>> = {
  [scalingKind.id]: scalingKind,
  [encodingKind.id]: encodingKind,
  [softmaxKind.id]: softmaxKind,
};
