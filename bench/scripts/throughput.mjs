/**
 * npm run bench — how fast the book's engine trains, next to brain.js and TensorFlow.js (pure-JS
 * CPU backend), all in one process on one machine.
 *
 *   a. the chapter's 3-2-1 network, one sample, η = 0.2, 1000 epochs
 *   b. a [2, 16, 16, 1] regression on 1,000 samples, mini-batches of 32, 100 epochs
 *   c. the chapter's whole run as a trace (1000 epochs, every quantity), alone and through a store
 *
 * Every task builds its network and data outside the timed region and times training alone; each
 * runs untimed warm-ups first, then the tasks of a group take turns in several rounds of timed
 * runs (see measureGroup), and the table shows the median, the fastest run and the p95. Every
 * library starts from the same initial parameters, so the final losses can be compared.
 *
 * Options: --quick (fewer rounds), --only=a,b,c (a subset of the groups; task ids such as
 * --only=a.advance,a.plainLoop,a.brain pick single tasks, and may be mixed with groups).
 * Writes results/throughput.json. These are measurements, not gates: the exit code is 0 whether
 * or not a target is met, and non-zero only when a task fails to run.
 */
import { createRequire } from 'node:module';
import { readFileSync } from 'node:fs';
import os from 'node:os';
import { importBundled } from './lib/bundle.mjs';
import { BENCH, writeResults } from './lib/results.mjs';
import { formatMs, measureGroup, table } from './lib/stats.mjs';

const args = process.argv.slice(2);
const quick = args.includes('--quick');
const onlyArg = args.find((arg) => arg.startsWith('--only='));
const only = new Set((onlyArg ? onlyArg.slice('--only='.length) : 'a,b,c').split(','));

/** Untimed warm-up runs, and timed runs per round (fewer for slow tasks). */
const plan = (warmups, perRound) => ({ warmups, perRound });
/** Rounds per group; --quick runs fewer. */
const rounds = (full) => ({ rounds: quick ? Math.max(2, Math.ceil(full / 3)) : full });

/** Other work on the machine skews every figure: the load average is kept with the results. */
const LOAD_AT_START = os.loadavg();
const require = createRequire(import.meta.url);
const engine = await importBundled('engine');
let store;
let storeError;
try {
  store = await importBundled('store');
} catch (error) {
  // The store needs the book's own dependencies (@preact/signals) installed at the repo root.
  storeError = String(error?.message ?? error).split('\n')[0];
}

const tf = require('@tensorflow/tfjs-core');
require('@tensorflow/tfjs-backend-cpu');
const tfl = require('@tensorflow/tfjs-layers');
await tf.setBackend('cpu');
await tf.ready();
const brain = require('brain.js');

function versionOf(name) {
  return JSON.parse(readFileSync(`${BENCH}node_modules/${name}/package.json`, 'utf8')).version;
}

const now = () => performance.now();
const halfSquared = (prediction, target) => 0.5 * (prediction - target) ** 2;

/** ½·mean((ŷ − y)²) per sample, as TensorFlow.js layers expects a loss: its gradient is the engine's. */
function halfMeanSquared(yTrue, yPred) {
  return tf.mul(0.5, tf.mean(tf.square(tf.sub(yPred, yTrue)), -1));
}

/**
 * The engine keeps λ of layer k as rows = to, cols = from; a TF.js dense kernel is [from, to].
 * @returns per layer, the kernel and bias as plain arrays with their shapes
 */
function toDenseWeights(widths, flat) {
  const layers = [];
  let offset = 0;
  for (let k = 1; k < widths.length; k++) {
    const from = widths[k - 1];
    const to = widths[k];
    const kernel = new Float32Array(from * to);
    for (let j = 0; j < to; j++) {
      for (let i = 0; i < from; i++) kernel[i * to + j] = flat[offset + j * from + i];
    }
    offset += from * to;
    const bias = Float32Array.from(flat.subarray(offset, offset + to));
    offset += to;
    layers.push({ kernel, kernelShape: [from, to], bias });
  }
  return layers;
}

/** A TF.js dense stack: sigmoid hidden layers, a linear output, the given initial weights. */
function tfModel(widths, flat) {
  const model = tfl.sequential();
  for (let k = 1; k < widths.length; k++) {
    const last = k === widths.length - 1;
    model.add(
      tfl.layers.dense({
        units: widths[k],
        activation: last ? 'linear' : 'sigmoid',
        ...(k === 1 ? { inputShape: [widths[0]] } : {}),
      }),
    );
  }
  const initial = toDenseWeights(widths, flat).flatMap(({ kernel, kernelShape, bias }) => [
    tf.tensor2d(kernel, kernelShape),
    tf.tensor1d(bias),
  ]);
  model.setWeights(initial);
  tf.dispose(initial);
  return model;
}

