/**
 * The scenarios' entry: what the chapters build on the core. The chapter's 3-2-1 network by hand,
 * its runs from a scaled start, side by side and collapsed to a linear model; the approximation of
 * a 1-D target; the chain rule; activations sampled for plots; the parts around a network
 * (scaling, encodings, probabilities); weight draws with their statistics; parameter counts; the
 * lab's data sets, their train/test split and a network's answer over a grid of the plane.
 */
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

export type { ScaledStartOptions, ScaledStartRun } from './scaledStart';
export {
  largestGap,
  scaleParameters,
  trainFromScaledStart,
  weightGradientNorm,
} from './scaledStart';

export type { ComparedRun, ComparisonRun, FirstUpdate } from './compare';
export { compareTraining, firstUpdate, sampleGradients } from './compare';

export type { LinearModel } from './collapse';
export { applyLinearModel, collapseToLinear } from './collapse';

export type { ApproximationShape } from './targets';
export { APPROXIMATION_SHAPES, approximationTarget, evenlySpaced } from './targets';
export type { ApproximationOptions } from './approximation';
export { evaluateOnGrid, fitApproximation, parametersAt, sampleShape } from './approximation';

export type { ChainForm, ChainFunction, ChainFunctionId } from './chainFunctions';
export { CHAIN_FUNCTION_IDS, CHAIN_FUNCTIONS, chainFunction } from './chainFunctions';
export type { ChainCheck, ChainIds, ChainResult } from './chain';
export {
  CHAIN_EPSILON,
  centralDifference,
  chainOf,
  chainValue,
  checkChain,
  composeText,
  derivativeTex,
  derivativeText,
  formulaTex,
  formulaText,
} from './chain';

export type { ActivationSamples, SoftmaxTerms } from './activationTables';
export {
  MAX_ACTIVATION_SAMPLES,
  MAX_SOFTMAX_TERM_INPUT,
  sampleActivation,
  softmaxTerms,
} from './activationTables';

export type { FeatureRange, ScaleTarget } from './scaling';
export { SCALE_TARGETS, featureRange, minMaxRestore, minMaxScale, rangeProblem } from './scaling';
export { categoriesOf, oneHot, ordinalRanks } from './encoding';
export type { ClassProbabilities } from './probabilities';
export { classProbabilities } from './probabilities';

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

export type { ParameterCount } from './count';
export { countParameters } from './count';
export type { LayerCount, ParameterTerms } from './layerCounts';
export { parameterTerms } from './layerCounts';

export type { LabData, LabDataOptions, LabTask } from './labDraws';
export { LAB_BOX, MAX_LAB_NOISE, MAX_LAB_SAMPLES, standardNormal } from './labDraws';
export { labSurface, surfaceData } from './labSurface';
export {
  CIRCLES_OUTER_RADIUS,
  SPIRAL_TURNS,
  circlesData,
  moonsData,
  spiralsData,
  xorData,
} from './labClasses';
export { LAB_CURVE_DOMAIN, curveData } from './labCurves';
export { CUSTOM_ROW_WIDTH, customLabData, labTaskOf } from './labCustom';
export type { LabDataName } from './labData';
export {
  LAB_DATA_NAMES,
  generateLabData,
  labDataset,
  labInputsOf,
  labOutputWidth,
  labTaskOfSet,
} from './labData';
export type { LabSplit } from './labSplit';
export { splitLabData } from './labSplit';

export type { Grid } from './grid';
export { MAX_GRID_CELLS, evaluateGrid } from './grid';
