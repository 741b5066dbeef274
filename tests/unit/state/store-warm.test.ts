/**
 * A store's starting run made a slice at a time (`Store.warm`), so a long run at load is no long
 * task: the run it makes is the run a read makes, a read meanwhile finishes it without computing
 * anything twice, and a store that has moved or has already run is left alone.
 */
import { describe, expect, it } from 'vitest';
import { defineKind, setting } from '../../../src/state/define-kind.ts';
import { integer } from '../../../src/state/codecs.ts';
import { networkKind } from '../../../src/components/network/network.kind.ts';
import { trainingRunKind } from '../../../src/components/dashboard/training-run.kind.ts';
import { quantities } from '../../../src/state/quantities.ts';
import { createStore } from '../../../src/state/store.ts';
import { taskBudget } from '../../../src/state/warm-run.ts';

/** A pause that lets the test run in between: each call waits for the next `step()`. */
function steppedPause() {
  const waiting: (() => void)[] = [];
  return {
    pause: () => new Promise<void>((resolve) => waiting.push(resolve)),
    step: async () => {
      waiting.shift()?.();
      await Promise.resolve();
      await Promise.resolve();
    },
    get waiting() {
      return waiting.length;
    },
  };
}

/** A kind whose run is the sum 1 + 2 + … + n, made n/slice terms at a time, counting its work. */
function countingKind(slice = 2) {
  const work = { terms: 0, runs: 0 };
  const sum = (n: number) => {
    work.runs++;
    work.terms += n;
    return (n * (n + 1)) / 2;
  };
  function* inSlices(n: number): Generator<undefined, number, void> {
    let total = 0;
    for (let k = 1; k <= n; k++) {
      total += k;
      work.terms++;
      if (k % slice === 0 && k < n) yield undefined;
    }
    return total;
  }
  const kind = defineKind<number>({
    id: 'counting',
    settings: [setting('n', integer({ min: 1, max: 100 }), { description: 'terms', default: 10 })],
    groups: {},
    run: (values) => sum(values['n'] as number),
    runInSlices: (values) => inSlices(values['n'] as number),
    quantities: quantities<number>({ scalars: [['total', (run) => run]] }),
  });
  return { kind, work };
}