/** TF.js variables holding the initial weights, and the forward pass over them. */
function tfVariables(widths, flat) {
  const layers = toDenseWeights(widths, flat).map(({ kernel, kernelShape, bias }, k) => ({
    kernel: tf.variable(tf.tensor2d(kernel, kernelShape), true, `kernel${k}`),
    bias: tf.variable(tf.tensor1d(bias), true, `bias${k}`),
  }));
  const forward = (x) => {
    let h = x;
    layers.forEach(({ kernel, bias }, k) => {
      const z = tf.add(tf.matMul(h, kernel), bias);
      h = k === layers.length - 1 ? z : tf.sigmoid(z);
    });
    return h;
  };
  const list = layers.flatMap(({ kernel, bias }) => [kernel, bias]);
  return { forward, list };
}

/** ½·mean((ŷ − y)²) of a TF.js forward pass, as a number. */
/** ½·mean((ŷ − y)²) over every sample and output, as a scalar tensor. */
function halfMeanSquaredError(prediction, target) {
  return tf.mul(0.5, tf.mean(tf.square(tf.sub(prediction, target))));
}

/** That loss of `predict()` against `ys`, as a number. */
function lossNumber(predict, ys) {
  return tf.tidy(() => halfMeanSquaredError(predict(), ys).dataSync()[0]);
}

function tfLoss(forward, xs, ys) {
  return lossNumber(() => forward(xs), ys);
}

// ---------------------------------------------------------------------------------------------
// a. the chapter's 3-2-1 network

const X = [0.5, 0.2, 0.7];
const Y = 0.3;
const ETA = 0.2;
const EPOCHS_A = 1000;
const WIDTHS_A = [3, 2, 1];
const INIT = engine.initByHand(13);
/** The chapter's seed-13 parameters in the engine's flat layout. */
const FLAT_A = Float64Array.from(
  ['w14', 'w24', 'w34', 'w15', 'w25', 'w35', 'b4', 'b5', 'w46', 'w56', 'b6'].map(
    (key) => INIT[key],
  ),
);

/**
 * A trainer of the 3-2-1 network from the chapter's seed-13 parameters, on its one sample; its
 * `advance` is the fast path.
 */
function trainerA(options) {
  const network = engine.createNetwork(WIDTHS_A, { hidden: 'sigmoid', output: 'identity' });
  network.parameters.set(FLAT_A);
  return engine.createFastTrainer(
    network,
    { inputs: [X], targets: [[Y]] },
    { learningRate: ETA, ...options },
  );
}

/**
 * Task a written by hand, as a reference for the fast path: the same stochastic gradient descent
 * on the 3-2-1 network (sigmoid hidden, identity output, L = ½(ŷ − y)²) as plain loops over one
 * Float64Array θ in the engine's layout (λ⁽¹⁾ row by row, b⁽¹⁾, λ⁽²⁾, b⁽²⁾), the widths written in,
 * no objects, no calls but Math.exp. Each step updates θ as it goes back, reading every λ for
 * ∂L/∂h before it changes; the sums run in the engine's order (Σ λ·a, then + b), so the result
 * agrees with the engine's to the last bit or nearly.
 */
function plainLoopA(theta, x, y, eta, epochs) {
  const hidden = new Float64Array(2);
  const hiddenDelta = new Float64Array(2);
  for (let e = 0; e < epochs; e++) {
    for (let j = 0; j < 2; j++) {
      let sum = 0;
      for (let i = 0; i < 3; i++) sum += theta[3 * j + i] * x[i];
      hidden[j] = 1 / (1 + Math.exp(-(sum + theta[6 + j])));
    }
    let sum = 0;
    for (let j = 0; j < 2; j++) sum += theta[8 + j] * hidden[j];
    const outputDelta = sum + theta[10] - y; // ∂L/∂ŷ, and ∂L/∂z of the identity output
    theta[10] -= eta * outputDelta;
    for (let j = 0; j < 2; j++) {
      const h = hidden[j];
      hiddenDelta[j] = (1 - h) * h * (theta[8 + j] * outputDelta); // σ′·λ·δ
      theta[8 + j] -= eta * (h * outputDelta);
    }
    for (let j = 0; j < 2; j++) {
      const delta = hiddenDelta[j];
      theta[6 + j] -= eta * delta;
      for (let i = 0; i < 3; i++) theta[3 * j + i] -= eta * (x[i] * delta);
    }
  }
}

