/**
 * A training run as columns: for every epoch ℓ, the state the epoch starts from (θ_ℓ) and
 * everything computed from it: the loss, η_ℓ, every parameter and its mean derivative, and for
 * each recorded sample every node's input and output, their derivatives and the node's local
 * slope. Each column is a Float64Array with one entry per epoch, the layout a plot reads directly;
 * all of them are views of one buffer, so a run allocates once.
 */

/** One recorded sample's forward and backward pass at every epoch. Node n counts across layers. */
export interface SampleTrace {
  /** Index of the sample in the data set. */
  readonly sample: number;
  /** L of this sample alone. */
  readonly loss: Float64Array;
  /** nodeInputs[n]: node n's input (H₄in); for input nodes, x. */
  readonly nodeInputs: readonly Float64Array[];
  /** nodeOutputs[n]: node n's output (H₄). */
  readonly nodeOutputs: readonly Float64Array[];
  /** ∂L/∂(node n's input), e.g. ∂L/∂H₄in. */
  readonly nodeInputGradients: readonly Float64Array[];
  /** ∂L/∂(node n's output), e.g. ∂L/∂H₄. */
  readonly nodeOutputGradients: readonly Float64Array[];
  /** dα/dz, node n's local derivative ∂(output)/∂(input), e.g. ∂H₄/∂H₄in (1 for input nodes). */
  readonly nodeSlopes: readonly Float64Array[];
}

/** A whole training run, one row per epoch; every column holds `length` entries. */
export interface Trace {
  /** Layer widths of the network trained. */
  readonly widths: readonly number[];
  /** Epochs recorded: `requested`, or fewer when the run diverged. */
  readonly length: number;
  /** Epochs asked for. */
  readonly requested: number;
  /** The first epoch whose state held a number that is not finite (not recorded), or null. */
  readonly divergedAt: number | null;
  /** Parameter updates in each epoch. */
  readonly updatesPerEpoch: number;
  /** ℓ = 0, 1, 2, …: the x values of a plot against epochs. */
  readonly epoch: Float64Array;
  /** Mean loss over the data set at θ_ℓ. */
  readonly loss: Float64Array;
  /** η_ℓ = η₀/(1 + decay·ℓ), the step size of epoch ℓ's updates. */
  readonly learningRate: Float64Array;
  /** parameters[p]: θ_p at the start of each epoch, in the layout of `network.parameters`. */
  readonly parameters: readonly Float64Array[];
  /** parameterGradients[p]: mean ∂L/∂θ_p over the data set at θ_ℓ. */
  readonly parameterGradients: readonly Float64Array[];
  /** The recorded samples' passes, in the order they were asked for. */
  readonly samples: readonly SampleTrace[];
  /** θ after the last epoch's updates (or at the epoch that diverged). */
  readonly finalParameters: Float64Array;
  /** The buffer every column is a view of; a later run may take it over (`RecordOptions.reuse`). */
  readonly storage: Float64Array;
}

/** Most numbers one trace may hold (64 MB): a run beyond it is refused, not started. */
export const MAX_TRACE_VALUES = 2 ** 23;

/** Columns of a sample: its loss, then node inputs, outputs, their derivatives and slopes. */
const SAMPLE_BLOCKS = 5;

/**
 * Where a run's rows are written while it trains: the buffer and each column's first index.
 * @internal
 */
export interface TraceWriter {
  readonly buffer: Float64Array;
  /** Rows allocated (epochs asked for); column c starts at c·rows. */
  readonly rows: number;
  readonly parameterCount: number;
  readonly nodeCount: number;
  /** Column of a recorded sample's loss; its node blocks follow. */
  readonly sampleColumn: Int32Array;
}

const EPOCH_COLUMN = 0;
const LOSS_COLUMN = 1;
const RATE_COLUMN = 2;
const PARAMETER_COLUMN = 3;

/**
 * Allocates the buffer of a run, or throws when it would exceed MAX_TRACE_VALUES. A run takes over
 * `reuse` instead when it is large enough: a run of a thousand epochs is half a megabyte, and
 * allocating one per change makes the garbage collector pause every few runs.
 * @internal
 */
export function createTraceWriter(
  rows: number,
  parameterCount: number,
  nodeCount: number,
  recordedSamples: number,
  reuse?: Float64Array,
): TraceWriter {
  const perSample = 1 + SAMPLE_BLOCKS * nodeCount;
  const columns = PARAMETER_COLUMN + 2 * parameterCount + recordedSamples * perSample;
  if (columns * rows > MAX_TRACE_VALUES) {
    throw new RangeError(
      `a trace of ${rows} epochs × ${columns} columns exceeds ${MAX_TRACE_VALUES} numbers`,
    );
  }
  const sampleColumn = new Int32Array(recordedSamples);
  // Stryker disable next-line EqualityOperator: one more turn writes past the end of sampleColumn, which a typed array ignores
  for (let r = 0; r < recordedSamples; r++) {
    sampleColumn[r] = PARAMETER_COLUMN + 2 * parameterCount + r * perSample;
  }
  const size = columns * rows;
  return {
    // Every value of the rows kept is written before it is read, so an old buffer needs no clearing.
    buffer: reuse && reuse.length >= size ? reuse.subarray(0, size) : new Float64Array(size),
    rows,
    parameterCount,
    nodeCount,
    sampleColumn,
  };
}

