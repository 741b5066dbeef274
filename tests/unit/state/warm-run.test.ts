/**
 * A warming (`createWarming`, src/state/warm-run.ts) on its own, with a run made of numbered
 * slices: what it says while a run is being made, what null from the pause means, and that a run
 * taken by `finish()` or replaced by another is never handed over twice.
 */
import { describe, expect, it, vi } from 'vitest';
import { createWarming } from '../../../src/state/warm-run.ts';

/** A run of `count` slices that notes each slice made and ends with the text "run of N". */
function* slicesOf(count: number, made: number[]): Generator<number, string, void> {
  for (let i = 1; i <= count; i++) {
    made.push(i);
    yield i;
  }
  return `run of ${count}`;
}

/** A pause that holds the warm until `release()` is called. */
function heldPause() {
  let release: () => void = () => undefined;
  return {
    pause: () =>
      new Promise<void>((done) => {
        release = done;
      }),
    release: () => release(),
  };
}

describe('a warming', () => {
  it('is active while a run is being made, and not before or after', async () => {
    const warming = createWarming<string>();
    expect(warming.active).toBe(false);
    const held = heldPause();
    const made: number[] = [];
    const ending = warming.make(slicesOf(2, made), held.pause, () => undefined);
    expect(warming.active).toBe(true);
    held.release();
    await Promise.resolve();
    held.release();
    await ending;
    expect(made).toEqual([1, 2]);
    expect(warming.active).toBe(false);
  });

  it('goes on in the same call when the pause answers null, handing the run over at once', () => {
    const warming = createWarming<string>();
    const done = vi.fn();
    const made: number[] = [];
    void warming.make(slicesOf(3, made), () => null, done);
    // Nothing was awaited: the three slices and the hand-over happened inside make().
    expect(made).toEqual([1, 2, 3]);
    expect(done).toHaveBeenCalledWith('run of 3');
  });

  it('hands the run over once, with every slice made once, when a finish() takes it meanwhile', async () => {
    const warming = createWarming<string>();
    const held = heldPause();
    const done = vi.fn();
    const made: number[] = [];
    const ending = warming.make(slicesOf(4, made), held.pause, done);
    expect(made).toEqual([1]);
    expect(warming.finish()).toBe('run of 4');
    expect(warming.active).toBe(false);
    held.release();
    await ending;
    expect(done).not.toHaveBeenCalled();
    expect(made).toEqual([1, 2, 3, 4]);
  });

  it('keeps a newer run when an older one it replaced ends', async () => {
    const warming = createWarming<string>();
    const first = heldPause();
    const second = heldPause();
    const firstDone = vi.fn();
    const older = warming.make(slicesOf(3, []), first.pause, firstDone);
    const newer = warming.make(slicesOf(2, []), second.pause, () => undefined);
    first.release();
    await older;
    // The older warm saw it was replaced and left; the newer one is still being made.
    expect(firstDone).not.toHaveBeenCalled();
    expect(warming.active).toBe(true);
    expect(warming.finish()).toBe('run of 2');
    second.release();
    await newer;
  });

  it('makes the run to the end when nobody says it is no longer wanted', async () => {
    const warming = createWarming<string>();
    const done = vi.fn();
    await warming.make(slicesOf(2, []), () => Promise.resolve(), done);
    expect(done).toHaveBeenCalledWith('run of 2');
  });
});