/** θ after a.advance's 1000 updates, to check the plain loop against. */
const ADVANCED_A = (() => {
  const trainer = trainerA({ mode: 'stochastic' });
  trainer.advance(EPOCHS_A);
  return trainer.network.parameters.slice();
})();

/** The loss ½(ŷ − y)² of the 3-2-1 network at θ, through the engine. */
function lossAtA(theta) {
  const network = engine.createNetwork(WIDTHS_A, { hidden: 'sigmoid', output: 'identity' });
  network.parameters.set(theta);
  return halfSquared(engine.predict(network, X)[0], Y);
}

/** brain.js's network of task a with the chapter's parameters, and its data formatted. */
function brainA() {
  const net = new brain.NeuralNetwork({ hiddenLayers: [2], activation: 'sigmoid' });
  const data = [{ input: X, output: [Y] }];
  net.verifyIsInitialized(data); // sizes [3, 2, 1] and random weights, which we replace
  for (let j = 0; j < 2; j++) {
    for (let i = 0; i < 3; i++) net.weights[1][j][i] = FLAT_A[j * 3 + i];
    net.biases[1][j] = FLAT_A[6 + j];
    net.weights[2][0][j] = FLAT_A[8 + j];
  }
  net.biases[2][0] = FLAT_A[10];
  return { net, data };
}

/** brain.js's training options for task a (see the notes of a.brain and a.brainTrain). */
const BRAIN_OPTIONS_A = {
  iterations: EPOCHS_A,
  // The smallest value brain.js accepts: with 1e-12 its error check stopped training early.
  errorThresh: Number.MIN_VALUE,
  learningRate: ETA,
  momentum: 1e-12, // 0 is refused
  log: false,
};

/** Our trainer on task a (the 3-2-1 network, one sample, stochastic updates). */
function ourTaskA(id, epochLoss, note) {
  return {
    id,
    library: 'ours',
    name: `createTrainer [3,2,1] stochastic, epochLoss '${epochLoss}'`,
    ...plan(20, 20),
    note,
    run() {
      const trainer = trainerA({ mode: 'stochastic', epochLoss });
      const initialLoss = trainer.loss();
      const start = now();
      trainer.run(EPOCHS_A);
      const ms = now() - start;
      return { ms, finalLoss: trainer.loss(), initialLoss };
    },
  };
}

