/**
 * The reader's own samples, the lab's `custom` data: a table x₁, x₂ → y typed, pasted or linked,
 * used as it is (no draw, no noise; the data seed still splits it). Its rules: 4 to 80 samples,
 * every value within ±10. 80 rows keep a link within the 4,096 characters a page reads, with every
 * other lab setting at its longest: a value takes at most 13 characters at six significant digits
 * ("-0.0000123457"), so the table at most 80 · 3 · 14 = 3,360 (lab-store.test.ts checks it).
 */
import { sampleTable } from '../../state/samples.ts';

export const LAB_SAMPLES = sampleTable({
  columns: ['x1', 'x2', 'y'],
  minRows: 4,
  maxRows: 80,
  limit: 10,
  maxText: 16_000,
});

/**
 * The table the lab starts a reader with: the 3 × 3 grid of x₁, x₂ ∈ {−1, 0, 1} and the saddle
 * y = x₁·x₂ above it, a surface no single sigmoid node can follow.
 */
export const LAB_STARTING_SAMPLES: readonly number[] = Object.freeze(
  [-1, 0, 1].flatMap((x1) => [-1, 0, 1].flatMap((x2) => [x1, x2, x1 * x2 + 0])),
);
