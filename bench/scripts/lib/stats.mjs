/**
 * Small statistics and timing helpers shared by the measurement scripts.
 */

/** The value below which a fraction q of the sorted samples lie (linear interpolation). */
export function quantile(values, q) {
  if (values.length === 0) return Number.NaN;
  const sorted = [...values].sort((a, b) => a - b);
  const position = (sorted.length - 1) * q;
  const below = Math.floor(position);
  const above = Math.ceil(position);
  const weight = position - below;
  return sorted[below] * (1 - weight) + sorted[above] * weight;
}

export const median = (values) => quantile(values, 0.5);

/** Frees what the previous task left behind, when node runs with --expose-gc. */
export function collectGarbage() {
  if (typeof globalThis.gc === 'function') globalThis.gc();
}

/**
 * Measures a group of tasks that are to be compared with one another. Each task times its own
 * training and returns `{ ms, ...record }`, so that building networks and data, reading the final
 * loss and freeing tensors stay outside the measurement.
 *
 * First every task runs `warmups` times untimed (the JIT settles). Then the group runs in
 * `rounds` rounds, and in each round every task runs `perRound` times in turn. Interleaving
 * matters on a shared machine: when other work comes and goes, it slows every library alike
 * instead of whichever one happened to be running, which keeps the ratios honest.
 *
 * Each task's turn starts with a full garbage collection (so it does not pay for the previous
 * task's garbage) and a few untimed runs: a full collection may drop the compiled code of
 * functions that have not run for a while, and a short task timed right after it measured the
 * JIT's recompilation (median 212 µs instead of 133 µs, p95 1.8 ms, for the 3-2-1 fast path; with
 * one untimed run, whole rounds still came out at 220 µs). Within a turn no collection is forced,
 * so a library pays for the garbage its own runs make.
 *
 * @param tasks `{ id, run, warmups, perRound }`
 * @param onFailure called with a task and its error; the task is dropped from later rounds
 * @returns per task id: every time in milliseconds, their median, p95, min and max, and the last
 *   record (or the error)
 */
/** Untimed runs at the start of each task's turn, after the collection. */
const TURN_WARMUPS = 3;

export async function measureGroup(tasks, { rounds }, onFailure = () => {}) {
  const out = new Map(tasks.map((task) => [task.id, { times: [], result: undefined }]));
  const alive = new Set(tasks);
  const attempt = async (task) => {
    try {
      return await task.run();
    } catch (error) {
      alive.delete(task);
      out.get(task.id).error = error;
      onFailure(task, error);
      return undefined;
    }
  };
  for (const task of tasks) {
    for (let i = 0; i < task.warmups && alive.has(task); i++) await attempt(task);
  }
  for (let round = 0; round < rounds; round++) {
    for (const task of tasks) {
      collectGarbage();
      for (let i = 0; i < TURN_WARMUPS && alive.has(task); i++) await attempt(task);
      for (let i = 0; i < task.perRound && alive.has(task); i++) {
        const result = await attempt(task);
        if (!result) break;
        out.get(task.id).times.push(result.ms);
        out.get(task.id).result = result;
      }
    }
  }
  return Object.fromEntries(
    [...out].map(([id, { times, result, error }]) => [
      id,
      error
        ? { error }
        : {
            reps: times.length,
            medianMs: median(times),
            p95Ms: quantile(times, 0.95),
            minMs: Math.min(...times),
            maxMs: Math.max(...times),
            timesMs: times,
            result,
          },
    ]),
  );
}

/** A number for a table: milliseconds or microseconds with three significant digits. */
export function formatMs(ms) {
  if (!Number.isFinite(ms)) return String(ms);
  if (ms < 1) return `${(ms * 1000).toPrecision(3)} µs`;
  if (ms < 1000) return `${ms.toPrecision(3)} ms`;
  return `${(ms / 1000).toPrecision(3)} s`;
}

/** Pads cells into an aligned plain-text table. */
export function table(header, rows) {
  const all = [header, ...rows].map((row) => row.map(String));
  const widths = header.map((_, c) => Math.max(...all.map((row) => row[c].length)));
  const line = (row) =>
    row
      .map((cell, c) => cell.padEnd(widths[c]))
      .join('  ')
      .trimEnd();
  return [
    line(all[0]),
    widths.map((w) => '-'.repeat(w)).join('  '),
    ...all.slice(1).map(line),
  ].join('\n');
}