const tasksA = [
  {
    id: 'a.advance',
    library: 'ours',
    name: 'createFastTrainer [3,2,1] stochastic, advance(1000)',
    ...plan(20, 20),
    note: 'the fast path: 1000 updates and nothing recorded (no loss, no object per epoch)',
    run() {
      const trainer = trainerA({ mode: 'stochastic' });
      const initialLoss = trainer.loss();
      const start = now();
      trainer.advance(EPOCHS_A);
      const ms = now() - start;
      return { ms, finalLoss: trainer.loss(), initialLoss };
    },
  },
  {
    id: 'a.plainLoop',
    library: 'by hand',
    name: 'plain Float64Array loop (3-2-1 written in)',
    ...plan(20, 20),
    note: "the fast path's algorithm hand-written in the bench script: same θ₀, sample, η and 1000 updates; its θ is checked against a.advance's (1e-12)",
    run() {
      const theta = FLAT_A.slice();
      const x = Float64Array.from(X);
      const initialLoss = lossAtA(theta);
      const start = now();
      plainLoopA(theta, x, Y, ETA, EPOCHS_A);
      const ms = now() - start;
      const apart = Math.max(...theta.map((value, p) => Math.abs(value - ADVANCED_A[p])));
      if (!(apart <= 1e-12)) throw new Error(`θ differs from a.advance's by ${apart}`);
      const finalLoss = lossAtA(theta);
      const advancedLoss = lossAtA(ADVANCED_A);
      if (!(Math.abs(finalLoss - advancedLoss) <= 1e-12)) {
        throw new Error(`final loss ${finalLoss}, a.advance's ${advancedLoss}`);
      }
      return { ms, finalLoss, initialLoss, parametersApart: apart };
    },
  },
  {
    id: 'a.byHand',
    library: 'ours',
    name: 'trainByHand (3-2-1)',
    ...plan(20, 20),
    note: '1000 forward+backward passes, 999 updates; loss of the 1000th pass',
    run() {
      const start = now();
      const run = engine.trainByHand({ x: X, y: Y, learningRate: ETA, epochs: EPOCHS_A });
      const ms = now() - start;
      return { ms, finalLoss: run.epochs.at(-1).loss, initialLoss: run.epochs[0].loss };
    },
  },
  ourTaskA('a.trainer', 'start', '1000 updates, plus the mean loss at the start of each epoch'),
  ourTaskA(
    'a.trainerDuring',
    'during',
    '1000 updates; each epoch reports the loss of its own forward pass (no extra pass)',
  ),
  {
    id: 'a.engineLoop',
    library: 'ours',
    name: 'forward + backward + gradientDescentStep',
    ...plan(20, 20),
    note: "the engine's public per-sample calls in a loop, storage allocated once, no history: 1000 updates",
    run() {
      const network = engine.createNetwork(WIDTHS_A, { hidden: 'sigmoid', output: 'identity' });
      network.parameters.set(FLAT_A);
      const pass = engine.createForwardPass(network);
      const grads = engine.createGradients(network);
      const target = [Y];
      const initialLoss = halfSquared(engine.predict(network, X)[0], Y);
      const start = now();
      for (let e = 0; e < EPOCHS_A; e++) {
        engine.forward(network, X, pass);
        engine.backward(network, pass, target, grads);
        engine.gradientDescentStep(network.parameters, grads.parameters, ETA);
      }
      const ms = now() - start;
      return { ms, finalLoss: halfSquared(engine.predict(network, X)[0], Y), initialLoss };
    },
  },
  {
    id: 'a.brain',
    library: 'brain.js',
    name: 'NeuralNetwork trainPattern × 1000 hiddenLayers [2]',
    ...plan(10, 10),
    note: 'brain.js at its cheapest: options set and data formatted before the clock, then 1000 trainPattern calls (train() adds an error pass, a Date.now() and option checks per iteration); sigmoid OUTPUT (brain.js has no linear output); Float32Array; momentum 1e-12 (0 is refused)',
    run() {
      const { net, data } = brainA();
      net.updateTrainingOptions(BRAIN_OPTIONS_A);
      const [sample] = net.formatData(data);
      const initialLoss = halfSquared(net.run(X)[0], Y);
      const start = now();
      for (let e = 0; e < EPOCHS_A; e++) net.trainPattern(sample);
      const ms = now() - start;
      return { ms, finalLoss: halfSquared(net.run(X)[0], Y), initialLoss, iterations: EPOCHS_A };
    },
  },
  {
    id: 'a.brainTrain',
    library: 'brain.js',
    name: 'NeuralNetwork.train hiddenLayers [2]',
    ...plan(10, 10),
    note: 'train(data, { iterations: 1000, log: false }), as brain.js is usually called; errorThresh Number.MIN_VALUE (0 is refused, 1e-12 stopped it early)',
    run() {
      const { net, data } = brainA();
      const initialLoss = halfSquared(net.run(X)[0], Y);
      const start = now();
      const status = net.train(data, BRAIN_OPTIONS_A);
      const ms = now() - start;
      return {
        ms,
        finalLoss: halfSquared(net.run(X)[0], Y),
        initialLoss,
        iterations: status.iterations,
      };
    },
  },
  {
    id: 'a.tfFit',
    library: 'TF.js',
    name: 'model.fit batchSize 1',
    ...plan(1, 1),
    note: 'sequential dense(2, sigmoid) + dense(1, linear), SGD 0.2, loss ½(ŷ−y)², float32',
    async run() {
      const model = tfModel(WIDTHS_A, FLAT_A);
      model.compile({ optimizer: tf.train.sgd(ETA), loss: halfMeanSquared });
      const xs = tf.tensor2d([X]);
      const ys = tf.tensor2d([[Y]]);
      const initialLoss = lossNumber(() => model.predict(xs), ys);
      const start = now();
      await model.fit(xs, ys, { epochs: EPOCHS_A, batchSize: 1, shuffle: false, verbose: 0 });
      const ms = now() - start;
      const finalLoss = lossNumber(() => model.predict(xs), ys);
      model.optimizer.dispose();
      model.dispose();
      tf.dispose([xs, ys]);
      return { ms, finalLoss, initialLoss };
    },
  },
  {
    id: 'a.tfMinimize',
    library: 'TF.js',
    name: 'manual loop optimizer.minimize',
    ...plan(1, 1),
    note: 'variables + tf.train.sgd(0.2).minimize, 1000 steps, float32',
    run() {
      const { forward, list } = tfVariables(WIDTHS_A, FLAT_A);
      const xs = tf.tensor2d([X]);
      const ys = tf.tensor2d([[Y]]);
      const optimizer = tf.train.sgd(ETA);
      const loss = () => halfMeanSquaredError(forward(xs), ys);
      const initialLoss = tfLoss(forward, xs, ys);
      const start = now();
      for (let e = 0; e < EPOCHS_A; e++) optimizer.minimize(loss, false, list);
      const ms = now() - start;
      const finalLoss = tfLoss(forward, xs, ys);
      optimizer.dispose();
      tf.dispose([...list, xs, ys]);
      return { ms, finalLoss, initialLoss };
    },
  },
  {
    id: 'a.tfVariableGrads',
    library: 'TF.js',
    name: 'manual loop variableGrads + assign',
    ...plan(1, 1),
    note: 'tf.variableGrads then v.assign(v − η·g), 1000 steps, float32',
    run() {
      const { forward, list } = tfVariables(WIDTHS_A, FLAT_A);
      const xs = tf.tensor2d([X]);
      const ys = tf.tensor2d([[Y]]);
      const loss = () => halfMeanSquaredError(forward(xs), ys);
      const initialLoss = tfLoss(forward, xs, ys);
      const start = now();
      for (let e = 0; e < EPOCHS_A; e++) {
        const { value, grads } = tf.variableGrads(loss, list);
        tf.tidy(() => {
          for (const variable of list)
            variable.assign(tf.sub(variable, tf.mul(ETA, grads[variable.name])));
        });
        tf.dispose([value, ...Object.values(grads)]);
      }
      const ms = now() - start;
      const finalLoss = tfLoss(forward, xs, ys);
      tf.dispose([...list, xs, ys]);
      return { ms, finalLoss, initialLoss };
    },
  },
];

