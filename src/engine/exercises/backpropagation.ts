/**
 * The backpropagation chapter's exercises: ∂L/∂λ₄,₆ and ∂L/∂λ₁,₄ for a state a forward pass has
 * left, from the engine's backward pass over that state.
 */
import { backward } from '../gradients/backward';
import {
  chapterNetwork,
  drawOnGrid,
  exercise,
  given,
  knownStep,
  sumStep,
  worked,
  type Exercise,
} from './exercise';
import { createForwardPass } from '../core/forward';
import type { Rng } from '../core/rng';

/**
 * ∂L/∂λ₄,₆ = H₄·∂L/∂O₆in and ∂L/∂λ₁,₄ = x₁·σ′·λ₄,₆·∂L/∂O₆in for a state after a forward pass
 * (x₁, H₄, O₆, y and λ₄,₆ drawn), from the engine's backward pass over that state.
 */
export function backpropagationExercises(rng: Rng): Exercise[] {
  const O6 = given('O6', drawOnGrid(rng, -0.5, 1.5, 2));
  const H4 = given('H4', drawOnGrid(rng, 0.1, 0.9, 2));
  const y = given('y', drawOnGrid(rng, 0.1, 0.9, 1));
  const x1 = given('x1', drawOnGrid(rng, 0.1, 0.9, 1));
  const w46 = given('w46', drawOnGrid(rng, -1, 1, 2, true));
  // The state as a forward pass leaves it, each node's input and output (H₄in = logit H₄); the
  // nodes the two answers do not depend on hold values of their own. The backward pass is the
  // engine's, over this state.
  const { network, names } = chapterNetwork({ w46: w46.value });
  const pass = createForwardPass(network);
  const state: Record<string, number> = {
    I1: x1.value,
    I2: 0.5,
    I3: 0.5,
    H4: H4.value,
    H5: 0.5,
    O6: O6.value,
  };
  for (const node of names.nodes) {
    const output = state[node.key]!;
    pass.allOutputs[node.node] = output;
    // Stryker disable next-line ConditionalExpression,EqualityOperator,ArithmeticOperator: the backward pass reads the slopes of σ (σ(1 − σ)) and of the identity (1) from the outputs alone, never a node's input
    pass.allInputs[node.node] = node.role === 'hidden' ? Math.log(output / (1 - output)) : output;
  }
  const grads = backward(network, pass, [y.value]);
  const at = (key: string) => names.nodes.find((node) => node.key === key)!.node;
  const index = (key: string) => names.parameters.find((name) => name.key === key)!.parameter;
  const dO6 = given('dL/dO6', grads.allOutputs[at('O6')]!);
  const dO6in = given('dL/dO6in', grads.allInputs[at('O6')]!);
  const dH4 = given('dL/dH4', grads.allOutputs[at('H4')]!);
  const slope = given('dH4/dH4in', grads.allSlopes[at('H4')]!);
  const dH4in = given('dL/dH4in', grads.allInputs[at('H4')]!);
  const dw46 = given('dL/dw46', grads.parameters[index('w46')]!);
  const dw14 = given('dL/dw14', grads.parameters[index('w14')]!);

  const first = exercise(
    'outputWeightGradient',
    [O6, H4, y],
    [
      sumStep(dO6, [
        [1, O6],
        [-1, y],
      ]),
      // The output node's activation is the identity, whose slope is 1.
      worked(dO6in, { rule: 'identity', input: dO6 }),
      sumStep(dw46, [[1, H4, dO6in]]),
    ],
  );
  return [
    first,
    exercise(
      'inputWeightGradient',
      [x1, w46],
      [
        knownStep([first], 1, dO6in.key),
        sumStep(dH4, [[1, w46, dO6in]]),
        worked(slope, { rule: 'sigmoidSlope', output: H4 }),
        sumStep(dH4in, [[1, slope, dH4]]),
        sumStep(dw14, [[1, x1, dH4in]]),
      ],
    ),
  ];
}
