/** The parts around a network: scaling inputs and outputs, encoding categories, probabilities. */
export * from './encoding';
export * from './probabilities';
export * from './scaling';
