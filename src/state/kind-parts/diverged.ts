/**
 * Runs that stop early: a recorded training run stops at the first epoch whose numbers are no longer
 * finite (the trace's `divergedAt`, which is also its length). One wording for every kind that
 * shows such a run: why it cannot be shown, and the note on a run that stopped early.
 */

/** What a recorded run says about where it stopped. */
export interface Stopped {
  /** Epochs recorded, 0 … length − 1. */
  readonly length: number;
  /** The first epoch whose numbers were no longer finite (not recorded), or null. */
  readonly divergedAt: number | null;
}

/** Why a run cannot be shown at the epoch on view: it has no finite epoch, or stops before it. */
export function stoppedRefusal(run: Stopped, onView = 0): string | null {
  if (run.length === 0) return 'the network gives no finite result.';
  if (onView >= run.length) {
    return `training stops at epoch ${run.length}, where its numbers are no longer finite.`;
  }
  return null;
}

/** The note on a run that stopped early, with advice after it (`Try a smaller η.`); else null. */
export function stoppedNote(run: Stopped, advice?: string): string | null {
  if (run.divergedAt === null) return null;
  const note = `Training stops at epoch ${run.divergedAt}: from there on its numbers are no longer finite.`;
  return advice ? `${note} ${advice}` : note;
}
