/**
 * A network kind's view and fit keep the epoch on view inside the run: a run of ten epochs has
 * rows 0 to 9, so an epoch beyond is read at row 9 and moved to 9.
 */
import { describe, expect, it } from 'vitest';
import type { Trace } from '../../../src/engine/index.ts';
import { networkKind } from '../../../src/components/network/network.kind.ts';
import { createStore } from '../../../src/state/store.ts';

describe('the epoch on view of a network kind', () => {
  const store = createStore(networkKind, 'network', { values: { epochs: 10 } });
  const values = store.settings.value;
  const trace = store.run.value;

  it('reads a run of ten epochs at rows 0 to 9, an epoch beyond at the last', () => {
    expect(trace.length).toBe(10);
    expect(networkKind.view(trace, { ...values, epochOnView: 9 }).row).toBe(9);
    expect(networkKind.view(trace, { ...values, epochOnView: 10 }).row).toBe(9);
    expect(networkKind.view(trace, { ...values, epochOnView: 500 }).row).toBe(9);
  });

  it('moves an epoch on view from 10 to 9, and leaves 9 where it is', () => {
    expect(networkKind.fit!(trace, { ...values, epochOnView: 9 })['epochOnView']).toBe(9);
    expect(networkKind.fit!(trace, { ...values, epochOnView: 10 })['epochOnView']).toBe(9);
  });

  it('leaves the settings of a run that recorded no epoch as they are', () => {
    const settings = { ...values, epochOnView: 3 };
    expect(networkKind.fit!({ length: 0 } as Trace, settings)).toBe(settings);
  });
});