// ---------------------------------------------------------------------------------------------
// b. [2, 16, 16, 1] on 1,000 samples

const WIDTHS_B = [2, 16, 16, 1];
const SAMPLES_B = 1000;
const BATCH_B = 32;
const EPOCHS_B = 100;
const ETA_B = 0.5;

/** y = sin(x₁)·cos(x₂) at 1,000 points drawn uniformly from [−2, 2]² (mulberry32, seed 2026). */
function regressionData() {
  const rng = engine.mulberry32(2026);
  const inputs = [];
  const targets = [];
  for (let s = 0; s < SAMPLES_B; s++) {
    const x1 = engine.uniform(rng, -2, 2);
    const x2 = engine.uniform(rng, -2, 2);
    inputs.push(Float64Array.of(x1, x2));
    targets.push(Float64Array.of(Math.sin(x1) * Math.cos(x2)));
  }
  return { inputs, targets };
}
const DATA_B = regressionData();
/** Xavier λ ~ U[±1/√fan-in] from mulberry32(7), biases 0. */
const FLAT_B = (() => {
  const network = engine.createNetwork(WIDTHS_B, { hidden: 'sigmoid', output: 'identity' });
  engine.initializeNetwork(network, engine.mulberry32(7), { scheme: 'xavier' });
  return Float64Array.from(network.parameters);
})();

function tfData() {
  const xs = tf.tensor2d(DATA_B.inputs.map((x) => Array.from(x)));
  const ys = tf.tensor2d(DATA_B.targets.map((y) => Array.from(y)));
  const batches = [];
  for (let start = 0; start < SAMPLES_B; start += BATCH_B) {
    const size = Math.min(BATCH_B, SAMPLES_B - start);
    batches.push({
      x: tf.slice(xs, [start, 0], [size, 2]),
      y: tf.slice(ys, [start, 0], [size, 1]),
    });
  }
  return { xs, ys, batches };
}

/**
 * Our mini-batch trainer on task b: `advance` (the fast path, no per-epoch record), or `run` with
 * a summary per epoch whose loss is taken as `epochLoss` says.
 */
function ourTaskB(id, epochLoss, note) {
  const fast = epochLoss === 'advance';
  return {
    id,
    library: 'ours',
    name: fast
      ? 'createTrainer miniBatch 32, advance(100)'
      : `createTrainer miniBatch 32, epochLoss '${epochLoss}'`,
    ...plan(1, 2),
    note,
    run() {
      const network = engine.createNetwork(WIDTHS_B, { hidden: 'sigmoid', output: 'identity' });
      network.parameters.set(FLAT_B);
      const trainer = engine.createTrainer(network, DATA_B, {
        learningRate: ETA_B,
        mode: 'miniBatch',
        batchSize: BATCH_B,
        ...(fast ? {} : { epochLoss }),
      });
      const initialLoss = trainer.loss();
      const start = now();
      if (fast) trainer.advance(EPOCHS_B);
      else trainer.run(EPOCHS_B);
      const ms = now() - start;
      return { ms, finalLoss: trainer.loss(), initialLoss };
    },
  };
}

