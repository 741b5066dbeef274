/**
 * The data set's checks, by the words a reader meets: a sample that does not fit the network is
 * named by its list and its index, and so is a value in it that is not a finite number.
 */
import { describe, expect, it } from 'vitest';
import { createNetwork, meanLoss } from '../../../../src/engine/index';

describe('meanLoss refuses a sample that does not fit, naming it', () => {
  const network = createNetwork([2, 1], { hidden: 'relu', output: 'identity' });

  it('an input of the wrong length, by its index', () => {
    const dataset = { inputs: [[1, 2], [3]], targets: [[0], [1]] };
    expect(() => meanLoss(network, dataset)).toThrow(
      new RangeError('inputs[1] must have 2 entries, got 1'),
    );
  });

  it('a target of the wrong length, by its index', () => {
    const dataset = { inputs: [[1, 2]], targets: [[0, 1]] };
    expect(() => meanLoss(network, dataset)).toThrow(
      new RangeError('targets[0] must have 1 entries, got 2'),
    );
  });

  it('a value that is not finite, by its sample and its entry', () => {
    const dataset = {
      inputs: [
        [1, 2],
        [3, 4],
      ],
      targets: [[0], [Number.NaN]],
    };
    expect(() => meanLoss(network, dataset)).toThrow(
      new RangeError('targets[1][0] must be a finite number, got NaN'),
    );
  });
});
