/**
 * The store kinds of the chapters' self-check exercises, one per chapter, all made here by
 * `exercisesKind`: one setting, the seed the numbers are drawn from, which readers and links may
 * change (`?check.seed=42` opens the set an instructor assigned). The engine draws the numbers and
 * works every answer and step (`src/engine/exercises/`); a kind only holds the seed and reads
 * the result out by key.
 *
 * Quantity keys: `seed`, `nextSeed` (where "New numbers" goes), `exercises` (how many), and for
 * exercise i (from 1) `e<i>.answer`, `e<i>.tolerance` and every number it uses, stated or worked
 * there or in an exercise before it (`e1.x1`, `e3.H5in`, `e2.dL/dH4in`).
 *
 * Why one kind per chapter and not one kind with a `set` setting: a kind's module is what a page
 * loads for its stores, so a kind for all chapters would ship every chapter's generator to each.
 * Why the engine is imported by module: see docs/architecture.md (a shared chunk stays small).
 */
import {
  MAX_EXERCISE_SEED,
  exercisesFor,
  nextExerciseSeed,
  type ExerciseGenerator,
  type ExerciseSet,
} from '../../engine/exercises/index.ts';
import { integer } from '../codecs.ts';
import { defineKind, setting } from '../define-kind.ts';
import { quantities, type Reader } from '../quantities.ts';
import type { StoreKind } from '../store.ts';

/** A chapter's exercises for one seed, and the seed "New numbers" moves to. */
export interface ExerciseRun extends ExerciseSet {
  readonly nextSeed: number;
}

/** A store kind of a chapter's exercises. */
export type ExercisesKind = StoreKind<ExerciseRun, ExerciseRun>;

/** The seed a page starts from when its link names none. */
export const DEFAULT_EXERCISE_SEED = 1;

export const seedCodec = integer({ min: 0, max: MAX_EXERCISE_SEED });

/**
 * The value of `e<i>.<key>` in a set: the answer, the tolerance, or a number exercise i uses,
 * stated or worked there or in an exercise before it (its own first).
 */
function exerciseValue(run: ExerciseSet, index: number, key: string): number | undefined {
  const exercise = run.exercises[index - 1];
  if (!exercise) return undefined;
  if (key === 'answer') return exercise.answer;
  if (key === 'tolerance') return exercise.tolerance;
  for (let i = index - 1; i >= 0; i--) {
    const { givens, steps } = run.exercises[i]!;
    const found =
      givens.find((given) => given.key === key)?.value ??
      steps.find((step) => step.result === key)?.value;
    if (found !== undefined) return found;
  }
  return undefined;
}

/**
 * Every quantity a set answers, by key: its keys do not depend on the seed, so seed 0's are all
 * of them.
 */
function scalarsOf(generate: ExerciseGenerator): [string, Reader<ExerciseRun>][] {
  const scalars: [string, Reader<ExerciseRun>][] = [
    ['seed', (run) => run.seed],
    ['nextSeed', (run) => run.nextSeed],
    ['exercises', (run) => run.exercises.length],
  ];
  const { exercises } = exercisesFor(generate, 0);
  const keys = new Set<string>();
  exercises.forEach((_, i) => {
    const prefix = `e${i + 1}.`;
    keys.add(`${prefix}answer`).add(`${prefix}tolerance`);
    for (const earlier of exercises.slice(0, i + 1)) {
      for (const given of earlier.givens) keys.add(prefix + given.key);
      for (const step of earlier.steps) keys.add(prefix + step.result);
    }
  });
  for (const key of keys) {
    const dot = key.indexOf('.');
    const index = Number(key.slice(1, dot));
    const name = key.slice(dot + 1);
    scalars.push([key, (run) => exerciseValue(run, index, name)]);
  }
  return scalars;
}

/** The kind `id` of one chapter's exercises, drawn by `generate`. */
export function exercisesKind(id: string, generate: ExerciseGenerator): ExercisesKind {
  return defineKind<ExerciseRun>({
    id,
    settings: [
      setting('seed', seedCodec, {
        description: 'the seed the exercises’ numbers are drawn from',
        default: DEFAULT_EXERCISE_SEED,
      }),
    ],
    groups: { numbers: ['seed'] },
    run(values) {
      const seed = values['seed'] as number;
      return { ...exercisesFor(generate, seed), nextSeed: nextExerciseSeed(seed) };
    },
    quantities: quantities({ scalars: scalarsOf(generate) }),
  });
}