/** TF.js's manual mini-batch loop on task b, optionally reading the full loss every epoch. */
function tfManualTaskB(id, name, note, lossEveryEpoch) {
  return {
    id,
    library: 'TF.js',
    name,
    ...plan(1, 1),
    note,
    run() {
      const { forward, list } = tfVariables(WIDTHS_B, FLAT_B);
      const { xs, ys, batches } = tfData();
      const optimizer = tf.train.sgd(ETA_B);
      const initialLoss = tfLoss(forward, xs, ys);
      const start = now();
      for (let e = 0; e < EPOCHS_B; e++) {
        if (lossEveryEpoch) tfLoss(forward, xs, ys);
        for (const batch of batches) {
          optimizer.minimize(() => halfMeanSquaredError(forward(batch.x), batch.y), false, list);
        }
      }
      const ms = now() - start;
      const finalLoss = tfLoss(forward, xs, ys);
      optimizer.dispose();
      tf.dispose([...list, xs, ys, ...batches.flatMap((b) => [b.x, b.y])]);
      return { ms, finalLoss, initialLoss };
    },
  };
}

const tasksB = [
  ourTaskB(
    'b.advance',
    'advance',
    '100 epochs × 32 updates, data-set order, nothing recorded (the fast path)',
  ),
  ourTaskB(
    'b.trainer',
    'start',
    '100 epochs × 32 updates, data-set order, plus the mean loss over the data set at the start of each epoch (one extra forward pass)',
  ),
  ourTaskB(
    'b.trainerDuring',
    'during',
    '100 epochs × 32 updates, data-set order; each epoch reports the mean loss of its own forward passes (no extra pass)',
  ),
  tfManualTaskB(
    'b.tfMinimize',
    'manual loop optimizer.minimize',
    'pre-sliced batches of 32, data-set order, sgd(0.5), float32',
    false,
  ),
  tfManualTaskB(
    'b.tfMinimizeLoss',
    'manual loop + loss every epoch',
    "as b.tfMinimize, plus the mean loss over all 1,000 samples at the start of each epoch, read back as a number like the engine's trainer does",
    true,
  ),
  {
    id: 'b.tfFit',
    library: 'TF.js',
    name: 'model.fit batchSize 32',
    ...plan(1, 1),
    note: 'shuffle off, sgd(0.5), loss ½(ŷ−y)², float32',
    async run() {
      const model = tfModel(WIDTHS_B, FLAT_B);
      model.compile({ optimizer: tf.train.sgd(ETA_B), loss: halfMeanSquared });
      const { xs, ys, batches } = tfData();
      tf.dispose(batches.flatMap((b) => [b.x, b.y]));
      const initialLoss = lossNumber(() => model.predict(xs), ys);
      const start = now();
      await model.fit(xs, ys, { epochs: EPOCHS_B, batchSize: BATCH_B, shuffle: false, verbose: 0 });
      const ms = now() - start;
      const finalLoss = lossNumber(() => model.predict(xs), ys);
      model.optimizer.dispose();
      model.dispose();
      tf.dispose([xs, ys]);
      return { ms, finalLoss, initialLoss };
    },
  },
];

// ---------------------------------------------------------------------------------------------
// c. the dashboard's retrain

const tasksC = [
  {
    id: 'c.trace',
    library: 'ours',
    name: 'createTrainer(…).record(1000)',
    ...plan(20, 40),
    note: 'the whole run as columns: per epoch θ, mean ∂L/∂θ, every node input and output, their derivatives and slopes, the loss and η',
    run() {
      const trainer = trainerA({});
      const start = now();
      const trace = trainer.record(1000);
      const ms = now() - start;
      return {
        ms,
        finalLoss: trace.loss[trace.length - 1],
        initialLoss: trace.loss[0],
        epochs: trace.length,
      };
    },
  },
  (() => {
    let previous;
    return {
      id: 'c.traceReuse',
      library: 'ours',
      name: 'record(1000, { reuse: previous trace })',
      ...plan(20, 40),
      note: 'the same run, in the storage of the run before it, as a store retrains on each change',
      run() {
        const trainer = trainerA({});
        const start = now();
        const trace = trainer.record(1000, previous ? { reuse: previous } : {});
        const ms = now() - start;
        previous = trace;
        return {
          ms,
          finalLoss: trace.loss[trace.length - 1],
          initialLoss: trace.loss[0],
          epochs: trace.length,
        };
      },
    };
  })(),
  {
    id: 'c.byHand',
    library: 'ours',
    name: 'trainByHand({ epochs: 1000 })',
    ...plan(20, 40),
    note: 'the same run, then one named record per epoch (the API of the chapter’s code)',
    run() {
      const start = now();
      const run = engine.trainByHand({ epochs: 1000 });
      const ms = now() - start;
      const { epochs } = run;
      return {
        ms,
        finalLoss: epochs.at(-1).loss,
        initialLoss: epochs[0].loss,
        epochs: epochs.length,
      };
    },
  },
];
if (store) {
  const network = store.createStore(store.networkKind, 'network');
  let flip = 0;
  tasksC.push({
    id: 'c.store',
    library: 'ours',
    name: 'store: set η, read the run',
    ...plan(20, 40),
    note: 'a store of the chapter network (src/state): set(learningRate) checks the value and trains the 1000-epoch trace once (in the storage of the run it replaces), then run.value reads it',
    run() {
      flip = 1 - flip;
      const start = now();
      const result = network.set('learningRate', flip ? 0.21 : 0.2);
      const trace = network.run.value;
      const ms = now() - start;
      if (!result.ok) throw new Error(result.message);
      return {
        ms,
        finalLoss: trace.loss[trace.length - 1],
        initialLoss: trace.loss[0],
        epochs: trace.length,
      };
    },
  });
}

