/**
 * The engine's public entry: the math of a fully connected neural network, with no DOM or
 * framework. Everything the site uses is re-exported from here.
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

export type { ActivationSamples, SoftmaxTerms } from './activationTables';
export {
  MAX_ACTIVATION_SAMPLES,
  MAX_SOFTMAX_TERM_INPUT,
  sampleActivation,
  softmaxTerms,
} from './activationTables';

export type { Gradients } from './backward';
export { backward, createGradients } from './backward';

export type {
  ByHandDefaults,
  ByHandEpoch,
  ByHandNodes,
  ByHandOptions,
  ByHandParams,
} from './byHand';
export {
  BY_HAND_BIAS_HALF_WIDTH,
  BY_HAND_DEFAULTS,
  BY_HAND_NODE_KEYS,
  BY_HAND_PARAM_KEYS,
  BY_HAND_WIDTHS,
  byHandEpochs,
  createByHandNetwork,
  initByHand,
  initializeByHand,
  trainByHand,
} from './byHand';

export type {
  ChainCheck,
  ChainForm,
  ChainFunction,
  ChainFunctionId,
  ChainIds,
  ChainResult,
} from './chain';
export {
  CHAIN_EPSILON,
  CHAIN_FUNCTION_IDS,
  CHAIN_FUNCTIONS,
  centralDifference,
  chainFunction,
  chainOf,
  chainValue,
  checkChain,
  composeText,
  derivativeTex,
  derivativeText,
  formulaTex,
  formulaText,
} from './chain';

export type { LinearModel } from './collapse';
export { applyLinearModel, collapseToLinear } from './collapse';

export type { ComparedRun, ComparisonRun, FirstUpdate } from './compare';
export { compareTraining, firstUpdate, sampleGradients } from './compare';

export type { ParameterCount } from './count';
export { countParameters } from './count';

export type { LayerCount, ParameterTerms } from './layerCounts';
export { parameterTerms } from './layerCounts';

export type {
  Exercise,
  ExerciseGenerator,
  ExerciseNumber,
  ExerciseSet,
  ExerciseTopic,
  StepRule,
  SumTerm,
  WorkedStep,
} from './exercises';
export {
  EXERCISE_TOLERANCE,
  MAX_EXERCISE_SEED,
  drawOnGrid,
  exercisesFor,
  nextExerciseSeed,
} from './exercises';
export { activationExercises } from './exercisesActivation';
export { backpropagationExercises } from './exercisesBackpropagation';
export { forwardPassExercises } from './exercisesForwardPass';
export { countExercise, parameterExercises } from './exercisesParameters';
export { updateExercises } from './exercisesUpdate';
export type { ExerciseSetId } from './exerciseSets';
export { EXERCISE_GENERATORS, EXERCISE_SET_IDS, generateExercises } from './exerciseSets';

export type { ForwardPass } from './forward';
export { createForwardPass, forward, predict, sampleLoss } from './forward';

export type { NodeGradientEstimates } from './gradcheck';
export { numericalGradients, numericalNodeGradients, relativeError } from './gradcheck';

export type { InitOptions, InitScheme } from './init';
export { initializeNetwork, normalizedXavierLimit, xavierLimit } from './init';
export { MAX_FAN, MAX_WEIGHT_DRAWS, drawWeights, initLimit } from './weightDraws';

export type { Histogram, Summary, UniformMoments } from './statistics';
export {
  MAX_BINS,
  binCentres,
  histogram,
  summarize,
  uniformBinCounts,
  uniformMoments,
} from './statistics';

export type { ScaledStartOptions, ScaledStartRun } from './scaledStart';
export {
  largestGap,
  scaleParameters,
  trainFromScaledStart,
  weightGradientNorm,
} from './scaledStart';

export {
  crossEntropyGradient,
  crossEntropyLoss,
  softmaxCrossEntropyGradient,
  squaredLoss,
  squaredLossGradient,
} from './losses';

export type { BiasName, NetworkNames, NodeName, NodeRole, WeightName } from './names';
export { networkNames, weightKey } from './names';

export type { LossName, Network, NetworkActivations } from './network';
export { MAX_LAYER_WIDTH, cloneNetwork, createNetwork } from './network';

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

export type {
  BatchMode,
  Dataset,
  EpochSummary,
  RecordOptions,
  Trainer,
  TrainingOptions,
} from './train';
export { MAX_EPOCHS, createTrainer, meanLoss, train } from './train';
export { meanGradient } from './meanGradient';

export type { EvaluatedOperation, Operation, OperationKind, Phase, Term } from './operations';
export { NEXT, evaluateOperation, trainingStepOperations } from './operations';

export * from './parts';
export type { ApproximationOptions, ApproximationShape } from './approximation';
export {
  APPROXIMATION_SHAPES,
  evaluateOnGrid,
  evenlySpaced,
  fitApproximation,
  parametersAt,
  sampleShape,
  approximationTarget,
} from './approximation';
