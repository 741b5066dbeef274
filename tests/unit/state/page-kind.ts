/**
 * A small kind for the tests of the state's page-bound modules: two numbers a and b, each in
 * [−10, 10], and quantities read from them by hand-written rules (`a`, `b`, `half` = a / 2,
 * `inverse` = 1 / a, infinite at a = 0), with the engine's runs and the views read counted.
 * With `slices`, it makes its starting run a slice at a time (`runInSlices`); `failing` makes that
 * run throw after its slices.
 */
import { number } from '../../../src/state/codecs.ts';
import { defineKind, setting } from '../../../src/state/define-kind.ts';
import { quantities } from '../../../src/state/quantities.ts';
import type { SettingValues, StoreKind } from '../../../src/state/store.ts';

interface Pair {
  readonly a: number;
  readonly b: number;
}

interface PairOptions {
  readonly slices?: number;
  readonly failing?: boolean;
}

const value = number({ min: -10, max: 10 });

const pairOf = (values: SettingValues): Pair => ({
  a: values['a'] as number,
  b: values['b'] as number,
});

/** The pair kind (id `pair`, or `id`), and how many runs, slices and views it has made. */
export function pairKind(
  id = 'pair',
  { slices, failing = false }: PairOptions = {},
): {
  kind: StoreKind<Pair, Pair>;
  runs: () => number;
  sliced: () => number;
  views: () => number;
} {
  let runs = 0;
  let sliced = 0;
  let views = 0;
  function* inSlices(values: SettingValues): Generator<unknown, Pair, void> {
    for (let slice = 0; slice < (slices ?? 0); slice++) {
      sliced++;
      yield slice;
    }
    if (failing) throw new RangeError('this run cannot be made');
    return pairOf(values);
  }
  const kind = defineKind<Pair, Pair>({
    id,
    settings: [
      setting('a', value, { description: 'the first number', default: 0.5 }),
      setting('b', value, { description: 'the second number', default: 0 }),
    ],
    groups: { first: ['a'] },
    run: (values) => {
      runs++;
      return pairOf(values);
    },
    ...(slices === undefined ? {} : { runInSlices: inSlices }),
    view: (run) => {
      views++;
      return run;
    },
    quantities: quantities<Pair>({
      scalars: [
        ['a', (pair) => pair.a],
        ['b', (pair) => pair.b],
        ['half', (pair) => pair.a / 2],
        ['inverse', (pair) => 1 / pair.a],
      ],
    }),
  });
  return { kind, runs: () => runs, sliced: () => sliced, views: () => views };
}
