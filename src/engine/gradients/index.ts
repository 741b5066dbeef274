/**
 * The gradients' entry: backpropagation keeping every node's ∂L/∂ for one sample, the numerical
 * check of them by central differences, and a batch's mean gradient. Training's own backward pass
 * is the core's kernel; these are computed for what a page shows.
 */
export type { Gradients } from './backward';
export { backward, createGradients } from './backward';

export type { NodeGradientEstimates } from './gradcheck';
export { numericalGradients, numericalNodeGradients, relativeError } from './gradcheck';

export { meanGradient } from './meanGradient';