// ---------------------------------------------------------------------------------------------

/** The tasks of a group that --only names: all of them when it names the group. */
const chosen = (key, tasks) => (only.has(key) ? tasks : tasks.filter((task) => only.has(task.id)));

const groups = [
  ['a', 'a. 3-2-1, 1 sample, η 0.2, 1000 epochs', tasksA, rounds(7)],
  ['b', 'b. [2,16,16,1], 1000 samples, batches of 32, 100 epochs', tasksB, rounds(5)],
  ['c', 'c. dashboard retrain, 1000 epochs of history', tasksC, rounds(5)],
]
  .map(([key, title, tasks, schedule]) => [key, title, chosen(key, tasks), schedule])
  .filter(([, , tasks]) => tasks.length > 0);

const results = {};
let failures = 0;
for (const [key, title, tasks, schedule] of groups) {
  console.log(`\n${title}: ${schedule.rounds} interleaved rounds`);
  const measured = await measureGroup(tasks, schedule, (task, error) => {
    failures++;
    console.log(`  ${task.id} FAILED: ${String(error?.message ?? error)}`);
  });
  for (const task of tasks) {
    const { run, warmups, perRound, ...about } = task;
    const m = measured[task.id];
    results[task.id] = m.error
      ? { ...about, group: key, error: String(m.error?.stack ?? m.error) }
      : { ...about, group: key, warmups, ...m };
    if (!m.error) console.log(`  ${task.id}: median ${formatMs(m.medianMs)} over ${m.reps} runs`);
  }
}

/** How many times faster `fast` is than `slow`, by median time (or by fastest run). */
const ratio = (slow, fast, key = 'medianMs') =>
  results[slow]?.[key] && results[fast]?.[key]
    ? results[slow][key] / results[fast][key]
    : undefined;

/** The targets the book sets itself (docs/measurements.md); `met` is informational. */
const targets = [
  // [what, the other library's task, our task, the speed-up wanted]
  ['3-2-1: fast path vs brain.js', 'a.brain', 'a.advance', 2],
  ['3-2-1: fast path vs brain.js train()', 'a.brainTrain', 'a.advance', 2],
  ['3-2-1: fast path vs TF.js manual (minimize)', 'a.tfMinimize', 'a.advance', 1000],
  ['3-2-1: fast path vs TF.js manual (variableGrads)', 'a.tfVariableGrads', 'a.advance', 1000],
  ['3-2-1: trainer with loss during vs brain.js', 'a.brain', 'a.trainerDuring', 2],
  ['3-2-1: trainByHand vs TF.js manual (minimize)', 'a.tfMinimize', 'a.byHand', 1000],
  ['[2,16,16,1]: fast path vs TF.js manual (minimize)', 'b.tfMinimize', 'b.advance', 7],
  [
    '[2,16,16,1]: ours (loss during) vs TF.js manual (minimize)',
    'b.tfMinimize',
    'b.trainerDuring',
    7,
  ],
  ['[2,16,16,1]: ours vs TF.js manual + loss every epoch', 'b.tfMinimizeLoss', 'b.trainer', 7],
  ['[2,16,16,1]: ours vs TF.js model.fit', 'b.tfFit', 'b.trainer', 7],
]
  .map(([name, theirs, ours, atLeast]) => ({
    name,
    ratio: ratio(theirs, ours),
    ratioOfFastest: ratio(theirs, ours, 'minMs'),
    atLeast,
  }))
  .filter((t) => t.ratio !== undefined)
  .map((t) => ({ ...t, met: t.ratio >= t.atLeast }));
