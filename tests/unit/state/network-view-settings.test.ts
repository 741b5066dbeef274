/**
 * The view choices of the network kind that links keep: what the diagram shows (`diagram`), the
 * scale of the run plots' epoch axis (`epochAxis`) and the backpropagation stepper's step on view
 * (`step`, from 1). A link can set each of them only to an allowed value; a view choice never
 * trains the network again.
 */
import { describe, expect, it } from 'vitest';
import { trainingStepOperations } from '../../../src/engine/core/index.ts';
import { networkKind } from '../../../src/components/network/network.kind.ts';
import { trainingRunKind } from '../../../src/components/dashboard/training-run.kind.ts';
import { readStoreLink, writeLink } from '../../../src/state/link.ts';
import { createStore } from '../../../src/state/store.ts';

const STEPS = trainingStepOperations(networkKind.names).length;

/** The backpropagation chapter's store: its view choices settable, the diagram backward first. */
function backpropStore() {
  return createStore(networkKind, 'network', {
    settable: ['sample', 'diagram', 'axis', 'stepper'],
    values: { epochs: 2, diagram: 'backward' },
  });
}

describe('the network kind’s view choices', () => {
  it('start where the page says, or at the kind’s defaults', () => {
    expect(backpropStore().settings.value).toMatchObject({
      diagram: 'backward',
      epochAxis: 'linear',
      step: 1,
    });
    expect(createStore(trainingRunKind, 'dashboard').settings.value['diagram']).toBe('forward');
  });

  it('count the stepper’s steps from 1 to the number of operations in a training step', () => {
    const store = backpropStore();
    expect(STEPS).toBeGreaterThan(20);
    expect(store.set('step', STEPS).ok).toBe(true);
    expect(store.set('step', STEPS + 1).ok).toBe(false);
    expect(store.set('step', 0).ok).toBe(false);
    expect(store.settings.value['step']).toBe(STEPS);
  });

  it('change the view without training again', () => {
    const store = backpropStore();
    const run = store.run.value;
    expect(store.set('diagram', 'both').ok).toBe(true);
    expect(store.set('epochAxis', 'log').ok).toBe(true);
    expect(store.set('step', 5).ok).toBe(true);
    expect(store.run.value).toBe(run);
  });

  it('refuse a view no diagram has', () => {
    const result = backpropStore().set('diagram', 'sideways');
    expect(result.ok).toBe(false);
    expect(result.ok ? '' : result.message).toContain('diagram view must be one of');
  });

  it.each([
    [
      '?network.diagram=forward&network.epochAxis=log&network.step=7',
      { diagram: 'forward', epochAxis: 'log', step: 7 },
    ],
    [`?network.step=${STEPS + 50}`, { step: STEPS }],
    ['?network.step=-3', { step: 1 }],
    ['?network.step=2.5&network.diagram=%3Cscript%3E&network.epochAxis=LOG', {}],
    ['?network.diagram=constructor&network.epochAxis=__proto__', {}],
  ])('are read from %s as %j', (query, expected) => {
    expect(readStoreLink(query, backpropStore())).toEqual(expected);
  });

  it('are written to a link when they differ from the page’s start, and read back the same', () => {
    const store = backpropStore();
    store.set('diagram', 'forward');
    store.set('epochAxis', 'log');
    store.set('step', 12);
    const link = writeLink([store]);
    expect(link).toContain('network.diagram=forward');
    expect(link).toContain('network.epochAxis=log');
    expect(link).toContain('network.step=12');
    expect(readStoreLink(link, backpropStore())).toEqual({
      diagram: 'forward',
      epochAxis: 'log',
      step: 12,
    });
  });
});
