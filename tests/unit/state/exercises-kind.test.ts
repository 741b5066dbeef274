/**
 * The exercises stores, one kind per chapter: the seed is the reader's and the link's; each reads
 * every exercise's numbers by key, and treats a link's seed as hostile input.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  EXERCISE_SET_IDS,
  MAX_EXERCISE_SEED,
  generateExercises,
  nextExerciseSeed,
  type ExerciseSetId,
} from '../../../src/engine/index';
import {
  DEFAULT_EXERCISE_SEED,
  seedCodec,
  type ExercisesKind,
} from '../../../src/state/kind-parts/exercises.ts';
import { kindOf } from '../../../src/components/kinds.ts';
import { readStoreLink, writeLink } from '../../../src/state/link.ts';
import { createStore } from '../../../src/state/store.ts';

/** Each chapter's kind, by the chapter's set of exercises. */
const KIND_IDS: Record<ExerciseSetId, string> = {
  'forward-pass': 'forward-pass-exercises',
  backpropagation: 'backpropagation-exercises',
  parameters: 'parameter-exercises',
  'updating-parameters': 'update-exercises',
  'activation-functions': 'activation-exercises',
};
const kindFor = (set: ExerciseSetId) => kindOf(KIND_IDS[set]) as ExercisesKind;

const checkStore = (set: ExerciseSetId) =>
  createStore(kindFor(set), 'check', { settable: ['seed'] });

describe('the exercises kinds', () => {
  it('are one per chapter with exercises, each with its own id and one setting, the seed', () => {
    for (const set of EXERCISE_SET_IDS) {
      const kind = kindFor(set);
      expect(kind.id).toBe(KIND_IDS[set]);
      expect(kind.settings.map((setting) => setting.key)).toEqual(['seed']);
    }
  });

  it.each(EXERCISE_SET_IDS)('reads the %s set of the seed it holds', (set) => {
    const store = checkStore(set);
    const read = (key: string) => store.quantity(key).value;
    const starting = generateExercises(set, DEFAULT_EXERCISE_SEED);
    expect(read('seed')).toBe(DEFAULT_EXERCISE_SEED);
    expect(read('exercises')).toBe(starting.exercises.length);
    expect(store.set('seed', 42)).toEqual({ ok: true });
    const set42 = generateExercises(set, 42);
    set42.exercises.forEach((exercise, i) => {
      expect(read(`e${i + 1}.answer`)).toBe(exercise.answer);
      expect(read(`e${i + 1}.tolerance`)).toBe(exercise.tolerance);
      for (const given of exercise.givens) expect(read(`e${i + 1}.${given.key}`)).toBe(given.value);
      for (const step of exercise.steps) expect(read(`e${i + 1}.${step.result}`)).toBe(step.value);
    });
    expect(read('nextSeed')).toBe(nextExerciseSeed(42));
  });

  it('reads, for a later exercise, the numbers of the earlier ones it uses', () => {
    const store = checkStore('forward-pass');
    const { exercises } = generateExercises('forward-pass', DEFAULT_EXERCISE_SEED);
    const x1 = exercises[0]!.givens.find((given) => given.key === 'x1')!.value;
    expect(store.quantity('e3.x1').value).toBe(x1);
    expect(store.quantity('e3.H4').value).toBe(exercises[1]!.answer);
  });

  it('answers every key it reads, for any seed, and no other', () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: MAX_EXERCISE_SEED }), (seed) => {
        for (const set of EXERCISE_SET_IDS) {
          const kind = kindFor(set);
          const run = kind.run({ seed });
          expect(run.exercises).toEqual(generateExercises(set, seed).exercises);
          for (const key of kind.quantityKeys) {
            const value = kind.read(run, key);
            expect(value, key).toBeDefined();
            expect(Number.isFinite(value), key).toBe(true);
          }
          run.exercises.forEach((exercise, i) => {
            expect(kind.quantityKeys.has(`e${i + 1}.${exercise.asks}`)).toBe(true);
          });
        }
      }),
      { numRuns: 30 },
    );
    const kind = kindFor('parameters');
    const run = kind.run({ seed: 1 });
    for (const key of ['e9.answer', 'e1.nothing', 'constructor', 'e1.', '']) {
      expect(kind.read(run, key)).toBeUndefined();
    }
  });

  it('lets a link set the seed, clamped to its range, and nothing else', () => {
    const store = checkStore('backpropagation');
    expect(readStoreLink('?check.seed=42', store)).toEqual({ seed: 42 });
    expect(readStoreLink('?check.seed=-5', store)).toEqual({ seed: 0 });
    expect(readStoreLink('?check.seed=123456789', store)).toEqual({ seed: MAX_EXERCISE_SEED });
    for (const hostile of ['abc', '4.5', '1e400', '', '<b>1</b>', '9'.repeat(40)]) {
      expect(readStoreLink(`?check.seed=${encodeURIComponent(hostile)}`, store)).toEqual({});
    }
    expect(readStoreLink('?check.set=parameters&network.seed=3', store)).toEqual({});
    expect(store.set('set', 'parameters').ok).toBe(false);
    store.set('seed', 42);
    expect(writeLink([store])).toBe('?check.seed=42');
  });

  it('reads a typed seed, refusing what is not a whole number in range with a sentence', () => {
    expect(seedCodec.parse(' 42 ', 'The seed')).toEqual({ ok: true, value: 42 });
    for (const typed of ['', '4,2', '-1', '1000000', 'twelve', '4.']) {
      const parsed = seedCodec.parse(typed, 'The seed');
      if (typed === '4.') {
        expect(parsed).toEqual({ ok: true, value: 4 });
        continue;
      }
      expect(parsed.ok, typed).toBe(false);
      if (!parsed.ok) expect(parsed.message).toMatch(/^The seed /);
    }
  });
});
