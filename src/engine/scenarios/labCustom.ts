/**
 * A reader's own samples as a lab data set: rows x₁, x₂, y typed or pasted, used as they are (no
 * draw, no noise), and the task their targets make: two classes when every y is 0 or 1.
 */
import { checkFinite } from '../core/validate';
import type { LabData, LabTask } from './labDraws';
import { createLabData } from './labDraws';

/** Values per row of a reader's samples: x₁, x₂ and y. */
export const CUSTOM_ROW_WIDTH = 3;

/** The task targets make: 'classes' when every y is 0 or 1, else 'regression' (a real target). */
export function labTaskOf(ys: ArrayLike<number>): LabTask {
  for (let s = 0; s < ys.length; s++) {
    if (ys[s] !== 0 && ys[s] !== 1) return 'regression';
  }
  return 'classes';
}

/**
 * The rows x₁, x₂, y (flat: three numbers a sample, at least two samples, every number finite) as
 * a lab set of two inputs, its task by `labTaskOf`.
 */
export function customLabData(rows: ArrayLike<number>): LabData {
  if (rows.length % CUSTOM_ROW_WIDTH !== 0 || rows.length < 2 * CUSTOM_ROW_WIDTH) {
    throw new RangeError(
      `rows must hold x1, x2, y of 2 or more samples, got ${rows.length} values`,
    );
  }
  const samples = rows.length / CUSTOM_ROW_WIDTH;
  const ys = new Float64Array(samples);
  // Stryker disable next-line EqualityOperator: one more turn writes past the end of ys, which a typed array ignores
  for (let s = 0; s < samples; s++) ys[s] = rows[s * CUSTOM_ROW_WIDTH + 2]!;
  const data = createLabData(labTaskOf(ys), samples);
  for (let s = 0; s < samples; s++) {
    for (let column = 0; column < CUSTOM_ROW_WIDTH; column++) {
      checkFinite(`row ${s + 1}`, rows[s * CUSTOM_ROW_WIDTH + column]!);
    }
    data.x1[s] = rows[s * CUSTOM_ROW_WIDTH]!;
    data.x2[s] = rows[s * CUSTOM_ROW_WIDTH + 1]!;
  }
  data.y.set(ys);
  return data;
}
