/**
 * The core's entry: the network, its forward pass, its training loop and what they stand on
 * (activations, losses, optimizers, the RNG, initialisation, the book's names, a run's trace, the
 * operations of one training step). Every page with a network loads this folder as one chunk.
 */
export type { Activation, ActivationName, OutputActivationName } from './activations';
export {
  ACTIVATION_NAMES,
  ACTIVATIONS,
  LEAKY_RELU_SLOPE,
  identity,
  leakyRelu,
  relu,
  sigmoid,
  softmax,
  tanh,
} from './activations';

export * from './losses';

export type { HiddenActivations, LossName, Network, NetworkActivations } from './network';
export { MAX_LAYER_WIDTH, cloneNetwork, createNetwork } from './network';

export type { ForwardPass } from './forward';
export { createForwardPass, forward, predict, sampleLoss } from './forward';

export type { InitOptions, InitScheme } from './init';
export { initializeNetwork, normalizedXavierLimit, xavierLimit } from './init';

export type { BiasName, NetworkNames, NodeName, NodeRole, WeightName } from './names';
export { networkNames, weightKey } from './names';

export type {
  AdamOptimizer,
  GradientDescentOptimizer,
  MomentumOptimizer,
  Optimizer,
  OptimizerSettings,
} from './optimize';
export { createOptimizer, decayedLearningRate, gradientDescentStep } from './optimize';

export type { Rng } from './rng';
export { mulberry32, numpyRandom, shuffleInPlace, uniform } from './rng';

export type { SampleTrace, Trace } from './trace';
export { MAX_TRACE_VALUES } from './trace';

export type { Dataset } from './dataset';
export type { RecordOptions } from './recorder';
export type { BatchMode, EpochSummary, Trainer, TrainingOptions } from './train';
export { meanLoss } from './dataset';
export { MAX_EPOCHS, createTrainer, train } from './train';
export { createFastTrainer } from './fastTrainer';

export type { EvaluatedOperation, Operation, OperationKind, Phase, Term } from './operations';
export { NEXT, evaluateOperation, trainingStepOperations } from './operations';
