/**
 * The lab's fit of the epoch on view to a new run, as the network kinds fit theirs: a run of n
 * epochs has rows 0 to n − 1, so an epoch on view of n or more moves to n − 1, one below stays,
 * and a run that recorded no epoch leaves the settings as they are (its refusal says why).
 */
import { describe, expect, it } from 'vitest';
import { labKind } from '../../../src/components/lab/lab.kind.ts';
import { createStore } from '../../../src/state/store.ts';

describe('the epoch on view of the lab after a new run', () => {
  const store = createStore(labKind, 'lab');
  const values = store.settings.value;
  const run = store.run.value;
  const n = run.length;

  it('moves an epoch on view of n or past it to n − 1, and leaves n − 1 where it is', () => {
    expect(n).toBeGreaterThan(1);
    expect(labKind.fit!(run, { ...values, epochOnView: n })['epochOnView']).toBe(n - 1);
    expect(labKind.fit!(run, { ...values, epochOnView: n + 40 })['epochOnView']).toBe(n - 1);
    const inside = { ...values, epochOnView: n - 1 };
    expect(labKind.fit!(run, inside)).toBe(inside);
  });

  it('leaves the settings of a run that recorded no epoch as they are', () => {
    const settings = { ...values, epochOnView: 3 };
    expect(labKind.fit!({ ...run, length: 0, divergedAt: 0 }, settings)).toBe(settings);
  });
});
