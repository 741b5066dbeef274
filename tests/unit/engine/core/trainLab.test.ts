/**
 * The training loop on lab-sized networks against NumPy: scripts/lab_fixtures.py trains each
 * network in matrix form over a whole batch at once (tests/fixtures/lab-runs.json) from starting
 * parameters it writes into the fixture, which the engine starts from too. Every epoch's loss and
 * every parameter must agree within 1e-10 relative, through `record`, `run` and `advance`.
 */
import { describe, expect, it } from 'vitest';
import {
  createNetwork,
  createFastTrainer,
  createTrainer,
  generateLabData,
  labDataset,
} from '../../../../src/engine/index';
import type {
  BatchMode,
  Dataset,
  HiddenActivations,
  LabDataName,
  Network,
  OutputActivationName,
} from '../../../../src/engine/index';
import { expectRelClose, loadFixture } from '../helpers';

/** A network's parameters as NumPy's matrices: per layer W (rows = the nodes it feeds) and b. */
type Layers = { weights: number[][]; biases: number[] }[];

interface Run {
  name: string;
  widths: number[];
  hidden: HiddenActivations;
  output: OutputActivationName;
  mode: BatchMode;
  learningRate: number;
  epochs: number;
  data: { name: LabDataName; seed: number; noise: number; samples: number };
  inputs: number[][];
  targets: number[][];
  initial: Layers;
  loss: number[];
  parameters: Layers[];
  final: Layers;
}

const RUNS = loadFixture<{ runs: Run[] }>('lab-runs.json').runs;

/** Relative tolerance of every comparison; below FLOOR a value is held to TOLERANCE·FLOOR absolute. */
const TOLERANCE = 1e-10;
const FLOOR = 1e-6;

/** The layers in the engine's θ: per layer λ row by row (row j = weights into node j), then b. */
function flatten(layers: Layers): number[] {
  return layers.flatMap(({ weights, biases }) => [...weights.flat(), ...biases]);
}

/** The run's network, started from the fixture's parameters. */
function startingNetwork(run: Run): Network {
  const network = createNetwork(run.widths, { hidden: run.hidden, output: run.output });
  network.parameters.set(flatten(run.initial));
  return network;
}

function trainer(run: Run, create = createTrainer) {
  const dataset: Dataset = { inputs: run.inputs, targets: run.targets };
  const options = { learningRate: run.learningRate, mode: run.mode };
  return create(startingNetwork(run), dataset, options);
}

function expectParameters(actual: ArrayLike<number>, expected: Layers, label: string): void {
  const flat = flatten(expected);
  expect(actual).toHaveLength(flat.length);
  flat.forEach((value, p) => expectRelClose(actual[p]!, value, TOLERANCE, `${label} θ${p}`, FLOOR));
}

describe.each(RUNS)('$name, against NumPy', (run) => {
  it('trains on the lab’s own data set: the generator gives the fixture’s samples', () => {
    const { name, seed, noise, samples } = run.data;
    const dataset = labDataset(generateLabData(name, { samples, seed, noise }), run.output);
    dataset.inputs.forEach((x, s) =>
      run.inputs[s]!.forEach((value, i) => expect(x[i]).toBeCloseTo(value, 12)),
    );
    dataset.targets.forEach((y, s) =>
      run.targets[s]!.forEach((value, j) => expect(y[j]).toBeCloseTo(value, 12)),
    );
  });

  it('records the loss and every parameter at the start of every epoch, and the final θ', () => {
    const trace = trainer(run).record(run.epochs);
    expect(trace.divergedAt).toBeNull();
    expect(trace.length).toBe(run.epochs);
    run.loss.forEach((loss, epoch) =>
      expectRelClose(trace.loss[epoch]!, loss, TOLERANCE, `loss at epoch ${epoch}`, FLOOR),
    );
    run.parameters.forEach((layers, epoch) =>
      expectParameters(
        trace.parameters.map((column) => column[epoch]!),
        layers,
        `epoch ${epoch}`,
      ),
    );
    expectParameters(trace.finalParameters, run.final, 'final');
    // Training did something: the last epoch's loss is below the first's.
    expect(run.loss[run.epochs - 1]).toBeLessThan(run.loss[0]!);
  });

  it('reports the same losses epoch by epoch through run(), and ends at the same θ', () => {
    const stepping = trainer(run);
    const history = stepping.run(run.epochs);
    history.forEach(({ loss }, epoch) =>
      expectRelClose(loss, run.loss[epoch]!, TOLERANCE, `run() loss at epoch ${epoch}`, FLOOR),
    );
    expectParameters(stepping.network.parameters, run.final, 'after run()');
  });

  it('ends at the same θ through advance(), the fast path', () => {
    const fast = trainer(run, createFastTrainer);
    fast.advance(run.epochs);
    expectParameters(fast.network.parameters, run.final, 'after advance()');
    const plain = trainer(run);
    plain.advance(run.epochs);
    expectParameters(plain.network.parameters, run.final, 'after advance() without the fast path');
  });
});
