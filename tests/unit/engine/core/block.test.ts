/**
 * Forward passes a block of samples at a time: every sample's node inputs and outputs against
 * one pass of `forwardSample` for that sample alone, to the last bit.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { BLOCK, createBlock, forwardEach } from '../../../../src/engine/core/block.ts';
import {
  createNetwork,
  initializeNetwork,
  numpyRandom,
} from '../../../../src/engine/core/index.ts';
import { forwardSample } from '../../../../src/engine/core/kernel.ts';

const HIDDEN = ['sigmoid', 'tanh', 'relu', 'leakyRelu', 'identity'] as const;
const OUTPUT = ['identity', 'sigmoid', 'softmax'] as const;

describe('forwardEach', () => {
  it('visits the samples in their order, each with forwardSample’s numbers to the last bit', () => {
    fc.assert(
      fc.property(
        fc.array(fc.integer({ min: 1, max: 8 }), { minLength: 1, maxLength: 3 }),
        fc.integer({ min: 1, max: 3 }),
        fc.constantFrom(...HIDDEN),
        fc.constantFrom(...OUTPUT),
        // Counts that leave 0 to BLOCK − 1 samples past the last whole block, a block or none.
        fc.integer({ min: 1, max: 3 * BLOCK + 1 }),
        fc.boolean(),
        fc.integer({ min: 0, max: 1000 }),
        (hidden, inputs, activation, output, count, shuffled, seed) => {
          const last = output === 'softmax' ? 2 : 1;
          const network = createNetwork([inputs, ...hidden, last], { hidden: activation, output });
          const rng = numpyRandom(seed);
          initializeNetwork(network, rng);
          const xs = Array.from({ length: count }, () =>
            Float64Array.from({ length: inputs }, () => 4 * rng() - 2),
          );
          const order = shuffled ? Array.from({ length: count }, (_, s) => count - 1 - s) : null;
          const { plan, parameters } = network;
          const z = new Float64Array(plan.nodes);
          const a = new Float64Array(plan.nodes);
          const zAlone = new Float64Array(plan.nodes);
          const aAlone = new Float64Array(plan.nodes);
          const visited: number[] = [];
          forwardEach(plan, parameters, xs, order, count, z, a, createBlock(plan.nodes), (s) => {
            visited.push(s);
            forwardSample(plan, parameters, xs[s]!, zAlone, aAlone);
            for (let n = 0; n < plan.nodes; n++) {
              expect(Object.is(z[n], zAlone[n]), `sample ${s}, z of node ${n}`).toBe(true);
              expect(Object.is(a[n], aAlone[n]), `sample ${s}, a of node ${n}`).toBe(true);
            }
          });
          expect(visited).toEqual(order ?? Array.from({ length: count }, (_, s) => s));
        },
      ),
      { numRuns: 200 },
    );
  });
});
