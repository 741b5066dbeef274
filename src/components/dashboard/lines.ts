/**
 * The lines of the run plots: which quantity each draws, its colour and its look. Three colours
 * that keep 3:1 contrast against the widget in both themes (the book's blue, orange and purple)
 * and three looks (solid, dashed, dotted); where lines share a colour, their look differs.
 */
import type { Line } from './ConvergencePlot.tsx';

const solid = 'solid' as const;
const dashed = 'dashed' as const;
const dotted = 'dotted' as const;
/** Three colours that keep 3:1 against the widget in both themes, with a look each. */
const BLUE = 'line-plot-positive';
const ORANGE = 'line-plot-negative';
const PURPLE = 'line-plot-highlight';

export const PREDICTION: Line[] = [
  { key: 'O6', label: 'ŷ = O6, the prediction', className: BLUE, look: solid, head: 'ŷ' },
  { key: 'y', label: 'y, the target', className: ORANGE, look: dashed, level: true },
];
/** Colour by the input node, look by the hidden node it feeds. */
export const INTO_HIDDEN: Line[] = [
  { key: 'w14', label: 'λ1,4 (I1 → H4)', className: BLUE, look: solid },
  { key: 'w24', label: 'λ2,4 (I2 → H4)', className: ORANGE, look: solid },
  { key: 'w34', label: 'λ3,4 (I3 → H4)', className: PURPLE, look: solid },
  { key: 'w15', label: 'λ1,5 (I1 → H5)', className: BLUE, look: dashed },
  { key: 'w25', label: 'λ2,5 (I2 → H5)', className: ORANGE, look: dashed },
  { key: 'w35', label: 'λ3,5 (I3 → H5)', className: PURPLE, look: dashed },
];
export const INTO_OUTPUT: Line[] = [
  { key: 'w46', label: 'λ4,6 (H4 → O6)', className: BLUE, look: solid },
  { key: 'w56', label: 'λ5,6 (H5 → O6)', className: ORANGE, look: dashed },
];
export const BIASES: Line[] = [
  { key: 'b4', label: 'b4 (H4)', className: BLUE, look: solid },
  { key: 'b5', label: 'b5 (H5)', className: ORANGE, look: dashed },
  { key: 'b6', label: 'b6 (O6)', className: PURPLE, look: dotted },
];
export const LOSS: Line[] = [{ key: 'loss', label: 'L, the loss', className: BLUE, look: solid }];

/** The learning rate of each epoch, η_ℓ. */
export const RATE: Line[] = [
  {
    key: 'epochLearningRate',
    label: 'η_ℓ, the learning rate',
    className: BLUE,
    look: solid,
    head: 'η_ℓ',
  },
];
