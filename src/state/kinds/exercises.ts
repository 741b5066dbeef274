/**
 * The store kind of a chapter's self-check exercises: which chapter's set (`set`, fixed by the
 * page) and the seed its numbers are drawn from (`seed`, which readers and links may change, so
 * `?check.seed=42` opens the set an instructor assigned). The engine draws the numbers and works
 * every answer and step (`src/engine/exercises.ts`); this kind only holds the seed and reads the
 * result out by key.
 *
 * Quantity keys: `seed`, `nextSeed` (where "New numbers" goes), `exercises` (how many), and for
 * exercise i (from 1) `e<i>.answer`, `e<i>.tolerance`, each number it states (`e1.x1`, `e1.w14`)
 * and each step's result (`e3.H5in`, `e2.dL/dH4in`).
 *
 * Why the engine is imported by module: through `engine/index.ts` the bundler would put every
 * module the index re-exports into one shared chunk, and the five chapters with exercises would
 * load the approximation's and the chain rule's code too.
 */
import {
  EXERCISE_SET_IDS,
  MAX_EXERCISE_SEED,
  generateExercises,
  nextExerciseSeed,
  type ExerciseSet,
  type ExerciseSetId,
} from '../../engine/exercises.ts';
import { integer, oneOf } from '../codecs.ts';
import type { SettingDefinition, StoreKind } from '../store.ts';

/** A chapter's exercises for one seed, and the seed "New numbers" moves to. */
export interface ExerciseRun extends ExerciseSet {
  readonly nextSeed: number;
}

/** The chapter each set belongs to, as the page names it. */
export const EXERCISE_SET_LABELS: Readonly<Record<ExerciseSetId, string>> = {
  'forward-pass': 'forward pass',
  backpropagation: 'backpropagation',
  parameters: 'number of parameters',
  'updating-parameters': 'updating the parameters',
  'activation-functions': 'activation functions',
};

/** The seed a page starts from when it names none. */
export const DEFAULT_EXERCISE_SEED = 1;

export const seedCodec = integer({ min: 0, max: MAX_EXERCISE_SEED });

const settings: SettingDefinition[] = [
  {
    key: 'set',
    codec: oneOf(EXERCISE_SET_LABELS),
    label: 'exercises',
    symbol: ['exercises', ''],
    description: 'which chapter’s exercises',
    default: EXERCISE_SET_IDS[0],
    affects: 'run',
  },
  {
    key: 'seed',
    codec: seedCodec,
    label: 'seed',
    symbol: ['seed', ''],
    description: 'the seed the exercises’ numbers are drawn from',
    default: DEFAULT_EXERCISE_SEED,
    affects: 'run',
  },
];

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

function read(run: ExerciseRun, key: string): number | undefined {
  switch (key) {
    case 'seed':
      return run.seed;
    case 'nextSeed':
      return run.nextSeed;
    case 'exercises':
      return run.exercises.length;
  }
  const match = /^e(\d)\.(.{1,24})$/.exec(key);
  return match ? exerciseValue(run, Number(match[1]), match[2]!) : undefined;
}

/** Every key some set answers (the keys do not depend on the seed, only on the set). */
function allKeys(): Set<string> {
  const keys = new Set(['seed', 'nextSeed', 'exercises']);
  for (const set of EXERCISE_SET_IDS) {
    const { exercises } = generateExercises(set, 0);
    exercises.forEach((_, i) => {
      const prefix = `e${i + 1}.`;
      keys.add(`${prefix}answer`).add(`${prefix}tolerance`);
      for (const earlier of exercises.slice(0, i + 1)) {
        for (const given of earlier.givens) keys.add(prefix + given.key);
        for (const step of earlier.steps) keys.add(prefix + step.result);
      }
    });
  }
  return keys;
}

export const exercisesKind: StoreKind<ExerciseRun, ExerciseRun> = {
  id: 'exercises',
  settings,
  groups: { numbers: ['seed'] },
  run(values) {
    const seed = values['seed'] as number;
    return {
      ...generateExercises(values['set'] as ExerciseSetId, seed),
      nextSeed: nextExerciseSeed(seed),
    };
  },
  view: (run) => run,
  refuse: () => null,
  note: () => null,
  read,
  quantityKeys: allKeys(),
};
