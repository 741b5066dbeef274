/**
 * The lab's limits and its starting network, in the state where the lab's kind and the chapter's
 * facts both read them (the chapter's prose states them; content/ imports the state, never a
 * widget's folder). Small enough that every number of the network can be shown.
 */

/** Every lab data set has two inputs, x₁ and x₂ (the engine's `labDataset` rows). */
export const LAB_INPUTS = 2;
/** Fewest and most layers, inputs and outputs included. */
export const MIN_LAB_LAYERS = 2;
export const MAX_LAB_LAYERS = 6;
/** Most nodes in a hidden layer. */
export const MAX_HIDDEN_WIDTH = 8;
/** Most nodes a lab network has: the inputs, four full hidden layers and a softmax's two outputs. */
export const MAX_LAB_NODES = LAB_INPUTS + (MAX_LAB_LAYERS - 2) * MAX_HIDDEN_WIDTH + 2;
/** The starting network, for the starting output (the identity: one output node). */
export const LAB_STARTING_WIDTHS: readonly number[] = Object.freeze([2, 4, 3, 1]);
/** Most epochs a run makes (fewer where the run would be long: components/lab/lab-budget.ts). */
export const MAX_LAB_EPOCHS = 2000;
