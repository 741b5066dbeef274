/**
 * A run made a slice at a time between other work, so that a long starting run is no long task
 * at load (a store's `warm`). Whoever needs the run before it is done finishes it at once, from
 * the slice it had reached: nothing is computed twice.
 */
export interface Warming<Run> {
  /** Whether a run is being made. */
  readonly active: boolean;
  /** The run, finished now, when one is being made; else undefined. */
  finish(): Run | undefined;
  /**
   * Makes the run from `slices`, awaiting `pause()` after each, and hands it to `done`, unless a
   * `finish()` took it meanwhile or `wanted()` says it is no longer needed (then it is dropped).
   * A slice that throws ends it, and the error is thrown here.
   */
  make(
    slices: Iterator<unknown, Run, void>,
    pause: () => Promise<void>,
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
          await pause();
        }
      } finally {
        if (current === slices) current = undefined;
      }
    },
  };
}