/** How many times longer than the hand-written loop the fast path takes: close to 1 is the aim. */
const slowdown = ratio('a.advance', 'a.plainLoop');
if (slowdown !== undefined) {
  targets.unshift({
    name: '3-2-1: fast path vs plain loop (time ratio)',
    ratio: slowdown,
    ratioOfFastest: ratio('a.advance', 'a.plainLoop', 'minMs'),
    atMost: 1.2,
    met: slowdown <= 1.2,
  });
}
for (const id of ['c.trace', 'c.traceReuse', 'c.store']) {
  const r = results[id];
  if (r?.medianMs === undefined) continue;
  targets.push({
    name: `${id}: median ≤ 1 ms`,
    ms: r.medianMs,
    fastestMs: r.minMs,
    atMost: 1,
    met: r.medianMs <= 1,
  });
  targets.push({ name: `${id}: p95 ≤ 2 ms`, ms: r.p95Ms, atMost: 2, met: r.p95Ms <= 2 });
}

const fmtLoss = (value) => (typeof value === 'number' ? value.toExponential(3) : '');
console.log(
  `\nResults (time = training only, median of the timed runs; ${os.cpus().length} cores, ` +
    `load average ${LOAD_AT_START.map((l) => l.toFixed(2)).join(' ')} at start, ` +
    `${os
      .loadavg()
      .map((l) => l.toFixed(2))
      .join(' ')} now; node ${process.version})\n`,
);
console.log(
  table(
    ['task', 'library', 'what', 'median', 'fastest', 'p95', 'runs', 'loss before', 'loss after'],
    Object.values(results).map((r) => [
      r.id,
      r.library,
      r.name,
      r.error ? 'FAILED' : formatMs(r.medianMs),
      r.error ? '' : formatMs(r.minMs),
      r.error ? '' : formatMs(r.p95Ms),
      r.error ? '' : String(r.reps),
      fmtLoss(r.result?.initialLoss),
      fmtLoss(r.result?.finalLoss),
    ]),
  ),
);
console.log('\nNotes');
for (const r of Object.values(results)) console.log(`  ${r.id}: ${r.note}`);
for (const id of ['a.brain', 'a.brainTrain']) {
  if (results[id]?.result) console.log(`  ${id} ran ${results[id].result.iterations} iterations.`);
}
if (!store) console.log(`  c.store skipped: the store could not be bundled (${storeError}).`);

/** A ratio as the table shows it: two decimals below 10× (targets such as ≤ 1.2× need them). */
const times = (value) => `${value.toFixed(value < 10 ? 2 : 1)}×`;
console.log('\nTargets (measurements, not gates)\n');
console.log(
  table(
    ['target', 'by median', 'by fastest run', 'wanted', 'met (median)'],
    targets.map((t) => [
      t.name,
      t.ratio !== undefined ? times(t.ratio) : formatMs(t.ms),
      t.ratioOfFastest !== undefined
        ? times(t.ratioOfFastest)
        : t.fastestMs !== undefined
          ? formatMs(t.fastestMs)
          : '',
      t.atLeast !== undefined
        ? `≥ ${t.atLeast}×`
        : t.ratio !== undefined
          ? `≤ ${t.atMost}×`
          : `≤ ${t.atMost} ms`,
      t.met ? 'yes' : 'NO',
    ]),
  ),
);

const report = {
  measuredAt: new Date().toISOString(),
  machine: {
    cpus: os.cpus().length,
    cpuModel: os.cpus()[0]?.model,
    memoryGiB: Math.round(os.totalmem() / 2 ** 30),
    loadAverageAtStart: LOAD_AT_START,
    loadAverageAtEnd: os.loadavg(),
    node: process.version,
    platform: `${os.platform()} ${os.release()}`,
  },
  versions: {
    '@tensorflow/tfjs-core': versionOf('@tensorflow/tfjs-core'),
    '@tensorflow/tfjs-layers': versionOf('@tensorflow/tfjs-layers'),
    '@tensorflow/tfjs-backend-cpu': versionOf('@tensorflow/tfjs-backend-cpu'),
    'brain.js': versionOf('brain.js'),
    tfBackend: tf.getBackend(),
  },
  quick,
  tasks: Object.values(results).map(({ result, timesMs, ...rest }) => {
    const { ms, ...record } = result ?? {};
    return { ...rest, ...record, timesMs };
  }),
  targets,
};
console.log(`\nWrote ${await writeResults('throughput.json', report)}`);
process.exitCode = failures > 0 ? 1 : 0;
