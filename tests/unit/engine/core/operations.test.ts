/**
 * One training step of the chapter's 3-2-1 network written out as the chapter works it by hand:
 * every operation in order, with what it produces, the connections it works along, and the local
 * and upstream derivatives it multiplies. The expected list is written out here from the chain
 * rule in the book's notation, not read from the code.
 */
import { describe, expect, it } from 'vitest';
import { networkNames, trainingStepOperations } from '../../../../src/engine/core/index.ts';

/** An operation in one line: phase, kind, result, [connections], local, upstream. */
function line(operation: ReturnType<typeof trainingStepOperations>[number]): string {
  const { phase, kind, result, connections, local, upstream } = operation;
  return `${phase} ${kind} ${result} [${connections.join(' ')}] ${local ?? '-'} ${upstream ?? '-'}`;
}

describe('trainingStepOperations', () => {
  it('writes the 3-2-1 network’s step as the chapter does: 38 operations, each with its own derivatives', () => {
    const operations = trainingStepOperations(networkNames([3, 2, 1]));
    expect(operations.map(line)).toEqual([
      // Forward: each node's sum of what arrives, then its activation.
      'forward weightedSum H4in [w14 w24 w34] - -',
      'forward activation H4 [] - -',
      'forward weightedSum H5in [w15 w25 w35] - -',
      'forward activation H5 [] - -',
      'forward weightedSum O6in [w46 w56] - -',
      'forward activation O6 [] - -',
      'loss loss loss [] - -',
      // Backward: ∂L/∂ŷ = ŷ − y, then through O6 to its input.
      'backward lossDerivative dL/dO6 [] - y',
      'backward throughNode dL/dO6in [] dO6/dO6in dL/dO6',
      // Along each connection leaving a hidden node, then through it.
      'backward alongConnections dL/dH4 [w46] - -',
      'backward alongConnections dL/dH5 [w56] - -',
      'backward throughNode dL/dH4in [] dH4/dH4in dL/dH4',
      'backward throughNode dL/dH5in [] dH5/dH5in dL/dH5',
      // The inputs: summed over the two paths that leave each.
      'backward alongConnections dL/dI1 [w14 w15] - -',
      'backward alongConnections dL/dI2 [w24 w25] - -',
      'backward alongConnections dL/dI3 [w34 w35] - -',
      // The parameters' derivatives, from the output back: ∂L/∂λᵢ,ⱼ = aᵢ · ∂L/∂Nⱼ,in.
      'backward weightGradient dL/dw46 [w46] dO6in/dw46 dL/dO6in',
      'backward weightGradient dL/dw56 [w56] dO6in/dw56 dL/dO6in',
      'backward biasGradient dL/db6 [] - dL/dO6in',
      'backward weightGradient dL/dw14 [w14] dH4in/dw14 dL/dH4in',
      'backward weightGradient dL/dw24 [w24] dH4in/dw24 dL/dH4in',
      'backward weightGradient dL/dw34 [w34] dH4in/dw34 dL/dH4in',
      'backward biasGradient dL/db4 [] - dL/dH4in',
      'backward weightGradient dL/dw15 [w15] dH5in/dw15 dL/dH5in',
      'backward weightGradient dL/dw25 [w25] dH5in/dw25 dL/dH5in',
      'backward weightGradient dL/dw35 [w35] dH5in/dw35 dL/dH5in',
      'backward biasGradient dL/db5 [] - dL/dH5in',
      // Every parameter updated along its own connection (a bias has none), layer by layer as
      // θ holds them: a layer's weights, then its biases.
      'update update w14next [w14] - dL/dw14',
      'update update w24next [w24] - dL/dw24',
      'update update w34next [w34] - dL/dw34',
      'update update w15next [w15] - dL/dw15',
      'update update w25next [w25] - dL/dw25',
      'update update w35next [w35] - dL/dw35',
      'update update b4next [] - dL/db4',
      'update update b5next [] - dL/db5',
      'update update w46next [w46] - dL/dw46',
      'update update w56next [w56] - dL/dw56',
      'update update b6next [] - dL/db6',
    ]);
  });
});
