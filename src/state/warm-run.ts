/**
 * A run made a slice at a time between other work, so that a long starting run is no long task
 * at load (a store's `warm`). Whoever needs the run before it is done finishes it at once, from
 * the slice it had reached: nothing is computed twice.
 */

/**
 * Between two slices: a promise to wait for (the main thread handed back), or null to go on with
 * the next slice in the same task.
 */
export type SlicePause = () => Promise<void> | null;

/**
 * A pause that hands the main thread back (`yieldTask`) only once the task has run `budgetMs`
 * since it last did, as `now` measures it. Slices are small (a few epochs) so that the first ones,
 * run before the engine's code is compiled to fast code, stay short; grouping them by time keeps
 * each task under the budget on any device, and a fast one does not pay a pause per slice.
 */
export function taskBudget(
  budgetMs: number,
  yieldTask: () => Promise<void>,
  now: () => number = () => performance.now(),
): SlicePause {
  let started = now();
  return () => {
    if (now() - started < budgetMs) return null;
    return yieldTask().then(() => {
      started = now();
    });
  };
}
export interface Warming<Run> {
  /** Whether a run is being made. */
  readonly active: boolean;
  /** The run, finished now, when one is being made; else undefined. */
  finish(): Run | undefined;
  /**
   * Makes the run from `slices`, awaiting `pause()` after each (unless it answers null), and hands
   * it to `done`, unless a
   * `finish()` took it meanwhile or `wanted()` says it is no longer needed (then it is dropped).
   * A slice that throws ends it, and the error is thrown here.
   */
  make(
    slices: Iterator<unknown, Run, void>,
    pause: SlicePause,
    done: (run: Run) => void,
    wanted?: () => boolean,
  ): Promise<void>;
}

/** A warming with no run being made. */
export function createWarming<Run>(): Warming<Run> {
  let current: Iterator<unknown, Run, void> | undefined;
  return {
    get active() {
      return current !== undefined;
    },
    finish() {
      const slices = current;
      if (!slices) return undefined;
      current = undefined;
      let step = slices.next();
      while (!step.done) step = slices.next();
      return step.value;
    },
    async make(slices, pause, done, wanted = () => true) {
      current = slices;
      try {
        for (;;) {
          if (current !== slices || !wanted()) return; // finished meanwhile, or not needed
          const step = slices.next();
          if (step.done) return done(step.value);
          const paused = pause();
          if (paused) await paused;
        }
      } finally {
        if (current === slices) current = undefined;
      }
    },
  };
}