describe('a store warmed a slice at a time', () => {
  it('makes the starting run in slices, pausing between them, and the store then reads it', async () => {
    const { kind, work } = countingKind();
    const store = createStore(kind, 'counting');
    const paused = steppedPause();
    const warmed = store.warm(paused.pause);
    // The first slice (terms 1 and 2) runs at once, then it waits.
    expect(work.terms).toBe(2);
    for (let slice = 2; slice <= 5; slice++) {
      expect(paused.waiting).toBe(1);
      await paused.step();
      expect(work.terms).toBe(Math.min(10, 2 * slice));
    }
    await warmed;
    // 1 + 2 + … + 10 = 55, and the store's read made no run of its own.
    expect(store.quantity('total').value).toBe(55);
    expect(work.runs).toBe(0);
    expect(work.terms).toBe(10);
  });

  it('is finished at once by a read that comes first, from where it got to, and then stops', async () => {
    const { kind, work } = countingKind();
    const store = createStore(kind, 'counting');
    const paused = steppedPause();
    const warmed = store.warm(paused.pause);
    await paused.step(); // terms 3 and 4
    expect(work.terms).toBe(4);
    expect(store.initialView).toBe(55);
    // The read did terms 5 … 10 and nothing twice; the warm, resumed, does no more.
    expect(work.terms).toBe(10);
    await paused.step();
    await warmed;
    expect(work.terms).toBe(10);
    expect(work.runs).toBe(0);
  });

  it('is finished at once by a read of the run, as by a read of the starting view', async () => {
    const { kind, work } = countingKind();
    const store = createStore(kind, 'counting');
    const paused = steppedPause();
    const warmed = store.warm(paused.pause);
    expect(work.terms).toBe(2);
    expect(store.run.value).toBe(55);
    expect(work).toEqual({ terms: 10, runs: 0 });
    await paused.step();
    await warmed;
    expect(work).toEqual({ terms: 10, runs: 0 });
  });

  it('drops its run when the store moves meanwhile: that run would be thrown away', async () => {
    const { kind, work } = countingKind();
    const store = createStore(kind, 'counting');
    const paused = steppedPause();
    const warmed = store.warm(paused.pause);
    // The change makes its own run at once (a store checks a change against its run).
    expect(store.set('n', 4).ok).toBe(true);
    expect(work).toEqual({ terms: 2 + 4, runs: 1 });
    await paused.step();
    await warmed;
    // Terms 1 and 2 of the starting run were made, then nothing more of it.
    expect(work).toEqual({ terms: 2 + 4, runs: 1 });
    expect(store.quantity('total').value).toBe(10); // 1 + 2 + 3 + 4
  });

  it('leaves a store alone whose settings have already run', async () => {
    const { kind, work } = countingKind();
    const store = createStore(kind, 'counting');
    expect(store.set('n', 4).ok).toBe(true);
    expect(store.quantity('total').value).toBe(10); // 1 + 2 + 3 + 4
    await store.warm(() => Promise.resolve());
    expect(work).toEqual({ terms: 4, runs: 1 });
  });

  it('leaves a store alone whose starting run a read has already made', async () => {
    const { kind, work } = countingKind();
    const store = createStore(kind, 'counting');
    expect(store.run.value).toBe(55);
    await store.warm(() => Promise.resolve());
    expect(work).toEqual({ terms: 10, runs: 1 });
  });

  it('makes the starting run once when warmed twice at the same time', async () => {
    const { kind, work } = countingKind();
    const store = createStore(kind, 'counting');
    const paused = steppedPause();
    const first = store.warm(paused.pause);
    const second = store.warm(paused.pause);
    for (let slice = 2; slice <= 5; slice++) await paused.step();
    await Promise.all([first, second]);
    expect(store.quantity('total').value).toBe(55);
    expect(work).toEqual({ terms: 10, runs: 0 });
  });

  it('does nothing for a kind that cannot run in slices', async () => {
    const { kind, work } = countingKind();
    const whole = Object.fromEntries(
      Object.entries(kind).filter(([name]) => name !== 'runInSlices'),
    ) as typeof kind;
    const store = createStore(whole, 'counting');
    await store.warm(() => Promise.resolve());
    expect(work).toEqual({ terms: 0, runs: 0 });
  });

  it.each([
    ['network', networkKind],
    ['training-run', trainingRunKind],
  ] as const)(
    'makes the %s kind’s starting run exactly as the store would in one piece',
    async (_, kind) => {
      const warmedStore = createStore(kind, 'warmed');
      let pauses = 0;
      await warmedStore.warm(() => {
        pauses++;
        return Promise.resolve();
      });
      const whole = createStore(kind, 'whole').run.value;
      const warmedRun = warmedStore.run.value;
      expect(pauses).toBeGreaterThan(1);
      expect(warmedRun.length).toBe(whole.length);
      expect(Array.from(warmedRun.storage)).toEqual(Array.from(whole.storage));
    },
  );

  it('keeps a warm apart from another store of the same kind that runs between its slices', async () => {
    // The kind reuses one network for its runs: a warm must not share it.
    const warmedStore = createStore(networkKind, 'warmed');
    const other = createStore(networkKind, 'other');
    let pauses = 0;
    await warmedStore.warm(() => {
      // Another x1 each time, so the other store runs the kind's network again from new θ.
      other.set('x1', 0.01 * ++pauses);
      void other.run.value;
      return Promise.resolve();
    });
    expect(pauses).toBeGreaterThan(1);
    const whole = createStore(networkKind, 'whole').run.value;
    expect(Array.from(warmedStore.run.value.storage)).toEqual(Array.from(whole.storage));
  });
});

describe('a starting run grouped into tasks by time', () => {
  it('hands the main thread back only once a task has run its budget, then starts the count again', async () => {
    let clock = 0;
    let yields = 0;
    const pause = taskBudget(
      8,
      () => {
        yields++;
        clock += 1; // the browser's own work between the tasks
        return Promise.resolve();
      },
      () => clock,
    );
    clock = 7.9;
    expect(pause()).toBeNull(); // 7.9 ms into the task: under 8, go on
    clock = 8;
    const handedBack = pause();
    expect(handedBack).not.toBeNull(); // 8 ms: hand it back
    await handedBack;
    expect(yields).toBe(1);
    // The next task starts when the pause ends (at 9 ms), so it may run until 17 ms.
    clock = 16.9;
    expect(pause()).toBeNull();
    clock = 17;
    expect(pause()).not.toBeNull();
  });

  it('makes every slice of a task in a row and pauses only where the budget says', async () => {
    const { kind, work } = countingKind(1);
    const store = createStore(kind, 'counting');
    // Pause after the 3rd and the 7th slice only: each pause is a new task.
    let slices = 0;
    const taken: number[] = [];
    const warmed = store.warm(() => {
      slices++;
      if (slices !== 3 && slices !== 7) return null;
      taken.push(work.terms);
      return Promise.resolve();
    });
    await warmed;
    expect(taken).toEqual([3, 7]);
    expect(store.quantity('total').value).toBe(55);
    expect(work.runs).toBe(0);
  });
});
