/**
 * The training chapters' table of samples, x₁ x₂ x₃ → y: its rules (2 to 64 samples, every value
 * within ±10, where a sigmoid network only saturates beyond) and the samples it starts with.
 */
import { sampleTable } from '../samples.ts';

/** The rules of the chapters' table: four columns, 2 to 64 rows, values within ±10. */
export const CHAPTER_SAMPLES = sampleTable({
  columns: ['x1', 'x2', 'x3', 'y'],
  minRows: 2,
  maxRows: 64,
  limit: 10,
  // 64 rows of long numbers fit in a quarter of it.
  maxText: 16_000,
});

/** Values per sample: x₁, x₂, x₃ and y. */
export const SAMPLE_WIDTH = CHAPTER_SAMPLES.width;
/** The columns as the page names them. */
export const SAMPLE_COLUMNS = CHAPTER_SAMPLES.columns;
/** Most samples a table may hold. */
export const MAX_SAMPLES = CHAPTER_SAMPLES.maxRows;

/**
 * The chapters' samples: ten points of the unit cube, the chapter's worked sample first, and
 * y = x₁·x₃ − x₂/2 + 0.05 rounded to two decimals (a smooth surface that bends, so the hidden
 * layer has something to do; it passes through the chapter's y = 0.3 at x = 0.5, 0.2, 0.7).
 */
export const DEFAULT_SAMPLES: readonly number[] = Object.freeze([
  0.5, 0.2, 0.7, 0.3, 0.1, 0.9, 0.3, -0.37, 0.9, 0.4, 0.8, 0.57, 0.3, 0.6, 0.1, -0.22, 0.7, 0.1,
  0.5, 0.35, 0.2, 0.3, 0.9, 0.08, 0.8, 0.7, 0.2, -0.14, 0.4, 0.5, 0.6, 0.04, 0.6, 0.8, 0.4, -0.11,
  1, 0.2, 0.9, 0.85,
]);
