/**
 * node scripts/lab-run.mjs — how long the lab store takes to retrain after a change of a run
 * setting, on the lab's largest usual network: widths [2, 8, 8, 8, 1] on 200 samples (160 trained
 * on, 40 tested), 500 epochs of batch gradient descent, kept as a trace, with the test loss at
 * every epoch. The target is under 100 ms at 1× (no CPU slow-down).
 *
 * Each timed run is one `store.set('seed', …)` followed by a read of the view, which is what a
 * reader's change costs: the settings checked, the run made (data, split, training, test losses),
 * its refusal checked, and the view's forward and backward pass of the sample on view. The seed
 * alternates between two values, so every set trains again. Untimed warm-ups first (the JIT).
 *
 * Options: --runs=N (timed runs, 20 by default), --profile (a CPU profile of 20 more runs, written
 * to the cache folder as lab-run.cpuprofile; a browser's developer tools open it). Prints the
 * load average, since other work on the machine slows every figure.
 */
import os from 'node:os';
import { writeFileSync } from 'node:fs';
import { Session } from 'node:inspector/promises';
import { importBundled } from './lib/bundle.mjs';
import { CACHE } from './lib/results.mjs';
import { formatMs, median, quantile } from './lib/stats.mjs';

const args = process.argv.slice(2);
const runsArg = args.find((arg) => arg.startsWith('--runs='));
const runs = runsArg ? Number(runsArg.slice('--runs='.length)) : 20;
const profile = args.includes('--profile');

const LOAD_AT_START = os.loadavg();
const { createStore, labKind } = await importBundled('lab');
const store = createStore(labKind, 'lab', { values: { widths: [2, 8, 8, 8, 1] } });
labKind.read(store.view.value, 'loss');

let seed = 1;
/** One reader's change: a new seed, the run it makes and the view read after it. */
function change() {
  seed = seed === 1 ? 2 : 1;
  const started = performance.now();
  const result = store.set('seed', seed);
  const loss = labKind.read(store.view.value, 'testLoss');
  const ms = performance.now() - started;
  if (!result.ok || loss === undefined)
    throw new Error(`the run failed: ${JSON.stringify(result)}`);
  return ms;
}

for (let i = 0; i < 10; i++) change();
const times = Array.from({ length: runs }, change);
const LOAD_AT_END = os.loadavg();

const run = store.run.value;
console.log(
  `lab retrain, widths [2, 8, 8, 8, 1], ${run.split.train.y.length} training samples, ${run.trace.length} epochs, batch gradient descent`,
);
console.log(
  `${runs} runs: median ${formatMs(median(times))}, fastest ${formatMs(Math.min(...times))}, p95 ${formatMs(quantile(times, 0.95))}, slowest ${formatMs(Math.max(...times))}`,
);
console.log(
  `load average (1, 5, 15 min): ${LOAD_AT_START.map((x) => x.toFixed(2)).join(', ')} at start, ${LOAD_AT_END.map((x) => x.toFixed(2)).join(', ')} at end; ${os.cpus().length} cores`,
);

if (profile) {
  const session = new Session();
  session.connect();
  await session.post('Profiler.enable');
  await session.post('Profiler.start');
  for (let i = 0; i < 20; i++) change();
  const { profile: cpuProfile } = await session.post('Profiler.stop');
  const path = `${CACHE}/lab-run.cpuprofile`;
  writeFileSync(path, JSON.stringify(cpuProfile));
  console.log(`CPU profile of 20 runs: ${path}`);
}