/**
 * Writes epoch ℓ's run-wide values: ℓ, the mean loss, η_ℓ, θ and the mean ∂L/∂θ.
 * @returns false when any of them is not finite
 * @internal
 */
export function writeEpochRow(
  writer: TraceWriter,
  epoch: number,
  loss: number,
  learningRate: number,
  parameters: Float64Array,
  gradients: Float64Array,
): boolean {
  const { buffer, rows, parameterCount } = writer;
  // x·0 is 0 for every finite x and NaN otherwise, so one sum tells whether all were finite.
  // Stryker disable next-line ArithmeticOperator: each product is 0 or NaN, and so is 0 − x·0
  let poison = loss * 0 + learningRate * 0;
  // Stryker disable next-line ArithmeticOperator: EPOCH_COLUMN is 0, and 0/rows is 0·rows
  buffer[EPOCH_COLUMN * rows + epoch] = epoch;
  buffer[LOSS_COLUMN * rows + epoch] = loss;
  buffer[RATE_COLUMN * rows + epoch] = learningRate;
  let at = PARAMETER_COLUMN * rows + epoch;
  for (let p = 0; p < parameterCount; p++, at += rows) {
    buffer[at] = parameters[p]!;
    // Stryker disable next-line AssignmentOperator: poison is 0 or NaN, and so is 0 − x·0
    poison += parameters[p]! * 0;
  }
  for (let p = 0; p < parameterCount; p++, at += rows) {
    buffer[at] = gradients[p]!;
    // Stryker disable next-line AssignmentOperator: poison is 0 or NaN, and so is 0 − x·0
    poison += gradients[p]! * 0;
  }
  return poison === 0;
}

/**
 * Writes recorded sample r's pass at epoch ℓ: its loss and every node's z, a, ∂L/∂z, ∂L/∂a, dα/dz.
 * @returns false when any of them is not finite
 * @internal
 */
export function writeSampleRow(
  writer: TraceWriter,
  r: number,
  epoch: number,
  loss: number,
  nodeArrays: readonly Float64Array[],
): boolean {
  const { buffer, rows, nodeCount } = writer;
  let at = writer.sampleColumn[r]! * rows + epoch;
  buffer[at] = loss;
  let poison = loss * 0;
  for (const values of nodeArrays) {
    for (let n = 0; n < nodeCount; n++) {
      at += rows;
      buffer[at] = values[n]!;
      // Stryker disable next-line AssignmentOperator: poison is 0 or NaN, and so is 0 − x·0
      poison += values[n]! * 0;
    }
  }
  return poison === 0;
}

/** Views of `count` consecutive columns from `first`, each `length` rows long. */
function columns(writer: TraceWriter, first: number, count: number, length: number) {
  const views: Float64Array[] = [];
  for (let c = first; c < first + count; c++) {
    views.push(writer.buffer.subarray(c * writer.rows, c * writer.rows + length));
  }
  return views;
}

/** The finished trace: column views cut to the rows recorded. @internal */
export function finishTrace(
  writer: TraceWriter,
  run: {
    widths: readonly number[];
    length: number;
    divergedAt: number | null;
    updatesPerEpoch: number;
    samples: readonly number[];
    finalParameters: Float64Array;
  },
): Trace {
  const { length } = run;
  const { parameterCount: P, nodeCount: N } = writer;
  const [epoch, loss, learningRate] = columns(writer, EPOCH_COLUMN, 3, length) as [
    Float64Array,
    Float64Array,
    Float64Array,
  ];
  const samples = run.samples.map((sample, r): SampleTrace => {
    const first = writer.sampleColumn[r]!;
    const block = (b: number) => columns(writer, first + 1 + b * N, N, length);
    return {
      sample,
      loss: columns(writer, first, 1, length)[0]!,
      nodeInputs: block(0),
      nodeOutputs: block(1),
      nodeInputGradients: block(2),
      nodeOutputGradients: block(3),
      nodeSlopes: block(4),
    };
  });
  return {
    // Stryker disable next-line MethodExpression: a network's widths are frozen already
    widths: Object.freeze(run.widths.slice()),
    length,
    requested: writer.rows,
    divergedAt: run.divergedAt,
    updatesPerEpoch: run.updatesPerEpoch,
    epoch,
    loss,
    learningRate,
    parameters: columns(writer, PARAMETER_COLUMN, P, length),
    parameterGradients: columns(writer, PARAMETER_COLUMN + P, P, length),
    samples,
    finalParameters: run.finalParameters,
    storage: writer.buffer,
  };
}
