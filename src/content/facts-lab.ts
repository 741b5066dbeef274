/**
 * The numbers the lab's chapter states in its prose, from the lab's own limits and its starting
 * network (facts.ts gathers them with the book's other facts): the widths it takes, and how the
 * starting network's nodes are numbered through its layers.
 */
import { networkNames } from '../engine/index.ts';
import {
  LAB_INPUTS,
  LAB_STARTING_WIDTHS as widths,
  MAX_HIDDEN_WIDTH,
  MAX_LAB_LAYERS,
} from '../state/kind-parts/lab-limits.ts';

const layers = networkNames(widths).layers.map((layer) => layer.map((node) => node.number));
/** "3 to 6", or "3" for a layer of one node. */
const span = (numbers: readonly number[]) =>
  numbers.length > 1 ? `${numbers[0]} to ${numbers.at(-1)}` : String(numbers[0]);

export const LAB_FACTS = {
  labInputs: String(LAB_INPUTS),
  labMaxHiddenWidth: String(MAX_HIDDEN_WIDTH),
  labMaxHiddenLayers: String(MAX_LAB_LAYERS - 2),
  labMaxLayers: String(MAX_LAB_LAYERS),
  /** The starting widths as the box shows them, "2, 4, 3, 1". */
  labWidths: widths.join(', '),
  /** The starting network's inputs, hidden layers and output, numbered: "1 and 2", "3 to 6", … */
  labInputNodes: layers[0]!.join(' and '),
  labHiddenNodes: layers.slice(1, -1).map(span).join(' and '),
  labOutputNodes: span(layers.at(-1)!),
} as const;
